import { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { RequestContext } from '@voicegraph/platform';
import { Mutation } from './mutation';
import { Consent, Person } from './person';
import { Organisation, Partnership } from './partnership';
import { Query } from './query';
import { SubjectAccessReport, subjectAccessQuery } from './subject-access';

export const resolvers = {
  Query: { ...Query, ...subjectAccessQuery },
  SubjectAccessReport,
  Mutation,
  Person,
  Consent,
  Partnership,
  Organisation,
} as unknown as GraphQLResolverMap<RequestContext>;
