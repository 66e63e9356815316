import type { AgeBand } from '@voicegraph/platform';

/** Whole years between a YYYY-MM-DD birth date and `on`. */
export function ageOn(dateOfBirth: string, on: Date = new Date()): number {
  const [year, month, day] = dateOfBirth.split('-').map(Number);
  let age = on.getUTCFullYear() - year;
  const beforeBirthday = on.getUTCMonth() + 1 < month || (on.getUTCMonth() + 1 === month && on.getUTCDate() < day);
  if (beforeBirthday) age -= 1;
  return age;
}

export function ageBandOf(dateOfBirth: string | null, on: Date = new Date()): AgeBand {
  if (!dateOfBirth) return 'UNKNOWN';
  const age = ageOn(dateOfBirth, on);
  if (age < 8) return 'UNDER_8';
  if (age <= 10) return 'AGE_8_TO_10';
  if (age <= 15) return 'AGE_11_TO_15';
  if (age <= 18) return 'AGE_16_TO_18';
  if (age <= 25) return 'AGE_19_TO_25';
  return 'OVER_25';
}

/** Participation consent for under-13s must come from a parent or carer (DESIGN.md). */
export const PARENTAL_CONSENT_AGE = 13;

export function needsParentalConsent(dateOfBirth: string | null, on: Date = new Date()): boolean {
  // With no date of birth we cannot show the child is 13 or over, so we ask for a parent or carer.
  return dateOfBirth === null || ageOn(dateOfBirth, on) < PARENTAL_CONSENT_AGE;
}
