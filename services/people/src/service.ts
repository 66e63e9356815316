import { resolve } from 'node:path';
import {
  ConsultationEvents,
  Env,
  GovernanceEvents,
  loadSdl,
  membershipIn,
  on,
  PeopleEvents,
  ServiceDefinition,
} from '@voicegraph/platform';
import { readRetentionRule } from './domain/retention';
import * as entities from './entities';
import { noteContributionActivity, noteParticipationActivity, noteSeatActivity } from './handlers/activity';
import { birthdaysJob } from './jobs/birthdays';
import { PeopleTables1763800000100 } from './migrations/1763800000100-people-tables';
import { PeoplePublishedAgeBand1764900000100 } from './migrations/1764900000100-published-age-band';
import { PeopleConsentEndReason1765100000100 } from './migrations/1765100000100-consent-end-reason';
import { PeopleLastActivity1765100000150 } from './migrations/1765100000150-last-activity';
import { resolvers } from './resolvers';

/**
 * The people subgraph for an environment: the retention rule (RETENTION_*) is validated here, so
 * a wrong value fails at start, though only `npm run retention` applies it.
 */
export function peopleServiceFor(env: Env): ServiceDefinition {
  readRetentionRule(env);
  return {
    name: 'people',
    typeDefs: loadSdl(resolve(__dirname, '../src/schema.graphql')),
    resolvers,
    entities: Object.values(entities),
    migrations: [
      PeopleTables1763800000100,
      PeoplePublishedAgeBand1764900000100,
      PeopleConsentEndReason1765100000100,
      PeopleLastActivity1765100000150,
    ],
    produces: Object.values(PeopleEvents),
    // Tokens whose partnership or organisations contradict the person's registration are refused.
    claims: { lookup: membershipIn('people.person', 'id'), openToStrangers: ['createPartnership'] },
    consumes: [
      on(ConsultationEvents.ParticipationRecorded, noteParticipationActivity),
      on(ConsultationEvents.ContributionSubmitted, noteContributionActivity),
      on(GovernanceEvents.SeatAssigned, noteSeatActivity),
    ],
    jobs: [birthdaysJob],
  };
}

/** The people subgraph: its SDL, resolvers, tables and events. The platform does the rest. */
export const peopleService: ServiceDefinition = peopleServiceFor(process.env);
