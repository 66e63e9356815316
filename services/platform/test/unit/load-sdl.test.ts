import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSdl, readSubgraphSdl } from '../../src/graphql/load-sdl';

const sdlFile = (text: string): string => {
  const path = join(mkdtempSync(join(tmpdir(), 'vg-sdl-')), 'schema.graphql');
  writeFileSync(path, text);
  return path;
};
const typeNames = (path: string): string[] =>
  loadSdl(path)
    .definitions.flatMap((d) => ('name' in d && d.name ? [d.name.value] : []))
    .sort();

describe("subgraph SDL with the platform's shared fragments", () => {
  it('appends each fragment a subgraph imports, and only those', () => {
    const own = '"A thing."\ntype Query { "It." thing: Int }\n';
    expect(typeNames(sdlFile(own))).toEqual(['Query']);
    expect(typeNames(sdlFile(`# import * from "@voicegraph/platform/sdl/population.graphql"\n${own}`))).toEqual([
      'AgeBand',
      'Cohort',
      'ParticipationContext',
      'Query',
    ]);
    expect(typeNames(sdlFile(`# import * from "@voicegraph/platform/sdl/analytics.graphql"\n${own}`))).toEqual([
      'AnalyticsFilter',
      'AnalyticsPeriod',
      'AnalyticsPeriodRange',
      'Query',
      'SuppressedCount',
      'SuppressedRate',
    ]);
  });

  it('fails loudly on an import of a fragment that does not exist', () => {
    expect(() =>
      readSubgraphSdl(
        sdlFile('# import * from "@voicegraph/platform/sdl/nothing-here.graphql"\ntype Query { a: Int }\n'),
      ),
    ).toThrow(/nothing-here\.graphql/);
  });
});
