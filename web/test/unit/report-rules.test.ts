import { counted, fewerThan, people, peopleShare, percent, statistic } from '../../src/report/figures';
import { ladderMovement, objectivesOnTrackShare, overallReach, whoIsMissing, yesShare } from '../../src/report/rules';
import { reportFixture, shown, withheld } from './report-fixture';

describe('figures', () => {
  it('a withheld count reads "fewer than" one more than the threshold, and carries no number', () => {
    expect(people(withheld, 5)).toEqual({ text: 'fewer than 6', value: null, withheld: true, kind: 'people' });
    expect(fewerThan(10)).toBe('fewer than 11');
  });

  it('a published count of people is shown as published, with thousands separated', () => {
    expect(people(shown(1250), 5)).toMatchObject({ text: '1,250', value: 1250, withheld: false });
    expect(people(shown(0), 5).text).toBe('0');
  });

  it('a withheld statistic says why, without a number', () => {
    const figure = statistic(withheld, 5, ' days');
    expect(figure.text).toBe('withheld (fewer than 6 behind it)');
    expect(figure.text.replace('fewer than 6', '')).not.toMatch(/\d/);
    expect(statistic(shown(3.75), 5, ' out of 5').text).toBe('3.8 out of 5');
  });

  it('shares are whole percentages, and a share of people is withheld with its count', () => {
    expect(percent(0.456).text).toBe('46%');
    expect(percent(null).text).toBe('none to compare');
    expect(peopleShare(withheld, 5)).toMatchObject({ text: 'withheld (fewer than 6)', value: null });
    expect(peopleShare({ value: null, suppressed: false }, 5)).toMatchObject({
      text: 'none to compare',
      withheld: false,
    });
    expect(counted(40).kind).toBe('count');
  });
});

describe('rules', () => {
  it('the ladder moved up when the share of "doing with" work grew year on year', () => {
    const move = ladderMovement(reportFixture().partnership.participation.ladderShift);
    expect(move.direction).toBe('up');
    expect(move.share).toBeCloseTo(12 / 40);
    expect(move.comparedShare).toBeCloseTo(3 / 30);
  });

  it('the ladder cannot be compared when either year ran nothing', () => {
    const shift = reportFixture().partnership.participation.ladderShift.map((row) => ({ ...row, comparedCount: 0 }));
    expect(ladderMovement(shift).direction).toBe('no comparison');
  });

  it('a cohort is under-represented when its reach is below four-fifths of the overall reach', () => {
    const verdicts = Object.fromEntries(
      whoIsMissing(reportFixture().partnership.participation).map((j) => [j.cohort, j.verdict]),
    );
    // overall reach 400 / 2000 = 20%: care 50% is represented, SEND 10% < 16% is under-represented
    expect(verdicts).toEqual({
      CHILD_IN_CARE: 'represented',
      SEND: 'under-represented',
      YOUTH_JUSTICE: 'cannot be judged',
      CHILD_PROTECTION: 'none registered',
    });
  });

  it('no cohort is judged when the overall reach is withheld', () => {
    const participation = { ...reportFixture().partnership.participation, youngPeople: withheld };
    expect(overallReach(participation.youngPeople, participation.registeredYoungPeople)).toBeNull();
    expect(whoIsMissing(participation).filter((j) => j.verdict === 'under-represented')).toEqual([]);
  });

  it('objectives on track count those done', () => {
    expect(objectivesOnTrackShare({ total: 10, onTrack: 5, done: 2 })).toBeCloseTo(0.7);
    expect(objectivesOnTrackShare({ total: 0, onTrack: 0, done: 0 })).toBeNull();
  });

  it('a Lundy share is only worked out when no answer is withheld', () => {
    const voice = reportFixture().partnership.feedback.voiceChecks;
    expect(yesShare(voice.audience)).toBeCloseTo(30 / 60);
    expect(yesShare(voice.space)).toBeNull();
  });
});
