import { resolve } from 'node:path';
import { loadSdl, PeopleEvents, ServiceDefinition } from '@voicegraph/platform';
import * as entities from './entities';
import { PeopleTables1763800000100 } from './migrations/1763800000100-people-tables';
import { resolvers } from './resolvers';

/** The people subgraph: its SDL, resolvers, tables and events. The platform does the rest. */
export const peopleService: ServiceDefinition = {
  name: 'people',
  typeDefs: loadSdl(resolve(__dirname, '../src/schema.graphql')),
  resolvers,
  entities: Object.values(entities),
  migrations: [PeopleTables1763800000100],
  produces: Object.values(PeopleEvents),
};
