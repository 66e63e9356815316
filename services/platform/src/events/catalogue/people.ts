import { defineEvent } from '../envelope';

/**
 * Events published by the people subgraph. Payloads carry ids, age band and cohorts (which
 * consultations needs for reach analytics) — never names, dates of birth, contact or ethnicity.
 */
export type Cohort =
  'CHILD_IN_CARE' | 'CARE_LEAVER' | 'SEND' | 'CHILD_IN_NEED' | 'CHILD_PROTECTION' | 'YOUNG_CARER' | 'YOUTH_JUSTICE';
export type AgeBand =
  'UNDER_8' | 'AGE_8_TO_10' | 'AGE_11_TO_15' | 'AGE_16_TO_18' | 'AGE_19_TO_25' | 'OVER_25' | 'UNKNOWN';
export type PersonKind = 'YOUNG_PERSON' | 'STAFF' | 'PARENT_OR_CARER';
export type ConsentKind = 'PARTICIPATION' | 'CONTACT' | 'MEDIA';
export type ConsentGiver = 'SELF' | 'PARENT_OR_CARER';
/** Why a consent stopped being current: withdrawn, or a corrected date of birth showed it was not theirs to give. */
export type ConsentEndReason = 'WITHDRAWN' | 'DATE_OF_BIRTH_CHANGED';

export interface PartnershipCreated {
  partnershipId: string;
  name: string;
  suppressionThreshold: number;
}
export interface OrganisationRegistered {
  organisationId: string;
  partnershipId: string;
  name: string;
  kind: string;
}
export interface PersonSnapshot {
  personId: string;
  partnershipId: string;
  kind: PersonKind;
  organisationIds: string[];
  ageBand: AgeBand;
  cohorts: Cohort[];
}
export type PersonRegistered = PersonSnapshot;
export interface PersonProfileChanged extends PersonSnapshot {
  changedFields: string[];
}
export interface ConsentRecorded {
  consentId: string;
  personId: string;
  partnershipId: string;
  kind: ConsentKind;
  givenBy: ConsentGiver;
  expiresOn: string | null;
}
export interface ConsentWithdrawn {
  consentId: string;
  personId: string;
  partnershipId: string;
  kind: ConsentKind;
  /**
   * The instant of withdrawal (people's database clock). Consumers remove anything the person
   * contributed at or after it. Absent only in events written before it was added: use the
   * envelope's `time`, which is never earlier.
   */
  withdrawnAt?: string;
  /** Why it ended (absent in older events: WITHDRAWN). */
  reason?: ConsentEndReason;
}
export interface PersonErased {
  personId: string;
  partnershipId: string;
}

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
