import {
  optionalText,
  requireDate,
  requireDateTime,
  requireEmail,
  requireText,
  requireUuid,
} from '../../src/errors/validation';
import { codeOf } from '@voicegraph/testkit/thrown-code';

describe('input validation', () => {
  it('trims text and rejects empty or long values with BAD_USER_INPUT', () => {
    expect(requireText('name', '  Youth Council ')).toBe('Youth Council');
    expect(codeOf(() => requireText('name', '  '))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => requireText('name', 'x'.repeat(201)))).toBe('BAD_USER_INPUT');
    expect(optionalText('summary', '   ')).toBeNull();
  });

  it('accepts only real calendar dates', () => {
    expect(requireDate('d', '2024-02-29')).toBe('2024-02-29');
    expect(codeOf(() => requireDate('d', '2023-02-29'))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => requireDate('d', '12/01/2024'))).toBe('BAD_USER_INPUT');
  });

  it('accepts ISO date-times only', () => {
    expect(requireDateTime('t', '2026-03-01T18:00:00Z').toISOString()).toBe('2026-03-01T18:00:00.000Z');
    expect(codeOf(() => requireDateTime('t', 'tomorrow'))).toBe('BAD_USER_INPUT');
  });

  it('checks uuids and emails', () => {
    expect(requireUuid('id', 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11')).toBe('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11');
    expect(codeOf(() => requireUuid('id', '123'))).toBe('BAD_USER_INPUT');
    expect(requireEmail('email', ' Sam@Example.org ')).toBe('sam@example.org');
    expect(codeOf(() => requireEmail('email', 'sam@'))).toBe('BAD_USER_INPUT');
  });
});
