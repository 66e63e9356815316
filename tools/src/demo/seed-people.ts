import { randomUUID } from 'node:crypto';
import { TokenClaims } from '@voicegraph/platform';
import { DemoData } from './demo-file';
import { DemoContext } from './demo-context';

const ORGANISATIONS: [string, string][] = [
  ["Riverside City Council Children's Services", 'COUNCIL'],
  ['Northgate Academy', 'SCHOOL'],
  ['Riverside Youth Collective', 'YOUTH_CHARITY'],
  ['Riverside Community Health', 'HEALTH'],
  ['Riverside Youth Justice Service', 'YOUTH_JUSTICE'],
];

const YOUNG_PEOPLE: {
  displayName: string;
  dateOfBirth: string;
  cohorts: string[];
  orgs: number[];
  roles: string[];
  parent?: boolean;
}[] = [
  {
    displayName: 'Amara',
    dateOfBirth: '2009-04-12',
    cohorts: ['CHILD_IN_CARE'],
    orgs: [0, 2],
    roles: ['YOUTH_AMBASSADOR', 'COMMITTEE_MEMBER'],
  },
  { displayName: 'Jay', dateOfBirth: '2007-11-30', cohorts: ['CARE_LEAVER'], orgs: [0], roles: ['YOUNG_INSPECTOR'] },
  { displayName: 'Priya', dateOfBirth: '2010-06-02', cohorts: ['SEND'], orgs: [1, 2], roles: ['PEER_SUPPORTER'] },
  { displayName: 'Leo', dateOfBirth: '2015-09-19', cohorts: ['YOUNG_CARER'], orgs: [1], roles: [], parent: true },
  {
    displayName: 'Tasha',
    dateOfBirth: '2008-02-14',
    cohorts: ['YOUTH_JUSTICE'],
    orgs: [2, 4],
    roles: ['YOUNG_RESEARCHER'],
  },
  { displayName: 'Owen', dateOfBirth: '2011-12-01', cohorts: [], orgs: [2], roles: ['RECRUITMENT_PANEL_MEMBER'] },
];

const REGISTER = 'mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }';
const CONSENT = 'mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }';

/** Registers a young person (by a lead of their organisations) with their participation consent; returns their id. */
export async function registerYoungPerson(
  demo: DemoContext,
  lead: TokenClaims,
  person: { displayName: string; dateOfBirth: string; cohorts: string[]; roles: string[]; organisationIds: string[] },
  givenBy: 'SELF' | 'PARENT_OR_CARER' = 'SELF',
): Promise<string> {
  const { roles, ...details } = person;
  const input = { kind: 'YOUNG_PERSON', ...details, participationRoles: roles };
  const id: string = (await demo.run(REGISTER, { input }, lead)).registerPerson.id;
  await demo.run(CONSENT, { input: { personId: id, kind: 'PARTICIPATION', givenBy } }, lead);
  return id;
}

/**
 * A demo partnership with five partners, a participation lead working across all of them,
 * a practitioner (school) and six young people with their consents.
 */
export async function seedPeople(demo: DemoContext, database: string): Promise<DemoData> {
  // The founder signs in naming no partnership; creating it registers them as its first admin.
  const founder = { sub: randomUUID(), roles: ['PARTNERSHIP_ADMIN' as const] };
  const { createPartnership } = await demo.run(
    'mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }',
    {
      input: {
        name: "Riverside City Children's Partnership",
        description:
          'Council, schools, health, youth justice and youth charities working with young people as equal partners.',
      },
    },
    founder,
  );
  const partnershipId: string = createPartnership.id;
  const admin = { sub: founder.sub, roles: ['PARTNERSHIP_ADMIN' as const], partnership: partnershipId };
  const organisations: Record<string, string> = {};
  for (const [name, kind] of ORGANISATIONS) {
    const { registerOrganisation } = await demo.run(
      'mutation($input: RegisterOrganisationInput!) { registerOrganisation(input: $input) { id } }',
      { input: { partnershipId, name, kind } },
      admin,
    );
    organisations[name] = registerOrganisation.id;
  }
  const orgIds = Object.values(organisations);
  const staff = async (displayName: string, orgs: string[]) =>
    (await demo.run(REGISTER, { input: { kind: 'STAFF', organisationIds: orgs, displayName } }, admin)).registerPerson
      .id as string;
  // The partnership's engagement and participation lead works across every partner.
  const staffOrganisations = { PARTICIPATION_LEAD: orgIds, PRACTITIONER: [orgIds[1]] };
  const leadId = await staff('Jordan Ellis (participation lead)', staffOrganisations.PARTICIPATION_LEAD);
  const practitionerId = await staff('Sam Reid (practitioner)', staffOrganisations.PRACTITIONER);
  // Analysts work for the whole partnership: registered with no organisations, so their sign-in's
  // partnership is checked like everyone's (docs/privacy.md#token-claims).
  const analystId = await staff('Alex Morgan (analyst)', []);
  const lead = {
    sub: leadId,
    roles: ['PARTICIPATION_LEAD' as const],
    partnership: partnershipId,
    orgs: staffOrganisations.PARTICIPATION_LEAD,
  };
  const youngPeople: string[] = [];
  for (const { orgs, parent, ...young } of YOUNG_PEOPLE) {
    const organisationIds = orgs.map((i) => orgIds[i]);
    youngPeople.push(
      await registerYoungPerson(demo, lead, { ...young, organisationIds }, parent ? 'PARENT_OR_CARER' : 'SELF'),
    );
  }
  return {
    database,
    partnershipId,
    organisations,
    people: {
      admin: founder.sub,
      lead: leadId,
      practitioner: practitionerId,
      analyst: analystId,
      youngPerson: youngPeople[0],
      child: youngPeople[3],
    },
    youngPeople,
    staffOrganisations,
  };
}
