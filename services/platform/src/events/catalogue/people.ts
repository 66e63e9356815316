import type {
  ConsentRecordedV1,
  ConsentWithdrawnV1,
  OrganisationRegisteredV1,
  PartnershipCreatedV1,
  PersonErasedV1,
  PersonProfileChangedV1,
  PersonRegisteredV1,
} from '@voicegraph/events';
import { everyMember } from '../../types/every-member';
import { defineEvent } from '../envelope';

/**
 * Events published by the people subgraph. Payloads carry ids, age band and cohorts (which
 * consultations needs for reach analytics) — never names, dates of birth, contact or ethnicity.
 */
/** A cohort and an age band as the event schema spells them (generated), not written again here. */
export type Cohort = PersonRegisteredV1['cohorts'][number];
export type AgeBand = PersonRegisteredV1['ageBand'];
/**
 * Every cohort (the event schema's, checked by the compiler), in a fixed order: consultations
 * keeps a person's cohorts as bits in this order (reach_month), so a new cohort goes at the end.
 */
export const COHORTS = everyMember<Cohort>()([
  'CHILD_IN_CARE',
  'CARE_LEAVER',
  'SEND',
  'CHILD_IN_NEED',
  'CHILD_PROTECTION',
  'YOUNG_CARER',
  'YOUTH_JUSTICE',
]);
/** Every age band (the event schema's, checked by the compiler), youngest first. */
export const AGE_BANDS = everyMember<AgeBand>()([
  'UNDER_8',
  'AGE_8_TO_10',
  'AGE_11_TO_15',
  'AGE_16_TO_18',
  'AGE_19_TO_25',
  'OVER_25',
  'UNKNOWN',
]);
// The words the event schemas spell (the generated payload types), not written again here.
export type PersonKind = PersonRegisteredV1['kind'];
export type ConsentKind = ConsentRecordedV1['kind'];
export type ConsentGiver = ConsentRecordedV1['givenBy'];
/** Why a consent stopped being current: withdrawn, or a corrected date of birth showed it was not theirs to give. */
export type ConsentEndReason = NonNullable<ConsentWithdrawnV1['reason']>;

/** Payload types: generated from schema/events into @voicegraph/events, the one source of truth. */
export type PartnershipCreated = PartnershipCreatedV1;
export type OrganisationRegistered = OrganisationRegisteredV1;
export type PersonProfileChanged = PersonProfileChangedV1;
export type ConsentRecorded = ConsentRecordedV1;
export type ConsentWithdrawn = ConsentWithdrawnV1;
export type PersonErased = PersonErasedV1;
export type PersonRegistered = PersonRegisteredV1;

/** What people publishes about a person (PersonRegistered; PersonProfileChanged adds changedFields). */
export type PersonSnapshot = Omit<PersonRegisteredV1, never>;

export const PeopleEvents = {
  PartnershipCreated: defineEvent<PartnershipCreated>('people', 'PartnershipCreated', 'partnership'),
  OrganisationRegistered: defineEvent<OrganisationRegistered>('people', 'OrganisationRegistered', 'organisation'),
  PersonRegistered: defineEvent<PersonRegistered>('people', 'PersonRegistered', 'person'),
  PersonProfileChanged: defineEvent<PersonProfileChanged>('people', 'PersonProfileChanged', 'person'),
  // Consent and erasure events are keyed by the person, on the person topic, so they stay in order.
  ConsentRecorded: defineEvent<ConsentRecorded>('people', 'ConsentRecorded', 'person'),
  ConsentWithdrawn: defineEvent<ConsentWithdrawn>('people', 'ConsentWithdrawn', 'person'),
  PersonErased: defineEvent<PersonErased>('people', 'PersonErased', 'person'),
} as const;
