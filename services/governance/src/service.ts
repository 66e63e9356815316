import { resolve } from 'node:path';
import {
  ConsultationEvents,
  GovernanceEvents,
  loadSdl,
  on,
  PeopleEvents,
  projectPerson,
  projectPartnershipThreshold,
  ServiceDefinition,
  membershipIn,
} from '@voicegraph/platform';
import * as entities from './entities';
import { projectConsultation, projectFinding } from './handlers/consultations-projection';
import { erasePerson } from './handlers/person-erased';
import { projectOrganisation } from './handlers/people-projection';
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
  // Tokens whose partnership or organisations contradict the person's registration are refused.
  claims: { lookup: membershipIn('governance.known_person', 'person_id') },
  consumes: [
    on(PeopleEvents.PartnershipCreated, projectPartnershipThreshold),
    on(PeopleEvents.PersonRegistered, projectPerson),
    on(PeopleEvents.PersonProfileChanged, projectPerson),
    on(PeopleEvents.PersonErased, erasePerson),
    on(PeopleEvents.OrganisationRegistered, projectOrganisation),
    on(ConsultationEvents.ConsultationCreated, projectConsultation),
    on(ConsultationEvents.FindingRecorded, projectFinding),
  ],
};
