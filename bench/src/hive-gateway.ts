/**
 * Child entry: Hive Gateway (the runtime of `@graphql-hive/gateway`, programmatic API) on the
 * same supergraph, forwarding the caller's Authorization header. Defaults otherwise; with
 * BENCH_HIVE_ROUTER_RUNTIME=1 it plans with Hive Router's Rust query planner and its executor
 * (`@graphql-hive/router-runtime`), as the Hive docs configure it. BENCH_SUPERGRAPH, PORT.
 */
import { createServer } from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';

const gateway = createGatewayRuntime({
  supergraph: process.env.BENCH_SUPERGRAPH!,
  logging: 'error',
  ...(process.env.BENCH_HIVE_ROUTER_RUNTIME === '1' ? { unifiedGraphHandler } : {}),
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
