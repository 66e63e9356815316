/**
 * Child entry: Hive Gateway (the runtime of `@graphql-hive/gateway`, programmatic API) on the
 * same supergraph, forwarding the caller's Authorization header. Defaults otherwise.
 * BENCH_SUPERGRAPH, PORT.
 */
import { createServer } from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway';

const gateway = createGatewayRuntime({
  supergraph: process.env.BENCH_SUPERGRAPH!,
  logging: 'error',
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => {
      const authorization = request.headers.get('authorization');
      return authorization ? { authorization } : {};
    },
  },
});
const server = createServer(gateway);
server.listen(Number(process.env.PORT), '127.0.0.1');
process.once('SIGTERM', () => {
  server.close();
  void Promise.resolve(gateway.dispose()).finally(() => process.exit(0));
});
