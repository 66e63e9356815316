import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PersonEntity } from '../entities/person.entity';
import type { Connection, SubjectAuditEntry as SubjectAuditEntryRow, RequestContext } from '@voicegraph/platform';
import type { PartnershipEntity } from '../entities/partnership.entity';
import type { OrganisationEntity } from '../entities/organisation.entity';
import type { ConsentEntity } from '../entities/consent.entity';
import type { Report } from '../resolvers/subject-access';
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

/** A consent given by or for a person. */
export type Consent = {
  __typename?: 'Consent';
  /** True when it is neither withdrawn nor expired. */
  current: Scalars['Boolean']['output'];
  /** Why it stopped being current, if it did (null while current or merely expired). */
  endedBecause?: Maybe<ConsentEndReason>;
  /** When it lapses, if it does. */
  expiresOn?: Maybe<Scalars['Date']['output']>;
  /** Who gave it. */
  givenBy: ConsentGiver;
  /** Consent id. */
  id: Scalars['ID']['output'];
  /** What it covers. */
  kind: ConsentKind;
  /** When it was recorded. */
  recordedAt: Scalars['DateTime']['output'];
  /** When it was withdrawn, if it was. */
  withdrawnAt?: Maybe<Scalars['DateTime']['output']>;
};

/** Why a consent stopped being current. */
export type ConsentEndReason =
  /**
   * A participation lead corrected the date of birth, and with it the person was under 13 when
   * they gave this consent themself: a parent or carer must give it instead.
   */
  | 'DATE_OF_BIRTH_CHANGED'
  /** The person, or staff for them, withdrew it. */
  | 'WITHDRAWN';

/** Who gave a consent. */
export type ConsentGiver =
  /** A parent or carer (required for under-13s' participation consent). */
  | 'PARENT_OR_CARER'
  /** The young person themself (13 and over for participation). */
  | 'SELF';

/** What a consent covers. */
export type ConsentKind =
  /** Being contacted with feedback and opportunities. */
  | 'CONTACT'
  /** Photos, audio or video being used. */
  | 'MEDIA'
  /** Taking part in consultations and co-production, and having their views recorded. */
  | 'PARTICIPATION';

/** A new partnership. */
export type CreatePartnershipInput = {
  /** What it is for. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Its name (1–200 characters). */
  name: Scalars['String']['input'];
  /** Counts of people from 1 to this are withheld in analytics (default 5, from 1 to 50). */
  suppressionThreshold?: InputMaybe<Scalars['Int']['input']>;
};

/** Confirms an erasure. The person's record no longer exists. */
export type ErasureReceipt = {
  __typename?: 'ErasureReceipt';
  /** When the erasure was done. */
  erasedAt: Scalars['DateTime']['output'];
  /** The erased person's former id, for the caller's own records. */
  personId: Scalars['ID']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Founds a partnership: a PARTNERSHIP_ADMIN nobody has registered yet, signed in naming no
   * partnership, becomes its first admin (registered as its staff, with no organisation).
   */
  createPartnership: Partnership;
  /** Records a consent. Under-13s need a parent or carer's consent for participation. */
  recordConsent: Consent;
  /** Registers an organisation in the admin's own partnership (PARTNERSHIP_ADMIN). */
  registerOrganisation: Organisation;
  /** Registers a young person, staff member or parent/carer (practitioners, participation leads, admins). */
  registerPerson: Person;
  /**
   * Erases a person: their identifying data is deleted here and PersonErased tells every
   * other service to remove or anonymise its copies. Cannot be undone.
   */
  requestErasure: ErasureReceipt;
  /** Changes a person's profile: the young person themself, or staff of their organisations. */
  updatePerson: Person;
  /** Withdraws a current consent; withdrawing participation consent stops new contributions. */
  withdrawConsent: Consent;
};


export type MutationCreatePartnershipArgs = {
  input: CreatePartnershipInput;
};


export type MutationRecordConsentArgs = {
  input: RecordConsentInput;
};


export type MutationRegisterOrganisationArgs = {
  input: RegisterOrganisationInput;
};


export type MutationRegisterPersonArgs = {
  input: RegisterPersonInput;
};


export type MutationRequestErasureArgs = {
  input: RequestErasureInput;
};


export type MutationUpdatePersonArgs = {
  input: UpdatePersonInput;
};


export type MutationWithdrawConsentArgs = {
  input: WithdrawConsentInput;
};

/** A partner organisation within one partnership. */
export type Organisation = {
  __typename?: 'Organisation';
  /** When it was registered. */
  createdAt: Scalars['DateTime']['output'];
  /** Organisation id. */
  id: Scalars['ID']['output'];
  /** What sort of partner it is. */
  kind: OrganisationKind;
  /** Its name. */
  name: Scalars['String']['output'];
  /** The partnership it belongs to. */
  partnership: Partnership;
};

/** A page of organisations. */
export type OrganisationConnection = {
  __typename?: 'OrganisationConnection';
  /** The organisations on this page. */
  edges: Array<OrganisationEdge>;
  /** Whether there is a next page and where it starts. */
  pageInfo: PageInfo;
  /** How many match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One organisation in a page. */
export type OrganisationEdge = {
  __typename?: 'OrganisationEdge';
  /** Pass as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The organisation. */
  node: Organisation;
};

/** What sort of partner an organisation is. */
export type OrganisationKind =
  /** Local authority / council service. */
  | 'COUNCIL'
  /** NHS or other health provider. */
  | 'HEALTH'
  /** Any other partner. */
  | 'OTHER'
  /** Police service. */
  | 'POLICE'
  /** A school or college. */
  | 'SCHOOL'
  /** Voluntary and community sector group. */
  | 'VOLUNTARY_COMMUNITY'
  /** A youth charity or social enterprise. */
  | 'YOUTH_CHARITY'
  /** Youth justice service. */
  | 'YOUTH_JUSTICE';

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

/** Roles young people take in participation and co-production. */
export type ParticipationRole =
  /** Sits on a committee. */
  | 'COMMITTEE_MEMBER'
  /** Peer mentor. */
  | 'PEER_MENTOR'
  /** Peer supporter. */
  | 'PEER_SUPPORTER'
  /** Member of a recruitment panel. */
  | 'RECRUITMENT_PANEL_MEMBER'
  /** Trains staff. */
  | 'TRAINER_OF_STAFF'
  /** Young inspector. */
  | 'YOUNG_INSPECTOR'
  /** Young researcher. */
  | 'YOUNG_RESEARCHER'
  /** Youth ambassador. */
  | 'YOUTH_AMBASSADOR';

/** A city's children's partnership: the council, schools, health, youth justice and voluntary partners working together. */
export type Partnership = {
  __typename?: 'Partnership';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** What the partnership is for, in a sentence or two. */
  description?: Maybe<Scalars['String']['output']>;
  /** Partnership id. */
  id: Scalars['ID']['output'];
  /** Its name, e.g. Nottingham City Children's Partnership. */
  name: Scalars['String']['output'];
  /** The partnership's member organisations. */
  organisations: OrganisationConnection;
  /** Counts of people from 1 up to this number are withheld in analytics (0 may be shown). */
  suppressionThreshold: Scalars['Int']['output'];
};


/** A city's children's partnership: the council, schools, health, youth justice and voluntary partners working together. */
export type PartnershipOrganisationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of partnerships. */
export type PartnershipConnection = {
  __typename?: 'PartnershipConnection';
  /** The partnerships on this page. */
  edges: Array<PartnershipEdge>;
  /** Whether there is a next page and where it starts. */
  pageInfo: PageInfo;
  /** How many match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One partnership in a page. */
export type PartnershipEdge = {
  __typename?: 'PartnershipEdge';
  /** Pass as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The partnership. */
  node: Partnership;
};

/** Narrows the people list. */
export type PeopleFilter = {
  /** Only this kind of person. */
  kind?: InputMaybe<PersonKind>;
  /** Only members of this organisation. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
};

/** What the people service holds about a person. */
export type PeopleSubjectAccess = {
  __typename?: 'PeopleSubjectAccess';
  /** The people service's audit log entries about them or done by them. */
  auditEntries: Array<SubjectAuditEntry>;
  /** Their consents, current and withdrawn, newest first. */
  consents: Array<Consent>;
  /** The last time another service told people they took part, sat on a forum or contributed (used by the retention rule). */
  lastActivityAt?: Maybe<Scalars['DateTime']['output']>;
  /** The organisations they belong to. */
  organisations: Array<SubjectOrganisationRef>;
  /** Their partnership. */
  partnership: SubjectOrganisationRef;
  /** The age band other services were last told. */
  publishedAgeBand: AgeBand;
  /** Their record, every field as stored. */
  record: SubjectPersonRecord;
};

/** A person known to the partnership. Sensitive fields are null with a FORBIDDEN error unless the caller may see them. */
export type Person = {
  __typename?: 'Person';
  /** Age band today (not the date of birth). */
  ageBand: AgeBand;
  /** True when a current participation consent lets them contribute. */
  canParticipate: Scalars['Boolean']['output'];
  /** Vulnerable cohorts (special category): the person themself or a PARTICIPATION_LEAD; every read is audited. */
  cohorts?: Maybe<Array<Cohort>>;
  /** Their consents, current and withdrawn, newest first. */
  consents: Array<Consent>;
  /** When they were registered. */
  createdAt: Scalars['DateTime']['output'];
  /** Date of birth: the person themself or a PARTICIPATION_LEAD of their organisation. */
  dateOfBirth?: Maybe<Scalars['Date']['output']>;
  /** The name they want to be called by. */
  displayName: Scalars['String']['output'];
  /** Contact email: the person themself or a PARTICIPATION_LEAD of their organisation. */
  email?: Maybe<Scalars['String']['output']>;
  /** Ethnicity as self-described (special category): the person themself or a PARTICIPATION_LEAD; audited. */
  ethnicity?: Maybe<Scalars['String']['output']>;
  /** Family name. */
  familyName?: Maybe<Scalars['String']['output']>;
  /** Given name. */
  givenName?: Maybe<Scalars['String']['output']>;
  /** Person id (also the `sub` of their token). */
  id: Scalars['ID']['output'];
  /** Young person, staff, or parent/carer. */
  kind: PersonKind;
  /** Organisations they belong to (as a young person, staff member or carer). */
  organisations: Array<Organisation>;
  /** Participation roles they hold. */
  participationRoles: Array<ParticipationRole>;
  /** Their partnership. */
  partnership: Partnership;
  /** Contact phone: the person themself or a PARTICIPATION_LEAD of their organisation. */
  phone?: Maybe<Scalars['String']['output']>;
  /** When their profile last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of people. */
export type PersonConnection = {
  __typename?: 'PersonConnection';
  /** The people on this page with their cursors. */
  edges: Array<PersonEdge>;
  /** Whether there is a next page and where it starts. */
  pageInfo: PageInfo;
  /** How many people match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One person in a page. */
export type PersonEdge = {
  __typename?: 'PersonEdge';
  /** Pass as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The person. */
  node: Person;
};

/** Whether a person is a young person taking part, a member of staff, or a parent or carer. */
export type PersonKind =
  /** A parent or carer. */
  | 'PARENT_OR_CARER'
  /** A member of staff of a partner organisation. */
  | 'STAFF'
  /** A child or young person. */
  | 'YOUNG_PERSON';

/**
 * The people subgraph: partnerships, their organisations, the people who take part and
 * their consents. Access rules are enforced here, whatever the caller's route.
 */
export type Query = {
  __typename?: 'Query';
  /** The caller's own person record (null for an analyst, who sees no person). */
  me?: Maybe<Person>;
  /** One organisation of the caller's partnership. */
  organisation?: Maybe<Organisation>;
  /** One partnership the caller belongs to. */
  partnership?: Maybe<Partnership>;
  /** The partnerships the caller belongs to. */
  partnerships: PartnershipConnection;
  /** People the caller may see, oldest registration first, paged by cursor. */
  people: PersonConnection;
  /** One person the caller may see; NOT_FOUND otherwise. Analysts may not see people. */
  person?: Maybe<Person>;
  /**
   * A copy of everything VoiceGraph holds about one person (UK GDPR art. 15), each subgraph
   * adding its own part. Only the person themself or a participation lead of their organisation;
   * anyone else is FORBIDDEN, whether or not the person exists. Every request is audited in every
   * service.
   */
  subjectAccessReport: SubjectAccessReport;
};


/**
 * The people subgraph: partnerships, their organisations, the people who take part and
 * their consents. Access rules are enforced here, whatever the caller's route.
 */
export type QueryOrganisationArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The people subgraph: partnerships, their organisations, the people who take part and
 * their consents. Access rules are enforced here, whatever the caller's route.
 */
export type QueryPartnershipArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The people subgraph: partnerships, their organisations, the people who take part and
 * their consents. Access rules are enforced here, whatever the caller's route.
 */
export type QueryPartnershipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The people subgraph: partnerships, their organisations, the people who take part and
 * their consents. Access rules are enforced here, whatever the caller's route.
 */
export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PeopleFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The people subgraph: partnerships, their organisations, the people who take part and
 * their consents. Access rules are enforced here, whatever the caller's route.
 */
export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The people subgraph: partnerships, their organisations, the people who take part and
 * their consents. Access rules are enforced here, whatever the caller's route.
 */
export type QuerySubjectAccessReportArgs = {
  personId: Scalars['ID']['input'];
};

/** A consent to record. */
export type RecordConsentInput = {
  /** When it lapses, if it does (a future date). */
  expiresOn?: InputMaybe<Scalars['Date']['input']>;
  /** Who gives it. */
  givenBy: ConsentGiver;
  /** What it covers. */
  kind: ConsentKind;
  /** Whose consent. */
  personId: Scalars['ID']['input'];
};

/** A new organisation. */
export type RegisterOrganisationInput = {
  /** What sort of partner it is. */
  kind: OrganisationKind;
  /** Its name (1–200 characters). */
  name: Scalars['String']['input'];
  /** The partnership it joins (the admin's own). */
  partnershipId: Scalars['ID']['input'];
};

/** A new person. */
export type RegisterPersonInput = {
  /** Vulnerable cohorts (PARTICIPATION_LEAD only). */
  cohorts?: InputMaybe<Array<Cohort>>;
  /** Date of birth (needed to apply the under-13 consent rule). */
  dateOfBirth?: InputMaybe<Scalars['Date']['input']>;
  /** The name they want to be called by. */
  displayName: Scalars['String']['input'];
  /** Contact email. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Self-described ethnicity (PARTICIPATION_LEAD only). */
  ethnicity?: InputMaybe<Scalars['String']['input']>;
  /** Family name. */
  familyName?: InputMaybe<Scalars['String']['input']>;
  /** Given name. */
  givenName?: InputMaybe<Scalars['String']['input']>;
  /** Young person, staff, or parent/carer. */
  kind: PersonKind;
  /**
   * Organisations they belong to; all must be in the caller's partnership, and a practitioner's own.
   * Empty only for STAFF registered by a partnership admin: admins and analysts, who work for the
   * whole partnership (their sign-in may then name no organisation).
   */
  organisationIds: Array<Scalars['ID']['input']>;
  /** Participation roles they hold. */
  participationRoles?: InputMaybe<Array<ParticipationRole>>;
  /** Contact phone. */
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** An erasure request. */
export type RequestErasureInput = {
  /** Who is to be erased: the caller themself, or (PARTICIPATION_LEAD, PARTNERSHIP_ADMIN) a person of their partnership. */
  personId: Scalars['ID']['input'];
};

/**
 * Everything held about one person, for a subject access request (UK GDPR art. 15). People
 * starts it; consultations, governance and feedback each add what they hold. Every part checks
 * the rule itself and writes the request to its own audit log.
 */
export type SubjectAccessReport = {
  __typename?: 'SubjectAccessReport';
  /** When the report was made. */
  generatedAt: Scalars['DateTime']['output'];
  /** What the people service holds: their record, consents, organisations and audit entries. */
  people: PeopleSubjectAccess;
  /** Who the report is about. */
  personId: Scalars['ID']['output'];
  /** True when the person asked for it themself; false when a participation lead asked for them. */
  requestedByThemself: Scalars['Boolean']['output'];
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

/** A partnership or organisation named in a subject access report. */
export type SubjectOrganisationRef = {
  __typename?: 'SubjectOrganisationRef';
  /** Its id. */
  id: Scalars['ID']['output'];
  /** Its name. */
  name: Scalars['String']['output'];
};

/** A person's record as the people service stores it. */
export type SubjectPersonRecord = {
  __typename?: 'SubjectPersonRecord';
  /** Vulnerable cohorts (special category). */
  cohorts: Array<Cohort>;
  /** When they were registered. */
  createdAt: Scalars['DateTime']['output'];
  /** Date of birth. */
  dateOfBirth?: Maybe<Scalars['Date']['output']>;
  /** The name they want to be called by. */
  displayName: Scalars['String']['output'];
  /** Contact email. */
  email?: Maybe<Scalars['String']['output']>;
  /** Self-described ethnicity (special category). */
  ethnicity?: Maybe<Scalars['String']['output']>;
  /** Family name. */
  familyName?: Maybe<Scalars['String']['output']>;
  /** Given name. */
  givenName?: Maybe<Scalars['String']['output']>;
  /** Person id. */
  id: Scalars['ID']['output'];
  /** Young person, staff, or parent/carer. */
  kind: PersonKind;
  /** Participation roles they hold. */
  participationRoles: Array<ParticipationRole>;
  /** Contact phone. */
  phone?: Maybe<Scalars['String']['output']>;
  /** When their record last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** Changes to a person; omitted fields stay as they are, null clears an optional field. */
export type UpdatePersonInput = {
  /** Vulnerable cohorts (PARTICIPATION_LEAD only). */
  cohorts?: InputMaybe<Array<Cohort>>;
  /**
   * Date of birth (PARTICIPATION_LEAD only, audited; never the person themself, since it decides
   * who may give participation consent). A change ends SELF participation consents the person was
   * under 13 to give (Consent.endedBecause: DATE_OF_BIRTH_CHANGED).
   */
  dateOfBirth?: InputMaybe<Scalars['Date']['input']>;
  /** The name they want to be called by. */
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** Contact email. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Self-described ethnicity (PARTICIPATION_LEAD or the person themself). */
  ethnicity?: InputMaybe<Scalars['String']['input']>;
  /** Family name. */
  familyName?: InputMaybe<Scalars['String']['input']>;
  /** Given name. */
  givenName?: InputMaybe<Scalars['String']['input']>;
  /** The person to change. */
  id: Scalars['ID']['input'];
  /** Organisations they belong to (staff only). */
  organisationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Participation roles they hold. */
  participationRoles?: InputMaybe<Array<ParticipationRole>>;
  /** Contact phone. */
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** A consent to withdraw. */
export type WithdrawConsentInput = {
  /** Which kind to withdraw (every current consent of that kind is withdrawn). */
  kind: ConsentKind;
  /** Whose consent. */
  personId: Scalars['ID']['input'];
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
  Organisation: Organisation;
  Partnership: Partnership;
  Person: Person;
  SubjectAccessReport: SubjectAccessReport;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Organisation:
    ( { __typename: 'Organisation' }
    & GraphQLRecursivePick<FederationTypes['Organisation'], {"id":true}> );
  Partnership:
    ( { __typename: 'Partnership' }
    & GraphQLRecursivePick<FederationTypes['Partnership'], {"id":true}> );
  Person:
    ( { __typename: 'Person' }
    & GraphQLRecursivePick<FederationTypes['Person'], {"id":true}> );
  SubjectAccessReport:
    ( { __typename: 'SubjectAccessReport' }
    & GraphQLRecursivePick<FederationTypes['SubjectAccessReport'], {"personId":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AgeBand: AgeBand;
  Cohort: Cohort;
  Consent: ResolverTypeWrapper<ConsentEntity>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ConsentEndReason: ConsentEndReason;
  ConsentGiver: ConsentGiver;
  ConsentKind: ConsentKind;
  CreatePartnershipInput: CreatePartnershipInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  ErasureReceipt: ResolverTypeWrapper<ErasureReceipt>;
  FieldSet: ResolverTypeWrapper<Scalars['FieldSet']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Organisation: ResolverTypeWrapper<OrganisationEntity>;
  OrganisationConnection: ResolverTypeWrapper<Connection<OrganisationEntity>>;
  OrganisationEdge: ResolverTypeWrapper<Omit<OrganisationEdge, 'node'> & { node: ResolversTypes['Organisation'] }>;
  OrganisationKind: OrganisationKind;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  ParticipationContext: ParticipationContext;
  ParticipationRole: ParticipationRole;
  Partnership: ResolverTypeWrapper<PartnershipEntity>;
  PartnershipConnection: ResolverTypeWrapper<Connection<PartnershipEntity>>;
  PartnershipEdge: ResolverTypeWrapper<Omit<PartnershipEdge, 'node'> & { node: ResolversTypes['Partnership'] }>;
  PeopleFilter: PeopleFilter;
  PeopleSubjectAccess: ResolverTypeWrapper<Omit<PeopleSubjectAccess, 'auditEntries' | 'consents' | 'record'> & { auditEntries: Array<ResolversTypes['SubjectAuditEntry']>, consents: Array<ResolversTypes['Consent']>, record: ResolversTypes['SubjectPersonRecord'] }>;
  Person: ResolverTypeWrapper<PersonEntity>;
  PersonConnection: ResolverTypeWrapper<Connection<PersonEntity>>;
  PersonEdge: ResolverTypeWrapper<Omit<PersonEdge, 'node'> & { node: ResolversTypes['Person'] }>;
  PersonKind: PersonKind;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordConsentInput: RecordConsentInput;
  RegisterOrganisationInput: RegisterOrganisationInput;
  RegisterPersonInput: RegisterPersonInput;
  RequestErasureInput: RequestErasureInput;
  SubjectAccessReport: ResolverTypeWrapper<Report>;
  SubjectAuditEntry: ResolverTypeWrapper<SubjectAuditEntryRow>;
  SubjectOrganisationRef: ResolverTypeWrapper<SubjectOrganisationRef>;
  SubjectPersonRecord: ResolverTypeWrapper<PersonEntity>;
  UpdatePersonInput: UpdatePersonInput;
  WithdrawConsentInput: WithdrawConsentInput;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Consent: ConsentEntity;
  ID: Scalars['ID']['output'];
  CreatePartnershipInput: CreatePartnershipInput;
  Int: Scalars['Int']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  ErasureReceipt: ErasureReceipt;
  FieldSet: Scalars['FieldSet']['output'];
  Mutation: Record<PropertyKey, never>;
  Organisation: OrganisationEntity;
  OrganisationConnection: Connection<OrganisationEntity>;
  OrganisationEdge: Omit<OrganisationEdge, 'node'> & { node: ResolversParentTypes['Organisation'] };
  PageInfo: PageInfo;
  Partnership: PartnershipEntity;
  PartnershipConnection: Connection<PartnershipEntity>;
  PartnershipEdge: Omit<PartnershipEdge, 'node'> & { node: ResolversParentTypes['Partnership'] };
  PeopleFilter: PeopleFilter;
  PeopleSubjectAccess: Omit<PeopleSubjectAccess, 'auditEntries' | 'consents' | 'record'> & { auditEntries: Array<ResolversParentTypes['SubjectAuditEntry']>, consents: Array<ResolversParentTypes['Consent']>, record: ResolversParentTypes['SubjectPersonRecord'] };
  Person: PersonEntity;
  PersonConnection: Connection<PersonEntity>;
  PersonEdge: Omit<PersonEdge, 'node'> & { node: ResolversParentTypes['Person'] };
  Query: Record<PropertyKey, never>;
  RecordConsentInput: RecordConsentInput;
  RegisterOrganisationInput: RegisterOrganisationInput;
  RegisterPersonInput: RegisterPersonInput;
  RequestErasureInput: RequestErasureInput;
  SubjectAccessReport: Report;
  SubjectAuditEntry: SubjectAuditEntryRow;
  SubjectOrganisationRef: SubjectOrganisationRef;
  SubjectPersonRecord: PersonEntity;
  UpdatePersonInput: UpdatePersonInput;
  WithdrawConsentInput: WithdrawConsentInput;
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

export type ConsentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Consent'] = ResolversParentTypes['Consent']> = {
  current?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  endedBecause?: Resolver<Maybe<ResolversTypes['ConsentEndReason']>, ParentType, ContextType>;
  expiresOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  givenBy?: Resolver<ResolversTypes['ConsentGiver'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ConsentKind'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  withdrawnAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type ErasureReceiptResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ErasureReceipt'] = ResolversParentTypes['ErasureReceipt']> = {
  erasedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  personId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export interface FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['FieldSet'], any> {
  name: 'FieldSet';
}

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createPartnership?: Resolver<ResolversTypes['Partnership'], ParentType, ContextType, RequireFields<MutationCreatePartnershipArgs, 'input'>>;
  recordConsent?: Resolver<ResolversTypes['Consent'], ParentType, ContextType, RequireFields<MutationRecordConsentArgs, 'input'>>;
  registerOrganisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType, RequireFields<MutationRegisterOrganisationArgs, 'input'>>;
  registerPerson?: Resolver<ResolversTypes['Person'], ParentType, ContextType, RequireFields<MutationRegisterPersonArgs, 'input'>>;
  requestErasure?: Resolver<ResolversTypes['ErasureReceipt'], ParentType, ContextType, RequireFields<MutationRequestErasureArgs, 'input'>>;
  updatePerson?: Resolver<ResolversTypes['Person'], ParentType, ContextType, RequireFields<MutationUpdatePersonArgs, 'input'>>;
  withdrawConsent?: Resolver<ResolversTypes['Consent'], ParentType, ContextType, RequireFields<MutationWithdrawConsentArgs, 'input'>>;
};

export type OrganisationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation'], FederationReferenceType extends FederationReferenceTypes['Organisation'] = FederationReferenceTypes['Organisation']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organisation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrganisationKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partnership?: Resolver<ResolversTypes['Partnership'], ParentType, ContextType>;
};

export type OrganisationConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationConnection'] = ResolversParentTypes['OrganisationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrganisationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganisationEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationEdge'] = ResolversParentTypes['OrganisationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PartnershipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Partnership'] = ResolversParentTypes['Partnership'], FederationReferenceType extends FederationReferenceTypes['Partnership'] = FederationReferenceTypes['Partnership']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Partnership']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisations?: Resolver<ResolversTypes['OrganisationConnection'], ParentType, ContextType, RequireFields<PartnershipOrganisationsArgs, 'first'>>;
  suppressionThreshold?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PartnershipConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PartnershipConnection'] = ResolversParentTypes['PartnershipConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PartnershipEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PartnershipEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PartnershipEdge'] = ResolversParentTypes['PartnershipEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Partnership'], ParentType, ContextType>;
};

export type PeopleSubjectAccessResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PeopleSubjectAccess'] = ResolversParentTypes['PeopleSubjectAccess']> = {
  auditEntries?: Resolver<Array<ResolversTypes['SubjectAuditEntry']>, ParentType, ContextType>;
  consents?: Resolver<Array<ResolversTypes['Consent']>, ParentType, ContextType>;
  lastActivityAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  organisations?: Resolver<Array<ResolversTypes['SubjectOrganisationRef']>, ParentType, ContextType>;
  partnership?: Resolver<ResolversTypes['SubjectOrganisationRef'], ParentType, ContextType>;
  publishedAgeBand?: Resolver<ResolversTypes['AgeBand'], ParentType, ContextType>;
  record?: Resolver<ResolversTypes['SubjectPersonRecord'], ParentType, ContextType>;
};

export type PersonResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  ageBand?: Resolver<ResolversTypes['AgeBand'], ParentType, ContextType>;
  canParticipate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  cohorts?: Resolver<Maybe<Array<ResolversTypes['Cohort']>>, ParentType, ContextType>;
  consents?: Resolver<Array<ResolversTypes['Consent']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  dateOfBirth?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ethnicity?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  familyName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  givenName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PersonKind'], ParentType, ContextType>;
  organisations?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  participationRoles?: Resolver<Array<ResolversTypes['ParticipationRole']>, ParentType, ContextType>;
  partnership?: Resolver<ResolversTypes['Partnership'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type PersonConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonConnection'] = ResolversParentTypes['PersonConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PersonEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PersonEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonEdge'] = ResolversParentTypes['PersonEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  me?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType, RequireFields<QueryOrganisationArgs, 'id'>>;
  partnership?: Resolver<Maybe<ResolversTypes['Partnership']>, ParentType, ContextType, RequireFields<QueryPartnershipArgs, 'id'>>;
  partnerships?: Resolver<ResolversTypes['PartnershipConnection'], ParentType, ContextType, RequireFields<QueryPartnershipsArgs, 'first'>>;
  people?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, RequireFields<QueryPeopleArgs, 'first'>>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'id'>>;
  subjectAccessReport?: Resolver<ResolversTypes['SubjectAccessReport'], ParentType, ContextType, RequireFields<QuerySubjectAccessReportArgs, 'personId'>>;
};

export type SubjectAccessReportResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SubjectAccessReport'] = ResolversParentTypes['SubjectAccessReport'], FederationReferenceType extends FederationReferenceTypes['SubjectAccessReport'] = FederationReferenceTypes['SubjectAccessReport']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SubjectAccessReport']> | FederationReferenceType, FederationReferenceType, ContextType>;
  generatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  people?: Resolver<ResolversTypes['PeopleSubjectAccess'], ParentType, ContextType>;
  personId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  requestedByThemself?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
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

export type SubjectOrganisationRefResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SubjectOrganisationRef'] = ResolversParentTypes['SubjectOrganisationRef']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SubjectPersonRecordResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SubjectPersonRecord'] = ResolversParentTypes['SubjectPersonRecord']> = {
  cohorts?: Resolver<Array<ResolversTypes['Cohort']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  dateOfBirth?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ethnicity?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  familyName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  givenName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PersonKind'], ParentType, ContextType>;
  participationRoles?: Resolver<Array<ResolversTypes['ParticipationRole']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = RequestContext> = {
  Consent?: ConsentResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  ErasureReceipt?: ErasureReceiptResolvers<ContextType>;
  FieldSet?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  OrganisationConnection?: OrganisationConnectionResolvers<ContextType>;
  OrganisationEdge?: OrganisationEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Partnership?: PartnershipResolvers<ContextType>;
  PartnershipConnection?: PartnershipConnectionResolvers<ContextType>;
  PartnershipEdge?: PartnershipEdgeResolvers<ContextType>;
  PeopleSubjectAccess?: PeopleSubjectAccessResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonConnection?: PersonConnectionResolvers<ContextType>;
  PersonEdge?: PersonEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SubjectAccessReport?: SubjectAccessReportResolvers<ContextType>;
  SubjectAuditEntry?: SubjectAuditEntryResolvers<ContextType>;
  SubjectOrganisationRef?: SubjectOrganisationRefResolvers<ContextType>;
  SubjectPersonRecord?: SubjectPersonRecordResolvers<ContextType>;
  link__Import?: GraphQLScalarType;
};

export type DirectiveResolvers<ContextType = RequestContext> = {
  link?: LinkDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
};
