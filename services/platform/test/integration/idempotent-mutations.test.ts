import { randomUUID } from 'node:crypto';
import { codes, foundPartnership, gql, ok, registerStaff, startStack } from '@voicegraph/testkit';

const CREATE = 'mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { id displayName } }';

/**
 * A client that did not get an answer (a timeout, a dropped connection, a gateway worker killed)
 * retries with the same Idempotency-Key: it gets the first answer and nothing is written twice.
 */
describe('idempotent mutations (Idempotency-Key header, through the gateway)', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  let token: string;
  let partnershipId: string;
  const people = () => stack.services[0];
  // A mutation that may be repeated with the same input (a partnership is founded once per
  // founder; organisation names are unique): registering a member of staff.
  const input = (name: string) => ({ input: { kind: 'STAFF', organisationIds: [], displayName: name } });
  const send = (name: string, key?: string) =>
    gql(stack.gateway.url, CREATE, input(name), token, key ? { 'idempotency-key': key } : {});
  const written = async (name: string) => {
    const rows = await people().dataSource.query(
      `SELECT (SELECT count(*)::int FROM people.person WHERE display_name = $1) AS rows,
              (SELECT count(*)::int FROM people.outbox o JOIN people.person p ON p.id::text = o.key WHERE p.display_name = $1) AS events`,
      [name],
    );
    return rows[0] as { rows: number; events: number };
  };

  beforeAll(async () => {
    stack = await startStack(['people'], { relay: false, consumers: false, jobs: false });
    const founded = await foundPartnership(people().url, { name: `Idempotency ${randomUUID()}` });
    partnershipId = founded.partnershipId;
    token = founded.admin.token;
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('a retry with the same key returns the first answer and writes nothing', async () => {
    const name = `Idempotent ${randomUUID()}`;
    const key = randomUUID();
    const first = ok(await send(name, key)).registerPerson;
    expect(await written(name)).toEqual({ rows: 1, events: 1 });
    const retry = ok(await send(name, key)).registerPerson;
    expect(retry).toEqual(first);
    expect(await written(name)).toEqual({ rows: 1, events: 1 });
  });

  it('without a key, or with a new key, the same request is a new mutation', async () => {
    const name = `Twice ${randomUUID()}`;
    ok(await send(name));
    ok(await send(name));
    ok(await send(name, randomUUID()));
    expect(await written(name)).toEqual({ rows: 3, events: 3 });
  });

  it('five concurrent sends with one key write once; the others get that answer or are told it is running', async () => {
    const name = `Concurrent ${randomUUID()}`;
    const key = randomUUID();
    const answers = await Promise.all(Array.from({ length: 5 }, () => send(name, key)));
    const ids = new Set(answers.filter((a) => !a.errors).map((a) => a.data!.registerPerson.id));
    expect(ids.size).toBe(1);
    for (const answer of answers.filter((a) => a.errors)) expect(codes(answer)).toEqual(['CONFLICT']);
    expect(await written(name)).toEqual({ rows: 1, events: 1 });
  });

  it('the same key for a different request is refused, and nothing is written', async () => {
    const key = randomUUID();
    const name = `First ${randomUUID()}`;
    ok(await send(name, key));
    const other = `Other ${randomUUID()}`;
    const refused = await send(other, key);
    expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors![0].message).toMatch(/already used for a different request/);
    expect(await written(other)).toEqual({ rows: 0, events: 0 });
  });

  it('a malformed key is refused with what a key must look like', async () => {
    const name = `Bad key ${randomUUID()}`;
    const refused = await send(name, 'x');
    expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors![0].message).toMatch(/Idempotency-Key header must be 8 to 200/);
    expect(await written(name)).toEqual({ rows: 0, events: 0 });
  });

  it('keys belong to their caller: another person using the same key runs their own mutation', async () => {
    const key = randomUUID();
    const name = `Caller ${randomUUID()}`;
    ok(await send(name, key));
    const someoneElse = await registerStaff(people().url, token, partnershipId, ['PARTNERSHIP_ADMIN']);
    ok(await gql(stack.gateway.url, CREATE, input(name), someoneElse.token, { 'idempotency-key': key }));
    expect(await written(name)).toEqual({ rows: 2, events: 2 });
  });
});
