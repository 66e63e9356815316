import { Actor } from '@voicegraph/platform';
import { canGovern, canRunForum, isForumStaff, seesForumBusiness } from '../../src/domain/access';
import { checkCalendarRange, checkMeetingTiming } from '../../src/domain/meeting-rules';
import { periodsOverlap, seatIsCurrent, seatNotEnded } from '../../src/domain/seat-rules';

const P = '11111111-1111-4111-8111-111111111111';
const ORG_A = '22222222-2222-4222-8222-222222222222';
const ORG_B = '33333333-3333-4333-8333-333333333333';
const actor = (roles: Actor['roles'], orgs: string[] = [], partnershipId: string | null = P): Actor => ({
  personId: '44444444-4444-4444-8444-444444444444',
  roles,
  partnershipId,
  organisationIds: orgs,
});
const orgForum = { partnershipId: P, organisationId: ORG_A };
const partnershipForum = { partnershipId: P, organisationId: null };

describe('forum access', () => {
  it('staff of the owning organisation and admins see its business; other staff do not', () => {
    expect(seesForumBusiness(actor(['PRACTITIONER'], [ORG_A]), orgForum, false)).toBe(true);
    expect(seesForumBusiness(actor(['PARTNERSHIP_ADMIN']), orgForum, false)).toBe(true);
    expect(seesForumBusiness(actor(['PARTICIPATION_LEAD'], [ORG_B]), orgForum, false)).toBe(false);
  });

  it('members see the business whatever their role; non-member young people and analysts do not', () => {
    expect(seesForumBusiness(actor(['YOUNG_PERSON'], [ORG_B]), orgForum, true)).toBe(true);
    expect(seesForumBusiness(actor(['YOUNG_PERSON'], [ORG_A]), orgForum, false)).toBe(false);
    expect(seesForumBusiness(actor(['ANALYST']), partnershipForum, false)).toBe(false);
  });

  it('a partnership-owned forum is the business of every partner staff member', () => {
    expect(isForumStaff(actor(['PRACTITIONER'], [ORG_B]), partnershipForum)).toBe(true);
  });

  it('nobody from another partnership sees anything, member flag or not', () => {
    const stranger = actor(['PARTNERSHIP_ADMIN'], [ORG_A], '55555555-5555-4555-8555-555555555555');
    expect(seesForumBusiness(stranger, orgForum, true)).toBe(false);
    expect(seesForumBusiness(null, orgForum, true)).toBe(false);
  });

  it('only leads (for their organisations or the partnership) and admins govern', () => {
    expect(canGovern(actor(['PARTICIPATION_LEAD'], [ORG_A]), P, ORG_A)).toBe(true);
    expect(canGovern(actor(['PARTICIPATION_LEAD'], [ORG_A]), P, null)).toBe(true);
    expect(canGovern(actor(['PARTICIPATION_LEAD'], [ORG_A]), P, ORG_B)).toBe(false);
    expect(canGovern(actor(['PARTNERSHIP_ADMIN']), P, ORG_B)).toBe(true);
    expect(canGovern(actor(['PRACTITIONER'], [ORG_A]), P, ORG_A)).toBe(false);
  });

  it('the chair (even a young person) runs the forum alongside its staff', () => {
    expect(canRunForum(actor(['YOUNG_PERSON']), orgForum, true)).toBe(true);
    expect(canRunForum(actor(['YOUNG_PERSON']), orgForum, false)).toBe(false);
    expect(canRunForum(actor(['PRACTITIONER'], [ORG_A]), orgForum, false)).toBe(true);
  });
});

describe('seat rules', () => {
  it('a seat is current from its first to its last day', () => {
    const seat = { startsOn: '2026-01-01', endsOn: '2026-12-31' };
    expect(seatIsCurrent(seat, '2025-12-31')).toBe(false);
    expect(seatIsCurrent(seat, '2026-01-01')).toBe(true);
    expect(seatIsCurrent(seat, '2026-12-31')).toBe(true);
    expect(seatIsCurrent(seat, '2027-01-01')).toBe(false);
    expect(seatNotEnded(seat, '2025-06-01')).toBe(true);
    expect(seatNotEnded({ endsOn: null }, '2099-01-01')).toBe(true);
  });

  it('overlap treats a missing end as open-ended', () => {
    expect(periodsOverlap({ startsOn: '2026-01-01', endsOn: null }, { startsOn: '2030-01-01', endsOn: null })).toBe(
      true,
    );
    expect(
      periodsOverlap({ startsOn: '2026-01-01', endsOn: '2026-06-30' }, { startsOn: '2026-07-01', endsOn: null }),
    ).toBe(false);
    expect(
      periodsOverlap({ startsOn: '2026-01-01', endsOn: '2026-06-30' }, { startsOn: '2026-06-30', endsOn: null }),
    ).toBe(true);
  });
});

describe('meeting rules', () => {
  const now = new Date('2026-03-01T12:00:00Z');
  const past = new Date('2026-02-01T18:00:00Z');
  const future = new Date('2026-04-01T18:00:00Z');

  it('a meeting in the past cannot be SCHEDULED, nor a future one HELD', () => {
    expect(() => checkMeetingTiming('SCHEDULED', past, null, now)).toThrow(/in the past/);
    expect(() => checkMeetingTiming('HELD', future, null, now)).toThrow(/not happened yet/);
    expect(() => checkMeetingTiming('SCHEDULED', future, null, now)).not.toThrow();
    expect(() => checkMeetingTiming('HELD', past, null, now)).not.toThrow();
    expect(() => checkMeetingTiming('CANCELLED', past, null, now)).not.toThrow();
  });

  it('a meeting ends after it starts', () => {
    expect(() => checkMeetingTiming('SCHEDULED', future, future, now)).toThrow(/endsAt must be after/);
  });

  it('a calendar is a forward range of at most about a year', () => {
    expect(() => checkCalendarRange(future, past)).toThrow(/must be after/);
    expect(() => checkCalendarRange(new Date('2026-01-01T00:00:00Z'), new Date('2027-06-01T00:00:00Z'))).toThrow(
      /at most 400 days/,
    );
    expect(() => checkCalendarRange(new Date('2026-01-01T00:00:00Z'), new Date('2027-01-01T00:00:00Z'))).not.toThrow();
  });
});
