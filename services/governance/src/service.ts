import { resolve } from 'node:path';
import {
  ConsultationEvents,
  GovernanceEvents,
  loadSdl,
  PeopleEvents,
  projectPartnershipThreshold,
  ServiceDefinition,
} from '@voicegraph/platform';
import * as entities from './entities';
import { rememberConsultation, rememberFinding } from './handlers/consultations-projection';
import { forgetPerson } from './handlers/person-erased';
import { rememberOrganisation, rememberPerson } from './handlers/people-projection';
import { GovernanceTables1763800000300 } from './migrations/1763800000300-governance-tables';
import { GovernanceAnalytics1763800000310 } from './migrations/1763800000310-analytics';
import { resolvers } from './resolvers';

/** The governance subgraph: its SDL, resolvers, tables, events and reactions. The platform does the rest. */
export const governanceService: ServiceDefinition = {
  name: 'governance',
  typeDefs: loadSdl(resolve(__dirname, '../src/schema.graphql')),
  resolvers,
  entities: Object.values(entities),
  migrations: [GovernanceTables1763800000300, GovernanceAnalytics1763800000310],
  produces: Object.values(GovernanceEvents),
  consumes: [
    { event: PeopleEvents.PartnershipCreated, handle: projectPartnershipThreshold },
    { event: PeopleEvents.PersonRegistered, handle: rememberPerson },
    { event: PeopleEvents.PersonProfileChanged, handle: rememberPerson },
    { event: PeopleEvents.PersonErased, handle: forgetPerson },
    { event: PeopleEvents.OrganisationRegistered, handle: rememberOrganisation },
    { event: ConsultationEvents.ConsultationCreated, handle: rememberConsultation },
    { event: ConsultationEvents.FindingRecorded, handle: rememberFinding },
  ],
};
