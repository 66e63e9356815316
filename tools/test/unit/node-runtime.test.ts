import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../src/infra/paths';

/** One supported Node LTS everywhere: .node-version pins it; engines, the image and CI follow it. */

function read(relative: string): string {
  return readFileSync(path.join(repoRoot(), relative), 'utf8');
}

const pinned = read('.node-version').trim();
const major = pinned.split('.')[0];

test('.node-version pins an exact release of Node 26, the active LTS', () => {
  expect(pinned).toMatch(/^26\.\d+\.\d+$/);
});

test('engines accepts exactly that major version', () => {
  const pkg = JSON.parse(read('package.json')) as { engines: { node: string } };
  expect(pkg.engines.node).toBe(`^${major}.0.0`);
});

test('the Dockerfile builds and runs on the pinned release', () => {
  const arg = /^ARG NODE_IMAGE=(.+)$/m.exec(read('Dockerfile'));
  expect(arg?.[1]).toBe(`node:${pinned}-bookworm-slim`);
});

test('@types/node describes the same major version', () => {
  const pkg = JSON.parse(read('package.json')) as { devDependencies: Record<string, string> };
  expect(pkg.devDependencies['@types/node']).toMatch(new RegExp(`^\\^${major}\\.`));
});

test('.ci/run and every script that runs project code go through the launcher', () => {
  expect(read('.ci/run')).toContain('sh tools/node-lts.sh --bin-dir');
  const pkg = JSON.parse(read('package.json')) as { scripts: Record<string, string> };
  const steps = Object.values(pkg.scripts).flatMap((cmd) => cmd.split('&&').map((s) => s.trim()));
  expect(steps).toContain('sh tools/node-lts.sh tools/dist/start.js');
  expect(pkg.scripts.test).toContain('sh tools/node-lts.sh node_modules/jest/bin/jest.js --runInBand --selectProjects');
  expect(steps.filter((s) => /^(node|jest|npx)\b/.test(s))).toEqual([]);
});
