import { randomUUID } from 'node:crypto';
import { codes, gql, ok, tokenFor } from '@voicegraph/testkit';
import { REGISTER_PERSON } from '@voicegraph/testkit';
import {
  buildRedTeamWorld,
  openConsultation,
  RedTeamWorld,
  SUBMIT,
  waitForConsents,
  waitForPeople,
  YoungPerson,
  youngPerson,
} from './world';

/**
 * Attack (issue 13, item 5): a token signed by the identity provider but naming a partnership or
 * organisations its holder is not registered in. Every subgraph checks the claims against the
 * registration it knows (people: its own table; consultations and governance: their projection).
 */
const CONSULTATIONS = '{ consultations(first: 50) { edges { node { id } } } }';
const PEOPLE = '{ people(first: 50) { edges { node { id } } } }';

describe('red team: forged claims', () => {
  let world: RedTeamWorld;
  let kid: YoungPerson;
  let elsewhere: string;
  let practitionerB: { id: string; honest: string; forged: string };
  let personOfA: YoungPerson;

  beforeAll(async () => {
    world = await buildRedTeamWorld();
    kid = await youngPerson(world, world.tokens.leadA, world.orgA);
    personOfA = await youngPerson(world, world.tokens.leadA, world.orgA, { consent: null });
    const staffInput = { kind: 'STAFF', organisationIds: [world.orgB], displayName: 'Mo' };
    const staffId = ok(await gql(world.services.people.url, REGISTER_PERSON, { input: staffInput }, world.tokens.admin))
      .registerPerson.id as string;
    const claims = { sub: staffId, roles: ['PRACTITIONER' as const], partnership: world.partnershipId };
    practitionerB = {
      id: staffId,
      honest: await tokenFor({ ...claims, orgs: [world.orgB] }),
      forged: await tokenFor({ ...claims, orgs: [world.orgA, world.orgB] }),
    };
    await waitForPeople(world.services.consultations, 'consultations.person_projection', [kid.id, staffId]);
    await waitForPeople(world.services.governance, 'governance.known_person', [kid.id, staffId]);
    await waitForConsents(world, [kid.id]);
    const otherLead = await tokenFor({
      sub: randomUUID(),
      roles: ['PARTICIPATION_LEAD'],
      partnership: world.otherPartnershipId,
      orgs: [world.otherOrg],
    });
    elsewhere = await openConsultation(world, otherLead, world.otherOrg);
  });
  afterAll(async () => {
    await world?.stack.stop();
  });

  it('a young person of partnership A with a token naming B sees none of B and cannot contribute there', async () => {
    // Precondition: with their real claims they see their partnership's consultations.
    expect(ok(await gql(world.gateway, CONSULTATIONS, {}, kid.token)).consultations.edges).toBeDefined();
    const forged = await tokenFor({
      sub: kid.id,
      roles: ['YOUNG_PERSON'],
      partnership: world.otherPartnershipId,
      orgs: [world.otherOrg],
    });
    const listed = await gql(world.gateway, CONSULTATIONS, {}, forged);
    expect(codes(listed)).toEqual(['FORBIDDEN']);
    expect(listed.errors![0].message).toMatch(/not registered in/);
    const said = await gql(world.gateway, SUBMIT, { i: { consultationId: elsewhere, text: 'hello' } }, forged);
    expect(codes(said)).toEqual(['FORBIDDEN']);
    const [{ n }] = await world.services.consultations.dataSource.query(
      `SELECT count(*)::int AS n FROM consultations.contribution WHERE consultation_id = $1`,
      [elsewhere],
    );
    expect(n).toBe(0);
    // people and governance refuse it too.
    expect(codes(await gql(world.gateway, '{ me { id } }', {}, forged))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(world.gateway, '{ forums(first: 5) { totalCount } }', {}, forged))).toEqual(['FORBIDDEN']);
  });

  it('a practitioner naming an organisation it does not belong to sees none of its people', async () => {
    const honest = ok(await gql(world.gateway, PEOPLE, {}, practitionerB.honest)).people.edges.map(
      (e: { node: { id: string } }) => e.node.id,
    );
    expect(honest).not.toContain(personOfA.id);
    const forged = await gql(world.gateway, PEOPLE, {}, practitionerB.forged);
    expect(codes(forged)).toEqual(['FORBIDDEN']);
    expect(forged.data?.people ?? null).toBeNull();
    const byId = await gql(
      world.gateway,
      'query($id: ID!) { person(id: $id) { id } }',
      { id: personOfA.id },
      practitionerB.forged,
    );
    expect(codes(byId)).toEqual(['FORBIDDEN']);
  });
});
