import { badUserInput } from './errors';

/** Small input checks shared by every subgraph; each throws BAD_USER_INPUT naming the field. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

export function requireText(field: string, value: string | null | undefined, maxLength = 200): string {
  const text = (value ?? '').trim();
  if (!text) throw badUserInput(`${field} must not be empty.`, field);
  if (text.length > maxLength)
    throw badUserInput(`${field} must be at most ${maxLength} characters (got ${text.length}).`, field);
  return text;
}

export function optionalText(field: string, value: string | null | undefined, maxLength = 2000): string | null {
  if (value === null || value === undefined) return null;
  const text = value.trim();
  if (!text) return null;
  if (text.length > maxLength)
    throw badUserInput(`${field} must be at most ${maxLength} characters (got ${text.length}).`, field);
  return text;
}

export function requireUuid(field: string, value: string): string {
  if (!UUID.test(value)) throw badUserInput(`${field} must be a UUID (got "${value}").`, field);
  return value.toLowerCase();
}

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** A calendar date "YYYY-MM-DD" that really exists (rejects 2024-02-30). */
export function requireDate(field: string, value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(+match[1], +match[2] - 1, +match[3])) : null;
  if (!match || !date || date.getUTCMonth() !== +match[2] - 1 || date.getUTCDate() !== +match[3]) {
    throw badUserInput(`${field} must be a date written YYYY-MM-DD (got "${value}").`, field);
  }
  return value;
}

export function requireDateTime(field: string, value: string): Date {
  const date = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(date.getTime())) {
    throw badUserInput(`${field} must be an ISO-8601 date-time such as 2026-03-01T18:00:00Z (got "${value}").`, field);
  }
  return date;
}

export function requireEmail(field: string, value: string): string {
  const email = value.trim();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || email.length > 254) {
    throw badUserInput(`${field} must be an email address (got "${value}").`, field);
  }
  return email.toLowerCase();
}
