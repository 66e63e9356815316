import { buildSchema, parse, validate } from 'graphql';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { depthLimit, overTextLimits } from '../../src/graphql/query-limits';
import { createErrorFormatter } from '../../src/server/format-error';
import { createLogger } from '../../src/logging/logger';

const schema = buildSchema('type Query { node: Node } type Node { child: Node name: String }');

describe('query limits and error masking', () => {
  it('rejects queries deeper than the limit, following fragments', () => {
    const deep = parse('{ node { ...F } } fragment F on Node { child { child { child { name } } } }');
    const errors = validate(schema, deep, [depthLimit(3)]);
    expect(errors.map((e) => e.message)).toEqual([
      'The query is 5 levels deep; the limit is 3. Split it into smaller queries.',
    ]);
    expect(validate(schema, parse('{ node { name } }'), [depthLimit(3)])).toEqual([]);
  });

  it('passes domain errors through and hides unexpected ones behind an id', () => {
    const format = createErrorFormatter(createLogger('test', 'silent'));
    expect(format({ message: 'No person', extensions: { code: 'NOT_FOUND', stacktrace: ['x'] } }, null)).toEqual({
      message: 'No person',
      extensions: { code: 'NOT_FOUND' },
    });
    const hidden = format(
      { message: 'relation "people.secret" does not exist', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      new Error('db'),
    );
    expect(hidden.message).not.toMatch(/relation/);
    expect(hidden.extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
    expect(hidden.extensions?.errorId).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('the text pre-check: aliases', () => {
  const aliasSchema = buildSchema(`
    input Filter { name: String, tags: [String] }
    type Query { node(id: ID, filter: Filter): Node  nodes(first: Int): [Node] }
    type Node { id: ID child: Node name(format: String): String }
  `);
  /** What graphql-armor's alias rule (as configured in queryLimitRules) says about the same document. */
  const armorRefuses = (source: string, limit: number) =>
    validate(aliasSchema, parse(source), [
      maxAliasesRule({ n: limit, propagateOnRejection: false, onReject: [(c, e) => c?.reportError(e)] }),
    ]).length > 0;
  const aliased = (count: number, field: string) =>
    Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ');

  it.each([
    ['aliases of one operation', `{ ${aliased(4, 'node { id }')} }`, 3, true],
    ['as many aliases as the limit', `{ ${aliased(3, 'node { id }')} }`, 3, false],
    ['nested aliases', '{ a: node { b: child { c: child { d: name } } } }', 3, true],
    [
      'colons in arguments, variables, default values, objects and directives',
      'query Q($id: ID = "x", $f: Filter = { name: "a:b", tags: ["c:d"] }) @skip(if: false) ' +
        '{ node(id: $id, filter: { name: "n", tags: [] }) { name(format: "h:m") child { id } } }',
      0,
      false,
    ],
    ['colons in comments', '{ node { id } } # a: b c: d\n# e: f', 0, false],
    ['a parenthesis in a string', '{ node(id: "(") { a: id b: name } }', 1, true],
    ['a parenthesis after an escaped quote', '{ node(id: "\\" (") { a: id b: name } }', 1, true],
    ['a parenthesis after an escaped triple quote', '{ node(id: """ \\""" ( """) { a: id b: name } }', 1, true],
    ['a parenthesis in a comment', '{ # (\n a: node { id } b: node { id } }', 1, true],
    [
      '__typename aliases, which armor does not count',
      `{ ${aliased(10, '__typename')} __typename: node { id } }`,
      3,
      false,
    ],
    [
      'two operations each within the limit',
      `query A { ${aliased(3, 'node { id }')} } query B { ${aliased(3, 'node { id }')} }`,
      3,
      false,
    ],
    [
      'a fragment over the limit, spread by an operation',
      `{ ...F } fragment F on Query { ${aliased(4, 'node { id }')} }`,
      3,
      true,
    ],
    [
      'fragments each within the limit, over it together',
      `{ ...F ...G } fragment F on Query { ${aliased(2, 'node { id }')} } fragment G on Query { ${aliased(2, 'nodes { id }')} }`,
      3,
      false,
    ],
  ])('%s', (_what, source, limit, refused) => {
    expect(overTextLimits(source, limit, 100_000)).toBe(refused ? 'aliases' : undefined);
    // Whatever it refuses, armor refuses too (the last case armor alone refuses, from the fragments).
    if (refused) expect(armorRefuses(source, limit)).toBe(true);
  });

  it('stops reading at the first alias past the limit', () => {
    const huge = `{ ${aliased(10, 'node { id }')} ${'x'.repeat(50)} ( }`;
    expect(overTextLimits(huge, 3, 100_000)).toBe('aliases');
  });
});

describe('the text pre-check: tokens', () => {
  /** The fewest maxTokens the parser accepts `source` with: its token count. */
  const parserTokens = (source: string) => {
    for (let limit = 1; ; limit += 1) {
      try {
        parse(source, { maxTokens: limit });
        return limit;
      } catch (error) {
        if (!/tokens/.test((error as Error).message)) throw error;
      }
    }
  };

  /** What the pre-check counts: the fewest maxTokens it lets `source` through with. */
  const preCheckTokens = (source: string) => {
    let limit = 0;
    while (overTextLimits(source, 1000, limit) === 'tokens') limit += 1;
    return limit;
  };

  it.each([
    // `...F` is two tokens to the parser, one here.
    ['punctuators and names', 'query Q($a: [ID!]! = ["x"]) @d(b: $a) { node(id: $a) { ...F ... on Node { id } } }', 1],
    ['strings, block strings and comments', '{ node(id: "a \\" b", x: """ c \\""" d """) { id } } # e f g\n', 0],
    ['numbers', '{ nodes(first: -12, x: 1.5e+3, y: 0, z: [1, -2.0]) { id } }', 0],
    ['commas and white space', '\ufeff{ a , b,,, c\t\r\n d }', 0],
    ['many aliases of __typename', `{ ${Array.from({ length: 50 }, (_, i) => `a${i}: __typename`).join(' ')} }`, 0],
  ])('counts as the parser does, or fewer, so never refuses what it accepts: %s', (_what, source, fewer) => {
    expect(preCheckTokens(source)).toBe(parserTokens(source) - fewer);
  });
});
