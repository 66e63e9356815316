import { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { RequestContext } from '@voicegraph/platform';
import { Partnership } from './analytics';
import { FeedbackMessage, FeedbackObligation, Outcome, VoiceCheck, YouSaidWeDidEntry } from './feedback-types';
import { Mutation } from './mutation';
import { Query } from './query';
import { Consultation, Decision, Finding, Person } from './references';

export const resolvers = {
  Query,
  Mutation,
  Outcome,
  FeedbackObligation,
  FeedbackMessage,
  VoiceCheck,
  YouSaidWeDidEntry,
  Consultation,
  Finding,
  Decision,
  Person,
  Partnership,
} as unknown as GraphQLResolverMap<RequestContext>;
