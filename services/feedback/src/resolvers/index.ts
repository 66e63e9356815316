import { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { RequestContext } from '@voicegraph/platform';
import { Partnership } from './analytics';
import { FeedbackMessage, FeedbackObligation, Outcome, VoiceCheck } from './feedback-types';
import { Mutation } from './mutation';
import { Query } from './query';
import { Consultation, Decision, Finding, Person } from './references';
import { SubjectAccessReport } from './subject-access';

export const resolvers = {
  Query,
  Mutation,
  Outcome,
  FeedbackObligation,
  FeedbackMessage,
  VoiceCheck,
  Consultation,
  Finding,
  Decision,
  Person,
  Partnership,
  SubjectAccessReport,
} as unknown as GraphQLResolverMap<RequestContext>;
