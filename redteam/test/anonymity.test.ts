import { auditPseudonym, DEV_ERASURE_KEY } from '@voicegraph/platform';
import { gql, ok } from '@voicegraph/testkit';
import {
  buildRedTeamWorld,
  openConsultation,
  PARTICIPATE,
  RedTeamWorld,
  SUBMIT,
  waitForConsents,
  YoungPerson,
  youngPerson,
} from './world';

/**
 * Attack (issue 13, item 6): a member of staff singles out the author of an anonymous
 * contribution by its time, its place in a list, the recording times of participations, or
 * the audit log.
 */
const LIST = `query($id: ID!, $after: String) { consultation(id: $id) { contributions(first: 100, after: $after) {
  edges { cursor node { id anonymous submittedAt author { id } } } } } }`;
const midnight = (iso: string) => iso.endsWith('T00:00:00.000Z');
const decodeCursor = (cursor: string) =>
  JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];

describe('red team: recovering the author of an anonymous contribution', () => {
  let world: RedTeamWorld;
  let consultationId: string;
  let authors: YoungPerson[];
  const anonymousBy = new Map<string, string>();
  const namedBy = new Map<string, string>();

  beforeAll(async () => {
    world = await buildRedTeamWorld();
    consultationId = await openConsultation(world, world.tokens.leadA, world.orgA);
    authors = [];
    for (let i = 0; i < 5; i += 1) authors.push(await youngPerson(world, world.tokens.leadA, world.orgA));
    await waitForConsents(
      world,
      authors.map((a) => a.id),
    );
    // One after another, each author says something under their name and something anonymously.
    for (const author of authors) {
      const named = ok(await gql(world.gateway, SUBMIT, { i: { consultationId, text: 'named' } }, author.token));
      namedBy.set(named.submitContribution.id, author.id);
      const anonymous = ok(
        await gql(world.gateway, SUBMIT, { i: { consultationId, text: 'anonymous', anonymous: true } }, author.token),
      );
      anonymousBy.set(anonymous.submitContribution.id, author.id);
    }
  });
  afterAll(async () => {
    await world?.stack.stop();
  });

  const staffList = async () =>
    ok(await gql(world.gateway, LIST, { id: consultationId }, world.tokens.leadA)).consultation.contributions.edges as {
      cursor: string;
      node: { id: string; anonymous: boolean; submittedAt: string; author: { id: string } | null };
    }[];

  it('staff see anonymous contributions to the day only, in their fields and in their cursors; named ones exactly', async () => {
    const edges = await staffList();
    expect(edges).toHaveLength(10);
    const exact: { id: string; created_at: Date }[] = await world.services.consultations.dataSource.query(
      `SELECT id, created_at FROM consultations.contribution WHERE consultation_id = $1`,
      [consultationId],
    );
    const createdAt = new Map(exact.map((row) => [row.id, row.created_at.toISOString()]));
    for (const { cursor, node } of edges) {
      if (node.anonymous) {
        expect(node.author).toBeNull();
        expect(midnight(node.submittedAt)).toBe(true);
        expect(node.submittedAt.slice(0, 10)).toBe(createdAt.get(node.id)!.slice(0, 10));
        expect(midnight(decodeCursor(cursor)[0])).toBe(true);
      } else {
        expect(node.submittedAt).toBe(createdAt.get(node.id));
        expect(node.author).toEqual({ id: namedBy.get(node.id) });
      }
    }
    // The author still sees their own anonymous contribution to the millisecond.
    const [first] = authors;
    const own = [...anonymousBy].find(([, author]) => author === first.id)![0];
    const mine = ok(
      await gql(
        world.gateway,
        `{ me { contributions(first: 10) { edges { node { id submittedAt } } } } }`,
        {},
        first.token,
      ),
    ).me.contributions.edges.map((e: { node: { id: string; submittedAt: string } }) => e.node);
    expect(mine.find((c: { id: string }) => c.id === own).submittedAt).toBe(createdAt.get(own));
  });

  it('the order of anonymous contributions within a day follows their random ids, not when they came', async () => {
    const edges = await staffList();
    const anonymous = edges.filter((e) => e.node.anonymous).map((e) => e.node.id);
    expect(anonymous).toHaveLength(5);
    expect(anonymous).toEqual([...anonymous].sort());
    // Named ones interleave by time, so their order is the order they were submitted.
    const named = edges.filter((e) => !e.node.anonymous).map((e) => namedBy.get(e.node.id));
    expect(named).toEqual(authors.map((a) => a.id));
  });

  it('participation recording times are shown to the day, except to the young person themself', async () => {
    const recorded = ok(
      await gql(
        world.gateway,
        PARTICIPATE,
        { i: { consultationId, personId: authors[2].id, role: 'PARTICIPANT' } },
        world.tokens.leadA,
      ),
    ).recordParticipation;
    expect(midnight(recorded.createdAt)).toBe(true);
    const own = ok(
      await gql(
        world.gateway,
        `{ me { participations(first: 5) { edges { node { id createdAt } } } } }`,
        {},
        authors[2].token,
      ),
    ).me.participations.edges[0].node;
    expect(own.id).toBe(recorded.id);
    expect(midnight(own.createdAt)).toBe(false);
    expect(own.createdAt.slice(0, 10)).toBe(recorded.createdAt.slice(0, 10));
  });

  it('the audit log keeps no author of an anonymous contribution, only a keyed pseudonym (named ones keep the author)', async () => {
    const rows: { entity_id: string; actor_id: string | null }[] = await world.services.consultations.dataSource.query(
      `SELECT entity_id, actor_id FROM consultations.audit_log WHERE entity = 'Contribution' AND entity_id = ANY($1::uuid[])`,
      [[...anonymousBy.keys(), ...namedBy.keys()]],
    );
    expect(rows).toHaveLength(10);
    const everyAuthor = new Set(authors.map((a) => a.id));
    for (const row of rows) {
      const anonymousAuthor = anonymousBy.get(row.entity_id);
      if (anonymousAuthor) {
        expect(everyAuthor.has(row.actor_id!)).toBe(false);
        expect(row.actor_id).toBe(auditPseudonym(DEV_ERASURE_KEY, anonymousAuthor));
      } else expect(row.actor_id).toBe(namedBy.get(row.entity_id));
    }
    const [{ n }] = await world.services.consultations.dataSource.query(
      `SELECT count(*)::int AS n FROM consultations.audit_log WHERE entity_id = ANY($1::uuid[]) AND actor_id = ANY($2::uuid[])`,
      [[...anonymousBy.keys()], [...everyAuthor]],
    );
    expect(n).toBe(0);
  });
});
