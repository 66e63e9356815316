import { resolve } from 'node:path';
import {
  ConsultationEvents,
  Env,
  loadSdl,
  on,
  PeopleEvents,
  projectPartnershipThreshold,
  ServiceDefinition,
  membershipIn,
} from '@voicegraph/platform';
import * as entities from './entities';
import { projectConsentRecorded, projectOrganisation, projectPerson } from './handlers/people-projection';
import { projectConsentWithdrawn } from './handlers/consent-withdrawn';
import { erasePerson } from './handlers/person-erased';
import { ConsultationsTables1763800000200 } from './migrations/1763800000200-consultations-tables';
import { ConsultationsAnalytics1763800000210 } from './migrations/1763800000210-analytics';
import { ConsultationsReachMonth1763800000220 } from './migrations/1763800000220-reach-month';
import { ConsultationsRegisteredYoungPeople1763800000230 } from './migrations/1763800000230-registered-young-people';
import { ConsultationsConsentAndAnonymity1765100000200 } from './migrations/1765100000200-consent-and-anonymity';
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
      ConsultationsConsentAndAnonymity1765100000200,
    ],
    produces: Object.values(ConsultationEvents),
    // Tokens whose partnership or organisations contradict the person's registration are refused.
    claims: { lookup: membershipIn('consultations.person_projection', 'person_id') },
    consumes: [
      on(PeopleEvents.PartnershipCreated, projectPartnershipThreshold),
      on(PeopleEvents.OrganisationRegistered, projectOrganisation),
      on(PeopleEvents.PersonRegistered, projectPerson),
      on(PeopleEvents.PersonProfileChanged, projectPerson),
      on(PeopleEvents.ConsentRecorded, projectConsentRecorded),
      on(PeopleEvents.ConsentWithdrawn, projectConsentWithdrawn),
      on(PeopleEvents.PersonErased, erasePerson),
    ],
  };
}

/** The consultations subgraph: its SDL, resolvers, tables, events and the people projection. */
export const consultationsService: ServiceDefinition = consultationsServiceFor(process.env);
