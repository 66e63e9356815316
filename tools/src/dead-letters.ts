import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runDeadLetterCommand, SERVICE_NAMES, ServiceDefinition } from '@voicegraph/platform';
import { repoRoot } from './infra/paths';

/**
 * `npm run dead-letters -- list | show <id> | replay <id|--all> [--service <name>]`. Each built
 * service's definition is loaded from its dist/service.js, so a replay runs that service's own
 * handlers through its inbox, exactly as a delivery from Kafka would.
 */
function builtDefinitions(): ServiceDefinition[] {
  return SERVICE_NAMES.flatMap((name) => {
    const file = join(repoRoot(), 'services', name, 'dist', 'service.js');
    if (!existsSync(file)) return [];
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a built service, found at run time
    const exported = Object.values(require(file) as Record<string, unknown>);
    const definition = exported.find(
      (value): value is ServiceDefinition =>
        !!value && typeof value === 'object' && (value as ServiceDefinition).name === name && 'typeDefs' in value,
    );
    return definition ? [definition] : [];
  });
}

if (require.main === module) {
  void runDeadLetterCommand(process.argv.slice(2), builtDefinitions(), {
    print: (line) => process.stdout.write(`${line}\n`),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: Error) => {
      process.stderr.write(`dead-letters: ${error.message}\n`);
      process.exitCode = 1;
    },
  );
}
