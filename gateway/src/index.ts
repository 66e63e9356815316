import cluster from 'node:cluster';
import { ConfigError, createLogger } from '@voicegraph/platform';
import { announceReady, runPrimary } from './cluster';
import { loadGatewayConfig } from './config';
import { startGateway } from './start-gateway';

function fail(error: Error): never {
  process.stderr.write(`${error instanceof ConfigError ? error.message : `gateway failed to start: ${error.stack}`}\n`);
  process.exit(1);
}

/** One gateway server: a worker. A repeated signal (the terminal's and the primary's) stops it once. */
function runServer(): void {
  startGateway().then((gateway) => {
    announceReady(gateway.url);
    let stopping: Promise<void> | undefined;
    const shutdown = () => {
      stopping ??= gateway.stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.on('SIGTERM', shutdown);
    process.on('SIGINT', shutdown);
  }, fail);
}

try {
  const config = loadGatewayConfig();
  if (cluster.isPrimary)
    runPrimary(
      config.workers,
      [`--max-semi-space-size=${config.semiSpaceMiB}`],
      createLogger('gateway', config.logLevel),
    );
  else runServer();
} catch (error) {
  fail(error as Error);
}
