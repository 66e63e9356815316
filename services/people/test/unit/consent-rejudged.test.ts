import { selfConsentsInvalidFor } from '../../src/domain/consent-state';

const consent = (over: Partial<Parameters<typeof selfConsentsInvalidFor>[0][number]> = {}) => ({
  kind: 'PARTICIPATION' as const,
  givenBy: 'SELF' as const,
  recordedAt: new Date('2026-03-01T10:00:00Z'),
  withdrawnAt: null,
  expiresOn: null,
  ...over,
});
const today = new Date('2026-06-15T12:00:00Z');

describe('a changed date of birth re-judges SELF participation consents at the age they were given', () => {
  it('ends a SELF consent the person was under 13 to give, with the new date', () => {
    expect(selfConsentsInvalidFor([consent()], '2014-01-01', today)).toHaveLength(1);
  });

  it('keeps a SELF consent the person was 13 or over to give, with the new date', () => {
    expect(selfConsentsInvalidFor([consent()], '2012-01-01', today)).toEqual([]);
  });

  it('judges the age on the day the consent was recorded, not today', () => {
    // 13 on 2026-04-01: under 13 when consenting on 2026-03-01, though 13 today.
    expect(selfConsentsInvalidFor([consent()], '2013-04-01', today)).toHaveLength(1);
  });

  it('ends a SELF consent when the date of birth is cleared (13 or over can no longer be shown)', () => {
    expect(selfConsentsInvalidFor([consent()], null, today)).toHaveLength(1);
  });

  it("never ends a parent's or carer's consent, another kind of consent, or one already ended", () => {
    const others = [
      consent({ givenBy: 'PARENT_OR_CARER' }),
      consent({ kind: 'MEDIA' }),
      consent({ withdrawnAt: new Date('2026-04-01T00:00:00Z') }),
      consent({ expiresOn: '2026-05-01' }),
    ];
    expect(selfConsentsInvalidFor(others, '2020-01-01', today)).toEqual([]);
  });
});
