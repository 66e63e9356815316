import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { RunningService, startService } from '@voicegraph/platform';
import {
  buildPeopleWorld,
  codes,
  gql,
  ok,
  PeopleWorld,
  queriesDuring,
  recordParticipationConsent,
  registerYoungPerson,
  TEST_AUTH,
  testServiceConfig,
  tokenFor,
} from '@voicegraph/testkit';
import { peopleService } from '../../src/service';

const PERSON = 'query($id: ID!) { person(id: $id) { id displayName ageBand } }';
const SENSITIVE = 'query($id: ID!) { person(id: $id) { id dateOfBirth cohorts email ethnicity } }';
const ENTITIES = 'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { id displayName } } }';

describe('people subgraph access rules (called directly, not through the gateway)', () => {
  let people: RunningService;
  let world: PeopleWorld;
  let samId: string; // young person in org A
  let bexId: string; // young person in org B
  let samToken: string;

  beforeAll(async () => {
    people = await startService(peopleService, { config: testServiceConfig('people'), relay: false });
    world = await buildPeopleWorld(people.url);
    samId = await registerYoungPerson(people.url, world.tokens.leadA, world.orgA, {
      cohorts: ['SEND'],
      email: 'sam@example.org',
    });
    bexId = await registerYoungPerson(people.url, world.tokens.leadB, world.orgB, { displayName: 'Bex' });
    samToken = await tokenFor({
      sub: samId,
      roles: ['YOUNG_PERSON'],
      partnership: world.partnershipId,
      orgs: [world.orgA],
    });
  });
  afterAll(async () => {
    await people.stop();
  });

  describe('tokens', () => {
    it('rejects a missing token with UNAUTHENTICATED', async () => {
      const response = await gql(people.url, PERSON, { id: samId });
      expect(codes(response)).toEqual(['UNAUTHENTICATED']);
      expect(response.data?.person ?? null).toBeNull();
    });

    it('rejects an expired token', async () => {
      const expired = await new SignJWT({
        roles: ['PARTICIPATION_LEAD'],
        partnership: world.partnershipId,
        orgs: [world.orgA],
      })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(randomUUID())
        .setIssuer('voicegraph')
        .setAudience('voicegraph')
        .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
        .setExpirationTime(Math.floor(Date.now() / 1000) - 3600)
        .sign(new TextEncoder().encode(TEST_AUTH.secret));
      const response = await gql(people.url, PERSON, { id: samId }, expired);
      expect(response.status).toBe(401);
      expect(codes(response)).toEqual(['UNAUTHENTICATED']);
      expect(response.errors![0].message).toMatch(/expired/);
    });

    it('rejects a token signed with another secret', async () => {
      const forged = await new SignJWT({ roles: ['PARTNERSHIP_ADMIN'], partnership: world.partnershipId })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(randomUUID())
        .setIssuer('voicegraph')
        .setAudience('voicegraph')
        .setExpirationTime('1h')
        .sign(new TextEncoder().encode('an-attacker-secret-that-is-long-enough-to-sign'));
      const response = await gql(people.url, PERSON, { id: samId }, forged);
      expect(codes(response)).toEqual(['UNAUTHENTICATED']);
      expect(response.errors![0].message).toMatch(/signature/);
    });

    it('rejects an unsigned alg:none token', async () => {
      const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
      const unsigned = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: randomUUID(), roles: ['PARTNERSHIP_ADMIN'], partnership: world.partnershipId, iss: 'voicegraph', aud: 'voicegraph', exp: Math.floor(Date.now() / 1000) + 3600 })}.`;
      const response = await gql(people.url, PERSON, { id: samId }, unsigned);
      expect(codes(response)).toEqual(['UNAUTHENTICATED']);
    });

    it('rejects a malformed Authorization header', async () => {
      const response = await gql(people.url, PERSON, { id: samId }, undefined, { authorization: 'Token abc' });
      expect(codes(response)).toEqual(['UNAUTHENTICATED']);
    });
  });

  describe('who sees whom', () => {
    it('a young person sees themself and nobody else', async () => {
      expect(ok(await gql(people.url, PERSON, { id: samId }, samToken)).person.displayName).toBe('Sam');
      expect(codes(await gql(people.url, PERSON, { id: bexId }, samToken))).toEqual(['NOT_FOUND']);
      const list = ok(
        await gql(people.url, '{ people(first: 50) { totalCount edges { node { id } } } }', {}, samToken),
      ).people;
      expect(list.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([samId]);
      expect(list.totalCount).toBe(1);
    });

    it('a first page and its totalCount are one statement; a later page counts in its own', async () => {
      const PAGE = 'query($after: String) { people(first: 1, after: $after) { totalCount edges { cursor } } }';
      const readsOfPeople = (sql: string[]) => sql.filter((q) => /FROM "people"\."person" "person"/.test(q));
      let first: { totalCount: number; edges: { cursor: string }[] } = { totalCount: 0, edges: [] };
      const firstReads = readsOfPeople(
        await queriesDuring(people, async () => {
          first = ok(await gql(people.url, PAGE, {}, world.tokens.leadA)).people;
        }),
      );
      expect(firstReads).toHaveLength(1);
      let second: { totalCount: number } = { totalCount: 0 };
      const secondReads = readsOfPeople(
        await queriesDuring(people, async () => {
          second = ok(await gql(people.url, PAGE, { after: first.edges[0].cursor }, world.tokens.leadA)).people;
        }),
      );
      expect(secondReads).toHaveLength(2);
      expect(first.totalCount).toBeGreaterThan(1);
      expect(second.totalCount).toBe(first.totalCount);
    });

    it('a young person sees their own sensitive fields', async () => {
      const me = ok(await gql(people.url, '{ me { id cohorts email dateOfBirth } }', {}, samToken)).me;
      expect(me).toEqual({ id: samId, cohorts: ['SEND'], email: 'sam@example.org', dateOfBirth: '2010-05-04' });
    });

    it('a practitioner sees people of their organisations only', async () => {
      expect(ok(await gql(people.url, PERSON, { id: samId }, world.tokens.practitionerA)).person.id).toBe(samId);
      expect(codes(await gql(people.url, PERSON, { id: bexId }, world.tokens.practitionerA))).toEqual(['NOT_FOUND']);
      const ids = ok(
        await gql(people.url, '{ people(first: 100) { edges { node { id } } } }', {}, world.tokens.practitionerA),
      ).people.edges.map((e: { node: { id: string } }) => e.node.id);
      expect(ids).toContain(samId);
      expect(ids).not.toContain(bexId);
    });

    it('date of birth, cohorts and contact need PARTICIPATION_LEAD', async () => {
      const asPractitioner = await gql(people.url, SENSITIVE, { id: samId }, world.tokens.practitionerA);
      expect(asPractitioner.data?.person.id).toBe(samId);
      expect(asPractitioner.data?.person.cohorts).toBeNull();
      expect(asPractitioner.data?.person.dateOfBirth).toBeNull();
      expect(new Set(codes(asPractitioner))).toEqual(new Set(['FORBIDDEN']));
      expect(asPractitioner.errors).toHaveLength(4);
      const asLead = ok(await gql(people.url, SENSITIVE, { id: samId }, world.tokens.leadA)).person;
      expect(asLead).toMatchObject({ dateOfBirth: '2010-05-04', cohorts: ['SEND'], email: 'sam@example.org' });
    });

    it('every read of special-category data is audited', async () => {
      const before = await people.dataSource.query(
        `SELECT count(*)::int AS n FROM people.audit_log WHERE action = 'READ_SPECIAL_CATEGORY' AND entity_id = $1`,
        [samId],
      );
      ok(await gql(people.url, SENSITIVE, { id: samId }, world.tokens.leadA));
      const after = await people.dataSource.query(
        `SELECT actor_id, fields FROM people.audit_log WHERE action = 'READ_SPECIAL_CATEGORY' AND entity_id = $1 ORDER BY id DESC`,
        [samId],
      );
      expect(after.length).toBe(before[0].n + 1);
      expect(after[0].actor_id).toBe(world.staffIds.leadA);
      expect(after[0].fields.sort()).toEqual(['cohorts', 'dateOfBirth', 'ethnicity']);
    });

    it('an analyst sees no person at all', async () => {
      expect(codes(await gql(people.url, PERSON, { id: samId }, world.tokens.analyst))).toEqual(['FORBIDDEN']);
      expect(codes(await gql(people.url, '{ people { totalCount } }', {}, world.tokens.analyst))).toEqual([
        'FORBIDDEN',
      ]);
    });

    it('staff of another partnership cannot see the person, even knowing the id', async () => {
      const claims = {
        sub: world.staffIds.otherLead,
        roles: ['PARTNERSHIP_ADMIN' as const, 'PARTICIPATION_LEAD' as const],
        partnership: world.otherPartnershipId,
      };
      const stranger = await tokenFor({ ...claims, orgs: [world.otherOrg] });
      expect(codes(await gql(people.url, PERSON, { id: samId }, stranger))).toEqual(['NOT_FOUND']);
      // Claiming organisation A as well is a contradiction of their registration: refused outright.
      const forged = await tokenFor({ ...claims, orgs: [world.otherOrg, world.orgA] });
      expect(codes(await gql(people.url, PERSON, { id: samId }, forged))).toEqual(['FORBIDDEN']);
    });
  });

  describe('entity references (_entities) obey the same rules', () => {
    const reps = () => [
      { __typename: 'Person', id: samId },
      { __typename: 'Person', id: bexId },
    ];

    it('without a token, _entities is refused', async () => {
      const response = await gql(people.url, ENTITIES, { reps: reps() });
      expect(response.status).toBe(401);
      expect(codes(response)).toEqual(['UNAUTHENTICATED']);
      expect(JSON.stringify(response.data ?? {})).not.toContain('Sam');
    });

    it('a practitioner gets only the people they may see', async () => {
      const response = await gql(people.url, ENTITIES, { reps: reps() }, world.tokens.practitionerA);
      expect(response.data?._entities).toEqual([{ id: samId, displayName: 'Sam' }, null]);
    });

    it('a young person resolves only themself', async () => {
      const response = await gql(people.url, ENTITIES, { reps: reps() }, samToken);
      expect(response.data?._entities).toEqual([{ id: samId, displayName: 'Sam' }, null]);
    });

    it('an analyst resolves nobody', async () => {
      const response = await gql(people.url, ENTITIES, { reps: reps() }, world.tokens.analyst);
      expect(response.errors).toBeUndefined();
      expect(response.data?._entities).toEqual([null, null]);
    });

    it('sensitive fields through _entities still need PARTICIPATION_LEAD', async () => {
      const response = await gql(
        people.url,
        'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { cohorts } } }',
        { reps: [{ __typename: 'Person', id: samId }] },
        world.tokens.practitionerA,
      );
      expect(codes(response)).toEqual(['FORBIDDEN']);
    });
  });

  describe('consent rules', () => {
    const RECORD = 'mutation($i: RecordConsentInput!) { recordConsent(input: $i) { id current givenBy } }';

    it('an under-13 needs a parent or carer for participation consent', async () => {
      const childId = await registerYoungPerson(people.url, world.tokens.leadA, world.orgA, {
        displayName: 'Mo',
        dateOfBirth: '2017-02-01',
      });
      const self = await gql(
        people.url,
        RECORD,
        { i: { personId: childId, kind: 'PARTICIPATION', givenBy: 'SELF' } },
        world.tokens.leadA,
      );
      expect(codes(self)).toEqual(['BAD_USER_INPUT']);
      expect(self.errors![0].message).toMatch(/under 13/);
      const parent = ok(
        await gql(
          people.url,
          RECORD,
          { i: { personId: childId, kind: 'PARTICIPATION', givenBy: 'PARENT_OR_CARER' } },
          world.tokens.leadA,
        ),
      );
      expect(parent.recordConsent).toMatchObject({ current: true, givenBy: 'PARENT_OR_CARER' });
      const canParticipate = ok(
        await gql(
          people.url,
          'query($id: ID!) { person(id: $id) { canParticipate } }',
          { id: childId },
          world.tokens.leadA,
        ),
      ).person.canParticipate;
      expect(canParticipate).toBe(true);
    });

    it('a young person (13+) consents for themself and can withdraw it', async () => {
      ok(await gql(people.url, RECORD, { i: { personId: samId, kind: 'PARTICIPATION', givenBy: 'SELF' } }, samToken));
      const withdraw = ok(
        await gql(
          people.url,
          'mutation($i: WithdrawConsentInput!) { withdrawConsent(input: $i) { current } }',
          { i: { personId: samId, kind: 'PARTICIPATION' } },
          samToken,
        ),
      );
      expect(withdraw.withdrawConsent.current).toBe(false);
      const again = await gql(
        people.url,
        'mutation($i: WithdrawConsentInput!) { withdrawConsent(input: $i) { current } }',
        { i: { personId: samId, kind: 'PARTICIPATION' } },
        samToken,
      );
      expect(codes(again)).toEqual(['CONFLICT']);
    });
  });

  describe('erasure', () => {
    it('a young person can erase themself: their row, consents and audit links are gone', async () => {
      const id = await registerYoungPerson(people.url, world.tokens.leadA, world.orgA, {
        displayName: 'Rio',
        familyName: 'Zanetti-Unique',
      });
      const token = await tokenFor({
        sub: id,
        roles: ['YOUNG_PERSON'],
        partnership: world.partnershipId,
        orgs: [world.orgA],
      });
      await recordParticipationConsent(people.url, token, id);
      ok(await gql(people.url, SENSITIVE, { id }, world.tokens.leadA));
      const receipt = ok(
        await gql(
          people.url,
          'mutation($i: RequestErasureInput!) { requestErasure(input: $i) { personId erasedAt } }',
          { i: { personId: id } },
          token,
        ),
      );
      expect(receipt.requestErasure.personId).toBe(id);
      for (const table of ['person', 'consent', 'audit_log']) {
        const dump = await people.dataSource.query(`SELECT t::text AS row FROM people.${table} t`);
        const text = dump.map((r: { row: string }) => r.row).join('\n');
        expect(text).not.toContain(id);
        expect(text).not.toContain('Zanetti-Unique');
      }
      expect(codes(await gql(people.url, PERSON, { id }, world.tokens.leadA))).toEqual(['NOT_FOUND']);
    });

    it('a practitioner may not erase someone', async () => {
      const response = await gql(
        people.url,
        'mutation($i: RequestErasureInput!) { requestErasure(input: $i) { personId } }',
        { i: { personId: samId } },
        world.tokens.practitionerA,
      );
      expect(codes(response)).toEqual(['FORBIDDEN']);
    });
  });
});
