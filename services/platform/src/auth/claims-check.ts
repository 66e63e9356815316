import { defaultFieldResolver, GraphQLSchema } from 'graphql';
import { DataSource } from 'typeorm';
import { forbidden } from '../errors/errors';
import { isUuid } from '../errors/validation';
import { RequestContext } from '../server/context';
import type { PersonKind } from '../events/catalogue';
import { Actor, Role } from './actor';
import { PersonMembership } from './person-visibility';

/**
 * How a service finds a person's registration: people reads its own table, the others their
 * projection of people. Null when it does not know the person.
 */
export type MembershipLookup = (dataSource: DataSource, personId: string) => Promise<Registration | null>;

/** Where a service finds registrations, and what a caller it has never heard of may still do. */
export interface ClaimsCheck {
  lookup: MembershipLookup;
  /**
   * Root fields a caller unknown to the service may call, and only with a token that names no
   * partnership and no organisations (people: `createPartnership`, which registers its caller
   * as the new partnership's first admin — the bootstrap, docs/privacy.md#token-claims).
   */
  openToStrangers?: readonly string[];
}

/** A person's registration as a service knows it: where they belong, and what kind of person they are. */
export interface Registration extends PersonMembership {
  kind: PersonKind;
}

/**
 * The kind of registration each role is for: a young person's role only for a young person, the
 * staff roles only for staff. Without it a child handed an ANALYST or PARTICIPATION_LEAD token
 * would pass every other check, since their partnership and organisations are real.
 */
const KIND_OF_ROLE: Record<Role, PersonKind> = {
  YOUNG_PERSON: 'YOUNG_PERSON',
  PRACTITIONER: 'STAFF',
  PARTICIPATION_LEAD: 'STAFF',
  PARTNERSHIP_ADMIN: 'STAFF',
  ANALYST: 'STAFF',
};

/**
 * The identity provider is trusted to say who is calling (`sub`) and in which roles, not where
 * they belong: every caller's `partnership` and `orgs` must agree with their registration, which
 * people owns. A token may name less than the registration (no partnership, fewer
 * organisations: it only narrows what it opens), never more. Null when they agree; otherwise
 * why not, in words the caller can act on. It speaks only of the caller's own registration.
 */
export function contradictedClaims(actor: Actor, membership: Registration): string | null {
  const misfit = actor.roles.find((role) => KIND_OF_ROLE[role] !== membership.kind);
  if (misfit)
    return (
      `Your sign-in gives you the role ${misfit}, which is not for someone registered as ` +
      `${membership.kind.toLowerCase().replace(/_/g, ' ')}. Sign in again; if it happens again, ask your partnership admin to check your registration.`
    );
  if (actor.partnershipId && actor.partnershipId !== membership.partnershipId)
    return (
      `Your sign-in says partnership ${actor.partnershipId} but you are registered in partnership ` +
      `${membership.partnershipId}. Sign in again; if it happens again, ask your partnership admin to check your registration.`
    );
  const foreign = actor.organisationIds.filter((org) => !membership.organisationIds.includes(org));
  if (foreign.length > 0) {
    const yours = membership.organisationIds.length > 0 ? membership.organisationIds.join(', ') : 'none';
    return (
      `Your sign-in names organisations you are not registered in (${foreign.join(', ')}); you belong to ${yours}. ` +
      'Sign in again; if it happens again, ask your partnership admin to check your registration.'
    );
  }
  return null;
}

/** Said to a caller the service has never heard of: refused, not guessed at. */
export function unknownCaller(personId: string): string {
  return (
    `This service does not know you (${personId}): either you are not registered in VoiceGraph, or your ` +
    'registration has not reached this service yet (usually within seconds of being registered). ' +
    'Try again in a minute; if it persists, ask your partnership admin to register you.'
  );
}

/** What the register says of the caller: agreed, contradicted (why), or never heard of. */
type Verdict = { kind: 'agrees' } | { kind: 'contradicted'; why: string } | { kind: 'unknown' };

const verdicts = new WeakMap<RequestContext, Promise<Verdict>>();

/**
 * How long an agreeing verdict is shared by the gateway's fetches of one client request. The
 * gateway sends every subgraph fetch of an operation with the operation's `x-request-id`, and a
 * subgraph read the caller's registration once per fetch: feedback three times per trail, two of
 * its eight statements. An operation's fetches follow each other within its
 * lifetime; a caller replaying a request id gains at most this long on a registration change,
 * well inside the seconds other services' copies of people already lag behind it.
 */
export const SHARED_VERDICT_MS = 2_000;

interface SharedVerdict {
  at: number;
  verdict: Promise<Verdict>;
}

/** Agreeing verdicts by request id and claims, per service (its database and lookup), oldest first. */
const shared = new WeakMap<object, WeakMap<MembershipLookup, Map<string, SharedVerdict>>>();
const MAX_SHARED = 10_000;

function sharedVerdicts(ctx: RequestContext, lookup: MembershipLookup): Map<string, SharedVerdict> | undefined {
  if (!ctx.requestId || !ctx.dataSource) return undefined;
  let byLookup = shared.get(ctx.dataSource);
  if (!byLookup) shared.set(ctx.dataSource, (byLookup = new WeakMap()));
  let verdicts = byLookup.get(lookup);
  if (!verdicts) byLookup.set(lookup, (verdicts = new Map()));
  return verdicts;
}

/** Everything the verdict depends on besides the registration: the request and the claims. */
const claimsKey = (requestId: string, actor: Actor): string =>
  `${requestId}\n${actor.personId}\n${actor.partnershipId ?? ''}\n${actor.organisationIds.join(',')}\n${actor.roles.join(',')}`;

function lookUpVerdict(ctx: RequestContext, actor: Actor, lookup: MembershipLookup): Promise<Verdict> {
  return lookup(ctx.dataSource, actor.personId).then((membership): Verdict => {
    if (!membership) return { kind: 'unknown' };
    const why = contradictedClaims(actor, membership);
    return why ? { kind: 'contradicted', why } : { kind: 'agrees' };
  });
}

/**
 * The caller's registration is read once per request, however many root fields it has, and
 * once per client operation for the reads the gateway fetches for it (SHARED_VERDICT_MS). A
 * mutation always reads it afresh, shares nothing and ends the sharing for its operation; only an
 * agreeing verdict is shared.
 */
function verdictFor(ctx: RequestContext, actor: Actor, lookup: MembershipLookup, mutation = false): Promise<Verdict> {
  let verdict = verdicts.get(ctx);
  if (verdict) return verdict;
  // A mutation may change what the verdict rests on: the operation's later fetches read afresh.
  if (mutation) sharedVerdicts(ctx, lookup)?.delete(claimsKey(ctx.requestId, actor));
  const recent = mutation ? undefined : sharedVerdicts(ctx, lookup);
  if (!recent) {
    verdict = lookUpVerdict(ctx, actor, lookup);
    verdicts.set(ctx, verdict);
    return verdict;
  }
  const now = Date.now();
  for (const [key, entry] of recent) {
    if (now - entry.at < SHARED_VERDICT_MS && recent.size <= MAX_SHARED) break;
    recent.delete(key);
  }
  const key = claimsKey(ctx.requestId, actor);
  const known = recent.get(key);
  if (known) verdict = known.verdict;
  else {
    verdict = lookUpVerdict(ctx, actor, lookup);
    const entry = { at: now, verdict };
    recent.set(key, entry);
    const forget = () => {
      if (recent.get(key) === entry) recent.delete(key);
    };
    verdict.then((v) => v.kind === 'agrees' || forget(), forget);
  }
  verdicts.set(ctx, verdict);
  return verdict;
}

/** A token that names nowhere: what a founder signs in with before their partnership exists. */
const namesNowhere = (actor: Actor): boolean => !actor.partnershipId && actor.organisationIds.length === 0;

/**
 * FORBIDDEN when the caller's token contradicts their registration, or when the service has
 * never heard of them (unless `field` is open to strangers and the token names nowhere).
 * Anonymous callers are not checked here: each resolver decides what they may see.
 */
export async function checkClaims(
  ctx: RequestContext,
  check: ClaimsCheck,
  field: string,
  mutation = false,
): Promise<void> {
  const actor = ctx.actor;
  if (!actor) return;
  const verdict = await verdictFor(ctx, actor, check.lookup, mutation);
  if (verdict.kind === 'contradicted') throw forbidden(verdict.why);
  if (verdict.kind === 'unknown' && !(check.openToStrangers?.includes(field) && namesNowhere(actor)))
    throw forbidden(unknownCaller(actor.personId));
}

/**
 * Puts the claims check in front of every root field (queries, mutations and `_entities`, not
 * `_service`), once for the whole service, so no resolver can forget it.
 */
export function guardRootFields(schema: GraphQLSchema, check: ClaimsCheck): void {
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      if (field.name === '_service') continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = async (source, args, ctx: RequestContext, info) => {
        await checkClaims(ctx, check, field.name, info.operation.operation === 'mutation');
        return resolve(source, args, ctx, info);
      };
    }
  }
}

/** A lookup reading `partnership_id`, `organisation_ids` and `kind` from the service's own table of people. */
export function membershipIn(table: string, idColumn: string): MembershipLookup {
  return async (dataSource, personId) => {
    if (!isUuid(personId)) return null;
    const [row] = (await dataSource.query(
      `SELECT partnership_id, organisation_ids, kind FROM ${table} WHERE ${idColumn} = $1`,
      [personId],
    )) as { partnership_id: string; organisation_ids: string[]; kind: PersonKind }[];
    return row ? { partnershipId: row.partnership_id, organisationIds: row.organisation_ids, kind: row.kind } : null;
  };
}
