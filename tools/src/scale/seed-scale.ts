/**
 * npm run seed:scale [-- --scale 0.05] [-- --without-events]: a realistic city in database
 * VOICEGRAPH_DATABASE (default vg_scale), written in bulk. See docs/analytics.md "Scale data" for
 * what it makes and why it is shaped so.
 */
import { join } from 'node:path';
import {
  CloudEvent,
  createDataSource,
  eventSchemas,
  migrate,
  ServiceDefinition,
  SERVICE_NAMES,
  ServiceName,
} from '@voicegraph/platform';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { ensurePostgres, repoRoot, resetDatabase, withDatabase } from '../infra';
import { bulkLoad } from './bulk-load';
import { cityOf, CityScale } from './city-model';
import { consultationsStatements } from './consultations-step';
import { feedbackStatements } from './feedback-step';
import { governanceStatements } from './governance-step';
import { DROP_MODEL, modelStatements } from './model-tables';
import { peopleStatements, Statement } from './people-step';

export const SCALE_DATABASE = 'vg_scale';

/** The demo, bench and test databases are never touched. */
export function scaleDatabaseName(env: NodeJS.ProcessEnv = process.env): string {
  const name = env.VOICEGRAPH_DATABASE?.trim() || SCALE_DATABASE;
  if (name === 'voicegraph' || name === 'vg_bench' || name.startsWith('vg_test') || name.includes('demo')) {
    throw new Error(
      `seed:scale empties the database it writes to; refusing "${name}" (demo, bench or test). Use vg_scale or another name.`,
    );
  }
  return name;
}

function scaleArgument(argv: string[]): number {
  const at = argv.findIndex((arg) => arg === '--scale' || arg.startsWith('--scale='));
  if (at < 0) return 1;
  const value = Number(argv[at].includes('=') ? argv[at].split('=')[1] : argv[at + 1]);
  if (!(value > 0 && value <= 1))
    throw new Error('--scale must be a number in (0, 1]: the share of the full city to build.');
  return value;
}

/** Each service's own definition (migrations, entities), as its dist/service.js exports it. */
function definitionOf(name: ServiceName): ServiceDefinition {
  const exported = require(join(repoRoot(), 'services', name, 'dist', 'service.js')) as Record<
    string,
    ServiceDefinition
  >;
  const definition = Object.values(exported).find(
    (value) => value && typeof value === 'object' && (value as ServiceDefinition).name === name,
  );
  if (!definition) throw new Error(`services/${name}/dist/service.js exports no service definition; run npm run build`);
  return definition;
}

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)}s`;

/** Runs each step's statements in order, logging how long each step took. */
async function runSteps(
  who: string,
  statements: Statement[],
  query: (sql: string) => Promise<unknown>,
  log: (line: string) => void,
): Promise<void> {
  for (const statement of statements) {
    const started = Date.now();
    for (const sql of statement.sql.split(';\n')) await query(sql);
    log(`  ${who.padEnd(13)} ${statement.label.padEnd(50)} ${seconds(started)}`);
  }
}

/** A connection to `database` as the database owner (the city model is the generator's, not a service's). */
async function asOwner(adminUrl: string, database: string, work: (owner: Client) => Promise<void>): Promise<void> {
  const owner = new Client({ connectionString: withDatabase(adminUrl, database) });
  await owner.connect();
  try {
    await work(owner);
  } finally {
    await owner.end();
  }
}

/** The city model (model-tables.ts), made once. */
const makeModel = (adminUrl: string, database: string, city: CityScale, log: (line: string) => void) =>
  asOwner(adminUrl, database, async (owner) => {
    await owner.query(`SET synchronous_commit = off; SET work_mem = '128MB'; SET jit = off`);
    await runSteps('city model', modelStatements(city), (sql) => owner.query(sql), log);
  });

/** One service's part, as its own role, in one bulk load (bulk-load.ts); then statistics and the visibility map. */
async function loadService(name: ServiceName, db: DataSource, steps: Statement[], log: (line: string) => void) {
  const runner = db.createQueryRunner();
  await runner.connect();
  try {
    await bulkLoad(runner, name, (query) => runSteps(name, steps, query, log), log);
    const started = Date.now();
    // Statistics, and the visibility map that index-only scans need.
    await runner.query(`VACUUM ANALYZE`);
    log(`  ${name.padEnd(13)} ${'vacuumed and analysed'.padEnd(50)} ${seconds(started)}`);
  } finally {
    await runner.release();
  }
}

/** Runs `work` for every item, at most `lanes` at a time (the database has few cores to share). */
async function inLanes<T>(items: readonly T[], lanes: number, work: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  const lane = async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
  };
  await Promise.all(Array.from({ length: Math.max(1, lanes) }, lane));
}

/** Outbox envelopes (the first `perType` of every event type), checked against the JSON Schemas the relay and consumers use. */
export async function validateSamples(db: DataSource, service: string, perType = 3): Promise<number> {
  // Ranks ids alone (the envelopes of a city's 1.4 million events would be sorted on disk).
  const rows: { envelope: CloudEvent }[] = await db.query(
    `SELECT envelope FROM ${service}.outbox WHERE id IN (
       SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY event_type ORDER BY id) AS n FROM ${service}.outbox) o WHERE n <= $1)`,
    [perType],
  );
  const registry = eventSchemas();
  for (const { envelope } of rows) {
    const result = registry.validate(envelope);
    if (!result.valid)
      throw new Error(
        `Generated ${envelope.type} does not match its schema: ${result.errors.join('; ')}\n${JSON.stringify(envelope)}`,
      );
  }
  return rows.length;
}

async function counts(db: DataSource, service: string, tables: string[]): Promise<string> {
  const parts: string[] = [];
  for (const table of tables)
    parts.push(
      `${table} ${(await db.query(`SELECT count(*)::int AS n FROM ${service}.${table}`))[0].n.toLocaleString('en-GB')}`,
    );
  return parts.join(', ');
}

const TABLES: Record<ServiceName, string[]> = {
  people: ['organisation', 'person', 'consent', 'outbox'],
  consultations: [
    'consultation',
    'participation',
    'contribution',
    'finding',
    'person_projection',
    'reach_month',
    'outbox',
  ],
  governance: ['forum', 'seat', 'decision', 'decision_evidence', 'plan', 'objective', 'outbox'],
  feedback: [
    'feedback_obligation',
    'feedback_message',
    'feedback_recipient',
    'outcome',
    'voice_check',
    'participant',
    'outbox',
  ],
};

const STATEMENTS: Record<ServiceName, (city: CityScale) => Statement[]> = {
  people: () => peopleStatements(),
  consultations: () => consultationsStatements(),
  governance: governanceStatements,
  feedback: () => feedbackStatements(),
};

/** The biggest load first: the others share the second lane while it runs. */
const LOAD_ORDER: ServiceName[] = ['consultations', 'feedback', 'people', 'governance'];

export interface SeedOptions {
  /** How many services load side by side (SEED_SCALE_LANES, default 2: the database's cores). */
  lanes?: number;
  /**
   * Whether to write the outbox events (default true). A city made only to be read, with no relay
   * started on it, can do without them: they are most of the rows (about 1.8 million) and of the time.
   */
  events?: boolean;
}

export interface SeedResult {
  sources: Record<ServiceName, DataSource>;
  checkedEvents: number;
}

/**
 * Empties `database`, migrates every service as its own role and writes the city; returns the open
 * data sources (the caller destroys them).
 */
export async function seedCity(
  adminUrl: string,
  database: string,
  city: CityScale,
  log: (line: string) => void = () => undefined,
  options: SeedOptions = {},
): Promise<SeedResult> {
  const lanes = options.lanes ?? Number(process.env.SEED_SCALE_LANES ?? 2);
  const events = options.events ?? true;
  const steps = (name: ServiceName) => STATEMENTS[name](city).filter((step) => events || !step.events);
  const started = Date.now();
  const sources: Partial<Record<ServiceName, DataSource>> = {};
  try {
    const urls = await resetDatabase(adminUrl, database);
    for (const name of SERVICE_NAMES) {
      const definition = definitionOf(name);
      const db = createDataSource({
        url: urls[name],
        schema: name,
        entities: definition.entities,
        migrations: definition.migrations,
        poolSize: 2,
        applicationName: `seed-scale-${name}`,
        // A bulk loader, not a service: its statements (a city's inserts, VACUUM, sampling a whole
        // outbox) run longer than the role's limit for requests, so its connections have none.
        statementTimeoutMs: 0,
      });
      await db.initialize();
      sources[name] = db;
      await migrate(db);
    }
    log(`migrated in ${seconds(started)}; making the city model once:`);
    await makeModel(adminUrl, database, city, log);
    log(`writing as each service's own role, ${lanes} at a time${events ? '' : ', without the outbox events'}:`);
    await inLanes(LOAD_ORDER, lanes, (name) => loadService(name, sources[name]!, steps(name), log));
    let checkedEvents = 0;
    if (events) for (const name of SERVICE_NAMES) checkedEvents += await validateSamples(sources[name]!, name);
    log(`seeded in ${seconds(started)}`);
    return { sources: sources as Record<ServiceName, DataSource>, checkedEvents };
  } catch (error) {
    for (const db of Object.values(sources)) await db?.destroy();
    throw error;
  } finally {
    await asOwner(adminUrl, database, (owner) => owner.query(DROP_MODEL).then(() => undefined)).catch(() => undefined);
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  const database = scaleDatabaseName();
  const city = cityOf(scaleArgument(process.argv.slice(2)));
  const log = (line: string) => process.stdout.write(`${line}\n`);
  log(`seed:scale → database ${database}: ${JSON.stringify(city)}`);
  const postgres = await ensurePostgres();
  try {
    const events = !process.argv.includes('--without-events');
    const { sources, checkedEvents } = await seedCity(postgres.adminUrl, database, city, log, { events });
    try {
      log(`checked ${checkedEvents} sample events against schema/events\n\nmade:`);
      for (const name of SERVICE_NAMES) log(`  ${name.padEnd(13)} ${await counts(sources[name], name, TABLES[name])}`);
      log(
        `\nseed:scale done in ${seconds(started)}. The events wait in each schema's outbox: a service started on ${database} publishes them;\n` +
          `consumers find them already in their inbox (the generator wrote the projections), so nothing is applied twice.`,
      );
    } finally {
      for (const db of Object.values(sources)) await db.destroy();
    }
  } finally {
    await postgres.stop();
  }
}

if (require.main === module) {
  main().catch((error: Error) => {
    process.stderr.write(`seed:scale failed: ${error.stack ?? error.message}\n`);
    process.exit(1);
  });
}
