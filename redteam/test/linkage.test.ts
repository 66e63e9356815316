import { randomUUID } from 'node:crypto';
import { codes, gql, GraphQLResponse, ok } from '@voicegraph/testkit';
import {
  buildRedTeamWorld,
  openConsultation,
  PARTICIPATE,
  RedTeamWorld,
  waitForConsents,
  waitForPeople,
  YoungPerson,
  youngPerson,
} from './world';

/**
 * Attack (issue 13, item 7): learn about people one may not see — another young person's seats
 * through governance's `_entities`, young people's ids from who holds a seat or took part, and
 * whether someone exists, has consent or already took part from recordParticipation's errors.
 */
const CREATE_FORUM = 'mutation($i: CreateForumInput!) { createForum(input: $i) { id } }';
const APPOINT = 'mutation($i: AppointToSeatInput!) { appointToSeat(input: $i) { id } }';
const SEATS_BY_ENTITIES = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { id seats { id forum { id } } } } }`;
const FORUM_SEATS = 'query($id: ID!) { forum(id: $id) { seats { id person { id } } } }';

describe('red team: linking people one may not see', () => {
  let world: RedTeamWorld;
  let ash: YoungPerson;
  let bo: YoungPerson;
  let cy: YoungPerson;
  let noConsent: YoungPerson;
  let forumId: string;
  let consultationId: string;

  beforeAll(async () => {
    world = await buildRedTeamWorld();
    ash = await youngPerson(world, world.tokens.leadA, world.orgA, { name: 'Ash' });
    bo = await youngPerson(world, world.tokens.leadA, world.orgA, { name: 'Bo' });
    cy = await youngPerson(world, world.leadB, world.orgB, { name: 'Cy' });
    noConsent = await youngPerson(world, world.tokens.leadA, world.orgA, { name: 'Dee', consent: null });
    const everyone = [ash, bo, cy, noConsent].map((p) => p.id);
    await waitForPeople(world.services.governance, 'governance.known_person', everyone);
    await waitForConsents(
      world,
      [ash, bo, cy].map((p) => p.id),
    );
    // A forum the partnership owns: staff of every partner see its business.
    forumId = ok(
      await gql(
        world.gateway,
        CREATE_FORUM,
        { i: { name: `Youth board ${randomUUID().slice(0, 6)}`, kind: 'YOUTH_COUNCIL' } },
        world.tokens.admin,
      ),
    ).createForum.id;
    for (const person of [ash, bo, cy])
      ok(
        await gql(
          world.gateway,
          APPOINT,
          { i: { forumId, personId: person.id, role: 'MEMBER', startsOn: new Date().toISOString().slice(0, 10) } },
          world.tokens.admin,
        ),
      );
    consultationId = await openConsultation(world, world.tokens.leadA, world.orgA, [world.orgB]);
  });
  afterAll(async () => {
    await world?.stack.stop();
  });

  it("a young person cannot list another's seats through governance's _entities (or the gateway)", async () => {
    const entities = (token: string, id: string) =>
      gql(world.services.governance.url, SEATS_BY_ENTITIES, { reps: [{ __typename: 'Person', id }] }, token);
    // Precondition: Bo's seat exists, and Bo sees it.
    expect(ok(await entities(bo.token, bo.id))._entities[0].seats).toHaveLength(1);
    expect(ok(await entities(ash.token, bo.id))._entities[0].seats).toEqual([]);
    const viaGateway = await gql(
      world.gateway,
      `query($id: ID!) { person(id: $id) { seats { id } } }`,
      { id: bo.id },
      ash.token,
    );
    expect(codes(viaGateway)).toEqual(['NOT_FOUND']);
    expect(viaGateway.data?.person ?? null).toBeNull();
    // Staff of another organisation, who see the forum's business, still get nothing by Bo's id.
    expect(ok(await entities(world.leadB, bo.id))._entities[0].seats).toEqual([]);
    expect(ok(await entities(world.tokens.leadA, bo.id))._entities[0].seats).toHaveLength(1);
  });

  it('a practitioner gets no id of a young person it cannot see from who holds a seat', async () => {
    const holders = async (token: string) =>
      (
        ok(await gql(world.gateway, FORUM_SEATS, { id: forumId }, token)).forum.seats as {
          person: { id: string } | null;
        }[]
      )
        .map((seat) => seat.person?.id ?? null)
        .sort();
    // Precondition: the lead of A may see Ash and Bo (not Cy, of B).
    expect(await holders(world.tokens.leadA)).toEqual([...[ash.id, bo.id].sort(), null]);
    expect(await holders(world.tokens.practitionerB)).toEqual([cy.id, null, null]);
    // A young member sees only themself.
    expect(await holders(ash.token)).toEqual([ash.id, null, null]);
  });

  it('recordParticipation answers one way for every person the caller cannot see: unknown, no consent, already taking part', async () => {
    // Precondition: the states are real — lead A, who may see them, is told each apart.
    ok(
      await gql(
        world.gateway,
        PARTICIPATE,
        { i: { consultationId, personId: bo.id, role: 'PARTICIPANT' } },
        world.tokens.leadA,
      ),
    );
    const leadA = (personId: string) =>
      gql(world.gateway, PARTICIPATE, { i: { consultationId, personId, role: 'PARTICIPANT' } }, world.tokens.leadA);
    expect(codes(await leadA(noConsent.id))).toEqual(['FORBIDDEN']);
    expect(codes(await leadA(bo.id))).toEqual(['CONFLICT']);

    // Lead B manages the consultation too (a partner), but may not see A's young people.
    const leadB = (personId: string) =>
      gql(world.gateway, PARTICIPATE, { i: { consultationId, personId, role: 'PARTICIPANT' } }, world.leadB);
    const shape = (response: GraphQLResponse, id: string) => ({
      codes: codes(response),
      message: response.errors?.[0].message.replace(id, '<id>'),
      data: response.data?.recordParticipation ?? null,
    });
    const stranger = randomUUID();
    const answers = [
      shape(await leadB(stranger), stranger),
      shape(await leadB(ash.id), ash.id),
      shape(await leadB(noConsent.id), noConsent.id),
      shape(await leadB(bo.id), bo.id),
    ];
    expect(answers[0].codes).toEqual(['NOT_FOUND']);
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    // And lead B can record its own young person in the same consultation.
    ok(await leadB(cy.id));
  });

  it('managing a consultation does not reveal who took part from an organisation the caller cannot see', async () => {
    const PEOPLE = `query($id: ID!) { consultation(id: $id) { participations(first: 10) { edges { node { person { id } } } } } }`;
    const seen = async (token: string) =>
      (
        ok(await gql(world.gateway, PEOPLE, { id: consultationId }, token)).consultation.participations.edges as {
          node: { person: { id: string } | null };
        }[]
      )
        .map((e) => e.node.person?.id ?? null)
        .sort();
    expect(await seen(world.tokens.leadA)).toEqual([bo.id, null].sort());
    expect(await seen(world.leadB)).toEqual([cy.id, null].sort());
  });
});
