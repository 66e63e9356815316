/**
 * Child entry for the analytics benchmark: one subgraph on the scale database with no relay,
 * consumers or jobs, so the benchmark times the analyst's reads alone (nothing else writes while
 * it runs). BENCH_SERVICE = service name.
 */
import { join } from 'node:path';
import { ServiceDefinition, startService } from '@voicegraph/platform';

const name = process.env.BENCH_SERVICE ?? '';
const exported = require(join(__dirname, '..', '..', 'services', name, 'dist', 'service.js')) as Record<string, ServiceDefinition>;
const definition = Object.values(exported).find((value) => value && typeof value === 'object' && (value as ServiceDefinition).name === name);
if (!definition) throw new Error(`services/${name}/dist/service.js exports no service definition`);
startService(definition, { relay: false, consumers: false, jobs: false }).then(
  (service) => {
    const stop = () => service.stop().then(() => process.exit(0), () => process.exit(1));
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  },
  (error: Error) => {
    process.stderr.write(`${name} failed to start: ${error.stack}\n`);
    process.exit(1);
  },
);
