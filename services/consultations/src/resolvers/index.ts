import { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { RequestContext } from '@voicegraph/platform';
import { Partnership } from './analytics';
import { Consultation, Finding, Question } from './consultation';
import { Contribution, Participation } from './contribution';
import { Organisation, Person } from './extensions';
import { Mutation } from './mutation';
import { Query } from './query';

export const resolvers = { Query, Mutation, Consultation, Question, Finding, Contribution, Participation, Person, Organisation, Partnership } as unknown as GraphQLResolverMap<RequestContext>;
