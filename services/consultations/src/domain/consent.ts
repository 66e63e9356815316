import { calendarDate } from '@voicegraph/platform';
/** A participation consent counts until its expiry date (withdrawn consents are no longer in the projection). */
export function hasCurrentConsent(consents: { expiresOn: string | null }[], today = new Date()): boolean {
  const day = calendarDate(today);
  return consents.some((consent) => !consent.expiresOn || consent.expiresOn > day);
}
