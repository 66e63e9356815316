import { Resolvers } from '../generated/resolvers';
import { Mutation } from './mutation';
import { Consent, Person } from './person';
import { Organisation, Partnership } from './partnership';
import { Query } from './query';
import { SubjectAccessReport, subjectAccessQuery } from './subject-access';

export const resolvers: Resolvers = {
  Query: { ...Query, ...subjectAccessQuery },
  SubjectAccessReport,
  Mutation,
  Person,
  Consent,
  Partnership,
  Organisation,
};
