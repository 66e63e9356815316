/**
 * Child entry: `@apollo/gateway` with its defaults — no tuning of any kind. The only addition
 * is forwarding the caller's Authorization header, without which the subgraphs refuse every
 * query (so the comparison answers the same data). BENCH_SUPERGRAPH, PORT.
 */
import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { disableApolloTelemetry } from '@voicegraph/platform';

interface Ctx {
  authorization?: string;
}

// Untuned, but like every gateway the project starts it phones no one (see platform's no-egress.ts).
disableApolloTelemetry();
const gateway = new ApolloGateway({
  supergraphSdl: readFileSync(process.env.BENCH_SUPERGRAPH!, 'utf8'),
  buildService: ({ url }) =>
    new (class extends RemoteGraphQLDataSource<Ctx> {
      override willSendRequest({
        request,
        context,
      }: {
        request: { http?: { headers: { set(k: string, v: string): void } } };
        context: Ctx;
      }): void {
        if (context.authorization) request.http?.headers.set('authorization', context.authorization);
      }
    })({ url }),
});
const server = new ApolloServer<Ctx>({ gateway });
startStandaloneServer(server, {
  listen: { port: Number(process.env.PORT), host: '127.0.0.1' },
  context: async ({ req }) => ({ authorization: req.headers.authorization }),
}).catch((error: Error) => {
  process.stderr.write(`untuned gateway failed: ${error.stack}\n`);
  process.exit(1);
});
process.once('SIGTERM', () => {
  void server.stop().finally(() => process.exit(0));
});
