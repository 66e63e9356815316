import { Actor, ConfigError } from '@voicegraph/platform';
import { canManageFeedback, canSeeObligation, canSeeOutcome, canSeeVoiceCheckComment } from '../../src/domain/access';
import { dueOnFor, isOnTime, isPastDue, obligationStatus } from '../../src/domain/deadline';
import { validateFeedback } from '../../src/domain/feedback-rules';
import { historyStep, validateOutcome } from '../../src/domain/outcome-rules';
import { readFeedbackSettings } from '../../src/domain/settings';
import { feedbackServiceFor } from '../../src/service';
import { validateVoiceCheck } from '../../src/domain/voice-check-rules';

const P = 'a0000000-0000-4000-8000-000000000001';
const LEAD = 'b0000000-0000-4000-8000-000000000001';
const PARTNER = 'b0000000-0000-4000-8000-000000000002';
const OTHER = 'b0000000-0000-4000-8000-000000000003';
const SAM = 'c0000000-0000-4000-8000-000000000001';
const consultation = { partnershipId: P, leadOrganisationId: LEAD, partnerOrganisationIds: [PARTNER] };
const actor = (
  roles: Actor['roles'],
  orgs: string[] = [LEAD],
  personId = 'd0000000-0000-4000-8000-000000000001',
  partnershipId: string | null = P,
): Actor => ({ personId, roles, partnershipId, organisationIds: orgs });

describe('feedback deadlines', () => {
  it('is due 28 days (or the configured number) after the day the consultation closed', () => {
    expect(dueOnFor(new Date('2026-03-01T18:30:00Z'), 28)).toBe('2026-03-29');
    expect(dueOnFor(new Date('2026-12-20T23:59:59Z'), 14)).toBe('2027-01-03');
    expect(dueOnFor(new Date('2028-02-01T00:00:00Z'), 29)).toBe('2028-03-01');
  });
  it('counts feedback sent on the due day as on time, the day after as late', () => {
    expect(isOnTime(new Date('2026-03-29T23:59:00Z'), '2026-03-29')).toBe(true);
    expect(isOnTime(new Date('2026-03-30T00:00:01Z'), '2026-03-29')).toBe(false);
  });
  it('is past due only from the day after the due day', () => {
    expect(isPastDue('2026-03-29', new Date('2026-03-29T22:00:00Z'))).toBe(false);
    expect(isPastDue('2026-03-29', new Date('2026-03-30T00:00:00Z'))).toBe(true);
  });
  it('shows an open obligation past due as overdue before the sweep marks it; met stays met', () => {
    const later = new Date('2026-04-02T09:00:00Z');
    expect(obligationStatus({ status: 'OPEN', dueOn: '2026-03-29' }, later)).toBe('OVERDUE');
    expect(obligationStatus({ status: 'OPEN', dueOn: '2026-04-29' }, later)).toBe('OPEN');
    expect(obligationStatus({ status: 'MET', dueOn: '2026-03-29' }, later)).toBe('MET');
  });
});

describe('FEEDBACK_DUE_DAYS', () => {
  it('defaults to 28 and accepts 1 to 365', () => {
    expect(readFeedbackSettings({}).dueDays).toBe(28);
    expect(readFeedbackSettings({ FEEDBACK_DUE_DAYS: '1' }).dueDays).toBe(1);
    expect(readFeedbackSettings({ FEEDBACK_DUE_DAYS: '365' }).dueDays).toBe(365);
  });
  it('the service refuses to be built with an invalid value', () => {
    expect(() => feedbackServiceFor({ FEEDBACK_DUE_DAYS: '0' })).toThrow(ConfigError);
    expect(feedbackServiceFor({ FEEDBACK_DUE_DAYS: '14' }).jobs!.map((j) => j.name)).toEqual([
      'feedback-overdue-sweep',
    ]);
  });
  it.each(['0', '366', 'ten', '14.5'])('refuses %s, naming the variable', (value) => {
    expect(() => readFeedbackSettings({ FEEDBACK_DUE_DAYS: value })).toThrow(ConfigError);
    expect(() => readFeedbackSettings({ FEEDBACK_DUE_DAYS: value })).toThrow(
      /FEEDBACK_DUE_DAYS must be a whole number from 1 to 365/,
    );
  });
});

describe('outcome rules', () => {
  const base = { youSaid: 'More youth workers after school', weDid: 'We kept funding the same' };
  it('needs a reason and a boundary when not accepted', () => {
    expect(() => validateOutcome({ ...base, status: 'NOT_ACCEPTED', boundary: 'FINANCIAL' })).toThrow(/reason/);
    expect(() =>
      validateOutcome({ ...base, status: 'NOT_ACCEPTED', reason: 'The budget is fixed until 2027' }),
    ).toThrow(/boundary/);
    expect(
      validateOutcome({
        ...base,
        status: 'NOT_ACCEPTED',
        reason: ' The budget is fixed until 2027 ',
        boundary: 'FINANCIAL',
      }),
    ).toEqual({
      ...base,
      status: 'NOT_ACCEPTED',
      reason: 'The budget is fixed until 2027',
      boundary: 'FINANCIAL',
      published: false,
    });
  });
  it('refuses a boundary without a reason, and empty or overlong text', () => {
    expect(() => validateOutcome({ ...base, status: 'PARTLY_ACCEPTED', boundary: 'LEGAL' })).toThrow(
      /boundary needs a reason/,
    );
    expect(() => validateOutcome({ ...base, status: 'ACCEPTED', weDid: '  ' })).toThrow(/weDid must not be empty/);
    expect(() => validateOutcome({ ...base, status: 'ACCEPTED', youSaid: 'x'.repeat(1001) })).toThrow(/at most 1000/);
  });
  it('an accepted outcome needs no reason', () => {
    expect(validateOutcome({ ...base, status: 'ACCEPTED', published: true })).toMatchObject({
      status: 'ACCEPTED',
      reason: null,
      boundary: null,
      published: true,
    });
  });
});

describe('feedback and voice-check input', () => {
  const now = new Date('2026-03-10T12:00:00Z');
  it('refuses feedback sent in the future, empty text, and outcome ids that are not UUIDs', () => {
    const input = { consultationId: LEAD, text: 'You said, we did' };
    expect(() => validateFeedback({ ...input, sentAt: new Date('2026-03-11T12:00:00Z') }, now)).toThrow(
      /sentAt must not be in the future/,
    );
    expect(() => validateFeedback({ ...input, text: '' }, now)).toThrow(/text must not be empty/);
    expect(() => validateFeedback({ ...input, outcomeIds: ['nope'] }, now)).toThrow(/outcomeIds must be a UUID/);
    expect(validateFeedback({ ...input, outcomeIds: [SAM, SAM] }, now)).toEqual({
      ...input,
      outcomeIds: [SAM],
      sentAt: now,
    });
  });
  it('feltHeard is a whole number from 1 to 5', () => {
    const input = {
      consultationId: LEAD,
      space: 'YES',
      voice: 'YES',
      audience: 'PARTLY',
      influence: 'NOT_SURE',
    } as const;
    for (const feltHeard of [0, 6, 2.5])
      expect(() => validateVoiceCheck({ ...input, feltHeard })).toThrow(/feltHeard must be a whole number from 1/);
    expect(validateVoiceCheck({ ...input, feltHeard: 5, comment: '  ' })).toEqual({
      ...input,
      feltHeard: 5,
      comment: null,
    });
  });
});

describe('who may act on and see feedback', () => {
  it('staff of the lead or a partner organisation, and partnership admins, manage it', () => {
    expect(canManageFeedback(actor(['PRACTITIONER']), consultation)).toBe(true);
    expect(canManageFeedback(actor(['PARTICIPATION_LEAD'], [PARTNER]), consultation)).toBe(true);
    expect(canManageFeedback(actor(['PARTNERSHIP_ADMIN'], []), consultation)).toBe(true);
    expect(canManageFeedback(actor(['PRACTITIONER'], [OTHER]), consultation)).toBe(false);
    expect(
      canManageFeedback(
        actor(['PRACTITIONER'], [LEAD], undefined, 'e0000000-0000-4000-8000-000000000001'),
        consultation,
      ),
    ).toBe(false);
    expect(canManageFeedback(actor(['YOUNG_PERSON']), consultation)).toBe(false);
    expect(canManageFeedback(actor(['ANALYST']), consultation)).toBe(false);
  });
  it('published outcomes are public; unpublished ones for staff, analysts and those who took part', () => {
    expect(canSeeOutcome(null, { published: true }, null, false)).toBe(true);
    expect(canSeeOutcome(null, { published: false }, consultation, false)).toBe(false);
    expect(canSeeOutcome(actor(['ANALYST'], []), { published: false }, consultation, false)).toBe(true);
    expect(canSeeOutcome(actor(['YOUNG_PERSON'], [], SAM), { published: false }, consultation, true)).toBe(true);
    expect(canSeeOutcome(actor(['YOUNG_PERSON'], [], SAM), { published: false }, consultation, false)).toBe(false);
    expect(canSeeOutcome(actor(['PRACTITIONER'], [OTHER]), { published: false }, consultation, false)).toBe(false);
  });
  it('obligations: staff, analysts and participants', () => {
    expect(canSeeObligation(actor(['YOUNG_PERSON'], [], SAM), consultation, true)).toBe(true);
    expect(canSeeObligation(actor(['YOUNG_PERSON'], [], SAM), consultation, false)).toBe(false);
    expect(canSeeObligation(null, consultation, false)).toBe(false);
  });
  it("voice-check comments: the author and the consultation's staff, never an analyst", () => {
    const check = { personId: SAM };
    expect(canSeeVoiceCheckComment(actor(['YOUNG_PERSON'], [], SAM), check, consultation)).toBe(true);
    expect(canSeeVoiceCheckComment(actor(['PARTICIPATION_LEAD']), check, consultation)).toBe(true);
    expect(canSeeVoiceCheckComment(actor(['PARTICIPATION_LEAD'], [OTHER]), check, consultation)).toBe(false);
    expect(canSeeVoiceCheckComment(actor(['ANALYST']), check, consultation)).toBe(false);
    expect(canSeeVoiceCheckComment(actor(['ANALYST', 'PARTICIPATION_LEAD']), check, consultation)).toBe(false);
    expect(canSeeVoiceCheckComment(actor(['YOUNG_PERSON'], [], SAM), { personId: null }, consultation)).toBe(false);
  });
});

describe('outcome history', () => {
  it('an outcome gains a history step when first recorded, with no previous status', () => {
    expect(historyStep(null, 'RECEIVED')).toEqual({ previousStatus: null, status: 'RECEIVED' });
  });
  it('an outcome gains a history step when its status changes, from the old status to the new', () => {
    expect(historyStep('UNDER_CONSIDERATION', 'ACCEPTED')).toEqual({
      previousStatus: 'UNDER_CONSIDERATION',
      status: 'ACCEPTED',
    });
  });
  it('re-recording an outcome with the same status (new words only) adds no step', () => {
    expect(historyStep('ACCEPTED', 'ACCEPTED')).toBeNull();
  });
});
