import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ForumEntity } from '../entities/forum.entity';
import type { Connection, EntityRef, RequestContext } from '@voicegraph/platform';
import type { SeatEntity } from '../entities/seat.entity';
import type { MeetingEntity } from '../entities/meeting.entity';
import type { AttendanceEntity } from '../entities/attendance.entity';
import type { AgendaItemEntity } from '../entities/agenda-item.entity';
import type { DecisionEntity } from '../entities/decision.entity';
import type { PlanEntity } from '../entities/plan.entity';
import type { ObjectiveEntity } from '../entities/objective.entity';
import type { ObjectiveProgressEntity } from '../entities/objective-progress.entity';
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

/** A new agenda item. */
export type AddAgendaItemInput = {
  /** Consultations it brings. */
  consultationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Findings it brings. */
  findingIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The meeting. */
  meetingId: Scalars['ID']['input'];
  /** Who presents it (anyone in the partnership, young people too). */
  presenterId?: InputMaybe<Scalars['ID']['input']>;
  /** What it is about. */
  title: Scalars['String']['input'];
};

/** A new SMART objective. */
export type AddObjectiveInput = {
  /** The value at the start. */
  baseline: Scalars['Float']['input'];
  /** What is to be achieved. */
  description: Scalars['String']['input'];
  /** When the target is due (after startsOn). */
  dueOn: Scalars['Date']['input'];
  /** How it is measured. */
  measure: Scalars['String']['input'];
  /** The organisation responsible (in the partnership). */
  ownerOrganisationId: Scalars['ID']['input'];
  /** The plan. */
  planId: Scalars['ID']['input'];
  /** When measurement starts (default: the plan's period start). */
  startsOn?: InputMaybe<Scalars['Date']['input']>;
  /** The value to reach (different from the baseline). */
  target: Scalars['Float']['input'];
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

/** An item on a meeting's agenda, presented by anyone (young people too). */
export type AgendaItem = {
  __typename?: 'AgendaItem';
  /** Consultations it brings to the meeting. */
  consultations: Array<Consultation>;
  /** Findings it brings to the meeting. */
  findings: Array<Finding>;
  /** Agenda item id. */
  id: Scalars['ID']['output'];
  /** The meeting. */
  meeting: Meeting;
  /** Position on the agenda, from 1. */
  position: Scalars['Int']['output'];
  /** True when a young person presents it. */
  presentedByYoungPerson: Scalars['Boolean']['output'];
  /** Who presents it, shown only to the person themself, staff of one of their organisations or an admin of their partnership; null to anyone else, when nobody is named, and once erased. */
  presenter?: Maybe<Person>;
  /** What it is about. */
  title: Scalars['String']['output'];
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

/** An appointment to a forum. */
export type AppointToSeatInput = {
  /** Last day, if it ends. */
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  /** The forum. */
  forumId: Scalars['ID']['input'];
  /** The person appointed (registered in the same partnership). */
  personId: Scalars['ID']['input'];
  /** Their role. */
  role: SeatRole;
  /** First day of the appointment. */
  startsOn: Scalars['Date']['input'];
};

/** One person's attendance at a meeting. */
export type Attendance = {
  __typename?: 'Attendance';
  /** Who attended, shown only to the person themself, staff of one of their organisations or an admin of their partnership; null to anyone else, and once erased. */
  person?: Maybe<Person>;
  /** True when the attendee is a young person; kept after erasure. */
  youngPerson: Scalars['Boolean']['output'];
};

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

/** A consultation (owned by the consultations subgraph), with the decisions its findings influenced. */
export type Consultation = {
  __typename?: 'Consultation';
  /** Decisions of the caller's partnership citing this consultation's findings, oldest first. */
  decisions: Array<Decision>;
  /** Consultation id. */
  id: Scalars['ID']['output'];
};

/** A new forum. */
export type CreateForumInput = {
  /** What sort of forum it is. */
  kind: ForumKind;
  /** Its name (1–200 characters, unique in the partnership). */
  name: Scalars['String']['input'];
  /** The owning organisation; omit when the partnership owns it. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /** What it is for. */
  purpose?: InputMaybe<Scalars['String']['input']>;
};

/** A new plan. */
export type CreatePlanInput = {
  /** Strategy or action plan. */
  kind: PlanKind;
  /** The owning organisation; omit when the partnership owns it. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /** Last day of the period. */
  periodEnd: Scalars['Date']['input'];
  /** First day of the period. */
  periodStart: Scalars['Date']['input'];
  /** When it is next due for review. */
  reviewOn: Scalars['Date']['input'];
  /** Its title. */
  title: Scalars['String']['input'];
};

/** A decision by a forum, with the evidence that young people's voice shaped it. */
export type Decision = {
  __typename?: 'Decision';
  /** The findings that influenced it. */
  citedFindings: Array<Finding>;
  /** The consultations those findings came from. */
  consultations: Array<Consultation>;
  /** When it was recorded. */
  createdAt: Scalars['DateTime']['output'];
  /** When it was decided. */
  decidedAt: Scalars['DateTime']['output'];
  /** The decision in full. */
  description?: Maybe<Scalars['String']['output']>;
  /** The forum that decided. */
  forum: Forum;
  /** Decision id. */
  id: Scalars['ID']['output'];
  /** True when it cites at least one finding: young people's voice shaped it. */
  influencedByYoungPeople: Scalars['Boolean']['output'];
  /** The meeting it was made at; null when made outside a meeting or the caller may not see the forum's meetings. */
  meeting?: Maybe<Meeting>;
  /** What was decided, in a line. */
  title: Scalars['String']['output'];
  /** True when young people took part in making it. */
  youngPeopleInvolved: Scalars['Boolean']['output'];
};

/** A page of decisions. */
export type DecisionConnection = {
  __typename?: 'DecisionConnection';
  /** The decisions on this page. */
  edges: Array<DecisionEdge>;
  /** Whether there is a next page and where it starts. */
  pageInfo: PageInfo;
  /** How many match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One decision in a page. */
export type DecisionEdge = {
  __typename?: 'DecisionEdge';
  /** Pass as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The decision. */
  node: Decision;
};

/** Decisions made in a period (counts of decisions, not people). */
export type DecisionFigures = {
  __typename?: 'DecisionFigures';
  /** Decisions citing at least one of young people's findings. */
  citingFindings: Scalars['Int']['output'];
  /** citingFindings over made, or null when no decision was made. */
  citingFindingsShare?: Maybe<Scalars['Float']['output']>;
  /** Decisions young people took part in making. */
  involvingYoungPeople: Scalars['Int']['output'];
  /** Decisions made. */
  made: Scalars['Int']['output'];
};

/** A finding (owned by the consultations subgraph), with the decisions it influenced. */
export type Finding = {
  __typename?: 'Finding';
  /** Decisions of the caller's partnership citing this finding, oldest first. */
  decisions: Array<Decision>;
  /** Finding id. */
  id: Scalars['ID']['output'];
};

/** A board, standing group, steering group, committee, youth council or recruitment panel. */
export type Forum = {
  __typename?: 'Forum';
  /** True when the caller may see this forum's business (its members and staff). */
  canSeeBusiness: Scalars['Boolean']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Its decisions, oldest recorded first (readable across the partnership). */
  decisions: DecisionConnection;
  /** Forum id. */
  id: Scalars['ID']['output'];
  /** What sort of forum it is. */
  kind: ForumKind;
  /** Its meetings, oldest scheduled first (members and staff only). */
  meetings: MeetingConnection;
  /** Its name, e.g. Children in Care Council. */
  name: Scalars['String']['output'];
  /** The organisation that owns it; null when the partnership itself owns it. */
  organisation?: Maybe<Organisation>;
  /** What it is for. */
  purpose?: Maybe<Scalars['String']['output']>;
  /** Its seats (members and staff only). Ended seats only when includeEnded is true. */
  seats: Array<Seat>;
};


/** A board, standing group, steering group, committee, youth council or recruitment panel. */
export type ForumDecisionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A board, standing group, steering group, committee, youth council or recruitment panel. */
export type ForumMeetingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A board, standing group, steering group, committee, youth council or recruitment panel. */
export type ForumSeatsArgs = {
  includeEnded?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A page of forums. */
export type ForumConnection = {
  __typename?: 'ForumConnection';
  /** The forums on this page. */
  edges: Array<ForumEdge>;
  /** Whether there is a next page and where it starts. */
  pageInfo: PageInfo;
  /** How many match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One forum in a page. */
export type ForumEdge = {
  __typename?: 'ForumEdge';
  /** Pass as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The forum. */
  node: Forum;
};

/** Narrows the forum list. */
export type ForumFilter = {
  /** Only forums of this kind. */
  kind?: InputMaybe<ForumKind>;
  /** Only forums owned by this organisation. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
};

/** What sort of forum it is. */
export type ForumKind =
  /** The corporate parenting board. */
  | 'CORPORATE_PARENTING_BOARD'
  /** A management committee, e.g. of a youth social enterprise. */
  | 'MANAGEMENT_COMMITTEE'
  /** The partnership's board (e.g. a Children's Partnership Board). */
  | 'PARTNERSHIP_BOARD'
  /** A recruitment panel that young people sit on. */
  | 'RECRUITMENT_PANEL'
  /** A standing group of young people, e.g. a Children in Care Council or a care leavers' group. */
  | 'STANDING_GROUP'
  /** A steering group, e.g. one overseeing the participation strategy. */
  | 'STEERING_GROUP'
  /** A youth council. */
  | 'YOUTH_COUNCIL';

/** Seats on one kind of forum. */
export type ForumKindSeats = {
  __typename?: 'ForumKindSeats';
  /** The kind of forum. */
  forumKind: ForumKind;
  /** Seats held by young people. */
  heldByYoungPeople: SuppressedCount;
  /** All seats held on forums of this kind: a partition over forum kinds with secondary suppression, withheld wherever the young people's seats are (so the two cannot be subtracted), otherwise rounded to the nearest 5. */
  seats: SuppressedCount;
  /** heldByYoungPeople over seats, from the published figures. */
  youngPeopleShare: SuppressedRate;
};

/** Governance figures for one partnership and period. */
export type GovernanceAnalytics = {
  __typename?: 'GovernanceAnalytics';
  /** Decisions made in the period. */
  decisions: DecisionFigures;
  /** SMART objectives running in the period, by their status today. */
  objectives: ObjectiveFigures;
  /** The period the figures cover. */
  period: AnalyticsPeriodRange;
  /** Plans covering the period, and their reviews. */
  plans: PlanFigures;
  /** Seats held at any time in the period. */
  seats: SeatFigures;
  /** Counts of people from 1 up to this are withheld. */
  suppressionThreshold: Scalars['Int']['output'];
};

/** The governance service's copy of a person: no names, no birth date. */
export type GovernancePersonRecord = {
  __typename?: 'GovernancePersonRecord';
  /** YOUNG_PERSON, STAFF or PARENT_OR_CARER. */
  kind: Scalars['String']['output'];
  /** Ids of the organisations they belong to. */
  organisationIds: Array<Scalars['ID']['output']>;
};

/** What the governance service holds about a person. */
export type GovernanceSubjectAccess = {
  __typename?: 'GovernanceSubjectAccess';
  /** Every meeting they were recorded at, oldest first. */
  attendance: Array<SubjectAttendance>;
  /** The governance service's audit log entries about them, their seats, or done by them. */
  auditEntries: Array<SubjectAuditEntry>;
  /** Agenda items they presented, oldest first. */
  presented: Array<SubjectAgendaItem>;
  /** Its copy of the person (from people's events), or null when it has none. */
  record?: Maybe<GovernancePersonRecord>;
  /** Every seat they hold or held, oldest first. */
  seats: Array<SubjectSeat>;
};

/** A forum meeting. */
export type Meeting = {
  __typename?: 'Meeting';
  /** Its agenda, in order. */
  agenda: Array<AgendaItem>;
  /** Who attended (once held). */
  attendance: Array<Attendance>;
  /** When it was recorded. */
  createdAt: Scalars['DateTime']['output'];
  /** Decisions recorded at it. */
  decisions: Array<Decision>;
  /** When it ends, if known. */
  endsAt?: Maybe<Scalars['DateTime']['output']>;
  /** The forum meeting. */
  forum: Forum;
  /** Meeting id. */
  id: Scalars['ID']['output'];
  /** Where it is held (a room, or online). */
  location?: Maybe<Scalars['String']['output']>;
  /** When it starts. */
  startsAt: Scalars['DateTime']['output'];
  /** Scheduled, held or cancelled. */
  status: MeetingStatus;
  /** Its title, e.g. Autumn meeting. */
  title: Scalars['String']['output'];
};

/** A page of meetings. */
export type MeetingConnection = {
  __typename?: 'MeetingConnection';
  /** The meetings on this page. */
  edges: Array<MeetingEdge>;
  /** Whether there is a next page and where it starts. */
  pageInfo: PageInfo;
  /** How many match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One meeting in a page. */
export type MeetingEdge = {
  __typename?: 'MeetingEdge';
  /** Pass as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The meeting. */
  node: Meeting;
};

/** Narrows the meeting calendar. */
export type MeetingFilter = {
  /** Only meetings of this forum. */
  forumId?: InputMaybe<Scalars['ID']['input']>;
  /** Only meetings of forums of these kinds (e.g. STANDING_GROUP for the annual calendar). */
  forumKinds?: InputMaybe<Array<ForumKind>>;
  /** Only meetings with this status. */
  status?: InputMaybe<MeetingStatus>;
};

/** Where a meeting stands. */
export type MeetingStatus =
  /** It did not take place. */
  | 'CANCELLED'
  /** It took place. */
  | 'HELD'
  /** Planned for a future time. */
  | 'SCHEDULED';

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds an item to a meeting's agenda, presented by anyone (the forum's members or staff). */
  addAgendaItem: AgendaItem;
  /** Adds a SMART objective to a plan (PARTICIPATION_LEAD, PARTNERSHIP_ADMIN). */
  addObjective: Objective;
  /** Appoints a person of the partnership to a seat on a forum (PARTICIPATION_LEAD, PARTNERSHIP_ADMIN). */
  appointToSeat: Seat;
  /** Creates a forum (PARTICIPATION_LEAD for their own organisations or the partnership, PARTNERSHIP_ADMIN). */
  createForum: Forum;
  /** Creates a strategy or action plan (PARTICIPATION_LEAD, PARTNERSHIP_ADMIN). */
  createPlan: Plan;
  /** Records who attended a meeting that has started, and marks it held (the forum's staff or chair). */
  recordAttendance: Meeting;
  /** Records a forum's decision, citing the findings that influenced it (the forum's staff or chair). */
  recordDecision: Decision;
  /** Records progress on an objective (leads, admins, or staff of the objective's owner organisation). */
  recordObjectiveProgress: Objective;
  /** Schedules a meeting, or records one already held or cancelled (the forum's staff or chair). */
  scheduleMeeting: Meeting;
};


export type MutationAddAgendaItemArgs = {
  input: AddAgendaItemInput;
};


export type MutationAddObjectiveArgs = {
  input: AddObjectiveInput;
};


export type MutationAppointToSeatArgs = {
  input: AppointToSeatInput;
};


export type MutationCreateForumArgs = {
  input: CreateForumInput;
};


export type MutationCreatePlanArgs = {
  input: CreatePlanInput;
};


export type MutationRecordAttendanceArgs = {
  input: RecordAttendanceInput;
};


export type MutationRecordDecisionArgs = {
  input: RecordDecisionInput;
};


export type MutationRecordObjectiveProgressArgs = {
  input: RecordObjectiveProgressInput;
};


export type MutationScheduleMeetingArgs = {
  input: ScheduleMeetingInput;
};

/** A SMART objective of a plan: specific, measured from a baseline to a target, owned, and due. */
export type Objective = {
  __typename?: 'Objective';
  /** The measure's value at the start. */
  baseline: Scalars['Float']['output'];
  /** When it was added. */
  createdAt: Scalars['DateTime']['output'];
  /** What is to be achieved. */
  description: Scalars['String']['output'];
  /** When the target is due. */
  dueOn: Scalars['Date']['output'];
  /** Objective id. */
  id: Scalars['ID']['output'];
  /** The latest recorded value; null until progress is recorded. */
  latestValue?: Maybe<Scalars['Float']['output']>;
  /** How it is measured, e.g. share of decisions citing young people's findings (%). */
  measure: Scalars['String']['output'];
  /** The organisation responsible. */
  ownerOrganisation: Organisation;
  /** The plan it belongs to. */
  plan: Plan;
  /** Progress recorded over time, newest first. */
  progress: Array<ObjectiveProgress>;
  /** When progress starts being measured. */
  startsOn: Scalars['Date']['output'];
  /** Derived today from baseline, target, latest value and dates. */
  status: ObjectiveStatus;
  /** The value to reach. */
  target: Scalars['Float']['output'];
};

/** SMART objectives by status today (counts of objectives, not people). */
export type ObjectiveFigures = {
  __typename?: 'ObjectiveFigures';
  /** At risk. */
  atRisk: Scalars['Int']['output'];
  /** Target reached. */
  done: Scalars['Int']['output'];
  /** Off track. */
  offTrack: Scalars['Int']['output'];
  /** On track. */
  onTrack: Scalars['Int']['output'];
  /** Objectives counted. */
  total: Scalars['Int']['output'];
};

/** One measurement of an objective's progress. */
export type ObjectiveProgress = {
  __typename?: 'ObjectiveProgress';
  /** Progress record id. */
  id: Scalars['ID']['output'];
  /** What lies behind the number. */
  note?: Maybe<Scalars['String']['output']>;
  /** When it was recorded. */
  recordedAt: Scalars['DateTime']['output'];
  /** The day it was measured. */
  recordedOn: Scalars['Date']['output'];
  /** The objective's status once this was recorded. */
  statusAfter: ObjectiveStatus;
  /** The measured value. */
  value: Scalars['Float']['output'];
};

/** How an objective is doing, derived from its progress, target and due date. */
export type ObjectiveStatus =
  /** Progress is moderately behind. */
  | 'AT_RISK'
  /** The target has been reached. */
  | 'DONE'
  /** Progress is far behind, or the due date passed without reaching the target. */
  | 'OFF_TRACK'
  /** Progress is at or near the straight line from baseline to target. */
  | 'ON_TRACK';

/** An organisation of the partnership (owned by the people subgraph). */
export type Organisation = {
  __typename?: 'Organisation';
  /** Organisation id. */
  id: Scalars['ID']['output'];
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

/** A city's children's partnership: the council, schools, health, youth justice and voluntary partners working together. */
export type Partnership = {
  __typename?: 'Partnership';
  /**
   * Governance figures for a period of whole calendar months (ANALYST, PARTICIPATION_LEAD or
   * PARTNERSHIP_ADMIN of this partnership). Seats held by young people are published through
   * disclosure control; decisions, objectives and plans are not people and are shown as they are.
   * The filter may narrow by organisationIds only. Organisation figures come from that filter.
   */
  governanceAnalytics: GovernanceAnalytics;
  /** Partnership id. */
  id: Scalars['ID']['output'];
};


/** A city's children's partnership: the council, schools, health, youth justice and voluntary partners working together. */
export type PartnershipGovernanceAnalyticsArgs = {
  filter?: InputMaybe<AnalyticsFilter>;
  period: AnalyticsPeriod;
};

/** A person (owned by the people subgraph), with the seats they hold. */
export type Person = {
  __typename?: 'Person';
  /** Person id. */
  id: Scalars['ID']['output'];
  /** All their seats for the person themself; for staff who may see the person (of one of their organisations, or an admin of their partnership), those on forums the caller may see; empty for anyone else. Ended seats only when includeEnded is true. */
  seats: Array<Seat>;
};


/** A person (owned by the people subgraph), with the seats they hold. */
export type PersonSeatsArgs = {
  includeEnded?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A strategy or action plan with its period and review date. */
export type Plan = {
  __typename?: 'Plan';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Plan id. */
  id: Scalars['ID']['output'];
  /** Strategy or action plan. */
  kind: PlanKind;
  /** Its SMART objectives, oldest first. */
  objectives: Array<Objective>;
  /** The organisation that owns it; null when the partnership owns it. */
  organisation?: Maybe<Organisation>;
  /** Last day of the period it covers. */
  periodEnd: Scalars['Date']['output'];
  /** First day of the period it covers. */
  periodStart: Scalars['Date']['output'];
  /** When it is next due for review. */
  reviewOn: Scalars['Date']['output'];
  /** True when the review date has passed. */
  reviewOverdue: Scalars['Boolean']['output'];
  /** Its title. */
  title: Scalars['String']['output'];
};

/** A page of plans. */
export type PlanConnection = {
  __typename?: 'PlanConnection';
  /** The plans on this page. */
  edges: Array<PlanEdge>;
  /** Whether there is a next page and where it starts. */
  pageInfo: PageInfo;
  /** How many match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One plan in a page. */
export type PlanEdge = {
  __typename?: 'PlanEdge';
  /** Pass as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The plan. */
  node: Plan;
};

/** Plans covering a period. */
export type PlanFigures = {
  __typename?: 'PlanFigures';
  /** Of those, plans whose review date has passed. */
  overdueReviews: Scalars['Int']['output'];
  /** Plans whose period overlaps it. */
  plans: Scalars['Int']['output'];
};

/** Narrows the plan list. */
export type PlanFilter = {
  /** Only plans of this kind. */
  kind?: InputMaybe<PlanKind>;
  /** Only plans whose review date has passed (true) or has not (false). */
  reviewOverdue?: InputMaybe<Scalars['Boolean']['input']>;
};

/** What sort of plan it is. */
export type PlanKind =
  /** An action plan that accompanies a strategy. */
  | 'ACTION_PLAN'
  /** A strategy, e.g. a participation strategy 2021–25. */
  | 'STRATEGY';

/**
 * The governance subgraph: where young people's voice reaches people with power (Lundy's
 * Audience). Forums and their seats, meetings and agendas, decisions citing young people's
 * findings, and the partnership's plans with SMART objectives.
 */
export type Query = {
  __typename?: 'Query';
  /** One decision; decisions are readable across the partnership. */
  decision?: Maybe<Decision>;
  /** One forum of the caller's partnership. Its seats and meetings need membership or its staff. */
  forum?: Maybe<Forum>;
  /** The forums of the caller's partnership, oldest first, paged by cursor. */
  forums: ForumConnection;
  /** The meeting calendar: meetings starting in [from, to) of every forum whose business the caller may see, earliest first. */
  meetings: MeetingConnection;
  /** One plan; plans are readable across the partnership. */
  plan?: Maybe<Plan>;
  /** The partnership's plans, oldest first; filter to those whose review is overdue. */
  plans: PlanConnection;
};


/**
 * The governance subgraph: where young people's voice reaches people with power (Lundy's
 * Audience). Forums and their seats, meetings and agendas, decisions citing young people's
 * findings, and the partnership's plans with SMART objectives.
 */
export type QueryDecisionArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The governance subgraph: where young people's voice reaches people with power (Lundy's
 * Audience). Forums and their seats, meetings and agendas, decisions citing young people's
 * findings, and the partnership's plans with SMART objectives.
 */
export type QueryForumArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The governance subgraph: where young people's voice reaches people with power (Lundy's
 * Audience). Forums and their seats, meetings and agendas, decisions citing young people's
 * findings, and the partnership's plans with SMART objectives.
 */
export type QueryForumsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ForumFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The governance subgraph: where young people's voice reaches people with power (Lundy's
 * Audience). Forums and their seats, meetings and agendas, decisions citing young people's
 * findings, and the partnership's plans with SMART objectives.
 */
export type QueryMeetingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MeetingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};


/**
 * The governance subgraph: where young people's voice reaches people with power (Lundy's
 * Audience). Forums and their seats, meetings and agendas, decisions citing young people's
 * findings, and the partnership's plans with SMART objectives.
 */
export type QueryPlanArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The governance subgraph: where young people's voice reaches people with power (Lundy's
 * Audience). Forums and their seats, meetings and agendas, decisions citing young people's
 * findings, and the partnership's plans with SMART objectives.
 */
export type QueryPlansArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PlanFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Who attended a meeting. */
export type RecordAttendanceInput = {
  /** The meeting (it must have started). */
  meetingId: Scalars['ID']['input'];
  /** The people present; replaces any attendance recorded before. */
  personIds: Array<Scalars['ID']['input']>;
};

/** A decision to record. */
export type RecordDecisionInput = {
  /** The findings that influenced it (each must exist in the partnership). */
  citedFindingIds: Array<Scalars['ID']['input']>;
  /** When it was decided (default now; not in the future). */
  decidedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The decision in full. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The forum that decided. */
  forumId: Scalars['ID']['input'];
  /** The meeting it was made at, if any (a meeting of that forum). */
  meetingId?: InputMaybe<Scalars['ID']['input']>;
  /** What was decided, in a line. */
  title: Scalars['String']['input'];
  /** Whether young people took part in making it. */
  youngPeopleInvolved: Scalars['Boolean']['input'];
};

/** A progress measurement. */
export type RecordObjectiveProgressInput = {
  /** What lies behind the number. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The objective. */
  objectiveId: Scalars['ID']['input'];
  /** The day it was measured (default today; not in the future). */
  recordedOn?: InputMaybe<Scalars['Date']['input']>;
  /** The measured value. */
  value: Scalars['Float']['input'];
};

/** A meeting to schedule or record. */
export type ScheduleMeetingInput = {
  /** When it ends. */
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The forum meeting. */
  forumId: Scalars['ID']['input'];
  /** Where it is held. */
  location?: InputMaybe<Scalars['String']['input']>;
  /** When it starts. */
  startsAt: Scalars['DateTime']['input'];
  /** SCHEDULED (default; must be in the future), HELD (must have started) or CANCELLED. */
  status?: InputMaybe<MeetingStatus>;
  /** Its title. */
  title: Scalars['String']['input'];
};

/** A person's place on a forum, with dates. Young people hold seats as equals. */
export type Seat = {
  __typename?: 'Seat';
  /** When it was recorded. */
  createdAt: Scalars['DateTime']['output'];
  /** True when today lies within the appointment. */
  current: Scalars['Boolean']['output'];
  /** Last day of the appointment, if it ends. */
  endsOn?: Maybe<Scalars['Date']['output']>;
  /** The forum. */
  forum: Forum;
  /** True when a young person holds (or held) the seat; kept after erasure so counts survive. */
  heldByYoungPerson: Scalars['Boolean']['output'];
  /** Seat id. */
  id: Scalars['ID']['output'];
  /** Who holds it, shown only to the person themself, staff of one of their organisations or an admin of their partnership; null to anyone else, and once they are erased. */
  person?: Maybe<Person>;
  /** Their role on the forum. */
  role: SeatRole;
  /** First day of the appointment. */
  startsOn: Scalars['Date']['output'];
};

/** Seats on forums held in a period. */
export type SeatFigures = {
  __typename?: 'SeatFigures';
  /** The same, per kind of forum; every kind is listed. */
  byForumKind: Array<ForumKindSeats>;
  /** Seats held by young people: a partition over forum kinds, with secondary suppression, rounded to the nearest 5. */
  heldByYoungPeople: SuppressedCount;
  /** All seats held (by adults and young people): withheld from 1 to the threshold and with the young people's seats, otherwise rounded to the nearest 5. */
  seats: SuppressedCount;
  /** heldByYoungPeople over seats, from the published figures. */
  youngPeopleShare: SuppressedRate;
};

/** The part a person plays on a forum. */
export type SeatRole =
  /** Chairs the forum. */
  | 'CHAIR'
  /** A full member. */
  | 'MEMBER'
  /** Attends without a vote. */
  | 'OBSERVER'
  /** A young person representing their peers. */
  | 'YOUTH_REPRESENTATIVE';

/** A subject access report (UK GDPR art. 15), started by people; governance adds what it holds. */
export type SubjectAccessReport = {
  __typename?: 'SubjectAccessReport';
  /** What governance holds: the person as it knows them, seats, attendance, agenda items presented and audit entries. */
  governance?: Maybe<GovernanceSubjectAccess>;
  /** Who the report is about. */
  personId: Scalars['ID']['output'];
};

/** An agenda item the person presented. */
export type SubjectAgendaItem = {
  __typename?: 'SubjectAgendaItem';
  /** The meeting's title. */
  meetingTitle: Scalars['String']['output'];
  /** When the meeting started. */
  startsAt: Scalars['DateTime']['output'];
  /** The item's title. */
  title: Scalars['String']['output'];
};

/** A meeting the person was recorded at. */
export type SubjectAttendance = {
  __typename?: 'SubjectAttendance';
  /** The forum's name. */
  forumName: Scalars['String']['output'];
  /** The meeting's title. */
  meetingTitle: Scalars['String']['output'];
  /** When the meeting started. */
  startsAt: Scalars['DateTime']['output'];
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

/** A seat on a forum. */
export type SubjectSeat = {
  __typename?: 'SubjectSeat';
  /** Last day in the seat, if set. */
  endsOn?: Maybe<Scalars['Date']['output']>;
  /** What sort of forum it is. */
  forumKind: ForumKind;
  /** The forum's name. */
  forumName: Scalars['String']['output'];
  /** Seat id. */
  id: Scalars['ID']['output'];
  /** Their role on it. */
  role: SeatRole;
  /** First day in the seat. */
  startsOn: Scalars['Date']['output'];
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
  AgendaItem: AgendaItem;
  Consultation: Consultation;
  Decision: Decision;
  Finding: Finding;
  Forum: Forum;
  Meeting: Meeting;
  Objective: Objective;
  Partnership: Partnership;
  Person: Person;
  Plan: Plan;
  Seat: Seat;
  SubjectAccessReport: SubjectAccessReport;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  AgendaItem:
    ( { __typename: 'AgendaItem' }
    & GraphQLRecursivePick<FederationTypes['AgendaItem'], {"id":true}> );
  Consultation:
    ( { __typename: 'Consultation' }
    & GraphQLRecursivePick<FederationTypes['Consultation'], {"id":true}> );
  Decision:
    ( { __typename: 'Decision' }
    & GraphQLRecursivePick<FederationTypes['Decision'], {"id":true}> );
  Finding:
    ( { __typename: 'Finding' }
    & GraphQLRecursivePick<FederationTypes['Finding'], {"id":true}> );
  Forum:
    ( { __typename: 'Forum' }
    & GraphQLRecursivePick<FederationTypes['Forum'], {"id":true}> );
  Meeting:
    ( { __typename: 'Meeting' }
    & GraphQLRecursivePick<FederationTypes['Meeting'], {"id":true}> );
  Objective:
    ( { __typename: 'Objective' }
    & GraphQLRecursivePick<FederationTypes['Objective'], {"id":true}> );
  Partnership:
    ( { __typename: 'Partnership' }
    & GraphQLRecursivePick<FederationTypes['Partnership'], {"id":true}> );
  Person:
    ( { __typename: 'Person' }
    & GraphQLRecursivePick<FederationTypes['Person'], {"id":true}> );
  Plan:
    ( { __typename: 'Plan' }
    & GraphQLRecursivePick<FederationTypes['Plan'], {"id":true}> );
  Seat:
    ( { __typename: 'Seat' }
    & GraphQLRecursivePick<FederationTypes['Seat'], {"id":true}> );
  SubjectAccessReport:
    ( { __typename: 'SubjectAccessReport' }
    & GraphQLRecursivePick<FederationTypes['SubjectAccessReport'], {"personId":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AddAgendaItemInput: AddAgendaItemInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AddObjectiveInput: AddObjectiveInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  AgeBand: AgeBand;
  AgendaItem: ResolverTypeWrapper<AgendaItemEntity>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AnalyticsFilter: AnalyticsFilter;
  AnalyticsPeriod: AnalyticsPeriod;
  AnalyticsPeriodRange: ResolverTypeWrapper<AnalyticsPeriodRange>;
  AppointToSeatInput: AppointToSeatInput;
  Attendance: ResolverTypeWrapper<AttendanceEntity>;
  Cohort: Cohort;
  Consultation: ResolverTypeWrapper<EntityRef>;
  CreateForumInput: CreateForumInput;
  CreatePlanInput: CreatePlanInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decision: ResolverTypeWrapper<DecisionEntity>;
  DecisionConnection: ResolverTypeWrapper<Connection<DecisionEntity>>;
  DecisionEdge: ResolverTypeWrapper<Omit<DecisionEdge, 'node'> & { node: ResolversTypes['Decision'] }>;
  DecisionFigures: ResolverTypeWrapper<DecisionFigures>;
  FieldSet: ResolverTypeWrapper<Scalars['FieldSet']['output']>;
  Finding: ResolverTypeWrapper<EntityRef>;
  Forum: ResolverTypeWrapper<ForumEntity>;
  ForumConnection: ResolverTypeWrapper<Connection<ForumEntity>>;
  ForumEdge: ResolverTypeWrapper<Omit<ForumEdge, 'node'> & { node: ResolversTypes['Forum'] }>;
  ForumFilter: ForumFilter;
  ForumKind: ForumKind;
  ForumKindSeats: ResolverTypeWrapper<ForumKindSeats>;
  GovernanceAnalytics: ResolverTypeWrapper<GovernanceAnalytics>;
  GovernancePersonRecord: ResolverTypeWrapper<GovernancePersonRecord>;
  GovernanceSubjectAccess: ResolverTypeWrapper<GovernanceSubjectAccess>;
  Meeting: ResolverTypeWrapper<MeetingEntity>;
  MeetingConnection: ResolverTypeWrapper<Connection<MeetingEntity>>;
  MeetingEdge: ResolverTypeWrapper<Omit<MeetingEdge, 'node'> & { node: ResolversTypes['Meeting'] }>;
  MeetingFilter: MeetingFilter;
  MeetingStatus: MeetingStatus;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Objective: ResolverTypeWrapper<ObjectiveEntity>;
  ObjectiveFigures: ResolverTypeWrapper<ObjectiveFigures>;
  ObjectiveProgress: ResolverTypeWrapper<ObjectiveProgressEntity>;
  ObjectiveStatus: ObjectiveStatus;
  Organisation: ResolverTypeWrapper<EntityRef>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  ParticipationContext: ParticipationContext;
  Partnership: ResolverTypeWrapper<EntityRef>;
  Person: ResolverTypeWrapper<EntityRef>;
  Plan: ResolverTypeWrapper<PlanEntity>;
  PlanConnection: ResolverTypeWrapper<Connection<PlanEntity>>;
  PlanEdge: ResolverTypeWrapper<Omit<PlanEdge, 'node'> & { node: ResolversTypes['Plan'] }>;
  PlanFigures: ResolverTypeWrapper<PlanFigures>;
  PlanFilter: PlanFilter;
  PlanKind: PlanKind;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordAttendanceInput: RecordAttendanceInput;
  RecordDecisionInput: RecordDecisionInput;
  RecordObjectiveProgressInput: RecordObjectiveProgressInput;
  ScheduleMeetingInput: ScheduleMeetingInput;
  Seat: ResolverTypeWrapper<SeatEntity>;
  SeatFigures: ResolverTypeWrapper<SeatFigures>;
  SeatRole: SeatRole;
  SubjectAccessReport: ResolverTypeWrapper<SubjectAccessReport>;
  SubjectAgendaItem: ResolverTypeWrapper<SubjectAgendaItem>;
  SubjectAttendance: ResolverTypeWrapper<SubjectAttendance>;
  SubjectAuditEntry: ResolverTypeWrapper<SubjectAuditEntry>;
  SubjectSeat: ResolverTypeWrapper<SubjectSeat>;
  SuppressedCount: ResolverTypeWrapper<SuppressedCount>;
  SuppressedRate: ResolverTypeWrapper<SuppressedRate>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddAgendaItemInput: AddAgendaItemInput;
  ID: Scalars['ID']['output'];
  AddObjectiveInput: AddObjectiveInput;
  Float: Scalars['Float']['output'];
  AgendaItem: AgendaItemEntity;
  Int: Scalars['Int']['output'];
  AnalyticsFilter: AnalyticsFilter;
  AnalyticsPeriod: AnalyticsPeriod;
  AnalyticsPeriodRange: AnalyticsPeriodRange;
  AppointToSeatInput: AppointToSeatInput;
  Attendance: AttendanceEntity;
  Consultation: EntityRef;
  CreateForumInput: CreateForumInput;
  CreatePlanInput: CreatePlanInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decision: DecisionEntity;
  DecisionConnection: Connection<DecisionEntity>;
  DecisionEdge: Omit<DecisionEdge, 'node'> & { node: ResolversParentTypes['Decision'] };
  DecisionFigures: DecisionFigures;
  FieldSet: Scalars['FieldSet']['output'];
  Finding: EntityRef;
  Forum: ForumEntity;
  ForumConnection: Connection<ForumEntity>;
  ForumEdge: Omit<ForumEdge, 'node'> & { node: ResolversParentTypes['Forum'] };
  ForumFilter: ForumFilter;
  ForumKindSeats: ForumKindSeats;
  GovernanceAnalytics: GovernanceAnalytics;
  GovernancePersonRecord: GovernancePersonRecord;
  GovernanceSubjectAccess: GovernanceSubjectAccess;
  Meeting: MeetingEntity;
  MeetingConnection: Connection<MeetingEntity>;
  MeetingEdge: Omit<MeetingEdge, 'node'> & { node: ResolversParentTypes['Meeting'] };
  MeetingFilter: MeetingFilter;
  Mutation: Record<PropertyKey, never>;
  Objective: ObjectiveEntity;
  ObjectiveFigures: ObjectiveFigures;
  ObjectiveProgress: ObjectiveProgressEntity;
  Organisation: EntityRef;
  PageInfo: PageInfo;
  Partnership: EntityRef;
  Person: EntityRef;
  Plan: PlanEntity;
  PlanConnection: Connection<PlanEntity>;
  PlanEdge: Omit<PlanEdge, 'node'> & { node: ResolversParentTypes['Plan'] };
  PlanFigures: PlanFigures;
  PlanFilter: PlanFilter;
  Query: Record<PropertyKey, never>;
  RecordAttendanceInput: RecordAttendanceInput;
  RecordDecisionInput: RecordDecisionInput;
  RecordObjectiveProgressInput: RecordObjectiveProgressInput;
  ScheduleMeetingInput: ScheduleMeetingInput;
  Seat: SeatEntity;
  SeatFigures: SeatFigures;
  SubjectAccessReport: SubjectAccessReport | FederationReferenceTypes['SubjectAccessReport'];
  SubjectAgendaItem: SubjectAgendaItem;
  SubjectAttendance: SubjectAttendance;
  SubjectAuditEntry: SubjectAuditEntry;
  SubjectSeat: SubjectSeat;
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

export type AgendaItemResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AgendaItem'] = ResolversParentTypes['AgendaItem'], FederationReferenceType extends FederationReferenceTypes['AgendaItem'] = FederationReferenceTypes['AgendaItem']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['AgendaItem']> | FederationReferenceType, FederationReferenceType, ContextType>;
  consultations?: Resolver<Array<ResolversTypes['Consultation']>, ParentType, ContextType>;
  findings?: Resolver<Array<ResolversTypes['Finding']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  meeting?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  presentedByYoungPerson?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  presenter?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AnalyticsPeriodRangeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AnalyticsPeriodRange'] = ResolversParentTypes['AnalyticsPeriodRange']> = {
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type AttendanceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Attendance'] = ResolversParentTypes['Attendance']> = {
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  youngPerson?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ConsultationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Consultation'] = ResolversParentTypes['Consultation'], FederationReferenceType extends FederationReferenceTypes['Consultation'] = FederationReferenceTypes['Consultation']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Consultation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  decisions?: Resolver<Array<ResolversTypes['Decision']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DecisionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Decision'] = ResolversParentTypes['Decision'], FederationReferenceType extends FederationReferenceTypes['Decision'] = FederationReferenceTypes['Decision']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Decision']> | FederationReferenceType, FederationReferenceType, ContextType>;
  citedFindings?: Resolver<Array<ResolversTypes['Finding']>, ParentType, ContextType>;
  consultations?: Resolver<Array<ResolversTypes['Consultation']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decidedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  forum?: Resolver<ResolversTypes['Forum'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  influencedByYoungPeople?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  meeting?: Resolver<Maybe<ResolversTypes['Meeting']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  youngPeopleInvolved?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type DecisionConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DecisionConnection'] = ResolversParentTypes['DecisionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DecisionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DecisionEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DecisionEdge'] = ResolversParentTypes['DecisionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Decision'], ParentType, ContextType>;
};

export type DecisionFiguresResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DecisionFigures'] = ResolversParentTypes['DecisionFigures']> = {
  citingFindings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  citingFindingsShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  involvingYoungPeople?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  made?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['FieldSet'], any> {
  name: 'FieldSet';
}

export type FindingResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Finding'] = ResolversParentTypes['Finding'], FederationReferenceType extends FederationReferenceTypes['Finding'] = FederationReferenceTypes['Finding']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Finding']> | FederationReferenceType, FederationReferenceType, ContextType>;
  decisions?: Resolver<Array<ResolversTypes['Decision']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ForumResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Forum'] = ResolversParentTypes['Forum'], FederationReferenceType extends FederationReferenceTypes['Forum'] = FederationReferenceTypes['Forum']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Forum']> | FederationReferenceType, FederationReferenceType, ContextType>;
  canSeeBusiness?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decisions?: Resolver<ResolversTypes['DecisionConnection'], ParentType, ContextType, RequireFields<ForumDecisionsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ForumKind'], ParentType, ContextType>;
  meetings?: Resolver<ResolversTypes['MeetingConnection'], ParentType, ContextType, RequireFields<ForumMeetingsArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  purpose?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  seats?: Resolver<Array<ResolversTypes['Seat']>, ParentType, ContextType, RequireFields<ForumSeatsArgs, 'includeEnded'>>;
};

export type ForumConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ForumConnection'] = ResolversParentTypes['ForumConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ForumEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ForumEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ForumEdge'] = ResolversParentTypes['ForumEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Forum'], ParentType, ContextType>;
};

export type ForumKindSeatsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ForumKindSeats'] = ResolversParentTypes['ForumKindSeats']> = {
  forumKind?: Resolver<ResolversTypes['ForumKind'], ParentType, ContextType>;
  heldByYoungPeople?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  seats?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  youngPeopleShare?: Resolver<ResolversTypes['SuppressedRate'], ParentType, ContextType>;
};

export type GovernanceAnalyticsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GovernanceAnalytics'] = ResolversParentTypes['GovernanceAnalytics']> = {
  decisions?: Resolver<ResolversTypes['DecisionFigures'], ParentType, ContextType>;
  objectives?: Resolver<ResolversTypes['ObjectiveFigures'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['AnalyticsPeriodRange'], ParentType, ContextType>;
  plans?: Resolver<ResolversTypes['PlanFigures'], ParentType, ContextType>;
  seats?: Resolver<ResolversTypes['SeatFigures'], ParentType, ContextType>;
  suppressionThreshold?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GovernancePersonRecordResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GovernancePersonRecord'] = ResolversParentTypes['GovernancePersonRecord']> = {
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisationIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type GovernanceSubjectAccessResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GovernanceSubjectAccess'] = ResolversParentTypes['GovernanceSubjectAccess']> = {
  attendance?: Resolver<Array<ResolversTypes['SubjectAttendance']>, ParentType, ContextType>;
  auditEntries?: Resolver<Array<ResolversTypes['SubjectAuditEntry']>, ParentType, ContextType>;
  presented?: Resolver<Array<ResolversTypes['SubjectAgendaItem']>, ParentType, ContextType>;
  record?: Resolver<Maybe<ResolversTypes['GovernancePersonRecord']>, ParentType, ContextType>;
  seats?: Resolver<Array<ResolversTypes['SubjectSeat']>, ParentType, ContextType>;
};

export type MeetingResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Meeting'] = ResolversParentTypes['Meeting'], FederationReferenceType extends FederationReferenceTypes['Meeting'] = FederationReferenceTypes['Meeting']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Meeting']> | FederationReferenceType, FederationReferenceType, ContextType>;
  agenda?: Resolver<Array<ResolversTypes['AgendaItem']>, ParentType, ContextType>;
  attendance?: Resolver<Array<ResolversTypes['Attendance']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decisions?: Resolver<Array<ResolversTypes['Decision']>, ParentType, ContextType>;
  endsAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  forum?: Resolver<ResolversTypes['Forum'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MeetingStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MeetingConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MeetingConnection'] = ResolversParentTypes['MeetingConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MeetingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MeetingEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MeetingEdge'] = ResolversParentTypes['MeetingEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addAgendaItem?: Resolver<ResolversTypes['AgendaItem'], ParentType, ContextType, RequireFields<MutationAddAgendaItemArgs, 'input'>>;
  addObjective?: Resolver<ResolversTypes['Objective'], ParentType, ContextType, RequireFields<MutationAddObjectiveArgs, 'input'>>;
  appointToSeat?: Resolver<ResolversTypes['Seat'], ParentType, ContextType, RequireFields<MutationAppointToSeatArgs, 'input'>>;
  createForum?: Resolver<ResolversTypes['Forum'], ParentType, ContextType, RequireFields<MutationCreateForumArgs, 'input'>>;
  createPlan?: Resolver<ResolversTypes['Plan'], ParentType, ContextType, RequireFields<MutationCreatePlanArgs, 'input'>>;
  recordAttendance?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType, RequireFields<MutationRecordAttendanceArgs, 'input'>>;
  recordDecision?: Resolver<ResolversTypes['Decision'], ParentType, ContextType, RequireFields<MutationRecordDecisionArgs, 'input'>>;
  recordObjectiveProgress?: Resolver<ResolversTypes['Objective'], ParentType, ContextType, RequireFields<MutationRecordObjectiveProgressArgs, 'input'>>;
  scheduleMeeting?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType, RequireFields<MutationScheduleMeetingArgs, 'input'>>;
};

export type ObjectiveResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Objective'] = ResolversParentTypes['Objective'], FederationReferenceType extends FederationReferenceTypes['Objective'] = FederationReferenceTypes['Objective']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Objective']> | FederationReferenceType, FederationReferenceType, ContextType>;
  baseline?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  latestValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownerOrganisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['Plan'], ParentType, ContextType>;
  progress?: Resolver<Array<ResolversTypes['ObjectiveProgress']>, ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ObjectiveStatus'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ObjectiveFiguresResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ObjectiveFigures'] = ResolversParentTypes['ObjectiveFigures']> = {
  atRisk?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  done?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  offTrack?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onTrack?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ObjectiveProgressResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ObjectiveProgress'] = ResolversParentTypes['ObjectiveProgress']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  statusAfter?: Resolver<ResolversTypes['ObjectiveStatus'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type OrganisationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PartnershipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Partnership'] = ResolversParentTypes['Partnership'], FederationReferenceType extends FederationReferenceTypes['Partnership'] = FederationReferenceTypes['Partnership']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Partnership']> | FederationReferenceType, FederationReferenceType, ContextType>;
  governanceAnalytics?: Resolver<ResolversTypes['GovernanceAnalytics'], ParentType, ContextType, RequireFields<PartnershipGovernanceAnalyticsArgs, 'period'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PersonResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  seats?: Resolver<Array<ResolversTypes['Seat']>, ParentType, ContextType, RequireFields<PersonSeatsArgs, 'includeEnded'>>;
};

export type PlanResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Plan'] = ResolversParentTypes['Plan'], FederationReferenceType extends FederationReferenceTypes['Plan'] = FederationReferenceTypes['Plan']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Plan']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PlanKind'], ParentType, ContextType>;
  objectives?: Resolver<Array<ResolversTypes['Objective']>, ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  periodEnd?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  periodStart?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  reviewOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  reviewOverdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PlanConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PlanConnection'] = ResolversParentTypes['PlanConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PlanEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PlanEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PlanEdge'] = ResolversParentTypes['PlanEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Plan'], ParentType, ContextType>;
};

export type PlanFiguresResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PlanFigures'] = ResolversParentTypes['PlanFigures']> = {
  overdueReviews?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  plans?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  decision?: Resolver<Maybe<ResolversTypes['Decision']>, ParentType, ContextType, RequireFields<QueryDecisionArgs, 'id'>>;
  forum?: Resolver<Maybe<ResolversTypes['Forum']>, ParentType, ContextType, RequireFields<QueryForumArgs, 'id'>>;
  forums?: Resolver<ResolversTypes['ForumConnection'], ParentType, ContextType, RequireFields<QueryForumsArgs, 'first'>>;
  meetings?: Resolver<ResolversTypes['MeetingConnection'], ParentType, ContextType, RequireFields<QueryMeetingsArgs, 'first' | 'from' | 'to'>>;
  plan?: Resolver<Maybe<ResolversTypes['Plan']>, ParentType, ContextType, RequireFields<QueryPlanArgs, 'id'>>;
  plans?: Resolver<ResolversTypes['PlanConnection'], ParentType, ContextType, RequireFields<QueryPlansArgs, 'first'>>;
};

export type SeatResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Seat'] = ResolversParentTypes['Seat'], FederationReferenceType extends FederationReferenceTypes['Seat'] = FederationReferenceTypes['Seat']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Seat']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  current?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  endsOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  forum?: Resolver<ResolversTypes['Forum'], ParentType, ContextType>;
  heldByYoungPerson?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['SeatRole'], ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type SeatFiguresResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SeatFigures'] = ResolversParentTypes['SeatFigures']> = {
  byForumKind?: Resolver<Array<ResolversTypes['ForumKindSeats']>, ParentType, ContextType>;
  heldByYoungPeople?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  seats?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  youngPeopleShare?: Resolver<ResolversTypes['SuppressedRate'], ParentType, ContextType>;
};

export type SubjectAccessReportResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SubjectAccessReport'] = ResolversParentTypes['SubjectAccessReport'], FederationReferenceType extends FederationReferenceTypes['SubjectAccessReport'] = FederationReferenceTypes['SubjectAccessReport']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SubjectAccessReport']> | FederationReferenceType, FederationReferenceType, ContextType>;
  governance?: Resolver<Maybe<ResolversTypes['GovernanceSubjectAccess']>, ParentType, ContextType>;
  personId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type SubjectAgendaItemResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SubjectAgendaItem'] = ResolversParentTypes['SubjectAgendaItem']> = {
  meetingTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SubjectAttendanceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SubjectAttendance'] = ResolversParentTypes['SubjectAttendance']> = {
  forumName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  meetingTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
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

export type SubjectSeatResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SubjectSeat'] = ResolversParentTypes['SubjectSeat']> = {
  endsOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  forumKind?: Resolver<ResolversTypes['ForumKind'], ParentType, ContextType>;
  forumName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['SeatRole'], ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
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
  AgendaItem?: AgendaItemResolvers<ContextType>;
  AnalyticsPeriodRange?: AnalyticsPeriodRangeResolvers<ContextType>;
  Attendance?: AttendanceResolvers<ContextType>;
  Consultation?: ConsultationResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decision?: DecisionResolvers<ContextType>;
  DecisionConnection?: DecisionConnectionResolvers<ContextType>;
  DecisionEdge?: DecisionEdgeResolvers<ContextType>;
  DecisionFigures?: DecisionFiguresResolvers<ContextType>;
  FieldSet?: GraphQLScalarType;
  Finding?: FindingResolvers<ContextType>;
  Forum?: ForumResolvers<ContextType>;
  ForumConnection?: ForumConnectionResolvers<ContextType>;
  ForumEdge?: ForumEdgeResolvers<ContextType>;
  ForumKindSeats?: ForumKindSeatsResolvers<ContextType>;
  GovernanceAnalytics?: GovernanceAnalyticsResolvers<ContextType>;
  GovernancePersonRecord?: GovernancePersonRecordResolvers<ContextType>;
  GovernanceSubjectAccess?: GovernanceSubjectAccessResolvers<ContextType>;
  Meeting?: MeetingResolvers<ContextType>;
  MeetingConnection?: MeetingConnectionResolvers<ContextType>;
  MeetingEdge?: MeetingEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Objective?: ObjectiveResolvers<ContextType>;
  ObjectiveFigures?: ObjectiveFiguresResolvers<ContextType>;
  ObjectiveProgress?: ObjectiveProgressResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Partnership?: PartnershipResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Plan?: PlanResolvers<ContextType>;
  PlanConnection?: PlanConnectionResolvers<ContextType>;
  PlanEdge?: PlanEdgeResolvers<ContextType>;
  PlanFigures?: PlanFiguresResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Seat?: SeatResolvers<ContextType>;
  SeatFigures?: SeatFiguresResolvers<ContextType>;
  SubjectAccessReport?: SubjectAccessReportResolvers<ContextType>;
  SubjectAgendaItem?: SubjectAgendaItemResolvers<ContextType>;
  SubjectAttendance?: SubjectAttendanceResolvers<ContextType>;
  SubjectAuditEntry?: SubjectAuditEntryResolvers<ContextType>;
  SubjectSeat?: SubjectSeatResolvers<ContextType>;
  SuppressedCount?: SuppressedCountResolvers<ContextType>;
  SuppressedRate?: SuppressedRateResolvers<ContextType>;
  link__Import?: GraphQLScalarType;
};

export type DirectiveResolvers<ContextType = RequestContext> = {
  link?: LinkDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
};
