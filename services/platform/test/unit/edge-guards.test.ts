import { buildSchema, parse, validate } from 'graphql';
import { ConfigError, EnvReader } from '../../src/config/env';
import { readEdgeConfig } from '../../src/config/edge-config';
import { depthLimit, queryLimitRules } from '../../src/graphql/query-limits';
import { checkFirst, checkIds, checkText, operationNotFound, textProblem } from '../../src/graphql/request-guards';
import { lifetimeProblem } from '../../src/auth/verify-token';
import { DateScalar, DateTimeScalar } from '../../src/graphql/scalars';

const schema = buildSchema(`
  scalar _Any
  type Query { node(id: ID!): Node  nodes(first: Int): [Node]  _entities(representations: [_Any!]!): [Node] }
  type Node { id: ID! child: Node name: String }
`);
const bomb = (levels: number) =>
  [
    'query Bomb { ...F0 }',
    ...Array.from({ length: levels }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`),
    `fragment F${levels} on Query { node(id: "1") { name } }`,
  ].join('\n');
const limits = readEdgeConfig(new EnvReader({}), {}).limits;
const refusal = (fn: () => void) => {
  try {
    fn();
    return 'accepted';
  } catch (error) {
    return `${(error as { extensions?: { code?: string } }).extensions?.code}: ${(error as Error).message}`;
  }
};

describe('query limits are linear in the document', () => {
  it('measures a fragment bomb of 60 levels (2^60 naive walks) once per fragment', () => {
    const errors = validate(schema, parse(bomb(60)), [depthLimit(3)]);
    expect(errors).toEqual([]); // one field deep however many spreads: depth is not the bomb's cost
    const refused = validate(schema, parse(bomb(60)), queryLimitRules(limits)).map((e) => e.message);
    expect(refused.some((m) => /Cost limit of 20000 exceeded/.test(m))).toBe(true);
  });

  it('refuses too many aliases with BAD_USER_INPUT and advice', () => {
    const query = `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: node(id: "x") { name }`).join(' ')} }`;
    const [error] = validate(schema, parse(query), queryLimitRules(limits));
    expect(error.message).toMatch(/Aliases limit of 30 exceeded, found 31\. Ask for fewer aliased fields\./);
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('request guards', () => {
  it('refuses NUL bytes and lone surrogates in variables and in string literals', () => {
    expect(textProblem('fine — ünïcode 🙂')).toBeUndefined();
    expect(textProblem('a\u0000b')).toMatch(/NUL/);
    expect(textProblem('a\ud800b')).toMatch(/lone UTF-16 surrogate/);
    expect(refusal(() => checkText(parse('{ __typename }'), { input: { name: ['ok', 'x\udc00'] } }))).toMatch(
      /^BAD_USER_INPUT: The variable \$input\.name\[1\] contains a lone/,
    );
    expect(refusal(() => checkText(parse('{ node(id: "\\u0000") { id } }'), {}))).toMatch(/^BAD_USER_INPUT: .*NUL/);
  });

  it('refuses every ID that is not a UUID, in variables, literals and entity representations', () => {
    const uuid = '1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed';
    const byVariable = parse('query($id: ID!) { node(id: $id) { id } }');
    const op = (doc: ReturnType<typeof parse>) => doc.definitions[0] as Parameters<typeof checkIds>[2];
    expect(refusal(() => checkIds(schema, byVariable, op(byVariable), { id: uuid }))).toBe('accepted');
    expect(refusal(() => checkIds(schema, byVariable, op(byVariable), { id: "1' OR 1=1" }))).toMatch(
      /^BAD_USER_INPUT: \$id must be a UUID/,
    );
    const literal = parse('{ node(id: "abc") { id } }');
    expect(refusal(() => checkIds(schema, literal, op(literal), {}))).toMatch(/must be a UUID \(got "abc"\)/);
    const entities = parse('query($r: [_Any!]!) { _entities(representations: $r) { id } }');
    expect(
      refusal(() =>
        checkIds(schema, entities, op(entities), {
          r: [
            { __typename: 'Node', id: uuid },
            { __typename: 'Node', id: 7 },
          ],
        }),
      ),
    ).toMatch(/\$r\[1\] has id 7, which is not a UUID/);
  });

  it('caps first, written or passed as a variable', () => {
    const doc = parse('query($n: Int) { a: nodes(first: 100) { id } b: nodes(first: $n) { id } }');
    expect(refusal(() => checkFirst(doc, { n: 100 }, 100))).toBe('accepted');
    expect(refusal(() => checkFirst(doc, { n: 101 }, 100))).toMatch(
      /^BAD_USER_INPUT: `first` must be from 1 to 100 \(got 101\)/,
    );
  });

  it('remembers what a document alone decides, never what its variables do', () => {
    const uuid = '1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed';
    const doc = parse(
      'query($id: String, $s: String) { _entities(representations: [{ __typename: "Node", id: $id }]) { id } }',
    );
    const op = doc.definitions[0] as Parameters<typeof checkIds>[2];
    expect(refusal(() => checkIds(schema, doc, op, { id: uuid }))).toBe('accepted');
    expect(refusal(() => checkIds(schema, doc, op, { id: 'x' }))).toMatch(/entity representation has id "x"/);
    expect(refusal(() => checkIds(schema, doc, op, { id: uuid }))).toBe('accepted');
    expect(refusal(() => checkText(doc, { s: 'fine' }))).toBe('accepted');
    expect(refusal(() => checkText(doc, { s: 'a\u0000b' }))).toMatch(/The variable \$s contains a NUL/);
    const literal = parse('{ a: node(id: "abc") { id } b: node(id: "def") { id } }');
    const literalOp = literal.definitions[0] as Parameters<typeof checkIds>[2];
    for (let i = 0; i < 2; i += 1)
      expect(refusal(() => checkIds(schema, literal, literalOp, {}))).toMatch(/must be a UUID \(got "abc"\)/);
  });

  it('names a wrong or missing operationName as the caller’s mistake (400)', () => {
    const error = operationNotFound(parse('query A { __typename } query B { __typename }'), undefined);
    expect(error.message).toMatch(/has 2 operations \(A, B\): name the one to run/);
    expect(error.extensions).toMatchObject({ code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } });
    expect(operationNotFound(parse('query A { __typename }'), 'C').message).toMatch(/no operation named "C"/);
  });
});

describe('token lifetimes', () => {
  const now = 1_800_000_000;
  it('refuses a token without exp, issued in the future, or living longer than the maximum', () => {
    expect(lifetimeProblem({ iat: now, exp: now + 3600 }, now, 30, 43_200)).toBeUndefined();
    expect(lifetimeProblem({ iat: now }, now, 30, 43_200)).toMatch(/no expiry/);
    expect(lifetimeProblem({ iat: now + 60, exp: now + 3600 }, now, 30, 43_200)).toMatch(/issued in the future/);
    expect(lifetimeProblem({ iat: now + 20, exp: now + 3600 }, now, 30, 43_200)).toBeUndefined(); // within the skew
    expect(lifetimeProblem({ iat: now, exp: now + 86_400 }, now, 30, 43_200)).toMatch(/lives longer than 43200 s/);
    expect(lifetimeProblem({ exp: now + 86_400 }, now, 30, 43_200)).toMatch(/lives longer/);
  });
});

describe('edge configuration', () => {
  const read = (env: Record<string, string>) => {
    const reader = new EnvReader(env);
    const edge = readEdgeConfig(reader, env);
    reader.done();
    return edge;
  };
  it('allows the local front ends outside production and no origin in production', () => {
    expect(read({}).cors.origins).toContain('http://localhost:5173');
    expect(read({ NODE_ENV: 'production' }).cors.origins).toEqual([]);
    expect(read({ NODE_ENV: 'production', VOICEGRAPH_CORS_ORIGINS: 'https://app.example.org' }).cors.origins).toEqual([
      'https://app.example.org',
    ]);
  });
  it('turns introspection off in production unless asked for', () => {
    expect(read({}).surface.introspection).toBe(true);
    expect(read({ NODE_ENV: 'production' }).surface.introspection).toBe(false);
  });
  it('names every invalid setting at start', () => {
    expect(() => read({ VOICEGRAPH_CORS_ORIGINS: '*' })).toThrow(/not "\*"/);
    expect(() => read({ VOICEGRAPH_CORS_ORIGINS: 'app.example.org/path' })).toThrow(ConfigError);
    expect(() => read({ VOICEGRAPH_MAX_ALIASES: 'lots', VOICEGRAPH_MAX_BODY_BYTES: '10' })).toThrow(
      /VOICEGRAPH_MAX_ALIASES[\s\S]*VOICEGRAPH_MAX_BODY_BYTES/,
    );
  });
});

describe('dates Postgres would refuse are BAD_USER_INPUT', () => {
  it('refuses year 0000 in a Date and a DateTime, and keeps years before 100 as written', () => {
    expect(() => DateScalar.parseValue('0000-01-01')).toThrow(/is not a Date/);
    expect(() => DateTimeScalar.parseValue('0000-01-01T00:00:00Z')).toThrow(/is not a DateTime/);
    expect(DateScalar.parseValue('0099-02-28')).toBe('0099-02-28');
    expect(() => DateScalar.parseValue('0099-02-29')).toThrow(/is not a Date/); // 99 is not a leap year (1999 neither)
    expect(() => DateScalar.parseValue('2026-12')).toThrow(/is not a Date/);
  });
});
