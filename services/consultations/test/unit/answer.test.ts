import { GraphQLError } from 'graphql';
import { validateAnswer, validateQuestion } from '../../src/domain/answer';

const messageOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    return `${(error as GraphQLError).extensions.code}: ${(error as Error).message}`;
  }
  return 'no error';
};

describe('questions', () => {
  it('choice questions need 2 to 20 distinct options', () => {
    expect(validateQuestion({ kind: 'SINGLE_CHOICE', prompt: 'Which?', options: ['A', 'B'] }).options).toEqual([
      'A',
      'B',
    ]);
    expect(messageOf(() => validateQuestion({ kind: 'SINGLE_CHOICE', prompt: 'Which?', options: ['A'] }))).toMatch(
      /BAD_USER_INPUT: .*2 to 20/,
    );
    expect(
      messageOf(() => validateQuestion({ kind: 'MULTIPLE_CHOICE', prompt: 'Which?', options: ['A', 'A'] })),
    ).toMatch(/different/);
  });

  it('scale questions default to 1–5 and refuse an upside-down scale', () => {
    expect(validateQuestion({ kind: 'SCALE', prompt: 'How much?' })).toMatchObject({ scaleMin: 1, scaleMax: 5 });
    expect(messageOf(() => validateQuestion({ kind: 'SCALE', prompt: 'How much?', scaleMin: 5, scaleMax: 1 }))).toMatch(
      /scaleMax must be above/,
    );
  });

  it('options and scales belong only to their kinds', () => {
    expect(messageOf(() => validateQuestion({ kind: 'FREE_TEXT', prompt: 'Say', options: ['A', 'B'] }))).toMatch(
      /only for choice/,
    );
    expect(messageOf(() => validateQuestion({ kind: 'FREE_TEXT', prompt: 'Say', scaleMax: 3 }))).toMatch(
      /only for SCALE/,
    );
  });
});

describe('answers', () => {
  const single = { kind: 'SINGLE_CHOICE' as const, options: ['Yes', 'No'], scaleMin: null, scaleMax: null };
  const multiple = { ...single, kind: 'MULTIPLE_CHOICE' as const };
  const scale = { kind: 'SCALE' as const, options: [], scaleMin: 1, scaleMax: 5 };

  it('a free contribution needs words', () => {
    expect(validateAnswer(null, { text: ' More buses ' })).toEqual({
      text: 'More buses',
      choices: [],
      scaleValue: null,
    });
    expect(messageOf(() => validateAnswer(null, { text: '' }))).toMatch(/text must not be empty/);
    expect(messageOf(() => validateAnswer(null, { text: 'x'.repeat(5001) }))).toMatch(/at most 5000/);
  });

  it('a choice answer picks known options, one for single choice', () => {
    expect(validateAnswer(multiple, { choices: ['Yes', 'No'] }).choices).toEqual(['Yes', 'No']);
    expect(messageOf(() => validateAnswer(single, { choices: ['Yes', 'No'] }))).toMatch(/only one/);
    expect(messageOf(() => validateAnswer(single, { choices: ['Maybe'] }))).toMatch(
      /"Maybe" is not one of the options/,
    );
    expect(messageOf(() => validateAnswer(single, {}))).toMatch(/at least one/);
  });

  it('a scale answer is a whole number on the scale', () => {
    expect(validateAnswer(scale, { scaleValue: 4, text: 'mostly' })).toEqual({
      text: 'mostly',
      choices: [],
      scaleValue: 4,
    });
    expect(messageOf(() => validateAnswer(scale, { scaleValue: 6 }))).toMatch(/from 1 to 5/);
    expect(messageOf(() => validateAnswer(scale, { choices: ['Yes'] }))).toMatch(/give scaleValue/);
  });
});
