import { backoffMs, MAX_OPERATION_NAMES, operationLabel } from '@voicegraph/platform';

describe('operation names as metric labels', () => {
  it('keeps a GraphQL identifier as it is', () => {
    expect(operationLabel('Trail', new Set())).toBe('Trail');
  });

  it('calls a missing name anonymous', () => {
    expect(operationLabel(undefined, new Set())).toBe('anonymous');
    expect(operationLabel('', new Set())).toBe('anonymous');
  });

  it('reports a name that is not an identifier as other (no label from arbitrary text)', () => {
    expect(operationLabel('a b"}\n', new Set())).toBe('other');
    expect(operationLabel('x'.repeat(101), new Set())).toBe('other');
  });

  it('stops adding names at the cap, so no caller can grow /metrics without bound', () => {
    const known = new Set<string>();
    for (let i = 0; i < MAX_OPERATION_NAMES; i += 1) expect(operationLabel(`Op${i}`, known)).toBe(`Op${i}`);
    expect(operationLabel('OneTooMany', known)).toBe('other');
    expect(operationLabel('Op0', known)).toBe('Op0');
  });
});

describe('retry backoff', () => {
  it('doubles from half a second and never exceeds ten seconds, however long it takes', () => {
    expect([1, 2, 3, 4, 5].map(backoffMs)).toEqual([500, 1000, 2000, 4000, 8000]);
    expect(backoffMs(6)).toBe(10_000);
    expect(backoffMs(10_000)).toBe(10_000);
    expect(backoffMs(0)).toBe(500);
  });
});
