import { resolve } from 'node:path';
import {
  ConsultationEvents,
  Env,
  FeedbackEvents,
  GovernanceEvents,
  loadSdl,
  membershipIn,
  on,
  PeopleEvents,
  projectPerson,
  projectPartnershipThreshold,
  ServiceDefinition,
} from '@voicegraph/platform';
import { readFeedbackSettings } from './domain/settings';
import * as entities from './entities';
import {
  closeObligationOnCancel,
  openObligationOnClose,
  projectConsultation,
  projectFinding,
  projectParticipation,
} from './handlers/consultations-projection';
import { projectDecision } from './handlers/governance-projection';
import { erasePerson } from './handlers/person-erased';
import { overdueSweepJob } from './jobs/overdue-sweep';
import { FeedbackTables1763800000400 } from './migrations/1763800000400-feedback-tables';
import { FeedbackAnalytics1763800000410 } from './migrations/1763800000410-analytics';
import { FeedbackOutcomeHistoryNotOwed1763800000420 } from './migrations/1763800000420-outcome-history-not-owed';
import { FeedbackKnownPerson1765100000400 } from './migrations/1765100000400-known-person';
import { resolvers } from './resolvers';

/**
 * The feedback subgraph for an environment. Event handlers receive no ServiceConfig, so the
 * settings they need (FEEDBACK_DUE_DAYS) are read here, from the same environment that
 * `config.env` is loaded from; an invalid value fails at start with a ConfigError.
 */
export function feedbackServiceFor(env: Env): ServiceDefinition {
  const settings = readFeedbackSettings(env);
  return {
    name: 'feedback',
    typeDefs: loadSdl(resolve(__dirname, '../src/schema.graphql')),
    resolvers,
    entities: Object.values(entities),
    migrations: [
      FeedbackTables1763800000400,
      FeedbackAnalytics1763800000410,
      FeedbackOutcomeHistoryNotOwed1763800000420,
      FeedbackKnownPerson1765100000400,
    ],
    produces: Object.values(FeedbackEvents),
    consumes: [
      on(PeopleEvents.PartnershipCreated, projectPartnershipThreshold),
      on(ConsultationEvents.ConsultationCreated, projectConsultation),
      on(ConsultationEvents.ConsultationClosed, openObligationOnClose(settings)),
      on(ConsultationEvents.ConsultationCancelled, closeObligationOnCancel),
      on(ConsultationEvents.ParticipationRecorded, projectParticipation),
      on(ConsultationEvents.FindingRecorded, projectFinding),
      on(GovernanceEvents.DecisionRecorded, projectDecision),
      on(PeopleEvents.PersonRegistered, projectPerson),
      on(PeopleEvents.PersonProfileChanged, projectPerson),
      on(PeopleEvents.PersonErased, erasePerson),
    ],
    jobs: [overdueSweepJob],
    claims: { lookup: membershipIn('feedback.known_person', 'person_id') },
  };
}

/** The feedback subgraph: its SDL, resolvers, tables, projections, events and overdue sweep. */
export const feedbackService: ServiceDefinition = feedbackServiceFor(process.env);
