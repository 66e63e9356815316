import { buildSchema, parse, validate } from 'graphql';
import { depthLimit } from '../../src/graphql/query-limits';
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
