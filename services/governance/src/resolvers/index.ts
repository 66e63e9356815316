import { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { RequestContext } from '@voicegraph/platform';
import { Partnership } from './analytics';
import { Consultation, Decision, Finding } from './decision';
import { AgendaItem, Attendance, Forum, Meeting, Seat } from './forum';
import { Mutation } from './mutation';
import { Person } from './person';
import { Objective, ObjectiveProgress, Plan } from './plan';
import { Query } from './query';
import { SubjectAccessReport } from './subject-access';

export const resolvers = {
  Query,
  Mutation,
  Forum,
  Seat,
  Meeting,
  Attendance,
  AgendaItem,
  Decision,
  Plan,
  Objective,
  ObjectiveProgress,
  Person,
  Consultation,
  Finding,
  Partnership,
  SubjectAccessReport,
} as unknown as GraphQLResolverMap<RequestContext>;
