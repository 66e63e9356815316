import { everyMember } from '../../src/types/every-member';

// The compiler is the rule's enforcer: `tsc -p tsconfig.test.json` (run by `npm test`) fails if any
// `@ts-expect-error` below stops being an error, i.e. if everyMember accepted a wrong list.
type Kind = 'A' | 'B' | 'C';

describe('everyMember', () => {
  it('keeps a list that names every member once, in the order given', () => {
    const kinds = everyMember<Kind>()(['C', 'A', 'B']);
    const first: 'C' = kinds[0]; // the order is kept in the type too
    expect([first, ...kinds.slice(1)]).toEqual(['C', 'A', 'B']);
  });

  it('refuses a list that misses a member, adds one or repeats one (at compile time)', () => {
    // @ts-expect-error C is missing
    const missing = everyMember<Kind>()(['A', 'B']);
    // @ts-expect-error D is not a member
    const extra = everyMember<Kind>()(['A', 'B', 'C', 'D']);
    // @ts-expect-error A twice
    const repeated = everyMember<Kind>()(['A', 'B', 'C', 'A']);
    // At run time it is the list itself: the check costs nothing.
    expect([missing, extra, repeated].map((list) => list.length)).toEqual([2, 4, 4]);
  });
});
