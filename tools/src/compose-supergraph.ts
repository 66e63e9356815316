import { composeServices } from '@apollo/composition';
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'graphql';
import { DEFAULT_PORTS, readSubgraphSdl, SERVICE_NAMES } from '@voicegraph/platform';

const ROOT = resolve(__dirname, '../..');
export const SUPERGRAPH_PATH = join(ROOT, 'schema', 'supergraph.graphql');

/** Every subgraph that has an SDL file, with its default local URL. */
export function subgraphSdls(): { name: string; url: string; sdl: string }[] {
  return SERVICE_NAMES.map((name) => ({ name, path: join(ROOT, 'services', name, 'src', 'schema.graphql') }))
    .filter(({ path }) => existsSync(path))
    .map(({ name, path }) => ({
      name,
      url: `http://127.0.0.1:${DEFAULT_PORTS[name as keyof typeof DEFAULT_PORTS]}/graphql`,
      sdl: readSubgraphSdl(path),
    }));
}

/** Composes the subgraphs' SDL into the supergraph with @apollo/composition; throws with every composition error. */
export function composeSupergraph(): string {
  const result = composeServices(subgraphSdls().map(({ name, url, sdl }) => ({ name, url, typeDefs: parse(sdl) })));
  if (result.errors)
    throw new Error(`Supergraph composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`);
  return `${result.supergraphSdl.trimEnd()}\n`;
}

if (require.main === module) {
  const sdl = composeSupergraph();
  writeFileSync(SUPERGRAPH_PATH, sdl);
  process.stdout.write(
    `Wrote ${SUPERGRAPH_PATH} from ${subgraphSdls()
      .map((s) => s.name)
      .join(', ')}\n`,
  );
}
