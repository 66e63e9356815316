import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT_PACKAGE_NAME = 'voicegraph';

function isRepoRoot(dir: string): boolean {
  const pkgFile = path.join(dir, 'package.json');
  if (!existsSync(pkgFile)) return false;
  try {
    const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as { name?: unknown };
    return pkg.name === ROOT_PACKAGE_NAME;
  } catch {
    return false;
  }
}

/** Walks up from `start` to the directory whose package.json is named "voicegraph". */
export function findRepoRoot(start: string): string {
  let dir = path.resolve(start);
  for (;;) {
    if (isRepoRoot(dir)) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) {
      throw new Error(
        `Could not find the VoiceGraph repository root above ${start}: no package.json with "name": "${ROOT_PACKAGE_NAME}". ` +
          'Run the tools from inside the repository checkout.',
      );
    }
    dir = parent;
  }
}

let cachedRoot: string | undefined;

/** The repository root (works from tools/src/infra under ts-jest and from tools/dist/infra). */
export function repoRoot(): string {
  cachedRoot ??= findRepoRoot(__dirname);
  return cachedRoot;
}

/** `<root>/.cache`: downloaded artefacts and local broker state (ignored by git). */
export function cacheDir(): string {
  return path.join(repoRoot(), '.cache');
}

/** `<root>/.data`: local database files (ignored by git). */
export function dataDir(): string {
  return path.join(repoRoot(), '.data');
}
