import { randomUUID } from 'node:crypto';
import { Role } from '@voicegraph/platform';
import {
  codes,
  GraphQLResponse,
  gql,
  months,
  ok,
  registerStaff,
  REGISTER_PERSON,
  SignedIn,
  tokenFor,
  waitFor,
  waitUntilKnown,
} from '@voicegraph/testkit';
import {
  buildRedTeamWorld,
  openConsultation,
  RedTeamWorld,
  SUBMIT,
  waitForConsents,
  YoungPerson,
  youngPerson,
} from './world';

/**
 * Attack (issue 13, item 5): a token signed by the identity provider but naming a partnership or
 * organisations its holder is not registered in, or naming someone nobody registered. Every
 * subgraph checks the claims against the registration it knows (people: its own table;
 * consultations, governance and feedback: their projections of people). Each attack first shows
 * the same caller with honest claims gets through, then the refusal, then that nothing was written.
 */
const CONSULTATIONS = '{ consultations(first: 50) { edges { node { id } } } }';
const PEOPLE = '{ people(first: 50) { edges { node { id } } } }';
const PERSON = 'query($id: ID!) { person(id: $id) { id } }';
const FORUMS = '{ forums(first: 5) { totalCount } }';
const BOARD = 'query($p: ID!) { youSaidWeDid(partnershipId: $p, first: 5) { totalCount } }';
const REGISTER_ORG = 'mutation($i: RegisterOrganisationInput!) { registerOrganisation(input: $i) { id } }';
const CREATE_CONSULTATION = 'mutation($i: CreateConsultationInput!) { createConsultation(input: $i) { id } }';
const ANALYTICS = `query($id: ID!, $p: AnalyticsPeriod!) { partnership(id: $id) {
  participationAnalytics(period: $p) { youngPeople { value suppressed } } } }`;
const MOVE = 'mutation($i: UpdatePersonInput!) { updatePerson(input: $i) { id } }';

/** Only FORBIDDEN, with no data at all. */
function refused(response: GraphQLResponse, message: RegExp = /registered|does not know you/): void {
  expect(codes(response)).toEqual(['FORBIDDEN']);
  expect(response.errors![0].message).toMatch(message);
  expect(JSON.stringify(response.data ?? null)).not.toMatch(/"id"|"value"|"totalCount":\d/);
}

describe('red team: forged claims', () => {
  let world: RedTeamWorld;
  let kid: YoungPerson;
  let personOfA: YoungPerson;
  let consultationOfA: string;
  let elsewhere: string;
  const count = async (sql: string, params: unknown[]) =>
    ((await world.services.consultations.dataSource.query(sql, params)) as { n: number }[])[0].n;
  const peopleCount = async (sql: string, params: unknown[]) =>
    ((await world.services.people.dataSource.query(sql, params)) as { n: number }[])[0].n;
  const sign = (sub: string, roles: Role[], partnership: string | null, orgs: string[] = []) =>
    tokenFor({ sub, roles, partnership, orgs });

  /** The same root query refused by every subgraph (each checks on its own). */
  async function refusedEverywhere(token: string, message?: RegExp): Promise<void> {
    refused(await gql(world.gateway, '{ me { id } }', {}, token), message);
    refused(await gql(world.gateway, CONSULTATIONS, {}, token), message);
    refused(await gql(world.gateway, FORUMS, {}, token), message);
    refused(await gql(world.gateway, BOARD, { p: world.partnershipId }, token), message);
  }

  beforeAll(async () => {
    world = await buildRedTeamWorld(['people', 'consultations', 'governance', 'feedback']);
    kid = await youngPerson(world, world.tokens.leadA, world.orgA);
    personOfA = await youngPerson(world, world.tokens.leadA, world.orgA, { consent: null });
    await waitForConsents(world, [kid.id]);
    consultationOfA = await openConsultation(world, world.tokens.leadA, world.orgA);
    elsewhere = await openConsultation(world, world.tokens.otherLead, world.otherOrg);
  });
  afterAll(async () => {
    await world?.stack.stop();
  });

  it('a young person of partnership A with a token naming B sees none of B and cannot contribute there', async () => {
    // Precondition: with their real claims they list consultations and contribute in their own.
    expect(ok(await gql(world.gateway, CONSULTATIONS, {}, kid.token)).consultations.edges.length).toBeGreaterThan(0);
    ok(await gql(world.gateway, SUBMIT, { i: { consultationId: consultationOfA, text: 'honest' } }, kid.token));
    const forged = await sign(kid.id, ['YOUNG_PERSON'], world.otherPartnershipId, [world.otherOrg]);
    const listed = await gql(world.gateway, CONSULTATIONS, {}, forged);
    refused(listed, /sign-in says partnership .* but you are registered in partnership/);
    // Only their own registration is named: nothing about anyone else.
    expect(listed.errors![0].message).toContain(world.partnershipId);
    expect(listed.errors![0].message).not.toContain(personOfA.id);
    refused(await gql(world.gateway, SUBMIT, { i: { consultationId: elsewhere, text: 'hello' } }, forged));
    await refusedEverywhere(forged);
    const contributions = `SELECT count(*)::int AS n FROM consultations.contribution WHERE consultation_id = $1`;
    expect(await count(contributions, [elsewhere])).toBe(0);
    // Naming an organisation of their own partnership they do not belong to is refused too.
    const forgedOrg = await sign(kid.id, ['YOUNG_PERSON'], world.partnershipId, [world.orgA, world.orgB]);
    refused(await gql(world.gateway, SUBMIT, { i: { consultationId: consultationOfA, text: 'again' } }, forgedOrg));
    await refusedEverywhere(forgedOrg);
    expect(await count(`${contributions} AND text = 'again'`, [consultationOfA])).toBe(0);
  });

  it('a practitioner or lead naming an organisation it does not belong to sees none of its people and writes nothing', async () => {
    const practitionerB = world.staffIds.practitionerB;
    const honest = ok(await gql(world.gateway, PEOPLE, {}, world.tokens.practitionerB)).people.edges.map(
      (e: { node: { id: string } }) => e.node.id,
    );
    expect(honest).not.toContain(personOfA.id);
    const forged = await sign(practitionerB, ['PRACTITIONER'], world.partnershipId, [world.orgA, world.orgB]);
    refused(await gql(world.gateway, PEOPLE, {}, forged), /organisations you are not registered in/);
    refused(await gql(world.gateway, PERSON, { id: personOfA.id }, forged));
    await refusedEverywhere(forged);
    const elsewhereToken = await sign(practitionerB, ['PRACTITIONER'], world.otherPartnershipId, [world.otherOrg]);
    await refusedEverywhere(elsewhereToken);

    // A lead: honest, they create a consultation of their organisation; forged, nothing of B's.
    const input = (org: string) => ({
      title: `Forged ${randomUUID().slice(0, 6)}`,
      kind: 'SURVEY',
      ladderLevel: 'CONSULTING',
      context: 'SOCIAL',
      mode: 'DIGITAL',
      leadOrganisationId: org,
    });
    ok(await gql(world.gateway, CREATE_CONSULTATION, { i: input(world.orgA) }, world.tokens.leadA));
    const ledByB = `SELECT count(*)::int AS n FROM consultations.consultation WHERE lead_organisation_id = $1`;
    const before = await count(ledByB, [world.orgB]);
    const forgedLead = await sign(world.staffIds.leadA, ['PARTICIPATION_LEAD'], world.partnershipId, [
      world.orgA,
      world.orgB,
    ]);
    refused(await gql(world.gateway, CREATE_CONSULTATION, { i: input(world.orgB) }, forgedLead));
    const registering = { input: { kind: 'YOUNG_PERSON', organisationIds: [world.orgB], displayName: 'Planted' } };
    refused(await gql(world.gateway, REGISTER_PERSON, registering, forgedLead));
    expect(await count(ledByB, [world.orgB])).toBe(before);
    expect(await peopleCount(`SELECT count(*)::int AS n FROM people.person WHERE display_name = 'Planted'`, [])).toBe(
      0,
    );
  });

  it('a partnership admin naming another partnership, or organisations, manages nothing there', async () => {
    // Precondition: their own partnership's people, and an organisation registered in it.
    ok(await gql(world.gateway, PEOPLE, {}, world.tokens.admin));
    const name = (what: string) => `${what} ${randomUUID().slice(0, 6)}`;
    const honestOrg = name('Honest');
    ok(
      await gql(
        world.gateway,
        REGISTER_ORG,
        { i: { partnershipId: world.partnershipId, name: honestOrg, kind: 'SCHOOL' } },
        world.tokens.admin,
      ),
    );
    const forged = await sign(world.staffIds.admin, ['PARTNERSHIP_ADMIN'], world.otherPartnershipId);
    const planted = name('Planted');
    refused(
      await gql(
        world.gateway,
        REGISTER_ORG,
        { i: { partnershipId: world.otherPartnershipId, name: planted, kind: 'SCHOOL' } },
        forged,
      ),
    );
    await refusedEverywhere(forged);
    // Admins work for the whole partnership: registered in no organisation, they may name none.
    await refusedEverywhere(await sign(world.staffIds.admin, ['PARTNERSHIP_ADMIN'], world.partnershipId, [world.orgA]));
    const organisations = `SELECT count(*)::int AS n FROM people.organisation WHERE name = ANY($1)`;
    expect(await peopleCount(organisations, [[honestOrg, planted]])).toBe(1);
  });

  it('an analyst naming another partnership, or an organisation, sees no figure of it', async () => {
    const period = months().current;
    const mine = ok(await gql(world.gateway, ANALYTICS, { id: world.partnershipId, p: period }, world.tokens.analyst));
    expect(mine.partnership.participationAnalytics.youngPeople).toBeDefined();
    const forged = await sign(world.staffIds.analyst, ['ANALYST'], world.otherPartnershipId);
    refused(await gql(world.gateway, ANALYTICS, { id: world.otherPartnershipId, p: period }, forged));
    await refusedEverywhere(forged);
    const forgedOrg = await sign(world.staffIds.analyst, ['ANALYST'], world.partnershipId, [world.orgA]);
    refused(await gql(world.gateway, ANALYTICS, { id: world.partnershipId, p: period }, forgedOrg));
  });

  it("a role not for the holder's kind is refused: a child with staff roles, staff with a child's role", async () => {
    // Precondition: the same young person with their honest role lists consultations.
    expect(ok(await gql(world.gateway, CONSULTATIONS, {}, kid.token)).consultations.edges.length).toBeGreaterThan(0);
    const period = months().current;
    for (const role of ['ANALYST', 'PARTICIPATION_LEAD', 'PRACTITIONER', 'PARTNERSHIP_ADMIN'] as Role[]) {
      const orgs = role === 'ANALYST' || role === 'PARTNERSHIP_ADMIN' ? [] : [world.orgA];
      const forged = await sign(kid.id, [role], world.partnershipId, orgs);
      refused(await gql(world.gateway, PEOPLE, {}, forged), new RegExp(`role ${role}, which is not for`));
      refused(await gql(world.gateway, ANALYTICS, { id: world.partnershipId, p: period }, forged));
      await refusedEverywhere(forged, /which is not for someone registered as young person/);
    }
    const staffAsChild = await sign(world.staffIds.leadA, ['YOUNG_PERSON'], world.partnershipId, [world.orgA]);
    refused(
      await gql(world.gateway, SUBMIT, { i: { consultationId: consultationOfA, text: 'as a child' } }, staffAsChild),
    );
    await refusedEverywhere(staffAsChild, /role YOUNG_PERSON, which is not for someone registered as staff/);
    const contributions = `SELECT count(*)::int AS n FROM consultations.contribution WHERE consultation_id = $1 AND text = 'as a child'`;
    expect(await count(contributions, [consultationOfA])).toBe(0);
  });

  it('a token for someone nobody registered is refused by every service, whatever its role', async () => {
    const honestLead = ok(await gql(world.gateway, CONSULTATIONS, {}, world.tokens.leadA));
    expect(honestLead.consultations.edges.length).toBeGreaterThan(0);
    const ghost = randomUUID();
    const roles: [Role, string[]][] = [
      ['YOUNG_PERSON', [world.orgA]],
      ['PRACTITIONER', [world.orgA]],
      ['PARTICIPATION_LEAD', [world.orgA]],
      ['PARTNERSHIP_ADMIN', []],
      ['ANALYST', []],
    ];
    for (const [role, orgs] of roles) {
      const token = await sign(ghost, [role], world.partnershipId, orgs);
      await refusedEverywhere(token, /does not know you/);
      refused(await gql(world.gateway, SUBMIT, { i: { consultationId: consultationOfA, text: 'ghost' } }, token));
    }
    const contributions = `SELECT count(*)::int AS n FROM consultations.contribution WHERE person_id = $1`;
    expect(await count(contributions, [ghost])).toBe(0);
    // A founder's sign-in (naming nowhere) may found a partnership, and nothing else.
    const founder = await sign(ghost, ['PARTNERSHIP_ADMIN'], null);
    refused(await gql(world.gateway, PEOPLE, {}, founder), /does not know you/);
    refused(await gql(world.gateway, CONSULTATIONS, {}, founder), /does not know you/);
  });

  it('someone moved to another organisation is refused with the old claim once each service knows the move', async () => {
    const moving: SignedIn = await registerStaff(
      world.services.people.url,
      world.tokens.admin,
      world.partnershipId,
      ['PRACTITIONER'],
      [world.orgA],
    );
    await waitUntilKnown(world.stack.services, [moving.id]);
    // Precondition: in organisation A they see A's people, everywhere.
    const seen = ok(await gql(world.gateway, PEOPLE, {}, moving.token)).people.edges.map(
      (e: { node: { id: string } }) => e.node.id,
    );
    expect(seen).toContain(personOfA.id);
    ok(await gql(world.gateway, FORUMS, {}, moving.token));
    ok(await gql(world.gateway, BOARD, { p: world.partnershipId }, moving.token));

    ok(await gql(world.gateway, MOVE, { i: { id: moving.id, organisationIds: [world.orgB] } }, world.tokens.admin));
    await waitFor('every service to learn the move', async () => {
      for (const service of world.stack.services) {
        const registration = await service.registrationOf(moving.id);
        if (!registration || registration.organisationIds.join() !== world.orgB) return false;
      }
      return true;
    });
    await refusedEverywhere(moving.token, /organisations you are not registered in/);
    refused(await gql(world.gateway, PERSON, { id: personOfA.id }, moving.token));
    const planting = { input: { kind: 'YOUNG_PERSON', organisationIds: [world.orgA], displayName: 'After the move' } };
    refused(await gql(world.gateway, REGISTER_PERSON, planting, moving.token));
    const planted = `SELECT count(*)::int AS n FROM people.person WHERE display_name = 'After the move'`;
    expect(await peopleCount(planted, [])).toBe(0);
    // Signed in again, naming the new organisation, they work there (and no longer see A's people).
    const again = await sign(moving.id, ['PRACTITIONER'], world.partnershipId, [world.orgB]);
    const now = ok(await gql(world.gateway, PEOPLE, {}, again)).people.edges.map(
      (e: { node: { id: string } }) => e.node.id,
    );
    expect(now).not.toContain(personOfA.id);
  });
});
