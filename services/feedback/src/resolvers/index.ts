import { Resolvers } from '../generated/resolvers';
import { Partnership } from './analytics';
import { FeedbackMessage, FeedbackObligation, Outcome, VoiceCheck, YouSaidWeDidEntry } from './feedback-types';
import { Mutation } from './mutation';
import { Query } from './query';
import { Consultation, Decision, Finding, Person } from './references';
import { SubjectAccessReport } from './subject-access';

export const resolvers: Resolvers = {
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
  SubjectAccessReport,
};
