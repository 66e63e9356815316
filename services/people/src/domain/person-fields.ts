import { badUserInput, calendarDate, Cohort, optionalText, requireEmail, requireText } from '@voicegraph/platform';
import { ageOn } from './age';

/** The profile fields a person record carries, already validated. */
export interface PersonFields {
  displayName?: string;
  givenName?: string | null;
  familyName?: string | null;
  dateOfBirth?: string | null;
  email?: string | null;
  phone?: string | null;
  cohorts?: Cohort[];
  ethnicity?: string | null;
  participationRoles?: string[];
}

export type PersonFieldsInput = { [K in keyof PersonFields]?: PersonFields[K] | null };

/** Validates the fields present in `input`; absent fields stay absent (so updates can be partial). */
export function validatePersonFields(input: PersonFieldsInput, today = new Date()): PersonFields {
  const fields: PersonFields = {};
  if ('displayName' in input) fields.displayName = requireText('displayName', input.displayName, 100);
  if ('givenName' in input) fields.givenName = optionalText('givenName', input.givenName, 100);
  if ('familyName' in input) fields.familyName = optionalText('familyName', input.familyName, 100);
  if ('dateOfBirth' in input) fields.dateOfBirth = validateDateOfBirth(input.dateOfBirth ?? null, today);
  if ('email' in input) fields.email = input.email ? requireEmail('email', input.email) : null;
  if ('phone' in input) fields.phone = input.phone ? validatePhone(input.phone) : null;
  if ('cohorts' in input) fields.cohorts = [...new Set(input.cohorts ?? [])];
  if ('ethnicity' in input) fields.ethnicity = optionalText('ethnicity', input.ethnicity, 100);
  if ('participationRoles' in input) fields.participationRoles = [...new Set(input.participationRoles ?? [])];
  return fields;
}

function validateDateOfBirth(value: string | null, today: Date): string | null {
  if (value === null) return null;
  const age = ageOn(value, today);
  if (age < 0 || value > calendarDate(today))
    throw badUserInput(`dateOfBirth ${value} is in the future.`, 'dateOfBirth');
  if (age > 120)
    throw badUserInput(`dateOfBirth ${value} would make this person ${age}; check the year.`, 'dateOfBirth');
  return value;
}

function validatePhone(value: string): string {
  const phone = value.trim();
  if (!/^\+?[0-9 ()-]{6,20}$/.test(phone))
    throw badUserInput(
      `phone must be 6–20 digits, spaces, brackets or dashes, optionally starting with + (got "${value}").`,
      'phone',
    );
  return phone;
}

/** Which special or restricted fields an input touches (for permission checks). */
export function restrictedFieldsIn(fields: PersonFields): string[] {
  return (['cohorts', 'ethnicity'] as const).filter((key) => key in fields);
}
