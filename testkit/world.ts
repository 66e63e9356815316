import { randomUUID } from 'node:crypto';
import { tokenFor } from './config';
import { gql, ok } from './graphql-client';

/**
 * The world most scenarios start from, built through the graph (the people subgraph or a gateway
 * in front of it): two partnerships; in the first, organisations A and B with a participation
 * lead, practitioners and an analyst, each with a token.
 */
export interface PeopleWorld {
  partnershipId: string;
  otherPartnershipId: string;
  orgA: string;
  orgB: string;
  otherOrg: string;
  tokens: { admin: string; leadA: string; practitionerA: string; practitionerB: string; analyst: string };
  staffIds: { leadA: string; practitionerA: string; practitionerB: string };
}

/** A young person and the token they sign in with. */
export interface YoungPerson {
  id: string;
  token: string;
}

const CREATE_PARTNERSHIP = 'mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }';
const REGISTER_ORG = 'mutation($input: RegisterOrganisationInput!) { registerOrganisation(input: $input) { id } }';
export const REGISTER_PERSON =
  'mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { id displayName } }';
export const RECORD_CONSENT = 'mutation($i: RecordConsentInput!) { recordConsent(input: $i) { id } }';

/** Builds a `PeopleWorld` through `url`. */
export async function buildPeopleWorld(url: string): Promise<PeopleWorld> {
  const founder = await tokenFor({ sub: randomUUID(), roles: ['PARTNERSHIP_ADMIN'] });
  const suffix = randomUUID().slice(0, 6);
  const partnership = async (name: string) =>
    ok(await gql(url, CREATE_PARTNERSHIP, { input: { name: `${name} ${suffix}` } }, founder)).createPartnership
      .id as string;
  const partnershipId = await partnership('City partnership');
  const otherPartnershipId = await partnership('Other partnership');
  const admin = await tokenFor({ sub: randomUUID(), roles: ['PARTNERSHIP_ADMIN'], partnership: partnershipId });
  const otherAdmin = await tokenFor({
    sub: randomUUID(),
    roles: ['PARTNERSHIP_ADMIN'],
    partnership: otherPartnershipId,
  });
  const org = async (token: string, partnershipOf: string, name: string, kind: string) =>
    ok(await gql(url, REGISTER_ORG, { input: { partnershipId: partnershipOf, name, kind } }, token))
      .registerOrganisation.id as string;
  const orgA = await org(admin, partnershipId, 'City Council Children in Care', 'COUNCIL');
  const orgB = await org(admin, partnershipId, 'Riverside Youth Charity', 'YOUTH_CHARITY');
  const otherOrg = await org(otherAdmin, otherPartnershipId, 'Elsewhere School', 'SCHOOL');
  const staffIds = { leadA: randomUUID(), practitionerA: randomUUID(), practitionerB: randomUUID() };
  const staff = (sub: string, role: 'PARTICIPATION_LEAD' | 'PRACTITIONER', orgId: string) =>
    tokenFor({ sub, roles: [role], partnership: partnershipId, orgs: [orgId] });
  return {
    partnershipId,
    otherPartnershipId,
    orgA,
    orgB,
    otherOrg,
    staffIds,
    tokens: {
      admin,
      leadA: await staff(staffIds.leadA, 'PARTICIPATION_LEAD', orgA),
      practitionerA: await staff(staffIds.practitionerA, 'PRACTITIONER', orgA),
      practitionerB: await staff(staffIds.practitionerB, 'PRACTITIONER', orgB),
      analyst: await tokenFor({ sub: randomUUID(), roles: ['ANALYST'], partnership: partnershipId }),
    },
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
