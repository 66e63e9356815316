import { approachOf, nextStatus, validateConsultationFields } from '../../src/domain/consultation-rules';
import { codeOf } from '@voicegraph/testkit/thrown-code';

describe('the ladder of co-production', () => {
  it.each([
    ['COERCION', 'DOING_TO'],
    ['EDUCATING', 'DOING_TO'],
    ['INFORMING', 'DOING_FOR'],
    ['CONSULTING', 'DOING_FOR'],
    ['ENGAGING', 'DOING_FOR'],
    ['CO_DESIGNING', 'DOING_WITH'],
    ['CO_PRODUCING', 'DOING_WITH'],
  ] as const)('%s is %s', (level, approach) => {
    expect(approachOf(level)).toBe(approach);
  });
});

describe('the consultation lifecycle', () => {
  it('goes DRAFT → OPEN → CLOSED', () => {
    expect(nextStatus('DRAFT', 'open')).toBe('OPEN');
    expect(nextStatus('OPEN', 'close')).toBe('CLOSED');
  });

  it('cancels from DRAFT or OPEN', () => {
    expect(nextStatus('DRAFT', 'cancel')).toBe('CANCELLED');
    expect(nextStatus('OPEN', 'cancel')).toBe('CANCELLED');
  });

  it.each([
    ['DRAFT', 'close'],
    ['OPEN', 'open'],
    ['CLOSED', 'open'],
    ['CLOSED', 'cancel'],
    ['CANCELLED', 'open'],
    ['CLOSED', 'close'],
  ] as const)('refuses %s → %s with CONFLICT', (from, action) => {
    expect(codeOf(() => nextStatus(from, action))).toBe('CONFLICT');
  });
});

describe('consultation fields', () => {
  it('trims, lower-cases and de-duplicates themes and targeting', () => {
    const fields = validateConsultationFields({
      title: ' Youth club ',
      themes: ['Mental Health', 'mental health ', 'Transport'],
      targetCohorts: ['SEND', 'SEND'],
    });
    expect(fields).toMatchObject({
      title: 'Youth club',
      themes: ['mental health', 'transport'],
      targetCohorts: ['SEND'],
      targetAgeBands: [],
      boundaries: [],
    });
  });

  it('refuses an empty title, too many themes, an empty boundary and a window that closes before it opens', () => {
    expect(codeOf(() => validateConsultationFields({ title: '  ' }))).toBe('BAD_USER_INPUT');
    expect(
      codeOf(() => validateConsultationFields({ title: 'x', themes: Array.from({ length: 11 }, (_, i) => `t${i}`) })),
    ).toBe('BAD_USER_INPUT');
    expect(
      codeOf(() => validateConsultationFields({ title: 'x', boundaries: [{ kind: 'LEGAL', description: ' ' }] })),
    ).toBe('BAD_USER_INPUT');
    const opensAt = new Date('2026-05-01T10:00:00Z');
    expect(codeOf(() => validateConsultationFields({ title: 'x', opensAt, closesAt: opensAt }))).toBe('BAD_USER_INPUT');
    expect(
      codeOf(() => validateConsultationFields({ title: 'x', opensAt, closesAt: new Date('2026-06-01T00:00:00Z') })),
    ).toBe('no error');
  });
});
