import { resolve } from 'node:path';
import {
  ConsultationEvents,
  Env,
  loadSdl,
  PeopleEvents,
  projectPartnershipThreshold,
  ServiceDefinition,
} from '@voicegraph/platform';
import * as entities from './entities';
import {
  erasePerson,
  projectConsentRecorded,
  projectConsentWithdrawn,
  projectOrganisation,
  projectPerson,
} from './handlers/people-projection';
import { ConsultationsTables1763800000200 } from './migrations/1763800000200-consultations-tables';
import { ConsultationsAnalytics1763800000210 } from './migrations/1763800000210-analytics';
import { ConsultationsReachMonth1763800000220 } from './migrations/1763800000220-reach-month';
import { ConsultationsRegisteredYoungPeople1763800000230 } from './migrations/1763800000230-registered-young-people';
import { readConsultationsSettings } from './domain/settings';
import { resolversFor } from './resolvers';

/** The consultations subgraph for an environment (CONSULTATIONS_REACH_CACHE_ENTRIES is read here; invalid, it fails at start). */
export function consultationsServiceFor(env: Env): ServiceDefinition {
  return {
    name: 'consultations',
    typeDefs: loadSdl(resolve(__dirname, '../src/schema.graphql')),
    resolvers: resolversFor(readConsultationsSettings(env)),
    entities: Object.values(entities),
    migrations: [
      ConsultationsTables1763800000200,
      ConsultationsAnalytics1763800000210,
      ConsultationsReachMonth1763800000220,
      ConsultationsRegisteredYoungPeople1763800000230,
    ],
    produces: Object.values(ConsultationEvents),
    consumes: [
      { event: PeopleEvents.PartnershipCreated, handle: projectPartnershipThreshold },
      { event: PeopleEvents.OrganisationRegistered, handle: projectOrganisation },
      { event: PeopleEvents.PersonRegistered, handle: projectPerson },
      { event: PeopleEvents.PersonProfileChanged, handle: projectPerson },
      { event: PeopleEvents.ConsentRecorded, handle: projectConsentRecorded },
      { event: PeopleEvents.ConsentWithdrawn, handle: projectConsentWithdrawn },
      { event: PeopleEvents.PersonErased, handle: erasePerson },
    ],
  };
}

/** The consultations subgraph: its SDL, resolvers, tables, events and the people projection. */
export const consultationsService: ServiceDefinition = consultationsServiceFor(process.env);
