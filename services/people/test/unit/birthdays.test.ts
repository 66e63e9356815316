import type { AgeBand } from '@voicegraph/platform';
import { ageBandOf } from '../../src/domain/age';
import { bandMoves } from '../../src/domain/birthdays';

const day = (iso: string) => new Date(`${iso}T00:30:00Z`);
const person = (dateOfBirth: string | null, publishedAgeBand: AgeBand) => ({ id: 'p', dateOfBirth, publishedAgeBand });

describe('birthdays move people to their next age band', () => {
  it.each([
    ['2018-04-10', 'UNDER_8', 'AGE_8_TO_10'],
    ['2015-04-10', 'AGE_8_TO_10', 'AGE_11_TO_15'],
    ['2010-04-10', 'AGE_11_TO_15', 'AGE_16_TO_18'],
    ['2007-04-10', 'AGE_16_TO_18', 'AGE_19_TO_25'],
    ['2000-04-10', 'AGE_19_TO_25', 'OVER_25'],
  ] as [string, AgeBand, AgeBand][])(
    'born %s: %s the day before the birthday, %s on it',
    (dateOfBirth, before, after) => {
      expect(bandMoves([person(dateOfBirth, before)], day('2026-04-09'))).toEqual([]);
      expect(bandMoves([person(dateOfBirth, before)], day('2026-04-10'))).toEqual([{ id: 'p', ageBand: after }]);
    },
  );

  it('a 29 February birthday counts from 1 March in other years, and on the day in leap years', () => {
    const leapling = person('2008-02-29', 'AGE_16_TO_18');
    expect(bandMoves([leapling], day('2027-02-28'))).toEqual([]);
    expect(bandMoves([leapling], day('2027-03-01'))).toEqual([{ id: 'p', ageBand: 'AGE_19_TO_25' }]);
    expect(ageBandOf('2012-02-29', day('2020-02-28'))).toBe('UNDER_8');
    expect(ageBandOf('2012-02-29', day('2020-02-29'))).toBe('AGE_8_TO_10');
  });

  it('is idempotent: once the band is published, nothing moves again', () => {
    expect(bandMoves([person('2007-04-10', 'AGE_19_TO_25')], day('2026-04-10'))).toEqual([]);
    expect(bandMoves([person('2007-04-10', 'AGE_19_TO_25')], day('2026-12-31'))).toEqual([]);
  });

  it('people with no date of birth stay UNKNOWN', () => {
    expect(bandMoves([person(null, 'UNKNOWN')], day('2026-04-10'))).toEqual([]);
  });
});
