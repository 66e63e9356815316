import { Actor } from '@voicegraph/platform';
import {
  canManage,
  canReadContribution,
  canSeeAuthor,
  canSeeConsultation,
  ConsultationScope,
  isMeantFor,
} from '../../src/domain/access';
import { hasCurrentConsent } from '../../src/domain/consent';

const P = '11111111-1111-4111-8111-111111111111';
const LEAD = '22222222-2222-4222-8222-222222222222';
const PARTNER = '33333333-3333-4333-8333-333333333333';
const OTHER = '44444444-4444-4444-8444-444444444444';
const YP = '55555555-5555-4555-8555-555555555555';

const consultation = (over: Partial<ConsultationScope> = {}): ConsultationScope => ({
  partnershipId: P,
  leadOrganisationId: LEAD,
  partnerOrganisationIds: [PARTNER],
  status: 'OPEN',
  targetCohorts: [],
  targetAgeBands: [],
  ...over,
});
const actor = (
  roles: Actor['roles'],
  orgs: string[] = [],
  personId = '66666666-6666-4666-8666-666666666666',
  partnershipId: string | null = P,
): Actor => ({ personId, roles, partnershipId, organisationIds: orgs });
const nobody = { cohorts: [], ageBand: 'UNKNOWN' as const };

describe('who manages a consultation', () => {
  it('staff of the lead or a partner organisation, in its partnership', () => {
    expect(canManage(actor(['PRACTITIONER'], [LEAD]), consultation())).toBe(true);
    expect(canManage(actor(['PARTICIPATION_LEAD'], [PARTNER]), consultation())).toBe(true);
    expect(canManage(actor(['PARTNERSHIP_ADMIN'], [OTHER]), consultation())).toBe(false);
    expect(canManage(actor(['ANALYST'], [LEAD]), consultation())).toBe(false);
    expect(canManage(actor(['PRACTITIONER'], [LEAD], undefined, OTHER), consultation())).toBe(false);
  });
});

describe('who sees a consultation', () => {
  it("staff and analysts of the partnership see all but other people's drafts", () => {
    expect(canSeeConsultation(actor(['PRACTITIONER'], [OTHER]), consultation(), nobody, false)).toBe(true);
    expect(canSeeConsultation(actor(['ANALYST']), consultation({ status: 'CLOSED' }), nobody, false)).toBe(true);
    expect(canSeeConsultation(actor(['PRACTITIONER'], [OTHER]), consultation({ status: 'DRAFT' }), nobody, false)).toBe(
      false,
    );
    expect(canSeeConsultation(actor(['PRACTITIONER'], [LEAD]), consultation({ status: 'DRAFT' }), nobody, false)).toBe(
      true,
    );
    expect(
      canSeeConsultation(actor(['PARTNERSHIP_ADMIN'], [LEAD], undefined, OTHER), consultation(), nobody, false),
    ).toBe(false);
  });

  it('young people see open ones meant for them, and any they took part in', () => {
    const yp = actor(['YOUNG_PERSON'], [], YP);
    expect(canSeeConsultation(yp, consultation(), nobody, false)).toBe(true);
    expect(canSeeConsultation(yp, consultation({ targetCohorts: ['CHILD_IN_CARE'] }), nobody, false)).toBe(false);
    expect(
      canSeeConsultation(
        yp,
        consultation({ targetCohorts: ['CHILD_IN_CARE'] }),
        { cohorts: ['CHILD_IN_CARE'], ageBand: 'AGE_11_TO_15' },
        false,
      ),
    ).toBe(true);
    expect(canSeeConsultation(yp, consultation({ status: 'CLOSED' }), nobody, false)).toBe(false);
    expect(canSeeConsultation(yp, consultation({ status: 'CLOSED' }), nobody, true)).toBe(true);
    expect(canSeeConsultation(yp, consultation({ status: 'DRAFT' }), nobody, false)).toBe(false);
  });

  it('targeting needs both cohort and age band to match when both are given', () => {
    const c = { targetCohorts: ['SEND' as const], targetAgeBands: ['AGE_16_TO_18' as const] };
    expect(isMeantFor(c, { cohorts: ['SEND'], ageBand: 'AGE_16_TO_18' })).toBe(true);
    expect(isMeantFor(c, { cohorts: ['SEND'], ageBand: 'AGE_11_TO_15' })).toBe(false);
    expect(isMeantFor(c, { cohorts: [], ageBand: 'AGE_16_TO_18' })).toBe(false);
  });
});

describe('who reads a contribution and sees its author', () => {
  const mine = { personId: YP, anonymous: false };
  const anonymous = { personId: YP, anonymous: true };
  const staff = actor(['PARTICIPATION_LEAD'], [LEAD]);

  it('the author and managing staff read it; analysts and other staff do not', () => {
    expect(canReadContribution(actor(['YOUNG_PERSON'], [], YP), mine, consultation())).toBe(true);
    expect(canReadContribution(staff, anonymous, consultation())).toBe(true);
    expect(canReadContribution(actor(['ANALYST'], [LEAD]), mine, consultation())).toBe(false);
    expect(canReadContribution(actor(['PRACTITIONER'], [OTHER]), mine, consultation())).toBe(false);
    expect(canReadContribution(actor(['YOUNG_PERSON']), mine, consultation())).toBe(false);
  });

  it('an anonymous author is visible to nobody but themself; an erased one to nobody', () => {
    expect(canSeeAuthor(staff, mine, consultation())).toBe(true);
    expect(canSeeAuthor(staff, anonymous, consultation())).toBe(false);
    expect(canSeeAuthor(actor(['YOUNG_PERSON'], [], YP), anonymous, consultation())).toBe(true);
    expect(canSeeAuthor(staff, { personId: null, anonymous: false }, consultation())).toBe(false);
  });
});

describe('participation consent', () => {
  it('counts until its expiry date', () => {
    const today = new Date('2026-03-01T12:00:00Z');
    expect(hasCurrentConsent([], today)).toBe(false);
    expect(hasCurrentConsent([{ expiresOn: null }], today)).toBe(true);
    expect(hasCurrentConsent([{ expiresOn: '2026-03-01' }], today)).toBe(false);
    expect(hasCurrentConsent([{ expiresOn: '2026-03-02' }], today)).toBe(true);
  });
});
