import { defaultFieldResolver, GraphQLSchema } from 'graphql';
import { DataSource } from 'typeorm';
import { forbidden } from '../errors/errors';
import { isUuid } from '../errors/validation';
import { RequestContext } from '../server/context';
import { Actor, hasRole } from './actor';
import { PersonMembership } from './person-visibility';

/**
 * How a service finds a person's registration: people reads its own table, the others their
 * projection of people. Null when it does not know the person.
 */
export type MembershipLookup = (dataSource: DataSource, personId: string) => Promise<PersonMembership | null>;

/**
 * The identity provider is trusted to say who is calling (`sub`), not where they belong: a
 * young person's or practitioner's `partnership` and `orgs` must agree with their registration,
 * which people owns. Null when they agree; otherwise why not, in words the caller can act on.
 */
export function contradictedClaims(actor: Actor, membership: PersonMembership): string | null {
  if (actor.partnershipId && actor.partnershipId !== membership.partnershipId)
    return 'Your token names a partnership you are not registered in; ask your participation lead to check your registration.';
  const foreign = actor.organisationIds.filter((org) => !membership.organisationIds.includes(org));
  if (foreign.length > 0)
    return `Your token names organisations you are not registered in (${foreign.join(', ')}); ask your participation lead to check your registration.`;
  return null;
}

/** Roles held through registration in organisations (the ones the person register can contradict). */
const REGISTERED_ROLES = ['YOUNG_PERSON', 'PRACTITIONER', 'PARTICIPATION_LEAD'] as const;

const checked = new WeakMap<RequestContext, Promise<void>>();

/** Once per request: FORBIDDEN when the token's claims contradict the caller's registration. */
export function checkClaims(ctx: RequestContext, lookup: MembershipLookup): Promise<void> {
  const actor = ctx.actor;
  if (!actor || !hasRole(actor, ...REGISTERED_ROLES)) return Promise.resolve();
  let check = checked.get(ctx);
  if (!check) {
    check = lookup(ctx.dataSource, actor.personId).then((membership) => {
      const problem = membership && contradictedClaims(actor, membership);
      if (problem) throw forbidden(problem);
    });
    checked.set(ctx, check);
  }
  return check;
}

/**
 * Puts the claims check in front of every root field (queries, mutations and `_entities`, not
 * `_service`), once for the whole service, so no resolver can forget it.
 */
export function guardRootFields(schema: GraphQLSchema, lookup: MembershipLookup): void {
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      if (field.name === '_service') continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = async (source, args, ctx: RequestContext, info) => {
        await checkClaims(ctx, lookup);
        return resolve(source, args, ctx, info);
      };
    }
  }
}

/** A lookup reading `partnership_id` and `organisation_ids` from the service's own table of people. */
export function membershipIn(table: string, idColumn: string): MembershipLookup {
  return async (dataSource, personId) => {
    if (!isUuid(personId)) return null;
    const [row] = (await dataSource.query(
      `SELECT partnership_id, organisation_ids FROM ${table} WHERE ${idColumn} = $1`,
      [personId],
    )) as { partnership_id: string; organisation_ids: string[] }[];
    return row ? { partnershipId: row.partnership_id, organisationIds: row.organisation_ids } : null;
  };
}
