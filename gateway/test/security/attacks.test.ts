import { randomUUID } from 'node:crypto';
import { RunningService } from '@voicegraph/platform';
import { foundPartnership, gql, ok, startStack, TEST_AUTH, waitUntilKnown } from '@voicegraph/testkit';
import { ATTACKS, sendAttack } from '../../../tools/src/attacks';
import { rowCounts, settledRowCounts } from './row-counts';

/**
 * Every attack of tools/src/attacks.ts against the real stack (four subgraphs, the gateway):
 * refused with its status and code, at the gateway and straight at each subgraph; nothing
 * written; every process healthy and answering afterwards.
 */
describe('hostile requests are refused, write nothing and hurt no one', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  let admin: string;
  let partnershipId: string;
  let before: Record<string, number>;

  beforeAll(async () => {
    stack = await startStack(['people', 'consultations', 'governance', 'feedback'], {
      jobs: false,
    });
    const founded = await foundPartnership(stack.gateway.url, { name: `Edge partnership ${randomUUID().slice(0, 6)}` });
    partnershipId = founded.partnershipId;
    admin = founded.admin.token;
    await waitUntilKnown(stack.services, [founded.admin.id]);
    before = await settledRowCounts();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const context = () => ({ token: admin, secret: TEST_AUTH.secret });

  describe.each(ATTACKS.map((attack) => [attack.name, attack] as const))('through the gateway: %s', (_name, attack) => {
    it(`is refused with HTTP ${attack.status} and ${attack.code}`, async () => {
      const result = await sendAttack(stack.gateway.url, await attack.build(context()));
      expect({ status: result.status, code: result.code }).toEqual({ status: attack.status, code: attack.code });
      expect(result.message).toBeTruthy();
    });
  });

  const subgraphAttacks = ATTACKS.filter((attack) => attack.target === 'any');
  describe.each(['people', 'consultations', 'governance', 'feedback'])('straight at the %s subgraph', (name) => {
    const service = (): RunningService => stack.services.find((s) => s.name === name)!;

    it.each(subgraphAttacks.map((attack) => [attack.name, attack] as const))(
      '%s is refused the same way',
      async (_name, attack) => {
        const result = await sendAttack(service().url, await attack.build(context()));
        expect({ status: result.status, code: result.code }).toEqual({ status: attack.status, code: attack.code });
      },
    );

    it('answers _service and _entities only to a caller with a verified token', async () => {
      const sdl = await gql(service().url, '{ _service { sdl } }');
      expect(sdl.status).toBe(401);
      expect(sdl.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const entities = await gql(
        service().url,
        'query($r: [_Any!]!) { _entities(representations: $r) { __typename } }',
        { r: [{ __typename: 'Partnership', id: partnershipId }] },
      );
      expect(entities.status).toBe(401);
      expect(entities.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const withToken = await gql(service().url, '{ _service { sdl } }', {}, admin);
      expect(withToken.data?._service.sdl).toContain('type Query');
    });

    it('refuses an entity representation whose id is not a UUID, with or without the variable', async () => {
      const query = 'query($r: [_Any!]!) { _entities(representations: $r) { __typename } }';
      const byVariable = await gql(service().url, query, { r: [{ __typename: 'Partnership', id: 'nope' }] }, admin);
      expect(byVariable.status).toBe(400);
      expect(byVariable.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(byVariable.errors?.[0]?.message).toMatch(/not a UUID/);
      const inline = await gql(
        service().url,
        '{ _entities(representations: [{ __typename: "Partnership", id: "1 OR 1=1" }]) { __typename } }',
        {},
        admin,
      );
      expect(inline.status).toBe(400);
      expect(inline.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  it('refuses malformed dates with the subgraph’s own BAD_USER_INPUT, passed through the gateway', async () => {
    const query = `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }`;
    for (const dateOfBirth of ['2012-02-30', '14/09/2011', 'next tuesday', '2026-13-01', '2026-12', '0000-01-01']) {
      const result = await gql(
        stack.gateway.url,
        query,
        {
          input: {
            kind: 'YOUNG_PERSON',
            organisationIds: [randomUUID()],
            displayName: 'Robin',
            dateOfBirth,
          },
        },
        admin,
      );
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toMatch(/is not a Date/);
    }
  });

  it('wrote nothing, and every process is healthy and answering afterwards', async () => {
    expect(Object.keys(before).length).toBeGreaterThan(20);
    expect(before['people.partnership']).toBeGreaterThan(0);
    expect(await rowCounts()).toEqual(before);
    for (const url of [stack.gateway.url, ...stack.services.map((s) => s.url)]) {
      const base = url.replace('/graphql', '');
      expect((await fetch(`${base}/health`)).status).toBe(200);
      expect((await fetch(`${base}/ready`)).status).toBe(200);
    }
    const answer = ok(
      await gql(
        stack.gateway.url,
        'query($id: ID!) { partnership(id: $id) { id name } }',
        { id: partnershipId },
        admin,
      ),
    );
    expect(answer.partnership.id).toBe(partnershipId);
  });
});
