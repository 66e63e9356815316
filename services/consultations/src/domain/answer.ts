import { badUserInput, optionalText, requireText } from '@voicegraph/platform';

export type QuestionKind = 'FREE_TEXT' | 'SINGLE_CHOICE' | 'MULTIPLE_CHOICE' | 'SCALE';

export interface QuestionShape {
  kind: QuestionKind;
  options: string[];
  scaleMin: number | null;
  scaleMax: number | null;
}

export interface QuestionInput {
  kind: QuestionKind;
  prompt: string;
  options?: string[] | null;
  scaleMin?: number | null;
  scaleMax?: number | null;
}

/** A question's prompt and, by kind, its options (2–20 distinct) or scale (default 1 to 5, at most 100 steps). */
export function validateQuestion(input: QuestionInput): QuestionShape & { prompt: string } {
  const prompt = requireText('prompt', input.prompt, 500);
  const isChoice = input.kind === 'SINGLE_CHOICE' || input.kind === 'MULTIPLE_CHOICE';
  if (!isChoice && (input.options ?? []).length > 0)
    throw badUserInput(`options are only for choice questions, not ${input.kind}.`, 'options');
  if (input.kind !== 'SCALE' && (input.scaleMin != null || input.scaleMax != null))
    throw badUserInput(`scaleMin and scaleMax are only for SCALE questions, not ${input.kind}.`, 'scaleMin');
  if (isChoice) {
    const options = (input.options ?? []).map((option) => requireText('options', option, 200));
    if (options.length < 2 || options.length > 20)
      throw badUserInput(`A choice question needs 2 to 20 options (got ${options.length}).`, 'options');
    if (new Set(options).size !== options.length) throw badUserInput('Each option must be different.', 'options');
    return { kind: input.kind, prompt, options, scaleMin: null, scaleMax: null };
  }
  if (input.kind === 'SCALE') {
    const scaleMin = input.scaleMin ?? 1;
    const scaleMax = input.scaleMax ?? 5;
    if (scaleMax <= scaleMin || scaleMax - scaleMin > 100)
      throw badUserInput(
        `scaleMax must be above scaleMin and at most 100 more (got ${scaleMin} to ${scaleMax}).`,
        'scaleMax',
      );
    return { kind: 'SCALE', prompt, options: [], scaleMin, scaleMax };
  }
  return { kind: 'FREE_TEXT', prompt, options: [], scaleMin: null, scaleMax: null };
}

export interface AnswerInput {
  text?: string | null;
  choices?: string[] | null;
  scaleValue?: number | null;
}
export interface Answer {
  text: string | null;
  choices: string[];
  scaleValue: number | null;
}

export const MAX_CONTRIBUTION_LENGTH = 5000;

/** What a contribution must hold: words for a free contribution or a free-text question, else a valid choice or scale value (words optional). */
export function validateAnswer(question: QuestionShape | null, input: AnswerInput): Answer {
  const kind = question?.kind ?? 'FREE_TEXT';
  const choices = input.choices ?? [];
  if (kind === 'FREE_TEXT') {
    if (choices.length > 0 || input.scaleValue != null)
      throw badUserInput('Answer this in words: choices and scaleValue are for choice and scale questions.', 'text');
    return { text: requireText('text', input.text, MAX_CONTRIBUTION_LENGTH), choices: [], scaleValue: null };
  }
  const text = optionalText('text', input.text, MAX_CONTRIBUTION_LENGTH);
  if (kind === 'SCALE') {
    const value = input.scaleValue;
    if (choices.length > 0) throw badUserInput('This is a scale question: give scaleValue, not choices.', 'choices');
    if (value == null || !Number.isInteger(value) || value < question!.scaleMin! || value > question!.scaleMax!) {
      throw badUserInput(
        `scaleValue must be a whole number from ${question!.scaleMin} to ${question!.scaleMax}.`,
        'scaleValue',
      );
    }
    return { text, choices: [], scaleValue: value };
  }
  if (input.scaleValue != null)
    throw badUserInput('This is a choice question: give choices, not scaleValue.', 'scaleValue');
  const chosen = [...new Set(choices)];
  const unknown = chosen.filter((choice) => !question!.options.includes(choice));
  if (unknown.length > 0)
    throw badUserInput(`"${unknown[0]}" is not one of the options: ${question!.options.join(', ')}.`, 'choices');
  if (chosen.length === 0) throw badUserInput('Choose at least one option.', 'choices');
  if (kind === 'SINGLE_CHOICE' && chosen.length > 1)
    throw badUserInput('Choose only one option for this question.', 'choices');
  return { text, choices: chosen, scaleValue: null };
}
