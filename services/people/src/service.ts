import { resolve } from 'node:path';
import { loadSdl, PeopleEvents, ServiceDefinition } from '@voicegraph/platform';
import * as entities from './entities';
import { birthdaysJob } from './jobs/birthdays';
import { PeopleTables1763800000100 } from './migrations/1763800000100-people-tables';
import { PeoplePublishedAgeBand1764900000100 } from './migrations/1764900000100-published-age-band';
import { PeopleLastActivity1765100000100 } from './migrations/1765100000100-last-activity';
import { resolvers } from './resolvers';

/** The people subgraph: its SDL, resolvers, tables and events. The platform does the rest. */
export const peopleService: ServiceDefinition = {
  name: 'people',
  typeDefs: loadSdl(resolve(__dirname, '../src/schema.graphql')),
  resolvers,
  entities: Object.values(entities),
  migrations: [PeopleTables1763800000100, PeoplePublishedAgeBand1764900000100, PeopleLastActivity1765100000100],
  produces: Object.values(PeopleEvents),
  jobs: [birthdaysJob],
};
