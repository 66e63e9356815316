import { readFileSync } from 'node:fs';
import { DocumentNode } from 'graphql';
import gql from 'graphql-tag';

/** Reads a subgraph's schema-first SDL file. */
export function loadSdl(path: string): DocumentNode {
  return gql(readFileSync(path, 'utf8'));
}
