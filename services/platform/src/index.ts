import 'reflect-metadata';

// The platform's public surface, by name: what services, the gateway, tools, testkit and bench
// use. Everything else is internal to the platform. Need something more? Export it here by name.

export { ConfigError, EnvReader } from './config/env';
export type { Env } from './config/env';
export {
  DEFAULT_PORTS,
  DEV_ERASURE_KEY,
  DEV_JWT_SECRET,
  loadServiceConfig,
  readAuthConfig,
  SERVICE_NAMES,
} from './config/service-config';
export type { AuthConfig, ServiceConfig, ServiceName } from './config/service-config';
export { badUserInput, conflict, forbidden, notFound } from './errors/errors';
export { isUuid, optionalText, requireDate, requireEmail, requireText, requireUuid } from './errors/validation';
export { calendarDate } from './time/calendar-date';
export { everyMember } from './types/every-member';
export { createLogger } from './logging/logger';
export type { Logger } from './logging/logger';
export { hasRole, isAnalystOnly, isStaff, ROLES, sharesOrganisation } from './auth/actor';
export type { Actor, Role } from './auth/actor';
export { actorFromAuthorizationHeader, createTokenVerifier } from './auth/verify-token';
export type { TokenVerifier, TokenVerifierOptions } from './auth/verify-token';
export { signDevToken } from './auth/sign-token';
export type { TokenClaims } from './auth/sign-token';
export { requireActor, requirePartnership, requireRole } from './auth/guards';
export { createDataSource, migrate } from './db/create-data-source';
export { QueryCountingLogger } from './db/query-counter';
export {
  AggregatorRegistry,
  collectProcessMetrics,
  metricsRegistry,
  sqlErrors,
  sqlStatements,
  subgraphRequestDuration,
} from './metrics/registry';
export type { PrometheusContentType } from './metrics/registry';
export { MAX_OPERATION_NAMES, operationLabel } from './metrics/bounded-label';
export { requestMetricsPlugin } from './metrics/request-metrics-plugin';
export { watchOutbox } from './metrics/outbox-gauges';
export { backoffMs } from './resilience/backoff';
export { recordAudit } from './audit/audit-trail';
export {
  buildEnvelope,
  dataschemaOf,
  DEFAULT_EVENT_SCHEMA_BASE_URL,
  eventType,
  isEventOf,
  schemaPathOf,
  topicOf,
} from './events/envelope';
export type { CloudEvent, EventDefinition } from './events/envelope';
export { eventSchemas } from './events/schema-registry';
export type { ValidationMode, ValidationResult } from './events/schema-registry';
export { OutboxError } from './outbox/outbox-error';
export { enqueueEvent } from './outbox/enqueue-event';
export { relayOnce } from './outbox/relay-once';
export { OutboxRelay } from './outbox/outbox-relay';
export { atEndOfInboxTransaction, handleBatchWithInbox, handleWithInbox } from './consumer/handle-with-inbox';
export type { EndOfInboxWork, EventHandler, InboxItem, InboxOutcome } from './consumer/handle-with-inbox';
export { EventConsumer, EventConsumerOptions } from './consumer/event-consumer';
export { KeepConsuming } from './consumer/keep-consuming';
export { on } from './consumer/on-event';
export { DeadLetters } from './consumer/dead-letters';
export type { ParkedEvent, ReplayResult } from './consumer/dead-letters';
export { DEAD_LETTERS_USAGE, runDeadLetterCommand } from './consumer/dead-letter-command';
export { createKafka } from './kafka/create-kafka';
export { DEFAULT_TOPIC_RETENTION, ensureTopics, topicConfigEntries } from './kafka/ensure-topics';
export type { TopicRetention } from './kafka/ensure-topics';
export { decodeCursor, encodeCursor, keysetPage, pageSize, selectsField } from './graphql/connection';
export type { Connection, PageArgs } from './graphql/connection';
export { byKey, groupByKey } from './graphql/loaders';
export { entityReference, required } from './graphql/entity-ref';
export type { EntityRef } from './graphql/entity-ref';
export { rowsWhereIn } from './graphql/rows-where-in';
export { loadSdl, readSubgraphSdl } from './graphql/load-sdl';
export { depthLimit } from './graphql/query-limits';
export type { RequestContext } from './server/context';
export type { ServiceDefinition, ServiceJob } from './server/service-definition';
export { closeServer, createHttpServer, listen } from './server/http-server';
export { createErrorFormatter } from './server/format-error';
export { buildSubgraphServer } from './server/build-subgraph-server';
export { startService } from './server/start-service';
export type { RunningService, StartOptions } from './server/start-service';
export { runService } from './server/run-service';
export {
  AGE_BANDS,
  BOUNDARY_KINDS,
  COHORTS,
  ConsultationEvents,
  EVENT_CATALOGUE,
  FeedbackEvents,
  GovernanceEvents,
  PeopleEvents,
} from './events/catalogue';
export type {
  AgeBand,
  BoundaryKind,
  Cohort,
  ConsentGiver,
  ConsentKind,
  ConsentRecorded,
  ConsentWithdrawn,
  ConsultationCancelled,
  ConsultationClosed,
  ConsultationCreated,
  DecisionRecorded,
  FeedbackOverdue,
  FeedbackSent,
  FindingRecorded,
  LadderLevel,
  LundyAnswer,
  OrganisationRegistered,
  OutcomeStatus,
  ParticipationContext,
  ParticipationRecorded,
  PersonErased,
  PersonKind,
  PersonProfileChanged,
  PersonSnapshot,
} from './events/catalogue';
export { publishRate } from './analytics/disclosure';
export type { Published } from './analytics/disclosure';
export { childPages } from './graphql/pages-by-parent';
export {
  publishActivity,
  publishedShare,
  publishPeopleCount,
  publishPeopleOverlapping,
  publishPeoplePartition,
  requireAnalyticsAccess,
  requireWholeMonths,
} from './analytics/analytics-query';
export type { AnalyticsPeriod, MonthPeriod } from './analytics/analytics-query';
export { validateAnalyticsFilter } from './analytics/analytics-filter';
export { organisationAnalyticsField, organisationAnalyticsRequest } from './analytics/analytics-request';
export type { AnalyticsArgs, OrganisationAnalyticsScope } from './analytics/analytics-request';
export type { AnalyticsFilter, AnalyticsFilterInput } from './analytics/analytics-filter';
export {
  createPartnershipProjection,
  projectPartnershipThreshold,
  suppressionThresholdOf,
} from './analytics/partnership-threshold';
export { forgetPersonInPlatformTables } from './privacy/forget-person';
export { erasedAmong, lockPeopleForErasure, recordErasureTombstone } from './privacy/erasure-tombstone';
export {
  cellsLeavingFewOut,
  isolatesFewByDifference,
  isSmall,
  leavesFewOut,
  monthSlices,
  withheld,
} from './analytics/disclosure';
export type { MatchedRow } from './analytics/disclosure';
export { countBeyondItsPeople } from './analytics/analytics-query';
export { thresholdLoader } from './analytics/partnership-threshold';
export { LOCAL_TOPIC_SETTINGS, PRODUCTION_TOPIC_SETTINGS, readTopicSettings } from './kafka/topic-settings';
export type { TopicSettings } from './kafka/topic-settings';
export {
  forgetExpiredIdempotencyKeys,
  IDEMPOTENCY_TTL_HOURS,
  idempotencyPlugin,
} from './idempotency/idempotency-plugin';
export { readKafkaSecurity, SASL_MECHANISMS } from './kafka/kafka-security';
export type { KafkaSecurity } from './kafka/kafka-security';
export { readDatabaseTls } from './db/database-tls';
export type { DatabaseSslMode, DatabaseTls } from './db/database-tls';
export { LOCAL_CORS_ORIGINS, readEdgeConfig, SUBGRAPH_EDGE_DEFAULTS } from './config/edge-config';
export type { CorsConfig, EdgeConfig, HttpLimits, QueryLimits, SurfaceConfig } from './config/edge-config';
export {
  checkFirst,
  checkIds,
  checkText,
  operationNotFound,
  refusedInput,
  requestGuardsPlugin,
  textProblem,
} from './graphql/request-guards';
export type { RequestGuardOptions } from './graphql/request-guards';
export { edgeServerOptions } from './server/edge-options';
export { applyCors } from './server/cors';
export { disableApolloTelemetry } from './server/no-egress';
export { canSeePersonAs } from './auth/person-visibility';
export type { PersonMembership } from './auth/person-visibility';
export { checkClaims, contradictedClaims, guardRootFields, membershipIn, unknownCaller } from './auth/claims-check';
export { PersonProjectionEntity, projectPerson } from './auth/known-person';
export type { Registration } from './auth/claims-check';
export type { ClaimsCheck, MembershipLookup } from './auth/claims-check';
export type { ConsentEndReason } from './events/catalogue/people';
export { auditPseudonym } from './audit/audit-trail';
export { pseudonymousActor } from './audit/audit-trail';
export { canRequestSubjectAccess, SUBJECT_ACCESS_REFUSED } from './privacy/subject-access-rule';
export type { SubjectScope } from './privacy/subject-access-rule';
export { authoriseSubjectAccess, subjectAuditEntries } from './privacy/subject-access';
export type { SubjectAuditEntry } from './privacy/subject-access';
export type { ContributionSubmitted, SeatAssigned } from './events/catalogue';
export { erasureHash } from './privacy/erasure-tombstone';
export { inSpan, SpanKind, traceHeaders } from './tracing/spans';
export { startTracing, tracerFor } from './tracing/start-tracing';
export { loadTracingConfig } from './tracing/tracing-config';
export type { TracingConfig } from './tracing/tracing-config';
