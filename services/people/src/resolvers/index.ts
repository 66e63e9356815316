import { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { RequestContext } from '@voicegraph/platform';
import { Mutation } from './mutation';
import { Consent, Person } from './person';
import { Organisation, Partnership } from './partnership';
import { Query } from './query';

export const resolvers = {
  Query,
  Mutation,
  Person,
  Consent,
  Partnership,
  Organisation,
} as unknown as GraphQLResolverMap<RequestContext>;
