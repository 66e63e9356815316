import { createDataSource, loadServiceConfig, migrate } from '@voicegraph/platform';
import { readRetentionRule } from './domain/retention';
import { parseRetentionArgs } from './retention/args';
import { RetentionRefused, runRetention } from './retention/run-retention';

/**
 * Runs the retention rule against people's database (DATABASE_URL, as the service). Erasures go
 * through the outbox: the running people service publishes their PersonErased events.
 */
async function main(): Promise<void> {
  const args = parseRetentionArgs(process.argv.slice(2));
  const rule = readRetentionRule(process.env);
  if (!rule) {
    process.stdout.write('The retention rule is off (RETENTION_INACTIVE_YEARS is not set): nothing to do.\n');
    return;
  }
  const config = loadServiceConfig('people');
  // Loaded here, after the rule was read, so a bad variable is reported as a message, not a stack.
  const { peopleService } = await import('./service');
  const dataSource = createDataSource({
    url: config.databaseUrl,
    schema: 'people',
    entities: peopleService.entities,
    migrations: peopleService.migrations,
    poolSize: 2,
  });
  await dataSource.initialize();
  try {
    await migrate(dataSource);
    const report = await runRetention(dataSource, config.erasureKey, rule, args);
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    process.stderr.write(
      args.dryRun
        ? `Dry run: ${report.due.length} people would be erased. Nothing was changed.\n`
        : `Erased ${report.erased.length} people.\n`,
    );
  } finally {
    await dataSource.destroy();
  }
}

if (require.main === module) {
  main().catch((error: Error) => {
    process.stderr.write(`${error instanceof RetentionRefused ? 'Refused: ' : ''}${error.message}\n`);
    process.exit(1);
  });
}
