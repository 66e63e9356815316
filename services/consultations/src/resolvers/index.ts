import { ReachCaches } from '../analytics/reach-cache';
import { ConsultationsSettings } from '../domain/settings';
import { Resolvers } from '../generated/resolvers';
import { partnershipResolvers } from './analytics';
import { Consultation, Finding, Question } from './consultation';
import { Contribution, Participation } from './contribution';
import { Organisation, Person, RemovedContribution } from './extensions';
import { Mutation } from './mutation';
import { Query } from './query';
import { SubjectAccessReport } from './subject-access';

export function resolversFor(settings: ConsultationsSettings): Resolvers {
  const Partnership = partnershipResolvers(new ReachCaches(settings.reachCacheEntries));
  return {
    Query,
    Mutation,
    Consultation,
    Question,
    Finding,
    Contribution,
    Participation,
    Person,
    Organisation,
    RemovedContribution,
    Partnership,
    SubjectAccessReport,
  };
}
