import { ConfigError } from '../config/env';
import { ServiceDefinition } from './service-definition';
import { startService, StartOptions } from './start-service';

/** The whole of a service's index.ts: start, and stop gracefully on SIGTERM/SIGINT. */
export function runService(definition: ServiceDefinition, options: StartOptions = {}): void {
  startService(definition, options)
    .then((service) => {
      const shutdown = (signal: string) => {
        service.logger.info({ signal }, 'shutting down');
        const force = setTimeout(() => process.exit(1), 30_000);
        force.unref();
        service.stop().then(
          () => process.exit(0),
          (error: Error) => {
            service.logger.error({ err: error.message }, 'shutdown failed');
            process.exit(1);
          },
        );
      };
      process.once('SIGTERM', () => shutdown('SIGTERM'));
      process.once('SIGINT', () => shutdown('SIGINT'));
    })
    .catch((error: Error) => {
      const message =
        error instanceof ConfigError
          ? error.message
          : `${definition.name} failed to start: ${error.stack ?? error.message}`;
      process.stderr.write(`${message}\n`);
      process.exit(1);
    });
}
