import { Resolvers } from '../generated/resolvers';
import { Partnership } from './analytics';
import { Consultation, Decision, Finding } from './decision';
import { AgendaItem, Attendance, Forum, Meeting, Seat } from './forum';
import { Mutation } from './mutation';
import { Person } from './person';
import { Objective, ObjectiveProgress, Plan } from './plan';
import { Query } from './query';
import { SubjectAccessReport } from './subject-access';

export const resolvers: Resolvers = {
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
};
