import { randomUUID } from 'node:crypto';
import { gql, ok, tokenFor } from '@voicegraph/testkit';

export interface PeopleWorld {
  partnershipId: string;
  otherPartnershipId: string;
  orgA: string;
  orgB: string;
  otherOrg: string;
  tokens: { admin: string; leadA: string; practitionerA: string; practitionerB: string; analyst: string };
  staffIds: { leadA: string; practitionerA: string; practitionerB: string };
}

const CREATE_PARTNERSHIP = 'mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }';
const REGISTER_ORG = 'mutation($input: RegisterOrganisationInput!) { registerOrganisation(input: $input) { id } }';
export const REGISTER_PERSON =
  'mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { id displayName } }';

/** Two partnerships; in the first, organisations A and B with a lead, practitioners and an analyst. */
export async function buildPeopleWorld(url: string): Promise<PeopleWorld> {
  const founder = await tokenFor({ sub: randomUUID(), roles: ['PARTNERSHIP_ADMIN'] });
  const suffix = randomUUID().slice(0, 6);
  const partnershipId = ok(
    await gql(url, CREATE_PARTNERSHIP, { input: { name: `City partnership ${suffix}` } }, founder),
  ).createPartnership.id;
  const otherPartnershipId = ok(
    await gql(url, CREATE_PARTNERSHIP, { input: { name: `Other partnership ${suffix}` } }, founder),
  ).createPartnership.id;
  const admin = await tokenFor({ sub: randomUUID(), roles: ['PARTNERSHIP_ADMIN'], partnership: partnershipId });
  const otherAdmin = await tokenFor({
    sub: randomUUID(),
    roles: ['PARTNERSHIP_ADMIN'],
    partnership: otherPartnershipId,
  });
  const org = async (token: string, partnership: string, name: string, kind: string) =>
    ok(await gql(url, REGISTER_ORG, { input: { partnershipId: partnership, name, kind } }, token)).registerOrganisation
      .id as string;
  const orgA = await org(admin, partnershipId, 'City Council Children in Care', 'COUNCIL');
  const orgB = await org(admin, partnershipId, 'Riverside Youth Charity', 'YOUTH_CHARITY');
  const otherOrg = await org(otherAdmin, otherPartnershipId, 'Elsewhere School', 'SCHOOL');
  const staffIds = { leadA: randomUUID(), practitionerA: randomUUID(), practitionerB: randomUUID() };
  return {
    partnershipId,
    otherPartnershipId,
    orgA,
    orgB,
    otherOrg,
    staffIds,
    tokens: {
      admin,
      leadA: await tokenFor({
        sub: staffIds.leadA,
        roles: ['PARTICIPATION_LEAD'],
        partnership: partnershipId,
        orgs: [orgA],
      }),
      practitionerA: await tokenFor({
        sub: staffIds.practitionerA,
        roles: ['PRACTITIONER'],
        partnership: partnershipId,
        orgs: [orgA],
      }),
      practitionerB: await tokenFor({
        sub: staffIds.practitionerB,
        roles: ['PRACTITIONER'],
        partnership: partnershipId,
        orgs: [orgB],
      }),
      analyst: await tokenFor({ sub: randomUUID(), roles: ['ANALYST'], partnership: partnershipId }),
    },
  };
}

/** Registers a young person in `orgId` as the participation lead of org A (or another staff token). */
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
