import { randomUUID } from 'node:crypto';
import { Role, RunningService } from '@voicegraph/platform';
import { tokenFor } from './config';
import { gql, ok } from './graphql-client';
import { waitFor } from './wait-for';

/**
 * Signing people in as the services expect (docs/privacy.md#token-claims): every caller is
 * registered in people first, and their token names only the partnership and organisations of
 * that registration. Tests register people, then sign their tokens; never the other way round.
 */

/** Someone signed in: their person id and token. */
export interface SignedIn {
  id: string;
  token: string;
}

const CREATE_PARTNERSHIP = 'mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }';
const REGISTER_STAFF = 'mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }';

/** A founder's sign-in: PARTNERSHIP_ADMIN, someone not yet registered, naming no partnership. */
export const founderToken = (sub: string = randomUUID()): Promise<string> =>
  tokenFor({ sub, roles: ['PARTNERSHIP_ADMIN'] });

/**
 * Founds a partnership through `url` (people, or a gateway in front of it) as a new founder, who
 * becomes its first admin; returns it with the admin signed in to it.
 */
export async function foundPartnership(
  url: string,
  input: Record<string, unknown>,
): Promise<{ partnershipId: string; admin: SignedIn }> {
  const id = randomUUID();
  const partnershipId = ok(await gql(url, CREATE_PARTNERSHIP, { input }, await founderToken(id))).createPartnership
    .id as string;
  const token = await tokenFor({ sub: id, roles: ['PARTNERSHIP_ADMIN'], partnership: partnershipId });
  return { partnershipId, admin: { id, token } };
}

/**
 * Registers a member of staff of `partnershipId` (as its admin, whose token `adminToken` is)
 * in `orgs` (none for admins and analysts, who work for the whole partnership), then signs them
 * in with `roles`, naming exactly that registration.
 */
export async function registerStaff(
  url: string,
  adminToken: string,
  partnershipId: string,
  roles: Role[],
  orgs: string[] = [],
  displayName = `${roles.join(' ').toLowerCase()} ${randomUUID().slice(0, 4)}`,
): Promise<SignedIn> {
  const input = { kind: 'STAFF', organisationIds: orgs, displayName };
  const id = ok(await gql(url, REGISTER_STAFF, { input }, adminToken)).registerPerson.id as string;
  return { id, token: await tokenFor({ sub: id, roles, partnership: partnershipId, orgs }) };
}

/**
 * Waits until every service knows every person (their registration has reached its projection
 * of people), so their tokens are not refused as strangers' while projections catch up.
 */
export async function waitUntilKnown(
  services: RunningService[],
  personIds: string[],
  timeoutMs = 60_000,
): Promise<void> {
  await waitFor(
    `${personIds.length} people known to ${services.map((s) => s.name).join(', ')}`,
    async () => {
      for (const service of services) for (const id of personIds) if (!(await service.registrationOf(id))) return false;
      return true;
    },
    timeoutMs,
  );
}

/**
 * Waits until `service` has projected the partnership from people's events (its table
 * `partnership_projection` in the service's schema): the suppression threshold its analytics read.
 */
export async function waitUntilPartnershipKnown(
  service: RunningService,
  partnershipId: string,
  timeoutMs = 60_000,
): Promise<void> {
  await waitFor(
    `the threshold in the ${service.name} projection`,
    async () =>
      (
        await service.dataSource.query(
          `SELECT 1 FROM ${service.name}.partnership_projection WHERE partnership_id = $1`,
          [partnershipId],
        )
      ).length > 0,
    timeoutMs,
  );
}
