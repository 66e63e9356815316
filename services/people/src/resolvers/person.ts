import { Actor, forbidden, RequestContext } from '@voicegraph/platform';
import { canSeePerson, canSeeSensitive } from '../domain/access';
import { ageBandOf } from '../domain/age';
import { isCurrentConsent } from '../domain/consent-state';
import { OrganisationEntity, PersonEntity } from '../entities';
import { consentsLoader, organisationLoader, personLoader } from '../loaders';
import { partnershipOf } from './partnership';
import { ConsentEndReason } from '../generated/resolvers';

/** Special-category fields: every read is written to the audit log. */
const SPECIAL_CATEGORY = new Set<keyof PersonEntity>(['cohorts', 'ethnicity', 'dateOfBirth']);

function sensitive<F extends 'dateOfBirth' | 'email' | 'phone' | 'cohorts' | 'ethnicity'>(field: F) {
  return (person: PersonEntity, _: unknown, ctx: RequestContext): PersonEntity[F] => {
    const actor = ctx.actor as Actor;
    if (!canSeeSensitive(actor, person)) {
      throw forbidden(
        `${field} is visible only to the person themself and participation leads of their organisations.`,
      );
    }
    if (SPECIAL_CATEGORY.has(field)) ctx.audit.read('Person', person.id, field);
    return person[field];
  };
}

export const Person = {
  /** Entity references (`_entities`) obey the same rules as `person(id)`: unseen people resolve to null. */
  async __resolveReference(ref: { id: string }, ctx: RequestContext) {
    if (!ctx.actor) throw forbidden('Sign in to see people.');
    const person = await personLoader(ctx).load(ref.id);
    return person && canSeePerson(ctx.actor, person) ? person : null;
  },
  ageBand: (person: PersonEntity) => ageBandOf(person.dateOfBirth),
  dateOfBirth: sensitive('dateOfBirth'),
  email: sensitive('email'),
  phone: sensitive('phone'),
  cohorts: sensitive('cohorts'),
  ethnicity: sensitive('ethnicity'),
  organisations: async (person: PersonEntity, _: unknown, ctx: RequestContext) =>
    (await organisationLoader(ctx).loadMany(person.organisationIds)).filter(
      (o): o is OrganisationEntity => !!o && !(o instanceof Error),
    ),
  partnership: (person: PersonEntity, _: unknown, ctx: RequestContext) => partnershipOf(ctx, person.partnershipId),
  consents: (person: PersonEntity, _: unknown, ctx: RequestContext) => consentsLoader(ctx).load(person.id),
  canParticipate: async (person: PersonEntity, _: unknown, ctx: RequestContext) =>
    (await consentsLoader(ctx).load(person.id)).some((c) => c.kind === 'PARTICIPATION' && isCurrentConsent(c)),
};

export const Consent = {
  // The column holds only the enum's values (written by the consent commands).
  endedBecause: (consent: { withdrawalReason: string | null }) => consent.withdrawalReason as ConsentEndReason | null,
  current: (consent: { withdrawnAt: Date | null; expiresOn: string | null }) => isCurrentConsent(consent),
};
