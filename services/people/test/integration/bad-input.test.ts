import { randomUUID } from 'node:crypto';
import { RunningService, startService } from '@voicegraph/platform';
import { peopleService } from '../../src/service';
import {
  buildPeopleWorld,
  codes,
  footprint,
  gql,
  PeopleWorld,
  REGISTER_PERSON,
  registerYoungPerson,
  testServiceConfig,
} from '@voicegraph/testkit';

describe('bad input gets a clear error and writes nothing', () => {
  let people: RunningService;
  let world: PeopleWorld;
  beforeAll(async () => {
    people = await startService(peopleService, { config: testServiceConfig('people'), relay: false });
    world = await buildPeopleWorld(people.url);
  });
  afterAll(async () => {
    await people.stop();
  });

  const register = (input: Record<string, unknown>, token = world.tokens.leadA) =>
    gql(
      people.url,
      REGISTER_PERSON,
      { input: { kind: 'YOUNG_PERSON', organisationIds: [world.orgA], displayName: 'Ali', ...input } },
      token,
    );

  const cases: [string, () => Record<string, unknown>, string, RegExp][] = [
    ['an empty display name', () => ({ displayName: '   ' }), 'BAD_USER_INPUT', /displayName must not be empty/],
    ['a display name that is too long', () => ({ displayName: 'x'.repeat(101) }), 'BAD_USER_INPUT', /at most 100/],
    ['an unknown organisation', () => ({ organisationIds: [randomUUID()] }), 'NOT_FOUND', /No organisation with id/],
    [
      'an organisation id that is not a UUID',
      () => ({ organisationIds: ['org-1'] }),
      'BAD_USER_INPUT',
      /must be a UUID/,
    ],
    [
      'an organisation in another partnership',
      () => ({ organisationIds: [world.otherOrg] }),
      'BAD_USER_INPUT',
      /another partnership/,
    ],
    ['no organisation at all', () => ({ organisationIds: [] }), 'BAD_USER_INPUT', /at least one organisation/],
    ['a malformed date of birth', () => ({ dateOfBirth: '2010-02-30' }), 'BAD_USER_INPUT', /real calendar date/],
    ['a date of birth in the future', () => ({ dateOfBirth: '2099-01-01' }), 'BAD_USER_INPUT', /in the future/],
    ['a bad email', () => ({ email: 'not an email' }), 'BAD_USER_INPUT', /email address/],
    ['an unknown cohort', () => ({ cohorts: ['ASTRONAUT'] }), 'BAD_USER_INPUT', /ASTRONAUT/],
  ];

  it.each(cases)('registerPerson with %s', async (_name, input, code, message) => {
    const before = await footprint(people);
    const response = await register(input());
    expect(codes(response)).toEqual([code]);
    expect(response.errors![0].message).toMatch(message);
    expect(await footprint(people)).toEqual(before);
  });

  it('createPartnership with an empty name or a silly threshold', async () => {
    const before = await footprint(people);
    const admin = world.tokens.admin;
    const empty = await gql(people.url, 'mutation { createPartnership(input: { name: "" }) { id } }', {}, admin);
    expect(codes(empty)).toEqual(['BAD_USER_INPUT']);
    const threshold = await gql(
      people.url,
      'mutation { createPartnership(input: { name: "X", suppressionThreshold: 0 }) { id } }',
      {},
      admin,
    );
    expect(codes(threshold)).toEqual(['BAD_USER_INPUT']);
    expect(threshold.errors![0].message).toMatch(/suppressionThreshold must be from 1 to 50/);
    expect(await footprint(people)).toEqual(before);
  });

  it('registerOrganisation in an unknown partnership, another partnership, or with a duplicate name', async () => {
    const before = await footprint(people);
    const query = 'mutation($i: RegisterOrganisationInput!) { registerOrganisation(input: $i) { id } }';
    expect(
      codes(
        await gql(
          people.url,
          query,
          { i: { partnershipId: world.otherPartnershipId, name: 'Sneaky', kind: 'OTHER' } },
          world.tokens.admin,
        ),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(
      codes(
        await gql(
          people.url,
          query,
          { i: { partnershipId: world.partnershipId, name: 'City Council Children in Care', kind: 'COUNCIL' } },
          world.tokens.admin,
        ),
      ),
    ).toEqual(['CONFLICT']);
    expect(
      codes(
        await gql(people.url, query, { i: { partnershipId: 'nope', name: 'X', kind: 'COUNCIL' } }, world.tokens.admin),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect(await footprint(people)).toEqual(before);
  });

  it('updatePerson of an unknown person, or with a malformed date', async () => {
    const id = await registerYoungPerson(people.url, world.tokens.leadA, world.orgA);
    const before = await footprint(people);
    const update = 'mutation($i: UpdatePersonInput!) { updatePerson(input: $i) { id } }';
    expect(
      codes(await gql(people.url, update, { i: { id: randomUUID(), displayName: 'X' } }, world.tokens.leadA)),
    ).toEqual(['NOT_FOUND']);
    expect(codes(await gql(people.url, update, { i: { id, dateOfBirth: '04/05/2010' } }, world.tokens.leadA))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(codes(await gql(people.url, update, { i: { id, cohorts: ['SEND'] } }, world.tokens.practitionerA))).toEqual([
      'FORBIDDEN',
    ]);
    expect(await footprint(people)).toEqual(before);
  });

  it('a practitioner cannot add people to an organisation they do not belong to', async () => {
    const before = await footprint(people);
    expect(codes(await register({ organisationIds: [world.orgB] }, world.tokens.practitionerA))).toEqual(['FORBIDDEN']);
    expect(await footprint(people)).toEqual(before);
  });

  it('a bad cursor is BAD_USER_INPUT, and page sizes are bounded', async () => {
    expect(codes(await gql(people.url, '{ people(after: "garbage") { totalCount } }', {}, world.tokens.leadA))).toEqual(
      ['BAD_USER_INPUT'],
    );
    expect(codes(await gql(people.url, '{ people(first: 1000) { totalCount } }', {}, world.tokens.leadA))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });

  it('keyset paging walks every visible person exactly once', async () => {
    for (let i = 0; i < 7; i += 1)
      await registerYoungPerson(people.url, world.tokens.leadA, world.orgA, { displayName: `Pager ${i}` });
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const page: any = (
        await gql(
          people.url,
          'query($after: String) { people(first: 3, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }',
          { after },
          world.tokens.leadA,
        )
      ).data!.people;
      total = page.totalCount;
      seen.push(...page.edges.map((e: { node: { id: string } }) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
    expect(total).toBeGreaterThanOrEqual(8);
  });
});
