import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from '../../src/infra/paths';

/** tools/node-lts.sh: the pinned Node LTS runs the project whatever `node` the machine has. */

const launcher = path.join(repoRoot(), 'tools', 'node-lts.sh');
const pinned = readFileSync(path.join(repoRoot(), '.node-version'), 'utf8').trim();

function run(pathEnv: string, args: string[]): string {
  return execFileSync('sh', [launcher, ...args], { env: { ...process.env, PATH: pathEnv }, encoding: 'utf8' });
}

describe('node-lts.sh', () => {
  let fakeDir: string;
  beforeAll(() => {
    // A `node` of an older major version first on PATH, as on a machine still on Node 20.
    fakeDir = mkdtempSync(path.join(tmpdir(), 'vg-old-node-'));
    const fake = path.join(fakeDir, 'node');
    writeFileSync(
      fake,
      '#!/bin/sh\n[ "$1" = "-p" ] && echo 20.0.0 && exit 0\necho "old node must not run" >&2\nexit 3\n',
    );
    chmodSync(fake, 0o755);
  });
  afterAll(() => rmSync(fakeDir, { recursive: true, force: true }));

  test('runs the pinned release, not the older node first on PATH, and passes arguments and exit codes', () => {
    const pathEnv = `${fakeDir}:${process.env.PATH ?? ''}`;
    expect(run(pathEnv, ['-p', 'process.versions.node'])).toBe(`${pinned}\n`);
    const binDir = run(pathEnv, ['--bin-dir']).trim();
    expect(binDir).toBe(path.join(repoRoot(), '.cache', 'node', `${pinned}-linux-x64`, 'bin'));
    // Children that start `node` by name find the same release first.
    expect(
      run(pathEnv, [
        '-e',
        'process.stdout.write(require("child_process").execSync("node -p process.version").toString())',
      ]),
    ).toBe(`v${pinned}\n`);
    expect(() => run(pathEnv, ['-e', 'process.exit(7)'])).toThrow(expect.objectContaining({ status: 7 }));
  });

  test('uses the node on PATH when it already is the pinned major version', () => {
    const sameMajor = mkdtempSync(path.join(tmpdir(), 'vg-lts-node-'));
    try {
      const fake = path.join(sameMajor, 'node');
      const major = pinned.split('.')[0];
      writeFileSync(fake, `#!/bin/sh\n[ "$1" = "-p" ] && echo ${major}.0.0 && exit 0\necho "machine node ran: $*"\n`);
      chmodSync(fake, 0o755);
      expect(run(`${sameMajor}:/usr/bin:/bin`, ['--bin-dir']).trim()).toBe(sameMajor);
      expect(run(`${sameMajor}:/usr/bin:/bin`, ['app.js', '--flag'])).toBe('machine node ran: app.js --flag\n');
    } finally {
      rmSync(sameMajor, { recursive: true, force: true });
    }
  });
});
