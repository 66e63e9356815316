import { ApolloServer } from '@apollo/server';
import { Server } from 'node:http';
import { closeServer, createHttpServer, listen } from '../../src/server/http-server';
import { createLogger } from '../../src/logging/logger';

const limits = { maxAliases: 30, maxTokens: 5000 };
const aliases = (count: number, field: string) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

/**
 * A document over the alias or token limit is refused from its text, before Apollo parses and
 * validates it (hundreds of aliases cost more to validate than to answer a polite query), with the
 * codes Apollo gives for the same limits.
 */
describe('documents over the text limits', () => {
  let apollo: ApolloServer;
  let server: Server;
  let url: string;
  let reachedApollo = 0;

  beforeAll(async () => {
    apollo = new ApolloServer({
      typeDefs: 'type Query { hello: String }',
      resolvers: { Query: { hello: () => 'hi' } },
    });
    await apollo.start();
    const execute = apollo.executeHTTPGraphQLRequest.bind(apollo);
    apollo.executeHTTPGraphQLRequest = (request) => {
      reachedApollo += 1;
      return execute(request);
    };
    server = createHttpServer({
      apollo,
      context: async () => ({}),
      readiness: { check: async () => ({ ready: true, details: {} }) },
      logger: createLogger('text-limits-test', 'silent'),
      limits,
    });
    url = `http://127.0.0.1:${await listen(server, 0, '127.0.0.1')}/graphql`;
  });
  afterAll(async () => {
    await closeServer(server, 1000);
    await apollo.stop();
  });

  const ask = async (query: string, method: 'POST' | 'GET' = 'POST') => {
    const before = reachedApollo;
    const response =
      method === 'POST'
        ? await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query }),
          })
        : await fetch(`${url}?query=${encodeURIComponent(query)}`, { headers: { 'apollo-require-preflight': '1' } });
    const body = (await response.json()) as {
      data?: unknown;
      errors?: { message: string; extensions: { code: string } }[];
    };
    return {
      status: response.status,
      code: body.errors?.[0]?.extensions.code,
      body,
      reachedApollo: reachedApollo > before,
    };
  };

  it.each([
    ['31 aliases', aliases(31, 'hello'), 'GRAPHQL_VALIDATION_FAILED'],
    ['500 aliases', aliases(500, 'hello'), 'GRAPHQL_VALIDATION_FAILED'],
    ['5,000 aliases of __typename (past the token limit)', aliases(5000, '__typename'), 'GRAPHQL_PARSE_FAILED'],
  ])('%s: refused with 400 before Apollo sees it', async (_what, query, code) => {
    expect(await ask(query)).toMatchObject({ status: 400, code, reachedApollo: false });
  });

  it('refuses the same in a GET request', async () => {
    expect(await ask(aliases(31, 'hello'), 'GET')).toMatchObject({
      status: 400,
      code: 'GRAPHQL_VALIDATION_FAILED',
      reachedApollo: false,
    });
  });

  it('lets a document at the limits through to Apollo', async () => {
    const answer = await ask(aliases(30, 'hello'));
    expect(answer).toMatchObject({ status: 200, reachedApollo: true });
    expect(answer.body.data).toMatchObject({ a0: 'hi', a29: 'hi' });
  });
});
