import { join } from 'node:path';
import { ServiceDefinition } from '@voicegraph/platform';

/** The built service definition of `services/<name>` (bench child processes start it themselves). */
export function builtServiceDefinition(name: string): ServiceDefinition {
  const exported = require(join(__dirname, '..', '..', 'services', name, 'dist', 'service.js')) as Record<
    string,
    ServiceDefinition
  >;
  const definition = Object.values(exported).find(
    (value) => value && typeof value === 'object' && (value as ServiceDefinition).name === name,
  );
  if (!definition) throw new Error(`services/${name}/dist/service.js exports no service definition`);
  return definition;
}
