import { Resolvers } from '../generated/resolvers';
import { Mutation } from './mutation';
import { Consent, Person } from './person';
import { Organisation, Partnership } from './partnership';
import { Query } from './query';

export const resolvers: Resolvers = {
  Query,
  Mutation,
  Person,
  Consent,
  Partnership,
  Organisation,
};
