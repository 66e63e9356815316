import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DocumentNode } from 'graphql';
import gql from 'graphql-tag';

/** The SDL every subgraph shares (services/platform/sdl), the same from src and from dist. */
const SHARED_SDL_DIR = resolve(__dirname, '../../sdl');
const SHARED_IMPORT = /^# import \* from "@voicegraph\/platform\/sdl\/([a-z-]+)\.graphql"$/gm;

/**
 * A subgraph's SDL file as text, with the platform's shared fragments it imports appended
 * (a line `# import * from "@voicegraph/platform/sdl/<name>.graphql"`). Types that several
 * subgraphs must define identically for composition are written once, there.
 */
export function readSubgraphSdl(path: string): string {
  const own = readFileSync(path, 'utf8');
  const shared = [...own.matchAll(SHARED_IMPORT)].map(([, name]) =>
    readFileSync(join(SHARED_SDL_DIR, `${name}.graphql`), 'utf8'),
  );
  return [own, ...shared].join('\n');
}

/** Reads a subgraph's schema-first SDL file, with the shared fragments it imports. */
export function loadSdl(path: string): DocumentNode {
  return gql(readSubgraphSdl(path));
}
