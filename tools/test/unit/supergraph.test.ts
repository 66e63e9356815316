import { readFileSync } from 'node:fs';
import { Kind, parse } from 'graphql';
import { composeSupergraph, SUPERGRAPH_PATH, subgraphSdls } from '../../src/compose-supergraph';

describe('the committed supergraph', () => {
  it('composes from the subgraphs without errors', () => {
    expect(() => composeSupergraph()).not.toThrow();
  });

  it('is exactly what `npm run compose` produces now (not stale)', () => {
    const committed = readFileSync(SUPERGRAPH_PATH, 'utf8');
    if (committed !== composeSupergraph()) {
      throw new Error('schema/supergraph.graphql is stale: run `npm run compose` and commit the result.');
    }
  });

  it('includes every subgraph that has an SDL file', () => {
    const committed = readFileSync(SUPERGRAPH_PATH, 'utf8');
    for (const { name } of subgraphSdls()) expect(committed).toMatch(new RegExp(`@join__graph\\(name: "${name}"`));
  });

  it('has a description on every type and field of every subgraph', () => {
    const missing: string[] = [];
    for (const { name, sdl } of subgraphSdls()) {
      for (const def of parse(sdl).definitions) {
        if (!('name' in def) || !def.name) continue;
        const typeName = def.name.value;
        const described = 'description' in def && def.description;
        const isRootOrExtension = ['Query', 'Mutation'].includes(typeName) || def.kind === Kind.OBJECT_TYPE_EXTENSION;
        if (!described && !isRootOrExtension) missing.push(`${name}: type ${typeName}`);
        const fields = 'fields' in def && def.fields ? def.fields : [];
        for (const field of fields) if (!field.description) missing.push(`${name}: ${typeName}.${field.name.value}`);
        const values = 'values' in def && def.values ? def.values : [];
        for (const value of values) if (!value.description) missing.push(`${name}: ${typeName}.${value.name.value}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
