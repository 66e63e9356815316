import { ConfigError } from '@voicegraph/platform';
import { startGateway } from './start-gateway';

startGateway().then(
  (gateway) => {
    const shutdown = () => gateway.stop().then(() => process.exit(0), () => process.exit(1));
    process.once('SIGTERM', shutdown);
    process.once('SIGINT', shutdown);
  },
  (error: Error) => {
    process.stderr.write(`${error instanceof ConfigError ? error.message : `gateway failed to start: ${error.stack}`}\n`);
    process.exit(1);
  },
);
