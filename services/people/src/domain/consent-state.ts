import { calendarDate } from '@voicegraph/platform';
/** A consent counts while it is neither withdrawn nor past its expiry date. */
export function isCurrentConsent(
  consent: { withdrawnAt: Date | null; expiresOn: string | null },
  today = new Date(),
): boolean {
  if (consent.withdrawnAt) return false;
  return !consent.expiresOn || consent.expiresOn > calendarDate(today);
}
