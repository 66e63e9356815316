import { obligationFigures, outcomeFigures, voiceCheckFigures, VoiceCheckCounts } from '../../src/domain/analytics';

const W = { value: null, suppressed: true };
const n = (value: number) => ({ value, suppressed: false });

describe('obligation figures', () => {
  it('shows counts as they are and the median to one decimal when more than the threshold were met', () => {
    expect(
      obligationFigures({ due: 7, metOnTime: 4, metLate: 2, overdue: 1, open: 0, medianDaysToFeedback: 24.04 }, 5),
    ).toEqual({
      due: 7,
      metOnTime: 4,
      metLate: 2,
      overdue: 1,
      open: 0,
      onTimeShare: 0.571,
      medianDaysToFeedback: n(24),
    });
  });
  it('withholds the median when the threshold or fewer met obligations stand behind it', () => {
    expect(
      obligationFigures({ due: 5, metOnTime: 3, metLate: 2, overdue: 0, open: 0, medianDaysToFeedback: 20 }, 5)
        .medianDaysToFeedback,
    ).toEqual(W);
    expect(
      obligationFigures({ due: 0, metOnTime: 0, metLate: 0, overdue: 0, open: 0, medianDaysToFeedback: null }, 5),
    ).toMatchObject({ onTimeShare: null, medianDaysToFeedback: W });
  });
});

describe('outcome figures', () => {
  it('lists every status and boundary, zeros too', () => {
    const f = outcomeFigures([
      { status: 'NOT_ACCEPTED', boundary: 'SAFETY', count: 2 },
      { status: 'ACCEPTED', boundary: null, count: 3 },
      { status: 'NOT_ACCEPTED', boundary: 'LEGAL', count: 1 },
    ]);
    expect(f.total).toBe(6);
    expect(f.byStatus).toEqual([
      { status: 'RECEIVED', count: 0 },
      { status: 'UNDER_CONSIDERATION', count: 0 },
      { status: 'ACCEPTED', count: 3 },
      { status: 'PARTLY_ACCEPTED', count: 0 },
      { status: 'NOT_ACCEPTED', count: 3 },
    ]);
    expect(f.byBoundary.filter((b) => b.count > 0)).toEqual([
      { boundary: 'LEGAL', count: 1 },
      { boundary: 'SAFETY', count: 2 },
    ]);
  });
});

describe('voice check figures', () => {
  const counts = (
    total: number,
    feltHeardSum: number,
    influence: VoiceCheckCounts['answers']['influence'],
  ): VoiceCheckCounts => ({
    total,
    feltHeardSum,
    answers: { space: { YES: total }, voice: { YES: total }, audience: { YES: total }, influence },
  });

  it('publishes each Lundy question as a partition of young people: primary, secondary suppression and rounding', () => {
    const f = voiceCheckFigures(counts(13, 46, { YES: 8, NO: 5 }), 5, false);
    expect(f.youngPeople).toEqual(n(15));
    expect(f.influence).toEqual([
      { answer: 'YES', youngPeople: W },
      { answer: 'PARTLY', youngPeople: W },
      { answer: 'NO', youngPeople: W },
      { answer: 'NOT_SURE', youngPeople: W },
    ]);
    expect(f.space[0]).toEqual({ answer: 'YES', youngPeople: n(15) });
  });
  it('shows the mean felt heard to one decimal, and withholds it over the threshold or fewer young people', () => {
    expect(voiceCheckFigures(counts(13, 46, { YES: 13 }), 5, false).meanFeltHeard).toEqual(n(3.5));
    expect(voiceCheckFigures(counts(5, 25, { YES: 5 }), 5, false).meanFeltHeard).toEqual(W);
    expect(voiceCheckFigures(counts(0, 0, {}), 5, false)).toMatchObject({ youngPeople: n(0), meanFeltHeard: W });
  });
  it('withholds every voice-check figure when a comparison with another figure would isolate a few young people', () => {
    // 7 voice checks, mean 3.857 → 3.9; the organisation's 6 have mean 4.3: shown together they pin the seventh's 1.
    const seven = counts(7, 27, { YES: 6, NO: 1 });
    expect(voiceCheckFigures(seven, 5, false).meanFeltHeard).toEqual(n(3.9));
    const f = voiceCheckFigures(seven, 5, true);
    expect(f.youngPeople).toEqual(W);
    expect(f.meanFeltHeard).toEqual(W);
    for (const q of ['space', 'voice', 'audience', 'influence'] as const)
      expect(f[q].map((cell) => cell.youngPeople)).toEqual([W, W, W, W]);
  });
  it('withholds everything for a handful of young people', () => {
    const f = voiceCheckFigures(counts(3, 5, { NO: 3 }), 5, false);
    expect(f.youngPeople).toEqual(W);
    expect(f.influence.find((a) => a.answer === 'NO')!.youngPeople).toEqual(W);
  });
});
