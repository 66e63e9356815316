import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { OutcomeEntity } from '../entities/outcome.entity';
import type { FeedbackObligationEntity } from '../entities/feedback-obligation.entity';
import type { Connection, EntityRef, RequestContext } from '@voicegraph/platform';
import type { FeedbackMessageEntity } from '../entities/feedback-message.entity';
import type { VoiceCheckEntity } from '../entities/voice-check.entity';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date written YYYY-MM-DD, e.g. 2011-09-14. */
  Date: { input: string; output: string; }
  /** An ISO-8601 date-time with a time zone offset, e.g. 2026-03-01T18:00:00Z. */
  DateTime: { input: Date; output: Date | string; }
  FieldSet: { input: unknown; output: unknown; }
  link__Import: { input: unknown; output: unknown; }
};

/** An age band, derived from date of birth today; what analytics report instead of ages. */
export type AgeBand =
  /** 8 to 10. */
  | 'AGE_8_TO_10'
  /** 11 to 15. */
  | 'AGE_11_TO_15'
  /** 16 to 18. */
  | 'AGE_16_TO_18'
  /** 19 to 25 (care leavers and SEND up to 25). */
  | 'AGE_19_TO_25'
  /** Over 25. */
  | 'OVER_25'
  /** Under 8. */
  | 'UNDER_8'
  /** Date of birth not recorded. */
  | 'UNKNOWN';

/** Narrows analytics; every given condition must hold, and an empty list means no narrowing. */
export type AnalyticsFilter = {
  /** Only young people in these age bands (consultations analytics only). */
  ageBands?: InputMaybe<Array<AgeBand>>;
  /** Only young people in any of these cohorts (consultations analytics only). */
  cohorts?: InputMaybe<Array<Cohort>>;
  /** Only consultations in this context (consultations analytics only). */
  context?: InputMaybe<ParticipationContext>;
  /** Only consultations these organisations lead or partner in (and the young people who took part in them); governance: forums, plans and objectives of these organisations. */
  organisationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** A period of whole calendar months, both days inclusive. */
export type AnalyticsPeriod = {
  /** The first day of the first month, e.g. 2026-01-01. */
  from: Scalars['Date']['input'];
  /** The last day of the last month, e.g. 2026-12-31. */
  to: Scalars['Date']['input'];
};

/** The period a set of figures covers, as asked for. */
export type AnalyticsPeriodRange = {
  __typename?: 'AnalyticsPeriodRange';
  /** The first day covered. */
  from: Scalars['Date']['output'];
  /** The last day covered. */
  to: Scalars['Date']['output'];
};

/** The order of the public board. */
export type BoardOrder =
  /** The most recently recorded outcome first, as a board or a feed shows them. */
  | 'NEWEST_FIRST'
  /** The first recorded outcome first. */
  | 'OLDEST_FIRST';

/** The kind of limit on what can change, told to young people up front: in a consultation's boundaries, and in an outcome that was not accepted. */
export type BoundaryKind =
  /** A financial limit. */
  | 'FINANCIAL'
  /** A legal limit. */
  | 'LEGAL'
  /** A political limit. */
  | 'POLITICAL'
  /** A practical limit. */
  | 'PRACTICAL'
  /** A safety limit. */
  | 'SAFETY';

/** Vulnerable groups the partnership tracks. Special-category data: PARTICIPATION_LEAD only, audited. */
export type Cohort =
  /** Care leaver. */
  | 'CARE_LEAVER'
  /** Child in care (looked after). */
  | 'CHILD_IN_CARE'
  /** Child in need. */
  | 'CHILD_IN_NEED'
  /** Subject to a child protection plan. */
  | 'CHILD_PROTECTION'
  /** Special educational needs and disabilities. */
  | 'SEND'
  /** Young carer. */
  | 'YOUNG_CARER'
  /** Known to the youth justice service. */
  | 'YOUTH_JUSTICE';

/** A consultation (owned by the consultations subgraph), with its outcomes, feedback and voice checks. */
export type Consultation = {
  __typename?: 'Consultation';
  /** Feedback owed since it closed: its staff, analysts and participants; null before it closes. */
  feedbackObligation?: Maybe<FeedbackObligation>;
  /** Consultation id. */
  id: Scalars['ID']['output'];
  /** Outcomes of its findings the caller may see (published ones for everyone), oldest first. */
  outcomes: Array<Outcome>;
  /** Voice checks: all for its staff, only their own for a young person; FORBIDDEN for analysts. */
  voiceChecks?: Maybe<Array<VoiceCheck>>;
};

/** A decision (owned by the governance subgraph), with the outcomes of the findings it cites. */
export type Decision = {
  __typename?: 'Decision';
  /** Decision id. */
  id: Scalars['ID']['output'];
  /** Outcomes of the findings it cites that the caller may see, oldest first. */
  outcomes: Array<Outcome>;
};

/** Feedback figures for one partnership and period. */
export type FeedbackAnalytics = {
  __typename?: 'FeedbackAnalytics';
  /** Feedback obligations due in the period and how they stand. */
  obligations: ObligationFigures;
  /** Outcomes recorded in the period (counts of outcomes, not people). */
  outcomes: OutcomeFigures;
  /** The period the figures cover. */
  period: AnalyticsPeriodRange;
  /** Counts of people from 1 up to this are withheld. */
  suppressionThreshold: Scalars['Int']['output'];
  /** Voice checks young people submitted in the period. */
  voiceChecks: VoiceCheckFigures;
};

/** How feedback reached young people. */
export type FeedbackChannel =
  /** In the young people's app. */
  | 'APP'
  /** An email. */
  | 'EMAIL'
  /** Face to face, in a session or meeting. */
  | 'IN_PERSON'
  /** A letter or printed summary. */
  | 'LETTER'
  /** A social media post. */
  | 'SOCIAL_MEDIA'
  /** A text message. */
  | 'TEXT_MESSAGE'
  /** A video or audio message. */
  | 'VIDEO';

/** Feedback sent to a consultation's participants. */
export type FeedbackMessage = {
  __typename?: 'FeedbackMessage';
  /** How it was sent. */
  channel: FeedbackChannel;
  /** The consultation it is about. */
  consultation: Consultation;
  /** Feedback id. */
  id: Scalars['ID']['output'];
  /** The obligation it meets; null when sent before the consultation closed. */
  obligation?: Maybe<FeedbackObligation>;
  /** True when sent on or before the obligation's due date; null without an obligation. */
  onTime?: Maybe<Scalars['Boolean']['output']>;
  /** The outcomes it covers that the caller may see. */
  outcomes: Array<Outcome>;
  /**
   * How many participants it went to: exact for staff of the consultation's organisations (who can
   * list its participants); for anyone else (analysts, recipients) rounded to the nearest 5, and
   * null when it went to 1 up to the partnership's suppression threshold.
   */
  recipientCount?: Maybe<Scalars['Int']['output']>;
  /** When it was sent. */
  sentAt: Scalars['DateTime']['output'];
  /** What young people were told. */
  text: Scalars['String']['output'];
};

/** Feedback owed to a closed consultation's participants, due a set number of days after it closed. */
export type FeedbackObligation = {
  __typename?: 'FeedbackObligation';
  /** When the consultation closed. */
  closedAt: Scalars['DateTime']['output'];
  /** The consultation whose participants are owed feedback. */
  consultation: Consultation;
  /** When it was opened. */
  createdAt: Scalars['DateTime']['output'];
  /** The last day feedback counts as on time. */
  dueOn: Scalars['Date']['output'];
  /** Obligation id. */
  id: Scalars['ID']['output'];
  /** Feedback sent for it, oldest first. */
  messages: Array<FeedbackMessage>;
  /** When feedback was first sent; null until then. */
  metAt?: Maybe<Scalars['DateTime']['output']>;
  /** True when the first feedback was sent on or before dueOn; null until sent. */
  onTime?: Maybe<Scalars['Boolean']['output']>;
  /** Open, overdue (today is after dueOn) or met. */
  status: FeedbackObligationStatus;
};

/** A page of feedback obligations. */
export type FeedbackObligationConnection = {
  __typename?: 'FeedbackObligationConnection';
  /** The obligations on this page. */
  edges: Array<FeedbackObligationEdge>;
  /** Whether there is a next page and where it starts. */
  pageInfo: PageInfo;
  /** How many match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One obligation in a page. */
export type FeedbackObligationEdge = {
  __typename?: 'FeedbackObligationEdge';
  /** Pass as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The obligation. */
  node: FeedbackObligation;
};

/** Where a feedback obligation stands. */
export type FeedbackObligationStatus =
  /** Feedback has been sent. */
  | 'MET'
  /** Nothing is owed: the consultation was cancelled. */
  | 'NOT_OWED'
  /** Feedback is owed and not yet due. */
  | 'OPEN'
  /** The due date has passed without feedback. */
  | 'OVERDUE';

/** The feedback service's copy of a person: no names, no birth date. */
export type FeedbackPersonRecord = {
  __typename?: 'FeedbackPersonRecord';
  /** YOUNG_PERSON, STAFF or PARENT_OR_CARER. */
  kind: Scalars['String']['output'];
  /** Ids of the organisations they belong to. */
  organisationIds: Array<Scalars['ID']['output']>;
};

/** What the feedback service holds about a person. */
export type FeedbackSubjectAccess = {
  __typename?: 'FeedbackSubjectAccess';
  /** The feedback service's audit log entries about them, their records, or done by them. */
  auditEntries: Array<SubjectAuditEntry>;
  /** Feedback sent to them, oldest first, with the outcomes it reported. */
  feedbackReceived: Array<SubjectFeedback>;
  /** Feedback owed to them for consultations they took part in, and whether it was given on time. */
  obligations: Array<SubjectObligation>;
  /** Its copy of the person (from people's events), or null when it has none. */
  record?: Maybe<FeedbackPersonRecord>;
  /** Consultations it knows they took part in (so feedback is owed to them), oldest first. */
  tookPartIn: Array<SubjectConsultationRef>;
  /** Their answers to the Lundy questions (voice checks), oldest first. */
  voiceChecks: Array<SubjectVoiceCheck>;
};

/** A finding (owned by the consultations subgraph), with what happened to it. */
export type Finding = {
  __typename?: 'Finding';
  /** Finding id. */
  id: Scalars['ID']['output'];
  /** Its outcome, when recorded and visible to the caller. */
  outcome?: Maybe<Outcome>;
};

/** An answer to one of the Lundy questions. */
export type LundyAnswer =
  /** No. */
  | 'NO'
  /** Not sure. */
  | 'NOT_SURE'
  /** Partly. */
  | 'PARTLY'
  /** Yes. */
  | 'YES';

/** Young people giving one answer to a Lundy question: a partition over the answers, with secondary suppression, rounded to the nearest 5. */
export type LundyAnswerCount = {
  __typename?: 'LundyAnswerCount';
  /** The answer. */
  answer: LundyAnswer;
  /** How many young people gave it. */
  youngPeople: SuppressedCount;
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Records what happened to a finding (staff of the consultation's lead or partner organisations).
   * A finding has one outcome: recording again updates it. NOT_ACCEPTED needs a reason and a boundary.
   */
  recordOutcome: Outcome;
  /**
   * Records feedback sent to a consultation's participants (staff of its lead or partner
   * organisations); meets the consultation's feedback obligation.
   */
  sendFeedback: FeedbackMessage;
  /** A young person who took part in a consultation says whether they felt heard; once per consultation. */
  submitVoiceCheck: VoiceCheck;
};


export type MutationRecordOutcomeArgs = {
  input: RecordOutcomeInput;
};


export type MutationSendFeedbackArgs = {
  input: SendFeedbackInput;
};


export type MutationSubmitVoiceCheckArgs = {
  input: SubmitVoiceCheckInput;
};

/** Feedback obligations due in a period (counts of obligations, not people). */
export type ObligationFigures = {
  __typename?: 'ObligationFigures';
  /** Obligations whose due date falls in the period. */
  due: Scalars['Int']['output'];
  /** Median days from a consultation closing to its first feedback, over the met obligations; withheld unless more than the threshold stand behind it. */
  medianDaysToFeedback: SuppressedStatistic;
  /** Met with feedback sent after the due date. */
  metLate: Scalars['Int']['output'];
  /** Met with feedback sent on or before the due date. */
  metOnTime: Scalars['Int']['output'];
  /** metOnTime over due, or null when none was due. */
  onTimeShare?: Maybe<Scalars['Float']['output']>;
  /** Not met, and still not due. */
  open: Scalars['Int']['output'];
  /** Not met, and the due date has passed. */
  overdue: Scalars['Int']['output'];
};

/** What happened to a finding: "You said … we did …", or why not. */
export type Outcome = {
  __typename?: 'Outcome';
  /** The kind of limit behind the reason. */
  boundary?: Maybe<BoundaryKind>;
  /** The consultation the finding came from. */
  consultation: Consultation;
  /** The decision it came from: the first decision citing its finding; null until one does. */
  decision?: Maybe<Decision>;
  /** The finding it answers. */
  finding: Finding;
  /** The finding's title, as young people saw it. */
  findingTitle: Scalars['String']['output'];
  /** Each change of its status, oldest first: the first entry is when it was recorded. */
  history: Array<OutcomeStatusChange>;
  /** Outcome id. */
  id: Scalars['ID']['output'];
  /** True when it appears on the public "You said, we did" board. */
  published: Scalars['Boolean']['output'];
  /** Why not, when it was not (or only partly) accepted. */
  reason?: Maybe<Scalars['String']['output']>;
  /** When it was first recorded. */
  recordedAt: Scalars['DateTime']['output'];
  /** Where it stands. */
  status: OutcomeStatus;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** "We did …": what happened, in plain language. */
  weDid: Scalars['String']['output'];
  /** "You said …": the finding in young people's words. */
  youSaid: Scalars['String']['output'];
};

/** Outcomes naming one boundary. */
export type OutcomeBoundaryCount = {
  __typename?: 'OutcomeBoundaryCount';
  /** The boundary. */
  boundary: BoundaryKind;
  /** How many outcomes. */
  count: Scalars['Int']['output'];
};

/** Outcomes recorded in a period. */
export type OutcomeFigures = {
  __typename?: 'OutcomeFigures';
  /** Per boundary, for outcomes that name one; every boundary is listed. */
  byBoundary: Array<OutcomeBoundaryCount>;
  /** Per status; every status is listed. */
  byStatus: Array<OutcomeStatusCount>;
  /** Outcomes recorded. */
  total: Scalars['Int']['output'];
};

/** Where a finding stands with the people who can act on it. */
export type OutcomeStatus =
  /** It was accepted and acted on. */
  | 'ACCEPTED'
  /** It was not accepted; the reason and its boundary say why. */
  | 'NOT_ACCEPTED'
  /** Part of it was accepted and acted on. */
  | 'PARTLY_ACCEPTED'
  /** It has reached people who can act on it. */
  | 'RECEIVED'
  /** It is being considered. */
  | 'UNDER_CONSIDERATION';

/** One step of an outcome's history: the status it moved from and to, and when. */
export type OutcomeStatusChange = {
  __typename?: 'OutcomeStatusChange';
  /** When it changed. */
  changedAt: Scalars['DateTime']['output'];
  /** The status before; null for the first entry, when the outcome was recorded. */
  previousStatus?: Maybe<OutcomeStatus>;
  /** The status after. */
  status: OutcomeStatus;
};

/** Outcomes with one status. */
export type OutcomeStatusCount = {
  __typename?: 'OutcomeStatusCount';
  /** How many outcomes. */
  count: Scalars['Int']['output'];
  /** The status. */
  status: OutcomeStatus;
};

/** Where a page ends (Relay). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item on this page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** Where participation happens. */
export type ParticipationContext =
  /** In standing groups and formal meetings. */
  | 'FORMAL_GROUP'
  /** About the young person's own life: a care review, a case file. */
  | 'INDIVIDUAL'
  /** In social settings: a youth club, school, online. */
  | 'SOCIAL';

/** A partnership (owned by the people subgraph), with feedback analytics. */
export type Partnership = {
  __typename?: 'Partnership';
  /**
   * Feedback figures for a period of whole calendar months (ANALYST, PARTICIPATION_LEAD or
   * PARTNERSHIP_ADMIN of this partnership): obligations due in it and how they were met, outcomes
   * recorded in it, and young people's voice checks submitted in it, with suppression and rounding.
   * The filter may narrow by organisationIds only (consultations they lead or partner in).
   */
  feedbackAnalytics: FeedbackAnalytics;
  /** Partnership id. */
  id: Scalars['ID']['output'];
};


/** A partnership (owned by the people subgraph), with feedback analytics. */
export type PartnershipFeedbackAnalyticsArgs = {
  filter?: InputMaybe<AnalyticsFilter>;
  period: AnalyticsPeriod;
};

/** A person (owned by the people subgraph), with the feedback owed and sent to them. */
export type Person = {
  __typename?: 'Person';
  /** Feedback still owed to them for consultations they took part in, soonest due first. */
  feedbackOwed: Array<FeedbackObligation>;
  /** Feedback sent to them, newest first: the person themself, or staff of the consultations' organisations. */
  feedbackReceived: Array<FeedbackMessage>;
  /** Person id. */
  id: Scalars['ID']['output'];
};

/**
 * The feedback subgraph: "You said, we did". What happened to each finding, the feedback owed
 * to and sent to young people on time, and whether they felt heard.
 */
export type Query = {
  __typename?: 'Query';
  /**
   * Feedback obligations of the caller's partnership that are past their due date and not met,
   * oldest first: staff see their organisations' consultations; partnership admins and analysts all.
   */
  overdueFeedback: FeedbackObligationConnection;
  /**
   * The public "You said, we did" board of a partnership: published outcomes in the order they were
   * first recorded (oldest first unless `order` says otherwise), with no personal data. Works
   * without a token.
   */
  youSaidWeDid: YouSaidWeDidConnection;
};


/**
 * The feedback subgraph: "You said, we did". What happened to each finding, the feedback owed
 * to and sent to young people on time, and whether they felt heard.
 */
export type QueryOverdueFeedbackArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The feedback subgraph: "You said, we did". What happened to each finding, the feedback owed
 * to and sent to young people on time, and whether they felt heard.
 */
export type QueryYouSaidWeDidArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<BoardOrder>;
  partnershipId: Scalars['ID']['input'];
  recordedIn?: InputMaybe<AnalyticsPeriod>;
};

/** What happened to a finding. */
export type RecordOutcomeInput = {
  /** The kind of limit behind the reason (required when NOT_ACCEPTED). */
  boundary?: InputMaybe<BoundaryKind>;
  /** The finding it answers. */
  findingId: Scalars['ID']['input'];
  /** Show it on the public board (default false). */
  published?: InputMaybe<Scalars['Boolean']['input']>;
  /** Why not (required when NOT_ACCEPTED; up to 2000 characters). */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** Where it stands. */
  status: OutcomeStatus;
  /** "We did …": what happened, in plain language (1–2000 characters). */
  weDid: Scalars['String']['input'];
  /** "You said …": the finding in young people's words (1–1000 characters). */
  youSaid: Scalars['String']['input'];
};

/** Feedback sent to a consultation's participants. */
export type SendFeedbackInput = {
  /** How it was sent. */
  channel: FeedbackChannel;
  /** The consultation it is about. */
  consultationId: Scalars['ID']['input'];
  /** Outcomes of this consultation it covers. */
  outcomeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** When it was sent, if earlier than now (never in the future). */
  sentAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** What young people were told (1–5000 characters). */
  text: Scalars['String']['input'];
};

/** A subject access report (UK GDPR art. 15), started by people; feedback adds what it holds. */
export type SubjectAccessReport = {
  __typename?: 'SubjectAccessReport';
  /** What feedback holds: feedback they received, what is owed to them, their voice checks and audit entries. */
  feedback?: Maybe<FeedbackSubjectAccess>;
  /** Who the report is about. */
  personId: Scalars['ID']['output'];
};

/** One entry of a service's audit log that concerns the person: about them, about one of their records, or done by them. */
export type SubjectAuditEntry = {
  __typename?: 'SubjectAuditEntry';
  /** What was done, e.g. UPDATE, SUBMIT_CONTRIBUTION, READ_SPECIAL_CATEGORY, SUBJECT_ACCESS. */
  action: Scalars['String']['output'];
  /** The roles of whoever did it (staff are not named: they are other people). */
  actorRoles: Array<Scalars['String']['output']>;
  /** When it happened. */
  at: Scalars['DateTime']['output'];
  /** True when the person themself did it. */
  byThemself: Scalars['Boolean']['output'];
  /** What kind of record it concerned, e.g. Person, Contribution, Seat. */
  entity: Scalars['String']['output'];
  /** The record it concerned, when there is one. */
  entityId?: Maybe<Scalars['ID']['output']>;
  /** The fields read or changed, when the entry names them. */
  fields: Array<Scalars['String']['output']>;
};

/** A consultation named in a subject access report. */
export type SubjectConsultationRef = {
  __typename?: 'SubjectConsultationRef';
  /** The consultation. */
  consultationId: Scalars['ID']['output'];
  /** Its title, when feedback knows it. */
  consultationTitle?: Maybe<Scalars['String']['output']>;
};

/** Feedback the person received. */
export type SubjectFeedback = {
  __typename?: 'SubjectFeedback';
  /** How it reached them. */
  channel: FeedbackChannel;
  /** The consultation it was about. */
  consultationTitle?: Maybe<Scalars['String']['output']>;
  /** Feedback message id. */
  id: Scalars['ID']['output'];
  /** Whether it was sent by the date it was due. */
  onTime?: Maybe<Scalars['Boolean']['output']>;
  /** The outcomes it reported. */
  outcomes: Array<SubjectOutcome>;
  /** When it was sent. */
  sentAt: Scalars['DateTime']['output'];
  /** What they were told. */
  text: Scalars['String']['output'];
};

/** Feedback owed to the person for a consultation they took part in. */
export type SubjectObligation = {
  __typename?: 'SubjectObligation';
  /** The consultation. */
  consultationTitle?: Maybe<Scalars['String']['output']>;
  /** When feedback is due. */
  dueOn: Scalars['Date']['output'];
  /** Whether it was met on time (null while open). */
  onTime?: Maybe<Scalars['Boolean']['output']>;
  /** Open, overdue or met. */
  status: FeedbackObligationStatus;
};

/** An outcome reported to the person: you said, we did. */
export type SubjectOutcome = {
  __typename?: 'SubjectOutcome';
  /** The finding it answers. */
  findingTitle: Scalars['String']['output'];
  /** Why not, when it was not accepted. */
  reason?: Maybe<Scalars['String']['output']>;
  /** What happened to it. */
  status: OutcomeStatus;
  /** What was done. */
  weDid: Scalars['String']['output'];
  /** What young people said. */
  youSaid: Scalars['String']['output'];
};

/** The person's answers to the Lundy questions for one consultation. */
export type SubjectVoiceCheck = {
  __typename?: 'SubjectVoiceCheck';
  /** Audience: did it reach the people who decide? */
  audience: LundyAnswer;
  /** What they wrote. */
  comment?: Maybe<Scalars['String']['output']>;
  /** The consultation. */
  consultationTitle?: Maybe<Scalars['String']['output']>;
  /** How heard they felt, 1 to 5. */
  feltHeard: Scalars['Int']['output'];
  /** Voice check id. */
  id: Scalars['ID']['output'];
  /** Influence: did it change anything? */
  influence: LundyAnswer;
  /** Space: did they have a safe, inclusive space to speak? */
  space: LundyAnswer;
  /** When they answered. */
  submittedAt: Scalars['DateTime']['output'];
  /** Voice: could they say what they wanted? */
  voice: LundyAnswer;
};

/** A young person's voice check. */
export type SubmitVoiceCheckInput = {
  /** Audience: did it reach people who could act on it? */
  audience: LundyAnswer;
  /** Anything else they want to say (up to 1000 characters). */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** The consultation they took part in. */
  consultationId: Scalars['ID']['input'];
  /** How heard they felt, from 1 (not at all) to 5 (completely). */
  feltHeard: Scalars['Int']['input'];
  /** Influence: did it make a difference, and were you told? */
  influence: LundyAnswer;
  /** Space: did you have a safe chance to give your view? */
  space: LundyAnswer;
  /** Voice: were you helped to give your view? */
  voice: LundyAnswer;
};

/** A count of people as published: withheld (null, suppressed) from 1 to the threshold or to protect another withheld count; otherwise rounded to the nearest 5. */
export type SuppressedCount = {
  __typename?: 'SuppressedCount';
  /** True when the count is withheld. */
  suppressed: Scalars['Boolean']['output'];
  /** The count, or null when withheld. */
  value?: Maybe<Scalars['Int']['output']>;
};

/** A ratio between published figures: withheld (null, suppressed) when a figure behind it is withheld or too few people stand behind it. */
export type SuppressedRate = {
  __typename?: 'SuppressedRate';
  /** True when the ratio is withheld. */
  suppressed: Scalars['Boolean']['output'];
  /** The ratio from 0 to 1 (three decimals), or null when withheld. */
  value?: Maybe<Scalars['Float']['output']>;
};

/** A median or mean: withheld (null, suppressed) when too few stand behind it. */
export type SuppressedStatistic = {
  __typename?: 'SuppressedStatistic';
  /** True when the figure is withheld. */
  suppressed: Scalars['Boolean']['output'];
  /** The figure (one decimal), or null when withheld. */
  value?: Maybe<Scalars['Float']['output']>;
};

/** A young person's answers to the Lundy questions for one consultation. */
export type VoiceCheck = {
  __typename?: 'VoiceCheck';
  /** Audience: did it reach people who could act on it? */
  audience: LundyAnswer;
  /** Their comment: the young person themself and staff of the consultation's organisations only; never analysts. */
  comment?: Maybe<Scalars['String']['output']>;
  /** The consultation it is about. */
  consultation: Consultation;
  /** How heard they felt, from 1 (not at all) to 5 (completely). */
  feltHeard: Scalars['Int']['output'];
  /** Voice check id. */
  id: Scalars['ID']['output'];
  /** Influence: did it make a difference, and were you told? */
  influence: LundyAnswer;
  /** True when the caller submitted it. */
  mine: Scalars['Boolean']['output'];
  /** Space: did you have a safe chance to give your view? */
  space: LundyAnswer;
  /** When it was submitted. */
  submittedAt: Scalars['DateTime']['output'];
  /** Voice: were you helped to give your view? */
  voice: LundyAnswer;
};

/** Voice checks in a period: young people's answers, never one young person's. */
export type VoiceCheckFigures = {
  __typename?: 'VoiceCheckFigures';
  /** Audience: it reached people who could act on it. */
  audience: Array<LundyAnswerCount>;
  /** Influence: it made a difference, and they were told. */
  influence: Array<LundyAnswerCount>;
  /** Mean of how heard they felt (1 to 5, one decimal); withheld unless more than the threshold answered. */
  meanFeltHeard: SuppressedStatistic;
  /** Space: had a safe chance to give their view. */
  space: Array<LundyAnswerCount>;
  /** Voice: were helped to give it. */
  voice: Array<LundyAnswerCount>;
  /** Young people who sent a voice check (one per consultation), rounded to the nearest 5. */
  youngPeople: SuppressedCount;
};

/** A page of the public board. */
export type YouSaidWeDidConnection = {
  __typename?: 'YouSaidWeDidConnection';
  /** The entries on this page. */
  edges: Array<YouSaidWeDidEdge>;
  /** Whether there is a next page and where it starts. */
  pageInfo: PageInfo;
  /** How many published outcomes, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One entry in a page of the board. */
export type YouSaidWeDidEdge = {
  __typename?: 'YouSaidWeDidEdge';
  /** Pass as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: YouSaidWeDidEntry;
};

/** One published outcome on the public board: no names, no person ids, no contributions. */
export type YouSaidWeDidEntry = {
  __typename?: 'YouSaidWeDidEntry';
  /** The kind of limit, when it was not (or only partly) accepted. */
  boundary?: Maybe<BoundaryKind>;
  /** The finding's title. */
  findingTitle: Scalars['String']['output'];
  /** Outcome id. */
  id: Scalars['ID']['output'];
  /** Why not, when it was not (or only partly) accepted. */
  reason?: Maybe<Scalars['String']['output']>;
  /** When it was first recorded (the board's order). */
  recordedAt: Scalars['DateTime']['output'];
  /** Where it stands. */
  status: OutcomeStatus;
  /** When it was last updated. */
  updatedAt: Scalars['DateTime']['output'];
  /** "We did …". */
  weDid: Scalars['String']['output'];
  /** "You said …". */
  youSaid: Scalars['String']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Consultation: Consultation;
  Decision: Decision;
  FeedbackMessage: FeedbackMessage;
  FeedbackObligation: FeedbackObligation;
  Finding: Finding;
  Outcome: Outcome;
  Partnership: Partnership;
  Person: Person;
  SubjectAccessReport: SubjectAccessReport;
  VoiceCheck: VoiceCheck;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Consultation:
    ( { __typename: 'Consultation' }
    & GraphQLRecursivePick<FederationTypes['Consultation'], {"id":true}> );
  Decision:
    ( { __typename: 'Decision' }
    & GraphQLRecursivePick<FederationTypes['Decision'], {"id":true}> );
  FeedbackMessage:
    ( { __typename: 'FeedbackMessage' }
    & GraphQLRecursivePick<FederationTypes['FeedbackMessage'], {"id":true}> );
  FeedbackObligation:
    ( { __typename: 'FeedbackObligation' }
    & GraphQLRecursivePick<FederationTypes['FeedbackObligation'], {"id":true}> );
  Finding:
    ( { __typename: 'Finding' }
    & GraphQLRecursivePick<FederationTypes['Finding'], {"id":true}> );
  Outcome:
    ( { __typename: 'Outcome' }
    & GraphQLRecursivePick<FederationTypes['Outcome'], {"id":true}> );
  Partnership:
    ( { __typename: 'Partnership' }
    & GraphQLRecursivePick<FederationTypes['Partnership'], {"id":true}> );
  Person:
    ( { __typename: 'Person' }
    & GraphQLRecursivePick<FederationTypes['Person'], {"id":true}> );
  SubjectAccessReport:
    ( { __typename: 'SubjectAccessReport' }
    & GraphQLRecursivePick<FederationTypes['SubjectAccessReport'], {"personId":true}> );
  VoiceCheck:
    ( { __typename: 'VoiceCheck' }
    & GraphQLRecursivePick<FederationTypes['VoiceCheck'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AgeBand: AgeBand;
  AnalyticsFilter: AnalyticsFilter;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AnalyticsPeriod: AnalyticsPeriod;
  AnalyticsPeriodRange: ResolverTypeWrapper<AnalyticsPeriodRange>;
  BoardOrder: BoardOrder;
  BoundaryKind: BoundaryKind;
  Cohort: Cohort;
  Consultation: ResolverTypeWrapper<EntityRef>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decision: ResolverTypeWrapper<EntityRef>;
  FeedbackAnalytics: ResolverTypeWrapper<FeedbackAnalytics>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  FeedbackChannel: FeedbackChannel;
  FeedbackMessage: ResolverTypeWrapper<FeedbackMessageEntity>;
  FeedbackObligation: ResolverTypeWrapper<FeedbackObligationEntity>;
  FeedbackObligationConnection: ResolverTypeWrapper<Connection<FeedbackObligationEntity>>;
  FeedbackObligationEdge: ResolverTypeWrapper<Omit<FeedbackObligationEdge, 'node'> & { node: ResolversTypes['FeedbackObligation'] }>;
  FeedbackObligationStatus: FeedbackObligationStatus;
  FeedbackPersonRecord: ResolverTypeWrapper<FeedbackPersonRecord>;
  FeedbackSubjectAccess: ResolverTypeWrapper<FeedbackSubjectAccess>;
  FieldSet: ResolverTypeWrapper<Scalars['FieldSet']['output']>;
  Finding: ResolverTypeWrapper<EntityRef>;
  LundyAnswer: LundyAnswer;
  LundyAnswerCount: ResolverTypeWrapper<LundyAnswerCount>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ObligationFigures: ResolverTypeWrapper<ObligationFigures>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Outcome: ResolverTypeWrapper<OutcomeEntity>;
  OutcomeBoundaryCount: ResolverTypeWrapper<OutcomeBoundaryCount>;
  OutcomeFigures: ResolverTypeWrapper<OutcomeFigures>;
  OutcomeStatus: OutcomeStatus;
  OutcomeStatusChange: ResolverTypeWrapper<OutcomeStatusChange>;
  OutcomeStatusCount: ResolverTypeWrapper<OutcomeStatusCount>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  ParticipationContext: ParticipationContext;
  Partnership: ResolverTypeWrapper<EntityRef>;
  Person: ResolverTypeWrapper<EntityRef>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordOutcomeInput: RecordOutcomeInput;
  SendFeedbackInput: SendFeedbackInput;
  SubjectAccessReport: ResolverTypeWrapper<SubjectAccessReport>;
  SubjectAuditEntry: ResolverTypeWrapper<SubjectAuditEntry>;
  SubjectConsultationRef: ResolverTypeWrapper<SubjectConsultationRef>;
  SubjectFeedback: ResolverTypeWrapper<SubjectFeedback>;
  SubjectObligation: ResolverTypeWrapper<SubjectObligation>;
  SubjectOutcome: ResolverTypeWrapper<SubjectOutcome>;
  SubjectVoiceCheck: ResolverTypeWrapper<SubjectVoiceCheck>;
  SubmitVoiceCheckInput: SubmitVoiceCheckInput;
  SuppressedCount: ResolverTypeWrapper<SuppressedCount>;
  SuppressedRate: ResolverTypeWrapper<SuppressedRate>;
  SuppressedStatistic: ResolverTypeWrapper<SuppressedStatistic>;
  VoiceCheck: ResolverTypeWrapper<VoiceCheckEntity>;
  VoiceCheckFigures: ResolverTypeWrapper<VoiceCheckFigures>;
  YouSaidWeDidConnection: ResolverTypeWrapper<Connection<OutcomeEntity>>;
  YouSaidWeDidEdge: ResolverTypeWrapper<Omit<YouSaidWeDidEdge, 'node'> & { node: ResolversTypes['YouSaidWeDidEntry'] }>;
  YouSaidWeDidEntry: ResolverTypeWrapper<OutcomeEntity>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AnalyticsFilter: AnalyticsFilter;
  ID: Scalars['ID']['output'];
  AnalyticsPeriod: AnalyticsPeriod;
  AnalyticsPeriodRange: AnalyticsPeriodRange;
  Consultation: EntityRef;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decision: EntityRef;
  FeedbackAnalytics: FeedbackAnalytics;
  Int: Scalars['Int']['output'];
  FeedbackMessage: FeedbackMessageEntity;
  FeedbackObligation: FeedbackObligationEntity;
  FeedbackObligationConnection: Connection<FeedbackObligationEntity>;
  FeedbackObligationEdge: Omit<FeedbackObligationEdge, 'node'> & { node: ResolversParentTypes['FeedbackObligation'] };
  FeedbackPersonRecord: FeedbackPersonRecord;
  FeedbackSubjectAccess: FeedbackSubjectAccess;
  FieldSet: Scalars['FieldSet']['output'];
  Finding: EntityRef;
  LundyAnswerCount: LundyAnswerCount;
  Mutation: Record<PropertyKey, never>;
  ObligationFigures: ObligationFigures;
  Float: Scalars['Float']['output'];
  Outcome: OutcomeEntity;
  OutcomeBoundaryCount: OutcomeBoundaryCount;
  OutcomeFigures: OutcomeFigures;
  OutcomeStatusChange: OutcomeStatusChange;
  OutcomeStatusCount: OutcomeStatusCount;
  PageInfo: PageInfo;
  Partnership: EntityRef;
  Person: EntityRef;
  Query: Record<PropertyKey, never>;
  RecordOutcomeInput: RecordOutcomeInput;
  SendFeedbackInput: SendFeedbackInput;
  SubjectAccessReport: SubjectAccessReport | FederationReferenceTypes['SubjectAccessReport'];
  SubjectAuditEntry: SubjectAuditEntry;
  SubjectConsultationRef: SubjectConsultationRef;
  SubjectFeedback: SubjectFeedback;
  SubjectObligation: SubjectObligation;
  SubjectOutcome: SubjectOutcome;
  SubjectVoiceCheck: SubjectVoiceCheck;
  SubmitVoiceCheckInput: SubmitVoiceCheckInput;
  SuppressedCount: SuppressedCount;
  SuppressedRate: SuppressedRate;
  SuppressedStatistic: SuppressedStatistic;
  VoiceCheck: VoiceCheckEntity;
  VoiceCheckFigures: VoiceCheckFigures;
  YouSaidWeDidConnection: Connection<OutcomeEntity>;
  YouSaidWeDidEdge: Omit<YouSaidWeDidEdge, 'node'> & { node: ResolversParentTypes['YouSaidWeDidEntry'] };
  YouSaidWeDidEntry: OutcomeEntity;
  link__Import: Scalars['link__Import']['output'];
  Boolean: Scalars['Boolean']['output'];
  String: Scalars['String']['output'];
};

export type LinkDirectiveArgs = {
  import?: Maybe<Array<Maybe<Scalars['link__Import']['input']>>>;
  url: Scalars['String']['input'];
};

export type LinkDirectiveResolver<Result, Parent, ContextType = RequestContext, Args = LinkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ShareableDirectiveArgs = { };

export type ShareableDirectiveResolver<Result, Parent, ContextType = RequestContext, Args = ShareableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AnalyticsPeriodRangeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AnalyticsPeriodRange'] = ResolversParentTypes['AnalyticsPeriodRange']> = {
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type ConsultationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Consultation'] = ResolversParentTypes['Consultation'], FederationReferenceType extends FederationReferenceTypes['Consultation'] = FederationReferenceTypes['Consultation']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Consultation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  feedbackObligation?: Resolver<Maybe<ResolversTypes['FeedbackObligation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  outcomes?: Resolver<Array<ResolversTypes['Outcome']>, ParentType, ContextType>;
  voiceChecks?: Resolver<Maybe<Array<ResolversTypes['VoiceCheck']>>, ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DecisionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Decision'] = ResolversParentTypes['Decision'], FederationReferenceType extends FederationReferenceTypes['Decision'] = FederationReferenceTypes['Decision']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Decision']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  outcomes?: Resolver<Array<ResolversTypes['Outcome']>, ParentType, ContextType>;
};

export type FeedbackAnalyticsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FeedbackAnalytics'] = ResolversParentTypes['FeedbackAnalytics']> = {
  obligations?: Resolver<ResolversTypes['ObligationFigures'], ParentType, ContextType>;
  outcomes?: Resolver<ResolversTypes['OutcomeFigures'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['AnalyticsPeriodRange'], ParentType, ContextType>;
  suppressionThreshold?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  voiceChecks?: Resolver<ResolversTypes['VoiceCheckFigures'], ParentType, ContextType>;
};

export type FeedbackMessageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FeedbackMessage'] = ResolversParentTypes['FeedbackMessage'], FederationReferenceType extends FederationReferenceTypes['FeedbackMessage'] = FederationReferenceTypes['FeedbackMessage']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['FeedbackMessage']> | FederationReferenceType, FederationReferenceType, ContextType>;
  channel?: Resolver<ResolversTypes['FeedbackChannel'], ParentType, ContextType>;
  consultation?: Resolver<ResolversTypes['Consultation'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  obligation?: Resolver<Maybe<ResolversTypes['FeedbackObligation']>, ParentType, ContextType>;
  onTime?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  outcomes?: Resolver<Array<ResolversTypes['Outcome']>, ParentType, ContextType>;
  recipientCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sentAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FeedbackObligationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FeedbackObligation'] = ResolversParentTypes['FeedbackObligation'], FederationReferenceType extends FederationReferenceTypes['FeedbackObligation'] = FederationReferenceTypes['FeedbackObligation']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['FeedbackObligation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  closedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  consultation?: Resolver<ResolversTypes['Consultation'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  messages?: Resolver<Array<ResolversTypes['FeedbackMessage']>, ParentType, ContextType>;
  metAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  onTime?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FeedbackObligationStatus'], ParentType, ContextType>;
};

export type FeedbackObligationConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FeedbackObligationConnection'] = ResolversParentTypes['FeedbackObligationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['FeedbackObligationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FeedbackObligationEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FeedbackObligationEdge'] = ResolversParentTypes['FeedbackObligationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['FeedbackObligation'], ParentType, ContextType>;
};

export type FeedbackPersonRecordResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FeedbackPersonRecord'] = ResolversParentTypes['FeedbackPersonRecord']> = {
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisationIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type FeedbackSubjectAccessResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FeedbackSubjectAccess'] = ResolversParentTypes['FeedbackSubjectAccess']> = {
  auditEntries?: Resolver<Array<ResolversTypes['SubjectAuditEntry']>, ParentType, ContextType>;
  feedbackReceived?: Resolver<Array<ResolversTypes['SubjectFeedback']>, ParentType, ContextType>;
  obligations?: Resolver<Array<ResolversTypes['SubjectObligation']>, ParentType, ContextType>;
  record?: Resolver<Maybe<ResolversTypes['FeedbackPersonRecord']>, ParentType, ContextType>;
  tookPartIn?: Resolver<Array<ResolversTypes['SubjectConsultationRef']>, ParentType, ContextType>;
  voiceChecks?: Resolver<Array<ResolversTypes['SubjectVoiceCheck']>, ParentType, ContextType>;
};

export interface FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['FieldSet'], any> {
  name: 'FieldSet';
}

export type FindingResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Finding'] = ResolversParentTypes['Finding'], FederationReferenceType extends FederationReferenceTypes['Finding'] = FederationReferenceTypes['Finding']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Finding']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['Outcome']>, ParentType, ContextType>;
};

export type LundyAnswerCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LundyAnswerCount'] = ResolversParentTypes['LundyAnswerCount']> = {
  answer?: Resolver<ResolversTypes['LundyAnswer'], ParentType, ContextType>;
  youngPeople?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  recordOutcome?: Resolver<ResolversTypes['Outcome'], ParentType, ContextType, RequireFields<MutationRecordOutcomeArgs, 'input'>>;
  sendFeedback?: Resolver<ResolversTypes['FeedbackMessage'], ParentType, ContextType, RequireFields<MutationSendFeedbackArgs, 'input'>>;
  submitVoiceCheck?: Resolver<ResolversTypes['VoiceCheck'], ParentType, ContextType, RequireFields<MutationSubmitVoiceCheckArgs, 'input'>>;
};

export type ObligationFiguresResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ObligationFigures'] = ResolversParentTypes['ObligationFigures']> = {
  due?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  medianDaysToFeedback?: Resolver<ResolversTypes['SuppressedStatistic'], ParentType, ContextType>;
  metLate?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  metOnTime?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onTimeShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  open?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OutcomeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Outcome'] = ResolversParentTypes['Outcome'], FederationReferenceType extends FederationReferenceTypes['Outcome'] = FederationReferenceTypes['Outcome']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Outcome']> | FederationReferenceType, FederationReferenceType, ContextType>;
  boundary?: Resolver<Maybe<ResolversTypes['BoundaryKind']>, ParentType, ContextType>;
  consultation?: Resolver<ResolversTypes['Consultation'], ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['Decision']>, ParentType, ContextType>;
  finding?: Resolver<ResolversTypes['Finding'], ParentType, ContextType>;
  findingTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['OutcomeStatusChange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  published?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OutcomeStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  weDid?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  youSaid?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OutcomeBoundaryCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OutcomeBoundaryCount'] = ResolversParentTypes['OutcomeBoundaryCount']> = {
  boundary?: Resolver<ResolversTypes['BoundaryKind'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OutcomeFiguresResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OutcomeFigures'] = ResolversParentTypes['OutcomeFigures']> = {
  byBoundary?: Resolver<Array<ResolversTypes['OutcomeBoundaryCount']>, ParentType, ContextType>;
  byStatus?: Resolver<Array<ResolversTypes['OutcomeStatusCount']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OutcomeStatusChangeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OutcomeStatusChange'] = ResolversParentTypes['OutcomeStatusChange']> = {
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  previousStatus?: Resolver<Maybe<ResolversTypes['OutcomeStatus']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OutcomeStatus'], ParentType, ContextType>;
};

export type OutcomeStatusCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OutcomeStatusCount'] = ResolversParentTypes['OutcomeStatusCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OutcomeStatus'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PartnershipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Partnership'] = ResolversParentTypes['Partnership'], FederationReferenceType extends FederationReferenceTypes['Partnership'] = FederationReferenceTypes['Partnership']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Partnership']> | FederationReferenceType, FederationReferenceType, ContextType>;
  feedbackAnalytics?: Resolver<ResolversTypes['FeedbackAnalytics'], ParentType, ContextType, RequireFields<PartnershipFeedbackAnalyticsArgs, 'period'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PersonResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  feedbackOwed?: Resolver<Array<ResolversTypes['FeedbackObligation']>, ParentType, ContextType>;
  feedbackReceived?: Resolver<Array<ResolversTypes['FeedbackMessage']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  overdueFeedback?: Resolver<ResolversTypes['FeedbackObligationConnection'], ParentType, ContextType, RequireFields<QueryOverdueFeedbackArgs, 'first'>>;
  youSaidWeDid?: Resolver<ResolversTypes['YouSaidWeDidConnection'], ParentType, ContextType, RequireFields<QueryYouSaidWeDidArgs, 'first' | 'order' | 'partnershipId'>>;
};

export type SubjectAccessReportResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SubjectAccessReport'] = ResolversParentTypes['SubjectAccessReport'], FederationReferenceType extends FederationReferenceTypes['SubjectAccessReport'] = FederationReferenceTypes['SubjectAccessReport']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SubjectAccessReport']> | FederationReferenceType, FederationReferenceType, ContextType>;
  feedback?: Resolver<Maybe<ResolversTypes['FeedbackSubjectAccess']>, ParentType, ContextType>;
  personId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type SubjectAuditEntryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SubjectAuditEntry'] = ResolversParentTypes['SubjectAuditEntry']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorRoles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  byThemself?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entityId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SubjectConsultationRefResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SubjectConsultationRef'] = ResolversParentTypes['SubjectConsultationRef']> = {
  consultationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  consultationTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SubjectFeedbackResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SubjectFeedback'] = ResolversParentTypes['SubjectFeedback']> = {
  channel?: Resolver<ResolversTypes['FeedbackChannel'], ParentType, ContextType>;
  consultationTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  onTime?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  outcomes?: Resolver<Array<ResolversTypes['SubjectOutcome']>, ParentType, ContextType>;
  sentAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SubjectObligationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SubjectObligation'] = ResolversParentTypes['SubjectObligation']> = {
  consultationTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  onTime?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FeedbackObligationStatus'], ParentType, ContextType>;
};

export type SubjectOutcomeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SubjectOutcome'] = ResolversParentTypes['SubjectOutcome']> = {
  findingTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OutcomeStatus'], ParentType, ContextType>;
  weDid?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  youSaid?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SubjectVoiceCheckResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SubjectVoiceCheck'] = ResolversParentTypes['SubjectVoiceCheck']> = {
  audience?: Resolver<ResolversTypes['LundyAnswer'], ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  consultationTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  feltHeard?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  influence?: Resolver<ResolversTypes['LundyAnswer'], ParentType, ContextType>;
  space?: Resolver<ResolversTypes['LundyAnswer'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  voice?: Resolver<ResolversTypes['LundyAnswer'], ParentType, ContextType>;
};

export type SuppressedCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SuppressedCount'] = ResolversParentTypes['SuppressedCount']> = {
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type SuppressedRateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SuppressedRate'] = ResolversParentTypes['SuppressedRate']> = {
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type SuppressedStatisticResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SuppressedStatistic'] = ResolversParentTypes['SuppressedStatistic']> = {
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type VoiceCheckResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['VoiceCheck'] = ResolversParentTypes['VoiceCheck'], FederationReferenceType extends FederationReferenceTypes['VoiceCheck'] = FederationReferenceTypes['VoiceCheck']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['VoiceCheck']> | FederationReferenceType, FederationReferenceType, ContextType>;
  audience?: Resolver<ResolversTypes['LundyAnswer'], ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  consultation?: Resolver<ResolversTypes['Consultation'], ParentType, ContextType>;
  feltHeard?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  influence?: Resolver<ResolversTypes['LundyAnswer'], ParentType, ContextType>;
  mine?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  space?: Resolver<ResolversTypes['LundyAnswer'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  voice?: Resolver<ResolversTypes['LundyAnswer'], ParentType, ContextType>;
};

export type VoiceCheckFiguresResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['VoiceCheckFigures'] = ResolversParentTypes['VoiceCheckFigures']> = {
  audience?: Resolver<Array<ResolversTypes['LundyAnswerCount']>, ParentType, ContextType>;
  influence?: Resolver<Array<ResolversTypes['LundyAnswerCount']>, ParentType, ContextType>;
  meanFeltHeard?: Resolver<ResolversTypes['SuppressedStatistic'], ParentType, ContextType>;
  space?: Resolver<Array<ResolversTypes['LundyAnswerCount']>, ParentType, ContextType>;
  voice?: Resolver<Array<ResolversTypes['LundyAnswerCount']>, ParentType, ContextType>;
  youngPeople?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
};

export type YouSaidWeDidConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['YouSaidWeDidConnection'] = ResolversParentTypes['YouSaidWeDidConnection']> = {
  edges?: Resolver<Array<ResolversTypes['YouSaidWeDidEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type YouSaidWeDidEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['YouSaidWeDidEdge'] = ResolversParentTypes['YouSaidWeDidEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['YouSaidWeDidEntry'], ParentType, ContextType>;
};

export type YouSaidWeDidEntryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['YouSaidWeDidEntry'] = ResolversParentTypes['YouSaidWeDidEntry']> = {
  boundary?: Resolver<Maybe<ResolversTypes['BoundaryKind']>, ParentType, ContextType>;
  findingTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OutcomeStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  weDid?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  youSaid?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = RequestContext> = {
  AnalyticsPeriodRange?: AnalyticsPeriodRangeResolvers<ContextType>;
  Consultation?: ConsultationResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decision?: DecisionResolvers<ContextType>;
  FeedbackAnalytics?: FeedbackAnalyticsResolvers<ContextType>;
  FeedbackMessage?: FeedbackMessageResolvers<ContextType>;
  FeedbackObligation?: FeedbackObligationResolvers<ContextType>;
  FeedbackObligationConnection?: FeedbackObligationConnectionResolvers<ContextType>;
  FeedbackObligationEdge?: FeedbackObligationEdgeResolvers<ContextType>;
  FeedbackPersonRecord?: FeedbackPersonRecordResolvers<ContextType>;
  FeedbackSubjectAccess?: FeedbackSubjectAccessResolvers<ContextType>;
  FieldSet?: GraphQLScalarType;
  Finding?: FindingResolvers<ContextType>;
  LundyAnswerCount?: LundyAnswerCountResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  ObligationFigures?: ObligationFiguresResolvers<ContextType>;
  Outcome?: OutcomeResolvers<ContextType>;
  OutcomeBoundaryCount?: OutcomeBoundaryCountResolvers<ContextType>;
  OutcomeFigures?: OutcomeFiguresResolvers<ContextType>;
  OutcomeStatusChange?: OutcomeStatusChangeResolvers<ContextType>;
  OutcomeStatusCount?: OutcomeStatusCountResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Partnership?: PartnershipResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SubjectAccessReport?: SubjectAccessReportResolvers<ContextType>;
  SubjectAuditEntry?: SubjectAuditEntryResolvers<ContextType>;
  SubjectConsultationRef?: SubjectConsultationRefResolvers<ContextType>;
  SubjectFeedback?: SubjectFeedbackResolvers<ContextType>;
  SubjectObligation?: SubjectObligationResolvers<ContextType>;
  SubjectOutcome?: SubjectOutcomeResolvers<ContextType>;
  SubjectVoiceCheck?: SubjectVoiceCheckResolvers<ContextType>;
  SuppressedCount?: SuppressedCountResolvers<ContextType>;
  SuppressedRate?: SuppressedRateResolvers<ContextType>;
  SuppressedStatistic?: SuppressedStatisticResolvers<ContextType>;
  VoiceCheck?: VoiceCheckResolvers<ContextType>;
  VoiceCheckFigures?: VoiceCheckFiguresResolvers<ContextType>;
  YouSaidWeDidConnection?: YouSaidWeDidConnectionResolvers<ContextType>;
  YouSaidWeDidEdge?: YouSaidWeDidEdgeResolvers<ContextType>;
  YouSaidWeDidEntry?: YouSaidWeDidEntryResolvers<ContextType>;
  link__Import?: GraphQLScalarType;
};

export type DirectiveResolvers<ContextType = RequestContext> = {
  link?: LinkDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
};
