import { existsSync } from 'node:fs';
import path from 'node:path';
import { cacheDir, findRepoRoot, repoRoot } from '../../src/infra/paths';

test('repoRoot is the directory whose package.json is named voicegraph', () => {
  const root = repoRoot();
  expect(existsSync(path.join(root, 'tools', 'src', 'infra', 'paths.ts'))).toBe(true);
  expect(findRepoRoot(path.join(root, 'tools', 'src', 'infra'))).toBe(root);
  expect(cacheDir()).toBe(path.join(root, '.cache'));
});

test('findRepoRoot explains itself outside the repository', () => {
  expect(() => findRepoRoot('/')).toThrow(/Could not find the VoiceGraph repository root/);
});
