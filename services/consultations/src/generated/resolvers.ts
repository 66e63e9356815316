import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ConsultationEntity } from '../entities/consultation.entity';
import type { Connection, EntityRef, RequestContext } from '@voicegraph/platform';
import type { QuestionEntity } from '../entities/question.entity';
import type { ParticipationEntity } from '../entities/participation.entity';
import type { ContributionEntity } from '../entities/contribution.entity';
import type { FindingEntity } from '../entities/finding.entity';
import type { ContributionRemovalEntity } from '../entities/contribution-removal.entity';
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

/** A question to add. */
export type AddQuestionInput = {
  /** The consultation. */
  consultationId: Scalars['ID']['input'];
  /** What it asks for. */
  kind: QuestionKind;
  /** Options for choice questions (2 to 20, distinct). */
  options?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The question (1–500 characters). */
  prompt: Scalars['String']['input'];
  /** Highest value for scale questions (default 5). */
  scaleMax?: InputMaybe<Scalars['Int']['input']>;
  /** Lowest value for scale questions (default 1). */
  scaleMin?: InputMaybe<Scalars['Int']['input']>;
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

/** Young people of one age band who took part. */
export type AgeBandReach = {
  __typename?: 'AgeBandReach';
  /** The age band (as the people service last reported it). */
  ageBand: AgeBand;
  /** Their contributions (withheld whenever youngPeople is). */
  contributions: SuppressedCount;
  /** Unique young people who took part. */
  youngPeople: SuppressedCount;
};

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

/** The three approaches of the co-production pathway, derived from the ladder level. */
export type Approach =
  /** Informing, consulting and engaging: designed by professionals with young people's views. */
  | 'DOING_FOR'
  /** Coercion and educating: old ways of working. */
  | 'DOING_TO'
  /** Co-designing and co-producing: equal partnership. */
  | 'DOING_WITH';

/** Consultations of one approach. */
export type ApproachCount = {
  __typename?: 'ApproachCount';
  /** The approach. */
  approach: Approach;
  /** How many consultations. */
  count: Scalars['Int']['output'];
  /** Their share of all consultations counted, or null when there are none. */
  share?: Maybe<Scalars['Float']['output']>;
};

/** Something that cannot change, and why, told to young people before they take part. */
export type Boundary = {
  __typename?: 'Boundary';
  /** What cannot change, in words young people understand. */
  description: Scalars['String']['output'];
  /** Why it cannot change. */
  kind: BoundaryKind;
};

/** Something young people are told cannot change. */
export type BoundaryInput = {
  /** What cannot change (1–500 characters). */
  description: Scalars['String']['input'];
  /** Why it cannot change. */
  kind: BoundaryKind;
};

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

/** Reach into one vulnerable cohort. */
export type CohortReach = {
  __typename?: 'CohortReach';
  /** The cohort. */
  cohort: Cohort;
  /** Their contributions (withheld whenever youngPeople is). */
  contributions: SuppressedCount;
  /** youngPeople over registered, from the published figures. */
  reach: SuppressedRate;
  /** Young people of the cohort registered now. */
  registered: SuppressedCount;
  /** Unique young people of the cohort who took part. */
  youngPeople: SuppressedCount;
};

/** A chance for young people to be heard on something that affects them. */
export type Consultation = {
  __typename?: 'Consultation';
  /** Doing To, For or With, derived from the ladder level. */
  approach: Approach;
  /** What young people are told up front cannot change, and why. */
  boundaries: Array<Boundary>;
  /** When it was cancelled. */
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it was closed. */
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it is planned to close. */
  closesAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where participation happens. */
  context: ParticipationContext;
  /** What was said (staff of the lead or a partner organisation see all; a young person sees their own; analysts none). */
  contributions: ContributionConnection;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Key messages drawn from the contributions. */
  findings: Array<Finding>;
  /** Consultation id. */
  id: Scalars['ID']['output'];
  /** What sort of activity it is. */
  kind: ConsultationKind;
  /** Where it sits on the ladder of co-production. */
  ladderLevel: LadderLevel;
  /** The organisation that leads it. */
  leadOrganisation: Organisation;
  /** How young people take part. */
  mode: ConsultationMode;
  /** When it was opened. */
  openedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it is planned to open. */
  opensAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who took part (staff of the lead or a partner organisation see all; a young person sees their own). */
  participations: ParticipationConnection;
  /** Organisations that run it with the lead. */
  partnerOrganisations: Array<Organisation>;
  /** Its questions, in the order they were added. */
  questions: Array<Question>;
  /** Where it is in its lifecycle. */
  status: ConsultationStatus;
  /** What it is about, in a few sentences. */
  summary?: Maybe<Scalars['String']['output']>;
  /** Age bands it is meant for; empty means every age. */
  targetAgeBands: Array<AgeBand>;
  /** Cohorts it is meant for; empty means everyone. */
  targetCohorts: Array<Cohort>;
  /** Themes it covers, lower case. */
  themes: Array<Scalars['String']['output']>;
  /** Its title. */
  title: Scalars['String']['output'];
};


/** A chance for young people to be heard on something that affects them. */
export type ConsultationContributionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A chance for young people to be heard on something that affects them. */
export type ConsultationParticipationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of consultations. */
export type ConsultationConnection = {
  __typename?: 'ConsultationConnection';
  /** The consultations on this page with their cursors. */
  edges: Array<ConsultationEdge>;
  /** Whether there is a next page and where it starts. */
  pageInfo: PageInfo;
  /** How many match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One consultation in a page. */
export type ConsultationEdge = {
  __typename?: 'ConsultationEdge';
  /** Pass as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The consultation. */
  node: Consultation;
};

/** Consultations counted in several breakdowns; every category is listed, zeros included. */
export type ConsultationFigures = {
  __typename?: 'ConsultationFigures';
  /** By approach: Doing To, Doing For, Doing With. */
  byApproach: Array<ApproachCount>;
  /** By context of participation. */
  byContext: Array<ContextCount>;
  /** By rung of the ladder of co-production. */
  byLadderLevel: Array<LadderLevelCount>;
  /** By mode of taking part. */
  byMode: Array<ModeCount>;
  /** By organisation leading or partnering (a consultation counts under each of its organisations). */
  byOrganisation: Array<OrganisationConsultationCount>;
  /** All consultations counted. */
  total: Scalars['Int']['output'];
};

/** Narrows the consultations list; every given condition must hold. */
export type ConsultationFilter = {
  /** Only those targeting this cohort. */
  cohort?: InputMaybe<Cohort>;
  /** Only in this context. */
  context?: InputMaybe<ParticipationContext>;
  /** Only those whose planned window reaches this moment or later. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only at this ladder level. */
  ladderLevel?: InputMaybe<LadderLevel>;
  /** Only those this organisation leads or partners in. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /** Only in this lifecycle state. */
  status?: InputMaybe<ConsultationStatus>;
  /** Only those covering this theme (case does not matter). */
  theme?: InputMaybe<Scalars['String']['input']>;
  /** Only those whose planned window starts before this moment. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Names the consultation a lifecycle change applies to. */
export type ConsultationIdInput = {
  /** The consultation. */
  consultationId: Scalars['ID']['input'];
};

/** What sort of activity a consultation is. */
export type ConsultationKind =
  /** A co-design session. */
  | 'CO_DESIGN_SESSION'
  /** A co-production project. */
  | 'CO_PRODUCTION_PROJECT'
  /** A digital poll. */
  | 'DIGITAL_POLL'
  /** An event. */
  | 'EVENT'
  /** A focus group. */
  | 'FOCUS_GROUP'
  /** An individual review, such as a care review. */
  | 'INDIVIDUAL_REVIEW'
  /** A survey. */
  | 'SURVEY'
  /** A workshop. */
  | 'WORKSHOP';

/** How young people take part. */
export type ConsultationMode =
  /** Through a digital tool, in their own time. */
  | 'DIGITAL'
  /** Some in person, some online. */
  | 'HYBRID'
  /** Face to face. */
  | 'IN_PERSON'
  /** Live online. */
  | 'VIRTUAL';

/** The role a person takes in a consultation. */
export type ConsultationRole =
  /** Designs the work with professionals. */
  | 'CO_DESIGNER'
  /** Decides what happens because of it. */
  | 'DECISION_MAKER'
  /** Runs a session. */
  | 'FACILITATOR'
  /** Takes part and gives their views. */
  | 'PARTICIPANT'
  /** Researches other young people's views. */
  | 'PEER_RESEARCHER'
  /** Leads the work as a young person. */
  | 'YOUTH_LEAD';

/** Where a consultation is in its lifecycle: DRAFT, then OPEN, then CLOSED; or CANCELLED. */
export type ConsultationStatus =
  /** Called off. */
  | 'CANCELLED'
  /** Finished; findings and feedback follow. */
  | 'CLOSED'
  /** Being prepared; only its managers see it. */
  | 'DRAFT'
  /** Taking contributions. */
  | 'OPEN';

/** The consultations service's copy of a person: no names, no birth date. */
export type ConsultationsPersonRecord = {
  __typename?: 'ConsultationsPersonRecord';
  /** Their age band as last told. */
  ageBand: AgeBand;
  /** Vulnerable cohorts as last told (special category). */
  cohorts: Array<Cohort>;
  /** YOUNG_PERSON, STAFF or PARENT_OR_CARER. */
  kind: Scalars['String']['output'];
  /** Ids of the organisations they belong to. */
  organisationIds: Array<Scalars['ID']['output']>;
  /** When this copy last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** What the consultations service holds about a person. */
export type ConsultationsSubjectAccess = {
  __typename?: 'ConsultationsSubjectAccess';
  /** Months in which they are counted in participation analytics (as figures only, never named). */
  analyticsMonths: Array<Scalars['Date']['output']>;
  /** The consultations service's audit log entries about them, their records, or done by them. */
  auditEntries: Array<SubjectAuditEntry>;
  /** Everything they said, oldest first, including anonymous contributions (hidden from staff elsewhere). */
  contributions: Array<SubjectContribution>;
  /** Current participation consents it knows of. */
  participationConsents: Array<SubjectConsentCopy>;
  /** Every consultation they took part in, oldest first. */
  participations: Array<SubjectParticipation>;
  /** Its copy of the person (from people's events), or null when it has none. */
  record?: Maybe<ConsultationsPersonRecord>;
};

/** Consultations in one context. */
export type ContextCount = {
  __typename?: 'ContextCount';
  /** The context. */
  context: ParticipationContext;
  /** How many consultations. */
  count: Scalars['Int']['output'];
  /** Their share of all consultations counted, or null when there are none. */
  share?: Maybe<Scalars['Float']['output']>;
};

/** What one young person said in a consultation. */
export type Contribution = {
  __typename?: 'Contribution';
  /** True when staff may not see who said it. */
  anonymous: Scalars['Boolean']['output'];
  /** Who said it: null when anonymous (except to the author themself), erased, or to a caller who may not see the person. */
  author?: Maybe<Person>;
  /** The options they chose (choice questions). */
  choices: Array<Scalars['String']['output']>;
  /** The consultation. */
  consultation: Consultation;
  /** Contribution id. */
  id: Scalars['ID']['output'];
  /** The question it answers, if any. */
  question?: Maybe<Question>;
  /** True when the author was erased and the text removed; the contribution still counts. */
  redacted: Scalars['Boolean']['output'];
  /** The value they gave (scale questions). */
  scaleValue?: Maybe<Scalars['Int']['output']>;
  /**
   * When it was submitted. For an anonymous contribution, the start of its UTC day to everyone but
   * its author: a finer time (or its place in a list, which sorts anonymous ones within a day by
   * their random id) could single the author out.
   */
  submittedAt: Scalars['DateTime']['output'];
  /** What they said (empty once the author has been erased). */
  text?: Maybe<Scalars['String']['output']>;
};

/** A page of contributions. */
export type ContributionConnection = {
  __typename?: 'ContributionConnection';
  /** The contributions on this page with their cursors. */
  edges: Array<ContributionEdge>;
  /** Whether there is a next page and where it starts. */
  pageInfo: PageInfo;
  /** How many match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One contribution in a page. */
export type ContributionEdge = {
  __typename?: 'ContributionEdge';
  /** Pass as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The contribution. */
  node: Contribution;
};

/** Why a contribution was removed. */
export type ContributionRemovalReason =
  /** It was submitted at or after the moment its author withdrew participation consent. */
  | 'CONSENT_WITHDRAWN';

/** A new consultation, created as a DRAFT. */
export type CreateConsultationInput = {
  /** What cannot change, and why (up to 10). */
  boundaries?: InputMaybe<Array<BoundaryInput>>;
  /** When it is planned to close (after opensAt). */
  closesAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Where participation happens. */
  context: ParticipationContext;
  /** What sort of activity it is. */
  kind: ConsultationKind;
  /** Where it sits on the ladder of co-production. */
  ladderLevel: LadderLevel;
  /** The leading organisation: one of the caller's own, in their partnership. */
  leadOrganisationId: Scalars['ID']['input'];
  /** How young people take part. */
  mode: ConsultationMode;
  /** When it is planned to open. */
  opensAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Partner organisations of the same partnership. */
  partnerOrganisationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** What it is about (up to 2000 characters). */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** Age bands it is meant for; empty means every age. */
  targetAgeBands?: InputMaybe<Array<AgeBand>>;
  /** Cohorts it is meant for; empty means everyone. */
  targetCohorts?: InputMaybe<Array<Cohort>>;
  /** Themes (up to 10, each up to 50 characters). */
  themes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Its title (1–200 characters). */
  title: Scalars['String']['input'];
};

/** A key message drawn from several contributions: what decision makers and feedback refer to. */
export type Finding = {
  __typename?: 'Finding';
  /** The consultation it comes from. */
  consultation: Consultation;
  /**
   * How many contributions it draws on: exact for staff of the consultation's organisations (who can
   * read them); for anyone else (analysts, young people) rounded to the nearest 5, and null while
   * 1 up to the partnership's suppression threshold young people wrote them (many contributions from
   * a few people are still a few people).
   */
  contributionCount?: Maybe<Scalars['Int']['output']>;
  /** The contributions it draws on (only those the caller may read). */
  contributions: Array<Contribution>;
  /** When it was recorded. */
  createdAt: Scalars['DateTime']['output'];
  /** Finding id. */
  id: Scalars['ID']['output'];
  /** The key message explained. */
  summary?: Maybe<Scalars['String']['output']>;
  /** The key message, in a line. */
  title: Scalars['String']['output'];
};

/** Where a consultation sits on the ladder of co-production, from Doing To up to Doing With. */
export type LadderLevel =
  /** Young people are made to take part (Doing To). */
  | 'COERCION'
  /** Young people are asked their views (Doing For). */
  | 'CONSULTING'
  /** Young people design it with professionals as equals (Doing With). */
  | 'CO_DESIGNING'
  /** Young people plan, deliver and review it as equal partners (Doing With). */
  | 'CO_PRODUCING'
  /** Young people are told what is good for them (Doing To). */
  | 'EDUCATING'
  /** Young people are involved in shaping the work (Doing For). */
  | 'ENGAGING'
  /** Young people are told what will happen (Doing For). */
  | 'INFORMING';

/** Consultations at one ladder level. */
export type LadderLevelCount = {
  __typename?: 'LadderLevelCount';
  /** How many consultations. */
  count: Scalars['Int']['output'];
  /** The rung. */
  ladderLevel: LadderLevel;
  /** Their share of all consultations counted, or null when there are none. */
  share?: Maybe<Scalars['Float']['output']>;
};

/** One ladder level in two periods. */
export type LadderShift = {
  __typename?: 'LadderShift';
  /** count minus comparedCount. */
  change: Scalars['Int']['output'];
  /** Consultations at this rung in `comparedWith`. */
  comparedCount: Scalars['Int']['output'];
  /** Share of `comparedWith`'s consultations, or null when there are none. */
  comparedShare?: Maybe<Scalars['Float']['output']>;
  /** Consultations at this rung in `period`. */
  count: Scalars['Int']['output'];
  /** The rung. */
  ladderLevel: LadderLevel;
  /** Share of `period`'s consultations, or null when there are none. */
  share?: Maybe<Scalars['Float']['output']>;
};

/** Consultations in one mode. */
export type ModeCount = {
  __typename?: 'ModeCount';
  /** How many consultations. */
  count: Scalars['Int']['output'];
  /** The mode. */
  mode: ConsultationMode;
  /** Their share of all consultations counted, or null when there are none. */
  share?: Maybe<Scalars['Float']['output']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a question to a DRAFT or OPEN consultation (staff of the lead or a partner organisation). */
  addQuestion: Question;
  /** Cancels a DRAFT or OPEN consultation. */
  cancelConsultation: Consultation;
  /** Closes an OPEN consultation: no more contributions, and feedback becomes owed. */
  closeConsultation: Consultation;
  /** Creates a DRAFT consultation led by one of the caller's organisations (staff). */
  createConsultation: Consultation;
  /** Opens a DRAFT consultation to contributions (staff of the lead or a partner organisation). */
  openConsultation: Consultation;
  /** Records a key message drawn from contributions (staff of the lead or a partner organisation). */
  recordFinding: Finding;
  /** Records that a person took part, in a role (staff of the lead or a partner organisation). */
  recordParticipation: Participation;
  /**
   * A young person submits what they want to say, about the consultation or one of its questions.
   * Only while the consultation is OPEN and only with a current participation consent.
   */
  submitContribution: Contribution;
};


export type MutationAddQuestionArgs = {
  input: AddQuestionInput;
};


export type MutationCancelConsultationArgs = {
  input: ConsultationIdInput;
};


export type MutationCloseConsultationArgs = {
  input: ConsultationIdInput;
};


export type MutationCreateConsultationArgs = {
  input: CreateConsultationInput;
};


export type MutationOpenConsultationArgs = {
  input: ConsultationIdInput;
};


export type MutationRecordFindingArgs = {
  input: RecordFindingInput;
};


export type MutationRecordParticipationArgs = {
  input: RecordParticipationInput;
};


export type MutationSubmitContributionArgs = {
  input: SubmitContributionInput;
};

/** A partner organisation within one partnership. */
export type Organisation = {
  __typename?: 'Organisation';
  /** Consultations this organisation leads or partners in that the caller may see, oldest first. */
  consultations: ConsultationConnection;
  /** Organisation id. */
  id: Scalars['ID']['output'];
};


/** A partner organisation within one partnership. */
export type OrganisationConsultationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ConsultationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Consultations one organisation leads or partners in. */
export type OrganisationConsultationCount = {
  __typename?: 'OrganisationConsultationCount';
  /** How many consultations. */
  count: Scalars['Int']['output'];
  /** The organisation. */
  organisation: Organisation;
  /** Their share of all consultations counted, or null when there are none. */
  share?: Maybe<Scalars['Float']['output']>;
};

/** Young people who took part in one organisation's consultations. */
export type OrganisationReach = {
  __typename?: 'OrganisationReach';
  /** Their contributions to this organisation's consultations (withheld whenever youngPeople is). */
  contributions: SuppressedCount;
  /** The organisation. */
  organisation: Organisation;
  /** Unique young people who took part. */
  youngPeople: SuppressedCount;
};

/** Where a page ends (Relay). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item on this page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** A person taking part in a consultation, in a role. */
export type Participation = {
  __typename?: 'Participation';
  /** When they took part. */
  attendedAt: Scalars['DateTime']['output'];
  /** The consultation. */
  consultation: Consultation;
  /**
   * When this was recorded: the start of its UTC day, except to the person themself, so that
   * recording times cannot be lined up with anonymous contributions.
   */
  createdAt: Scalars['DateTime']['output'];
  /** Participation id. */
  id: Scalars['ID']['output'];
  /** Who took part: null to a caller who may not see the person (people's rule: themself, staff of one of their organisations, an admin of their partnership), and once they have been erased. */
  person?: Maybe<Person>;
  /** The role they took. */
  role: ConsultationRole;
};

/** Participation figures for one partnership and period. */
export type ParticipationAnalytics = {
  __typename?: 'ParticipationAnalytics';
  /** Young people who took part, by age band: a partition of youngPeople with secondary suppression. */
  byAgeBand: Array<AgeBandReach>;
  /** Reach into each vulnerable cohort against its registered size (a person can be in several cohorts). */
  byCohort: Array<CohortReach>;
  /** Young people who took part, by organisation leading or partnering in the consultation (a person can count under several). */
  byOrganisation: Array<OrganisationReach>;
  /** Consultations run in the period (OPEN or CLOSED, their window overlapping it); counts of activities, not people. */
  consultations: ConsultationFigures;
  /** Contributions young people submitted in the period. */
  contributions: SuppressedCount;
  /** How the ladder distribution moved from `comparedWith` to `period`; null unless comparedWith is given. */
  ladderShift?: Maybe<Array<LadderShift>>;
  /** The period the figures cover. */
  period: AnalyticsPeriodRange;
  /** Young people registered now under the filter (not per period). */
  registeredYoungPeople: SuppressedCount;
  /** Counts of people from 1 up to this are withheld. */
  suppressionThreshold: Scalars['Int']['output'];
  /** Unique young people who took part in the period (a participation or a contribution). */
  youngPeople: SuppressedCount;
};

/** A page of participations. */
export type ParticipationConnection = {
  __typename?: 'ParticipationConnection';
  /** The participations on this page with their cursors. */
  edges: Array<ParticipationEdge>;
  /** Whether there is a next page and where it starts. */
  pageInfo: PageInfo;
  /** How many match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Where participation happens. */
export type ParticipationContext =
  /** In standing groups and formal meetings. */
  | 'FORMAL_GROUP'
  /** About the young person's own life: a care review, a case file. */
  | 'INDIVIDUAL'
  /** In social settings: a youth club, school, online. */
  | 'SOCIAL';

/** One participation in a page. */
export type ParticipationEdge = {
  __typename?: 'ParticipationEdge';
  /** Pass as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The participation. */
  node: Participation;
};

/** A city's children's partnership: the council, schools, health, youth justice and voluntary partners working together. */
export type Partnership = {
  __typename?: 'Partnership';
  /** Partnership id. */
  id: Scalars['ID']['output'];
  /**
   * Participation figures for a period of whole calendar months (ANALYST, PARTICIPATION_LEAD or
   * PARTNERSHIP_ADMIN of this partnership). Aggregates only: counts of young people from 1 to the
   * partnership's suppression threshold are withheld, with secondary suppression, and larger ones
   * rounded to the nearest 5. Organisation figures come from the `organisationIds` filter.
   */
  participationAnalytics: ParticipationAnalytics;
};


/** A city's children's partnership: the council, schools, health, youth justice and voluntary partners working together. */
export type PartnershipParticipationAnalyticsArgs = {
  comparedWith?: InputMaybe<AnalyticsPeriod>;
  filter?: InputMaybe<AnalyticsFilter>;
  period: AnalyticsPeriod;
};

/** A person known to the partnership. Sensitive fields are null with a FORBIDDEN error unless the caller may see them. */
export type Person = {
  __typename?: 'Person';
  /** Their contributions the caller may see: all of them for the person themself, non-anonymous ones in consultations they manage for staff. */
  contributions: ContributionConnection;
  /** Person id (also the `sub` of their token). */
  id: Scalars['ID']['output'];
  /** Their participations the caller may see: all of them for the person themself, those in consultations they manage for staff. */
  participations: ParticipationConnection;
  /**
   * Contributions of theirs that were deleted because they were submitted at or after the moment
   * they withdrew participation consent (they reached us before the withdrawal did): how the
   * young person is told. Only the person themself sees these; empty for anyone else.
   */
  removedContributions: Array<RemovedContribution>;
};


/** A person known to the partnership. Sensitive fields are null with a FORBIDDEN error unless the caller may see them. */
export type PersonContributionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person known to the partnership. Sensitive fields are null with a FORBIDDEN error unless the caller may see them. */
export type PersonParticipationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Query = {
  __typename?: 'Query';
  /** One consultation the caller may see; NOT_FOUND otherwise. */
  consultation?: Maybe<Consultation>;
  /** Consultations the caller may see, oldest first, narrowed by `filter` and paged by cursor. */
  consultations: ConsultationConnection;
};


export type QueryConsultationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryConsultationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ConsultationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A question asked in a consultation. */
export type Question = {
  __typename?: 'Question';
  /** The consultation it belongs to. */
  consultation: Consultation;
  /** When it was added. */
  createdAt: Scalars['DateTime']['output'];
  /** Question id. */
  id: Scalars['ID']['output'];
  /** What it asks for. */
  kind: QuestionKind;
  /** The options to choose from (choice questions only). */
  options: Array<Scalars['String']['output']>;
  /** Its place in the consultation, from 1. */
  position: Scalars['Int']['output'];
  /** The question as young people see it. */
  prompt: Scalars['String']['output'];
  /** Highest value (scale questions only). */
  scaleMax?: Maybe<Scalars['Int']['output']>;
  /** Lowest value (scale questions only). */
  scaleMin?: Maybe<Scalars['Int']['output']>;
};

/** What a question asks for. */
export type QuestionKind =
  /** Their own words. */
  | 'FREE_TEXT'
  /** Any of the options. */
  | 'MULTIPLE_CHOICE'
  /** A number on a scale. */
  | 'SCALE'
  /** One of the options. */
  | 'SINGLE_CHOICE';

/** A finding to record. */
export type RecordFindingInput = {
  /** The consultation (OPEN or CLOSED). */
  consultationId: Scalars['ID']['input'];
  /** The contributions it draws on (at least one, all from this consultation). */
  contributionIds: Array<Scalars['ID']['input']>;
  /** The key message explained (up to 2000 characters). */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** The key message, in a line (1–200 characters). */
  title: Scalars['String']['input'];
};

/** A participation to record. */
export type RecordParticipationInput = {
  /** When they took part (default now; not in the future). */
  attendedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The consultation (OPEN or CLOSED). */
  consultationId: Scalars['ID']['input'];
  /** Who took part: a person of the partnership; a young person needs a current participation consent. */
  personId: Scalars['ID']['input'];
  /** The role they took. */
  role: ConsultationRole;
};

/** A contribution deleted because it came at or after its author withdrew participation consent. Its words are gone. */
export type RemovedContribution = {
  __typename?: 'RemovedContribution';
  /** The moment participation consent was withdrawn. */
  consentWithdrawnAt: Scalars['DateTime']['output'];
  /** The consultation it was for (null if the person may no longer see that consultation). */
  consultation?: Maybe<Consultation>;
  /** Why it was removed. */
  reason: ContributionRemovalReason;
  /** When it was removed. */
  removedAt: Scalars['DateTime']['output'];
  /** The UTC day it was submitted. */
  submittedOn: Scalars['Date']['output'];
};

/** A subject access report (UK GDPR art. 15), started by people; consultations adds what it holds. */
export type SubjectAccessReport = {
  __typename?: 'SubjectAccessReport';
  /** What consultations holds: the person as it knows them, participations, contributions (anonymous ones too) and audit entries. */
  consultations?: Maybe<ConsultationsSubjectAccess>;
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

/** A participation consent as another service knows it. */
export type SubjectConsentCopy = {
  __typename?: 'SubjectConsentCopy';
  /** The consent's id in the people service. */
  consentId: Scalars['ID']['output'];
  /** When it lapses, if it does. */
  expiresOn?: Maybe<Scalars['Date']['output']>;
};

/** Something the person said in a consultation. */
export type SubjectContribution = {
  __typename?: 'SubjectContribution';
  /** True when they asked for it to be anonymous: staff never see it is theirs. */
  anonymous: Scalars['Boolean']['output'];
  /** The options they chose. */
  choices: Array<Scalars['String']['output']>;
  /** The consultation. */
  consultationId: Scalars['ID']['output'];
  /** Its title. */
  consultationTitle: Scalars['String']['output'];
  /** Contribution id. */
  id: Scalars['ID']['output'];
  /** The question it answers, if any. */
  question?: Maybe<Scalars['String']['output']>;
  /** The value they gave. */
  scaleValue?: Maybe<Scalars['Int']['output']>;
  /** When they said it. */
  submittedAt: Scalars['DateTime']['output'];
  /** What they said. */
  text?: Maybe<Scalars['String']['output']>;
  /** Titles of the findings that drew on it. */
  usedInFindings: Array<Scalars['String']['output']>;
};

/** A consultation the person took part in. */
export type SubjectParticipation = {
  __typename?: 'SubjectParticipation';
  /** When they took part. */
  attendedAt: Scalars['DateTime']['output'];
  /** The consultation. */
  consultationId: Scalars['ID']['output'];
  /** Its title. */
  consultationTitle: Scalars['String']['output'];
  /** Participation id. */
  id: Scalars['ID']['output'];
  /** The role they took. */
  role: ConsultationRole;
};

/** What a young person wants to say. */
export type SubmitContributionInput = {
  /** True to hide who said it from staff. */
  anonymous?: InputMaybe<Scalars['Boolean']['input']>;
  /** Chosen options (choice questions). */
  choices?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The consultation (must be OPEN). */
  consultationId: Scalars['ID']['input'];
  /** The question it answers; omit for a free contribution. */
  questionId?: InputMaybe<Scalars['ID']['input']>;
  /** Chosen value (scale questions). */
  scaleValue?: InputMaybe<Scalars['Int']['input']>;
  /** Their words (up to 5000 characters); required unless answering a choice or scale question. */
  text?: InputMaybe<Scalars['String']['input']>;
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
  Contribution: Contribution;
  Finding: Finding;
  Organisation: Organisation;
  Participation: Participation;
  Partnership: Partnership;
  Person: Person;
  Question: Question;
  SubjectAccessReport: SubjectAccessReport;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Consultation:
    ( { __typename: 'Consultation' }
    & GraphQLRecursivePick<FederationTypes['Consultation'], {"id":true}> );
  Contribution:
    ( { __typename: 'Contribution' }
    & GraphQLRecursivePick<FederationTypes['Contribution'], {"id":true}> );
  Finding:
    ( { __typename: 'Finding' }
    & GraphQLRecursivePick<FederationTypes['Finding'], {"id":true}> );
  Organisation:
    ( { __typename: 'Organisation' }
    & GraphQLRecursivePick<FederationTypes['Organisation'], {"id":true}> );
  Participation:
    ( { __typename: 'Participation' }
    & GraphQLRecursivePick<FederationTypes['Participation'], {"id":true}> );
  Partnership:
    ( { __typename: 'Partnership' }
    & GraphQLRecursivePick<FederationTypes['Partnership'], {"id":true}> );
  Person:
    ( { __typename: 'Person' }
    & GraphQLRecursivePick<FederationTypes['Person'], {"id":true}> );
  Question:
    ( { __typename: 'Question' }
    & GraphQLRecursivePick<FederationTypes['Question'], {"id":true}> );
  SubjectAccessReport:
    ( { __typename: 'SubjectAccessReport' }
    & GraphQLRecursivePick<FederationTypes['SubjectAccessReport'], {"personId":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AddQuestionInput: AddQuestionInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AgeBand: AgeBand;
  AgeBandReach: ResolverTypeWrapper<AgeBandReach>;
  AnalyticsFilter: AnalyticsFilter;
  AnalyticsPeriod: AnalyticsPeriod;
  AnalyticsPeriodRange: ResolverTypeWrapper<AnalyticsPeriodRange>;
  Approach: Approach;
  ApproachCount: ResolverTypeWrapper<ApproachCount>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Boundary: ResolverTypeWrapper<Boundary>;
  BoundaryInput: BoundaryInput;
  BoundaryKind: BoundaryKind;
  Cohort: Cohort;
  CohortReach: ResolverTypeWrapper<CohortReach>;
  Consultation: ResolverTypeWrapper<ConsultationEntity>;
  ConsultationConnection: ResolverTypeWrapper<Connection<ConsultationEntity>>;
  ConsultationEdge: ResolverTypeWrapper<Omit<ConsultationEdge, 'node'> & { node: ResolversTypes['Consultation'] }>;
  ConsultationFigures: ResolverTypeWrapper<Omit<ConsultationFigures, 'byOrganisation'> & { byOrganisation: Array<ResolversTypes['OrganisationConsultationCount']> }>;
  ConsultationFilter: ConsultationFilter;
  ConsultationIdInput: ConsultationIdInput;
  ConsultationKind: ConsultationKind;
  ConsultationMode: ConsultationMode;
  ConsultationRole: ConsultationRole;
  ConsultationStatus: ConsultationStatus;
  ConsultationsPersonRecord: ResolverTypeWrapper<ConsultationsPersonRecord>;
  ConsultationsSubjectAccess: ResolverTypeWrapper<ConsultationsSubjectAccess>;
  ContextCount: ResolverTypeWrapper<ContextCount>;
  Contribution: ResolverTypeWrapper<ContributionEntity>;
  ContributionConnection: ResolverTypeWrapper<Connection<ContributionEntity>>;
  ContributionEdge: ResolverTypeWrapper<Omit<ContributionEdge, 'node'> & { node: ResolversTypes['Contribution'] }>;
  ContributionRemovalReason: ContributionRemovalReason;
  CreateConsultationInput: CreateConsultationInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  FieldSet: ResolverTypeWrapper<Scalars['FieldSet']['output']>;
  Finding: ResolverTypeWrapper<FindingEntity>;
  LadderLevel: LadderLevel;
  LadderLevelCount: ResolverTypeWrapper<LadderLevelCount>;
  LadderShift: ResolverTypeWrapper<LadderShift>;
  ModeCount: ResolverTypeWrapper<ModeCount>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Organisation: ResolverTypeWrapper<EntityRef>;
  OrganisationConsultationCount: ResolverTypeWrapper<Omit<OrganisationConsultationCount, 'organisation'> & { organisation: ResolversTypes['Organisation'] }>;
  OrganisationReach: ResolverTypeWrapper<Omit<OrganisationReach, 'organisation'> & { organisation: ResolversTypes['Organisation'] }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Participation: ResolverTypeWrapper<ParticipationEntity>;
  ParticipationAnalytics: ResolverTypeWrapper<Omit<ParticipationAnalytics, 'byOrganisation' | 'consultations'> & { byOrganisation: Array<ResolversTypes['OrganisationReach']>, consultations: ResolversTypes['ConsultationFigures'] }>;
  ParticipationConnection: ResolverTypeWrapper<Connection<ParticipationEntity>>;
  ParticipationContext: ParticipationContext;
  ParticipationEdge: ResolverTypeWrapper<Omit<ParticipationEdge, 'node'> & { node: ResolversTypes['Participation'] }>;
  Partnership: ResolverTypeWrapper<EntityRef>;
  Person: ResolverTypeWrapper<EntityRef>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Question: ResolverTypeWrapper<QuestionEntity>;
  QuestionKind: QuestionKind;
  RecordFindingInput: RecordFindingInput;
  RecordParticipationInput: RecordParticipationInput;
  RemovedContribution: ResolverTypeWrapper<ContributionRemovalEntity>;
  SubjectAccessReport: ResolverTypeWrapper<SubjectAccessReport>;
  SubjectAuditEntry: ResolverTypeWrapper<SubjectAuditEntry>;
  SubjectConsentCopy: ResolverTypeWrapper<SubjectConsentCopy>;
  SubjectContribution: ResolverTypeWrapper<SubjectContribution>;
  SubjectParticipation: ResolverTypeWrapper<SubjectParticipation>;
  SubmitContributionInput: SubmitContributionInput;
  SuppressedCount: ResolverTypeWrapper<SuppressedCount>;
  SuppressedRate: ResolverTypeWrapper<SuppressedRate>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddQuestionInput: AddQuestionInput;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  AgeBandReach: AgeBandReach;
  AnalyticsFilter: AnalyticsFilter;
  AnalyticsPeriod: AnalyticsPeriod;
  AnalyticsPeriodRange: AnalyticsPeriodRange;
  ApproachCount: ApproachCount;
  Float: Scalars['Float']['output'];
  Boundary: Boundary;
  BoundaryInput: BoundaryInput;
  CohortReach: CohortReach;
  Consultation: ConsultationEntity;
  ConsultationConnection: Connection<ConsultationEntity>;
  ConsultationEdge: Omit<ConsultationEdge, 'node'> & { node: ResolversParentTypes['Consultation'] };
  ConsultationFigures: Omit<ConsultationFigures, 'byOrganisation'> & { byOrganisation: Array<ResolversParentTypes['OrganisationConsultationCount']> };
  ConsultationFilter: ConsultationFilter;
  ConsultationIdInput: ConsultationIdInput;
  ConsultationsPersonRecord: ConsultationsPersonRecord;
  ConsultationsSubjectAccess: ConsultationsSubjectAccess;
  ContextCount: ContextCount;
  Contribution: ContributionEntity;
  ContributionConnection: Connection<ContributionEntity>;
  ContributionEdge: Omit<ContributionEdge, 'node'> & { node: ResolversParentTypes['Contribution'] };
  CreateConsultationInput: CreateConsultationInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  FieldSet: Scalars['FieldSet']['output'];
  Finding: FindingEntity;
  LadderLevelCount: LadderLevelCount;
  LadderShift: LadderShift;
  ModeCount: ModeCount;
  Mutation: Record<PropertyKey, never>;
  Organisation: EntityRef;
  OrganisationConsultationCount: Omit<OrganisationConsultationCount, 'organisation'> & { organisation: ResolversParentTypes['Organisation'] };
  OrganisationReach: Omit<OrganisationReach, 'organisation'> & { organisation: ResolversParentTypes['Organisation'] };
  PageInfo: PageInfo;
  Participation: ParticipationEntity;
  ParticipationAnalytics: Omit<ParticipationAnalytics, 'byOrganisation' | 'consultations'> & { byOrganisation: Array<ResolversParentTypes['OrganisationReach']>, consultations: ResolversParentTypes['ConsultationFigures'] };
  ParticipationConnection: Connection<ParticipationEntity>;
  ParticipationEdge: Omit<ParticipationEdge, 'node'> & { node: ResolversParentTypes['Participation'] };
  Partnership: EntityRef;
  Person: EntityRef;
  Query: Record<PropertyKey, never>;
  Question: QuestionEntity;
  RecordFindingInput: RecordFindingInput;
  RecordParticipationInput: RecordParticipationInput;
  RemovedContribution: ContributionRemovalEntity;
  SubjectAccessReport: SubjectAccessReport | FederationReferenceTypes['SubjectAccessReport'];
  SubjectAuditEntry: SubjectAuditEntry;
  SubjectConsentCopy: SubjectConsentCopy;
  SubjectContribution: SubjectContribution;
  SubjectParticipation: SubjectParticipation;
  SubmitContributionInput: SubmitContributionInput;
  SuppressedCount: SuppressedCount;
  SuppressedRate: SuppressedRate;
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

export type AgeBandReachResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AgeBandReach'] = ResolversParentTypes['AgeBandReach']> = {
  ageBand?: Resolver<ResolversTypes['AgeBand'], ParentType, ContextType>;
  contributions?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  youngPeople?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
};

export type AnalyticsPeriodRangeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AnalyticsPeriodRange'] = ResolversParentTypes['AnalyticsPeriodRange']> = {
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type ApproachCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ApproachCount'] = ResolversParentTypes['ApproachCount']> = {
  approach?: Resolver<ResolversTypes['Approach'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  share?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type BoundaryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Boundary'] = ResolversParentTypes['Boundary']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['BoundaryKind'], ParentType, ContextType>;
};

export type CohortReachResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CohortReach'] = ResolversParentTypes['CohortReach']> = {
  cohort?: Resolver<ResolversTypes['Cohort'], ParentType, ContextType>;
  contributions?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  reach?: Resolver<ResolversTypes['SuppressedRate'], ParentType, ContextType>;
  registered?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  youngPeople?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
};

export type ConsultationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Consultation'] = ResolversParentTypes['Consultation'], FederationReferenceType extends FederationReferenceTypes['Consultation'] = FederationReferenceTypes['Consultation']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Consultation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  approach?: Resolver<ResolversTypes['Approach'], ParentType, ContextType>;
  boundaries?: Resolver<Array<ResolversTypes['Boundary']>, ParentType, ContextType>;
  cancelledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  closesAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  context?: Resolver<ResolversTypes['ParticipationContext'], ParentType, ContextType>;
  contributions?: Resolver<ResolversTypes['ContributionConnection'], ParentType, ContextType, RequireFields<ConsultationContributionsArgs, 'first'>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  findings?: Resolver<Array<ResolversTypes['Finding']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ConsultationKind'], ParentType, ContextType>;
  ladderLevel?: Resolver<ResolversTypes['LadderLevel'], ParentType, ContextType>;
  leadOrganisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['ConsultationMode'], ParentType, ContextType>;
  openedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  opensAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  participations?: Resolver<ResolversTypes['ParticipationConnection'], ParentType, ContextType, RequireFields<ConsultationParticipationsArgs, 'first'>>;
  partnerOrganisations?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  questions?: Resolver<Array<ResolversTypes['Question']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ConsultationStatus'], ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetAgeBands?: Resolver<Array<ResolversTypes['AgeBand']>, ParentType, ContextType>;
  targetCohorts?: Resolver<Array<ResolversTypes['Cohort']>, ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ConsultationConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ConsultationConnection'] = ResolversParentTypes['ConsultationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ConsultationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ConsultationEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ConsultationEdge'] = ResolversParentTypes['ConsultationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Consultation'], ParentType, ContextType>;
};

export type ConsultationFiguresResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ConsultationFigures'] = ResolversParentTypes['ConsultationFigures']> = {
  byApproach?: Resolver<Array<ResolversTypes['ApproachCount']>, ParentType, ContextType>;
  byContext?: Resolver<Array<ResolversTypes['ContextCount']>, ParentType, ContextType>;
  byLadderLevel?: Resolver<Array<ResolversTypes['LadderLevelCount']>, ParentType, ContextType>;
  byMode?: Resolver<Array<ResolversTypes['ModeCount']>, ParentType, ContextType>;
  byOrganisation?: Resolver<Array<ResolversTypes['OrganisationConsultationCount']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ConsultationsPersonRecordResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ConsultationsPersonRecord'] = ResolversParentTypes['ConsultationsPersonRecord']> = {
  ageBand?: Resolver<ResolversTypes['AgeBand'], ParentType, ContextType>;
  cohorts?: Resolver<Array<ResolversTypes['Cohort']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisationIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type ConsultationsSubjectAccessResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ConsultationsSubjectAccess'] = ResolversParentTypes['ConsultationsSubjectAccess']> = {
  analyticsMonths?: Resolver<Array<ResolversTypes['Date']>, ParentType, ContextType>;
  auditEntries?: Resolver<Array<ResolversTypes['SubjectAuditEntry']>, ParentType, ContextType>;
  contributions?: Resolver<Array<ResolversTypes['SubjectContribution']>, ParentType, ContextType>;
  participationConsents?: Resolver<Array<ResolversTypes['SubjectConsentCopy']>, ParentType, ContextType>;
  participations?: Resolver<Array<ResolversTypes['SubjectParticipation']>, ParentType, ContextType>;
  record?: Resolver<Maybe<ResolversTypes['ConsultationsPersonRecord']>, ParentType, ContextType>;
};

export type ContextCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ContextCount'] = ResolversParentTypes['ContextCount']> = {
  context?: Resolver<ResolversTypes['ParticipationContext'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  share?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type ContributionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Contribution'] = ResolversParentTypes['Contribution'], FederationReferenceType extends FederationReferenceTypes['Contribution'] = FederationReferenceTypes['Contribution']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Contribution']> | FederationReferenceType, FederationReferenceType, ContextType>;
  anonymous?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  author?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  choices?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  consultation?: Resolver<ResolversTypes['Consultation'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  question?: Resolver<Maybe<ResolversTypes['Question']>, ParentType, ContextType>;
  redacted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  scaleValue?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ContributionConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ContributionConnection'] = ResolversParentTypes['ContributionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ContributionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ContributionEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ContributionEdge'] = ResolversParentTypes['ContributionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Contribution'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['FieldSet'], any> {
  name: 'FieldSet';
}

export type FindingResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Finding'] = ResolversParentTypes['Finding'], FederationReferenceType extends FederationReferenceTypes['Finding'] = FederationReferenceTypes['Finding']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Finding']> | FederationReferenceType, FederationReferenceType, ContextType>;
  consultation?: Resolver<ResolversTypes['Consultation'], ParentType, ContextType>;
  contributionCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  contributions?: Resolver<Array<ResolversTypes['Contribution']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LadderLevelCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LadderLevelCount'] = ResolversParentTypes['LadderLevelCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ladderLevel?: Resolver<ResolversTypes['LadderLevel'], ParentType, ContextType>;
  share?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type LadderShiftResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LadderShift'] = ResolversParentTypes['LadderShift']> = {
  change?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  comparedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  comparedShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ladderLevel?: Resolver<ResolversTypes['LadderLevel'], ParentType, ContextType>;
  share?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type ModeCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ModeCount'] = ResolversParentTypes['ModeCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['ConsultationMode'], ParentType, ContextType>;
  share?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addQuestion?: Resolver<ResolversTypes['Question'], ParentType, ContextType, RequireFields<MutationAddQuestionArgs, 'input'>>;
  cancelConsultation?: Resolver<ResolversTypes['Consultation'], ParentType, ContextType, RequireFields<MutationCancelConsultationArgs, 'input'>>;
  closeConsultation?: Resolver<ResolversTypes['Consultation'], ParentType, ContextType, RequireFields<MutationCloseConsultationArgs, 'input'>>;
  createConsultation?: Resolver<ResolversTypes['Consultation'], ParentType, ContextType, RequireFields<MutationCreateConsultationArgs, 'input'>>;
  openConsultation?: Resolver<ResolversTypes['Consultation'], ParentType, ContextType, RequireFields<MutationOpenConsultationArgs, 'input'>>;
  recordFinding?: Resolver<ResolversTypes['Finding'], ParentType, ContextType, RequireFields<MutationRecordFindingArgs, 'input'>>;
  recordParticipation?: Resolver<ResolversTypes['Participation'], ParentType, ContextType, RequireFields<MutationRecordParticipationArgs, 'input'>>;
  submitContribution?: Resolver<ResolversTypes['Contribution'], ParentType, ContextType, RequireFields<MutationSubmitContributionArgs, 'input'>>;
};

export type OrganisationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation'], FederationReferenceType extends FederationReferenceTypes['Organisation'] = FederationReferenceTypes['Organisation']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organisation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  consultations?: Resolver<ResolversTypes['ConsultationConnection'], ParentType, ContextType, RequireFields<OrganisationConsultationsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type OrganisationConsultationCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationConsultationCount'] = ResolversParentTypes['OrganisationConsultationCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  share?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type OrganisationReachResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationReach'] = ResolversParentTypes['OrganisationReach']> = {
  contributions?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  youngPeople?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ParticipationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Participation'] = ResolversParentTypes['Participation'], FederationReferenceType extends FederationReferenceTypes['Participation'] = FederationReferenceTypes['Participation']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Participation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  attendedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  consultation?: Resolver<ResolversTypes['Consultation'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ConsultationRole'], ParentType, ContextType>;
};

export type ParticipationAnalyticsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ParticipationAnalytics'] = ResolversParentTypes['ParticipationAnalytics']> = {
  byAgeBand?: Resolver<Array<ResolversTypes['AgeBandReach']>, ParentType, ContextType>;
  byCohort?: Resolver<Array<ResolversTypes['CohortReach']>, ParentType, ContextType>;
  byOrganisation?: Resolver<Array<ResolversTypes['OrganisationReach']>, ParentType, ContextType>;
  consultations?: Resolver<ResolversTypes['ConsultationFigures'], ParentType, ContextType>;
  contributions?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  ladderShift?: Resolver<Maybe<Array<ResolversTypes['LadderShift']>>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['AnalyticsPeriodRange'], ParentType, ContextType>;
  registeredYoungPeople?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  suppressionThreshold?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  youngPeople?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
};

export type ParticipationConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ParticipationConnection'] = ResolversParentTypes['ParticipationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ParticipationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ParticipationEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ParticipationEdge'] = ResolversParentTypes['ParticipationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Participation'], ParentType, ContextType>;
};

export type PartnershipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Partnership'] = ResolversParentTypes['Partnership'], FederationReferenceType extends FederationReferenceTypes['Partnership'] = FederationReferenceTypes['Partnership']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Partnership']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  participationAnalytics?: Resolver<ResolversTypes['ParticipationAnalytics'], ParentType, ContextType, RequireFields<PartnershipParticipationAnalyticsArgs, 'period'>>;
};

export type PersonResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  contributions?: Resolver<ResolversTypes['ContributionConnection'], ParentType, ContextType, RequireFields<PersonContributionsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  participations?: Resolver<ResolversTypes['ParticipationConnection'], ParentType, ContextType, RequireFields<PersonParticipationsArgs, 'first'>>;
  removedContributions?: Resolver<Array<ResolversTypes['RemovedContribution']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  consultation?: Resolver<Maybe<ResolversTypes['Consultation']>, ParentType, ContextType, RequireFields<QueryConsultationArgs, 'id'>>;
  consultations?: Resolver<ResolversTypes['ConsultationConnection'], ParentType, ContextType, RequireFields<QueryConsultationsArgs, 'first'>>;
};

export type QuestionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Question'] = ResolversParentTypes['Question'], FederationReferenceType extends FederationReferenceTypes['Question'] = FederationReferenceTypes['Question']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Question']> | FederationReferenceType, FederationReferenceType, ContextType>;
  consultation?: Resolver<ResolversTypes['Consultation'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['QuestionKind'], ParentType, ContextType>;
  options?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  prompt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scaleMax?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  scaleMin?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type RemovedContributionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RemovedContribution'] = ResolversParentTypes['RemovedContribution']> = {
  consentWithdrawnAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  consultation?: Resolver<Maybe<ResolversTypes['Consultation']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['ContributionRemovalReason'], ParentType, ContextType>;
  removedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  submittedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type SubjectAccessReportResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SubjectAccessReport'] = ResolversParentTypes['SubjectAccessReport'], FederationReferenceType extends FederationReferenceTypes['SubjectAccessReport'] = FederationReferenceTypes['SubjectAccessReport']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SubjectAccessReport']> | FederationReferenceType, FederationReferenceType, ContextType>;
  consultations?: Resolver<Maybe<ResolversTypes['ConsultationsSubjectAccess']>, ParentType, ContextType>;
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

export type SubjectConsentCopyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SubjectConsentCopy'] = ResolversParentTypes['SubjectConsentCopy']> = {
  consentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  expiresOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type SubjectContributionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SubjectContribution'] = ResolversParentTypes['SubjectContribution']> = {
  anonymous?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  choices?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  consultationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  consultationTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  question?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scaleValue?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  usedInFindings?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SubjectParticipationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SubjectParticipation'] = ResolversParentTypes['SubjectParticipation']> = {
  attendedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  consultationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  consultationTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ConsultationRole'], ParentType, ContextType>;
};

export type SuppressedCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SuppressedCount'] = ResolversParentTypes['SuppressedCount']> = {
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type SuppressedRateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SuppressedRate'] = ResolversParentTypes['SuppressedRate']> = {
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = RequestContext> = {
  AgeBandReach?: AgeBandReachResolvers<ContextType>;
  AnalyticsPeriodRange?: AnalyticsPeriodRangeResolvers<ContextType>;
  ApproachCount?: ApproachCountResolvers<ContextType>;
  Boundary?: BoundaryResolvers<ContextType>;
  CohortReach?: CohortReachResolvers<ContextType>;
  Consultation?: ConsultationResolvers<ContextType>;
  ConsultationConnection?: ConsultationConnectionResolvers<ContextType>;
  ConsultationEdge?: ConsultationEdgeResolvers<ContextType>;
  ConsultationFigures?: ConsultationFiguresResolvers<ContextType>;
  ConsultationsPersonRecord?: ConsultationsPersonRecordResolvers<ContextType>;
  ConsultationsSubjectAccess?: ConsultationsSubjectAccessResolvers<ContextType>;
  ContextCount?: ContextCountResolvers<ContextType>;
  Contribution?: ContributionResolvers<ContextType>;
  ContributionConnection?: ContributionConnectionResolvers<ContextType>;
  ContributionEdge?: ContributionEdgeResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  FieldSet?: GraphQLScalarType;
  Finding?: FindingResolvers<ContextType>;
  LadderLevelCount?: LadderLevelCountResolvers<ContextType>;
  LadderShift?: LadderShiftResolvers<ContextType>;
  ModeCount?: ModeCountResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  OrganisationConsultationCount?: OrganisationConsultationCountResolvers<ContextType>;
  OrganisationReach?: OrganisationReachResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Participation?: ParticipationResolvers<ContextType>;
  ParticipationAnalytics?: ParticipationAnalyticsResolvers<ContextType>;
  ParticipationConnection?: ParticipationConnectionResolvers<ContextType>;
  ParticipationEdge?: ParticipationEdgeResolvers<ContextType>;
  Partnership?: PartnershipResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Question?: QuestionResolvers<ContextType>;
  RemovedContribution?: RemovedContributionResolvers<ContextType>;
  SubjectAccessReport?: SubjectAccessReportResolvers<ContextType>;
  SubjectAuditEntry?: SubjectAuditEntryResolvers<ContextType>;
  SubjectConsentCopy?: SubjectConsentCopyResolvers<ContextType>;
  SubjectContribution?: SubjectContributionResolvers<ContextType>;
  SubjectParticipation?: SubjectParticipationResolvers<ContextType>;
  SuppressedCount?: SuppressedCountResolvers<ContextType>;
  SuppressedRate?: SuppressedRateResolvers<ContextType>;
  link__Import?: GraphQLScalarType;
};

export type DirectiveResolvers<ContextType = RequestContext> = {
  link?: LinkDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
};
