import { calendarDate, ConsentGiver, ConsentKind } from '@voicegraph/platform';
import { needsParentalConsent } from './age';
/** A consent counts while it is neither withdrawn nor past its expiry date. */
export function isCurrentConsent(
  consent: { withdrawnAt: Date | null; expiresOn: string | null },
  today = new Date(),
): boolean {
  if (consent.withdrawnAt) return false;
  return !consent.expiresOn || consent.expiresOn > calendarDate(today);
}

/** The parts of a consent the date-of-birth rule reads. */
export interface ConsentGiven {
  kind: ConsentKind;
  givenBy: ConsentGiver;
  recordedAt: Date;
  withdrawnAt: Date | null;
  expiresOn: string | null;
}

/**
 * Who may give participation consent is decided by the young person's age when it was given
 * (under 13: a parent or carer). A date of birth is only ever a claim, so when it changes, every
 * current SELF participation consent is judged again with the new date at its own recordedAt:
 * those the person could not have given stop being current. Otherwise a child could record an
 * older date, consent for themself and change the date back (issue 13).
 */
export function selfConsentsInvalidFor<T extends ConsentGiven>(
  consents: T[],
  dateOfBirth: string | null,
  today = new Date(),
): T[] {
  return consents.filter(
    (consent) =>
      consent.kind === 'PARTICIPATION' &&
      consent.givenBy === 'SELF' &&
      isCurrentConsent(consent, today) &&
      needsParentalConsent(dateOfBirth, consent.recordedAt),
  );
}
