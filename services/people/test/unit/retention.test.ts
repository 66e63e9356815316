import { ConfigError } from '@voicegraph/platform';
import { isPastRetention, readRetentionRule, RetentionRule } from '../../src/domain/retention';
import { parseRetentionArgs } from '../../src/retention/args';

const problemsOf = (env: Record<string, string>): string[] => {
  try {
    readRetentionRule(env);
  } catch (error) {
    return (error as ConfigError).problems;
  }
  return [];
};
const day = (iso: string) => new Date(`${iso}T09:00:00Z`);
const careLeavers: RetentionRule = { inactiveYears: 6, fromAge: 25, cohorts: ['CARE_LEAVER'] };
const leaver = (dateOfBirth: string | null, lastActivityOn: string) => ({
  dateOfBirth,
  cohorts: ['CARE_LEAVER' as const],
  lastActivityOn,
});

describe('the retention rule erases people past an age with no activity for N years', () => {
  it('exactly N years after the last activity is past the rule; a day less is not', () => {
    expect(isPastRetention(leaver('1990-05-05', '2024-03-01'), careLeavers, day('2030-03-01'))).toBe(true);
    expect(isPastRetention(leaver('1990-05-05', '2024-03-02'), careLeavers, day('2030-03-01'))).toBe(false);
  });

  it('an activity on 29 February is N years old on 1 March of a year that is not a leap year', () => {
    expect(isPastRetention(leaver('1990-05-05', '2024-02-29'), careLeavers, day('2030-02-28'))).toBe(false);
    expect(isPastRetention(leaver('1990-05-05', '2024-02-29'), careLeavers, day('2030-03-01'))).toBe(true);
    expect(
      isPastRetention(leaver('1990-05-05', '2020-02-29'), { ...careLeavers, inactiveYears: 8 }, day('2028-02-29')),
    ).toBe(true);
  });

  it('the age is reached on the birthday, and a 29 February birthday counts from 1 March in other years', () => {
    expect(isPastRetention(leaver('2005-03-01', '2020-01-01'), careLeavers, day('2030-03-01'))).toBe(true);
    expect(isPastRetention(leaver('2005-03-02', '2020-01-01'), careLeavers, day('2030-03-01'))).toBe(false);
    expect(isPastRetention(leaver('2004-02-29', '2020-01-01'), careLeavers, day('2029-02-28'))).toBe(false);
    expect(isPastRetention(leaver('2004-02-29', '2020-01-01'), careLeavers, day('2029-03-01'))).toBe(true);
  });

  it('only the cohorts the rule names, or everyone when it names none', () => {
    const inCare = { dateOfBirth: '1990-05-05', cohorts: ['CHILD_IN_CARE' as const], lastActivityOn: '2020-01-01' };
    expect(isPastRetention(inCare, careLeavers, day('2030-03-01'))).toBe(false);
    expect(isPastRetention(inCare, { ...careLeavers, cohorts: [] }, day('2030-03-01'))).toBe(true);
  });

  it('never reaches people with no date of birth, or activity still to come (a seat that ends later)', () => {
    expect(isPastRetention(leaver(null, '2000-01-01'), careLeavers, day('2030-03-01'))).toBe(false);
    expect(isPastRetention(leaver('1990-05-05', '2031-01-01'), careLeavers, day('2030-03-01'))).toBe(false);
  });
});

describe('the retention rule is off by default and validated at start', () => {
  it('is off when RETENTION_INACTIVE_YEARS is not set', () => {
    expect(readRetentionRule({})).toBeNull();
  });

  it('reads the years, the age and the cohorts', () => {
    expect(
      readRetentionRule({ RETENTION_INACTIVE_YEARS: '6', RETENTION_FROM_AGE: '25', RETENTION_COHORTS: 'CARE_LEAVER' }),
    ).toEqual(careLeavers);
  });

  it('names every wrong variable', () => {
    expect(() => readRetentionRule({ RETENTION_INACTIVE_YEARS: '0', RETENTION_COHORTS: 'CARE_LEAVERS' })).toThrow(
      ConfigError,
    );
    expect(problemsOf({ RETENTION_INACTIVE_YEARS: 'six', RETENTION_FROM_AGE: '12', RETENTION_COHORTS: 'X' })).toEqual([
      'RETENTION_INACTIVE_YEARS must be a whole number from 1 to 100 (got "six")',
      'RETENTION_FROM_AGE must be a whole number from 18 to 120 (got "12")',
      expect.stringContaining('RETENTION_COHORTS must list cohorts'),
    ]);
  });

  it('refuses an age or cohorts without the years: a half-configured rule is a mistake', () => {
    expect(() => readRetentionRule({ RETENTION_FROM_AGE: '25' })).toThrow(
      /do nothing without RETENTION_INACTIVE_YEARS/,
    );
    expect(() => readRetentionRule({ RETENTION_INACTIVE_YEARS: '6' })).toThrow(/RETENTION_FROM_AGE is required/);
  });
});

describe('npm run retention takes a dry run, or a confirmed count', () => {
  it('reads --dry-run, --confirm N and --partnership', () => {
    expect(parseRetentionArgs(['--dry-run'])).toEqual({ dryRun: true });
    expect(parseRetentionArgs(['--confirm', '3', '--partnership', 'p'])).toEqual({
      dryRun: false,
      confirmCount: 3,
      partnershipId: 'p',
    });
  });

  it('refuses neither, both, or anything else', () => {
    expect(() => parseRetentionArgs([])).toThrow(/either --dry-run or --confirm/);
    expect(() => parseRetentionArgs(['--dry-run', '--confirm', '2'])).toThrow(/either --dry-run or --confirm/);
    expect(() => parseRetentionArgs(['--confirm', 'all'])).toThrow(/Unexpected argument/);
  });
});
