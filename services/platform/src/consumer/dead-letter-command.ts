import { DataSource } from 'typeorm';
import { Env } from '../config/env';
import { loadServiceConfig } from '../config/service-config';
import { createDataSource } from '../db/create-data-source';
import { ServiceDefinition } from '../server/service-definition';
import { DeadLetters } from './dead-letters';

export const DEAD_LETTERS_USAGE = `Usage: npm run dead-letters -- <command> [--service <name>]
  list                      parked events (of every service, or of --service)
  show <id> --service X     one parked event with its payload and why it was parked
  replay <id> --service X   apply it again through the inbox (applied once, whatever happens)
  replay --all --service X  every parked event of the service, oldest first
Each service's DATABASE_URL (or the local default) says where its dead_letter table is.`;

export interface DeadLetterCommandDeps {
  /** The service's parked events on an open data source; tests pass one, the CLI opens its own. */
  open?: (definition: ServiceDefinition) => Promise<{ letters: DeadLetters; close(): Promise<void> }>;
  env?: Env;
  print: (line: string) => void;
}

/** `npm run dead-letters`: returns the process exit code (0 done, 1 something failed, 2 bad usage). */
export async function runDeadLetterCommand(
  argv: string[],
  definitions: ServiceDefinition[],
  deps: DeadLetterCommandDeps,
): Promise<number> {
  const { print } = deps;
  const serviceAt = argv.indexOf('--service');
  const serviceName = serviceAt >= 0 ? argv[serviceAt + 1] : undefined;
  const args = argv.filter((_, i) => i !== serviceAt && i !== serviceAt + 1);
  const [command, target] = args;
  const chosen = serviceName ? definitions.filter((d) => d.name === serviceName) : definitions;
  if (serviceName && chosen.length === 0) {
    print(`No service "${serviceName}"; one of: ${definitions.map((d) => d.name).join(', ')}.`);
    return 2;
  }
  const needsOne = command === 'show' || command === 'replay';
  if (!['list', 'show', 'replay'].includes(command ?? '') || (needsOne && (!serviceName || !target))) {
    print(DEAD_LETTERS_USAGE);
    return 2;
  }
  const open = deps.open ?? ((definition) => openDeadLetters(definition, deps.env ?? process.env));
  let failed = false;
  for (const definition of chosen) {
    const { letters, close } = await open(definition);
    try {
      if (command === 'list') {
        const parked = await letters.list();
        print(`${definition.name}: ${parked.length} parked`);
        for (const p of parked)
          print(
            `  ${p.id}  ${p.parkedAt.toISOString()}  ${p.eventType ?? '(not a CloudEvent)'}  ${p.topic}[${p.partition}]@${p.offset}  ${p.error}`,
          );
      } else if (command === 'show') {
        const letter = await letters.show(target);
        if (!letter) {
          print(`${definition.name} has no parked event ${target}.`);
          failed = true;
        } else print(JSON.stringify(letter, null, 2));
      } else {
        const results = await letters.replay(target === '--all' ? 'all' : target);
        if (results.length === 0 && target !== '--all') {
          print(`${definition.name} has no parked event ${target}.`);
          failed = true;
        }
        for (const r of results) {
          print(
            `${definition.name} ${r.id} (${r.eventId ?? 'no event id'}): ${r.outcome}${r.error ? ` — ${r.error}` : ''}`,
          );
          failed ||= r.outcome === 'failed';
        }
        if (target === '--all') print(`${definition.name}: replayed ${results.length}`);
      }
    } finally {
      await close();
    }
  }
  return failed ? 1 : 0;
}

async function openDeadLetters(definition: ServiceDefinition, env: Env) {
  const config = loadServiceConfig(definition.name, env);
  const dataSource: DataSource = createDataSource({
    url: config.databaseUrl,
    schema: definition.name,
    entities: definition.entities,
    migrations: definition.migrations,
    poolSize: 2,
    applicationName: `voicegraph-${definition.name}-dead-letters`,
  });
  await dataSource.initialize();
  return {
    letters: new DeadLetters(dataSource, definition.name, definition.consumes ?? [], config.erasureKey),
    close: () => dataSource.destroy(),
  };
}
