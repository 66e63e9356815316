import { randomUUID } from 'node:crypto';
import { Role } from '@voicegraph/platform';
import { tokenFor } from './config';
import { gql, ok } from './graphql-client';
import { foundPartnership, registerStaff } from './staff';
import { waitFor } from './wait-for';

/**
 * The world most scenarios start from, built through the graph (the people subgraph or a gateway
 * in front of it): two partnerships, each founded by its admin; in the first, organisations A and
 * B with a participation lead, practitioners and an analyst, each registered in people and then
 * signed in with a token naming exactly their registration.
 */
export interface PeopleWorld {
  partnershipId: string;
  otherPartnershipId: string;
  orgA: string;
  orgB: string;
  otherOrg: string;
  /** Each member of staff's token, by the name scenarios call them. */
  tokens: WorldStaff;
  /** Each member of staff's person id in people, by the same names. */
  staffIds: WorldStaff;
}

/** Something of each member of the world's staff (a token, an id), by the name scenarios call them. */
export interface WorldStaff<T = string> {
  admin: T;
  otherAdmin: T;
  leadA: T;
  leadB: T;
  practitionerA: T;
  practitionerB: T;
  analyst: T;
  /** A participation lead of the other partnership's organisation. */
  otherLead: T;
}

/** A young person and the token they sign in with. */
export interface YoungPerson {
  id: string;
  token: string;
}

const REGISTER_ORG = 'mutation($input: RegisterOrganisationInput!) { registerOrganisation(input: $input) { id } }';
export const REGISTER_PERSON =
  'mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { id displayName } }';
export const RECORD_CONSENT = 'mutation($i: RecordConsentInput!) { recordConsent(input: $i) { id } }';

/** Registers an organisation of `partnershipId` as its admin; returns its id. */
export async function registerOrganisation(
  url: string,
  adminToken: string,
  partnershipId: string,
  name: string,
  kind: string,
): Promise<string> {
  return ok(await gql(url, REGISTER_ORG, { input: { partnershipId, name, kind } }, adminToken)).registerOrganisation
    .id as string;
}

/** Builds a `PeopleWorld` through `url`; `waitUntilKnown(services, Object.values(world.staffIds))` before other services use its tokens. */
export async function buildPeopleWorld(url: string): Promise<PeopleWorld> {
  const suffix = randomUUID().slice(0, 6);
  const city = await foundPartnership(url, { name: `City partnership ${suffix}` });
  const other = await foundPartnership(url, { name: `Other partnership ${suffix}` });
  const { partnershipId } = city;
  const orgA = await registerOrganisation(
    url,
    city.admin.token,
    partnershipId,
    'City Council Children in Care',
    'COUNCIL',
  );
  const orgB = await registerOrganisation(
    url,
    city.admin.token,
    partnershipId,
    'Riverside Youth Charity',
    'YOUTH_CHARITY',
  );
  const otherOrg = await registerOrganisation(
    url,
    other.admin.token,
    other.partnershipId,
    'Elsewhere School',
    'SCHOOL',
  );
  const staff = (roles: Role[], orgs: string[] = []) =>
    registerStaff(url, city.admin.token, partnershipId, roles, orgs);
  const leadA = await staff(['PARTICIPATION_LEAD'], [orgA]);
  const practitionerA = await staff(['PRACTITIONER'], [orgA]);
  const practitionerB = await staff(['PRACTITIONER'], [orgB]);
  const leadB = await staff(['PARTICIPATION_LEAD'], [orgB]);
  const analyst = await staff(['ANALYST']);
  const otherLead = await registerStaff(
    url,
    other.admin.token,
    other.partnershipId,
    ['PARTICIPATION_LEAD'],
    [otherOrg],
  );
  const members: WorldStaff<{ id: string; token: string }> = {
    admin: city.admin,
    otherAdmin: other.admin,
    leadA,
    leadB,
    practitionerA,
    practitionerB,
    analyst,
    otherLead,
  };
  const each = (part: (member: { id: string; token: string }) => string) =>
    Object.fromEntries(Object.entries(members).map(([name, member]) => [name, part(member)])) as unknown as WorldStaff;
  return {
    partnershipId,
    otherPartnershipId: other.partnershipId,
    orgA,
    orgB,
    otherOrg,
    staffIds: each((member) => member.id),
    tokens: each((member) => member.token),
  };
}

/** Registers a young person in `orgId` as `token` (a lead or admin of that organisation); returns their id. */
export async function registerYoungPerson(
  url: string,
  token: string,
  orgId: string,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const input = {
    kind: 'YOUNG_PERSON',
    organisationIds: [orgId],
    displayName: 'Sam',
    givenName: 'Samira',
    familyName: 'Okafor',
    dateOfBirth: '2010-05-04',
    ...extra,
  };
  return ok(await gql(url, REGISTER_PERSON, { input }, token)).registerPerson.id as string;
}

/** Records the young person's own consent to take part. */
export async function recordParticipationConsent(url: string, token: string, personId: string): Promise<void> {
  ok(await gql(url, RECORD_CONSENT, { i: { personId, kind: 'PARTICIPATION', givenBy: 'SELF' } }, token));
}

/** Asks people to erase a person, as `token` (their lead, an admin, or themself). */
export async function requestErasure(url: string, token: string, personId: string): Promise<void> {
  ok(
    await gql(
      url,
      'mutation($i: RequestErasureInput!) { requestErasure(input: $i) { personId } }',
      { i: { personId } },
      token,
    ),
  );
}

/** The token a young person of `orgId` in `partnershipId` signs in with. */
export const youngPersonToken = (personId: string, partnershipId: string, orgId: string): Promise<string> =>
  tokenFor({ sub: personId, roles: ['YOUNG_PERSON'], partnership: partnershipId, orgs: [orgId] });

/** Registers a young person, with their participation consent unless `consent` is false, and signs them in. */
export async function joinYoungPerson(
  url: string,
  who: { token: string; partnershipId: string; orgId: string },
  extra: Record<string, unknown> = {},
  consent = true,
): Promise<YoungPerson> {
  const id = await registerYoungPerson(url, who.token, who.orgId, extra);
  if (consent) await recordParticipationConsent(url, who.token, id);
  return { id, token: await youngPersonToken(id, who.partnershipId, who.orgId) };
}

/** A consultation's mutations, as the graph spells them, for scenarios that run one. */
export const CONSULTATION = {
  CREATE: `mutation($input: CreateConsultationInput!) { createConsultation(input: $input) { id status approach } }`,
  OPEN: `mutation($id: ID!) { openConsultation(input: { consultationId: $id }) { id status openedAt } }`,
  CLOSE: `mutation($id: ID!) { closeConsultation(input: { consultationId: $id }) { id status closedAt } }`,
  SUBMIT: `mutation($input: SubmitContributionInput!) { submitContribution(input: $input) { id text anonymous author { id } } }`,
  PARTICIPATE: `mutation($input: RecordParticipationInput!) { recordParticipation(input: $input) { id role person { id } } }`,
};

/**
 * Creates a forum through `url` (a gateway, or governance itself) as `token`, asking again until
 * governance knows the forum's organisation (people's OrganisationRegistered has reached it);
 * returns its id.
 */
export function createForumOnceKnown(
  url: string,
  token: string,
  forum: { name: string; kind: string; organisationId?: string },
  timeoutMs = 30_000,
): Promise<string> {
  return waitFor(
    "governance to know the forum's organisation",
    async () =>
      (await gql(url, 'mutation($i: CreateForumInput!) { createForum(input: $i) { id } }', { i: forum }, token)).data
        ?.createForum?.id as string | undefined,
    timeoutMs,
  );
}

/**
 * A young person answers the Lundy questions about a consultation whose feedback they received:
 * space, voice and influence yes, audience partly, felt heard 5 of 5. Returns the voice check's id.
 */
export async function submitVoiceCheck(
  url: string,
  token: string,
  consultationId: string,
  comment = 'They actually did it',
): Promise<string> {
  const input = {
    consultationId,
    space: 'YES',
    voice: 'YES',
    audience: 'PARTLY',
    influence: 'YES',
    feltHeard: 5,
    comment,
  };
  const mutation = 'mutation($i: SubmitVoiceCheckInput!) { submitVoiceCheck(input: $i) { id } }';
  return ok(await gql(url, mutation, { i: input }, token)).submitVoiceCheck.id as string;
}
