import { RunningService } from '@voicegraph/platform';
import { codes, gql, ok, queriesDuring, tokenFor } from '@voicegraph/testkit';
import {
  buildConsultationsWorld,
  ConsultationsWorld,
  createConsultation,
  OPEN,
  openConsultation,
  PARTICIPATE,
  SUBMIT,
} from './fixture';

const CONSULTATION = 'query($id: ID!) { consultation(id: $id) { id title } }';
const CONTRIBUTIONS =
  'query($id: ID!) { consultation(id: $id) { id contributions { totalCount edges { node { id text anonymous author { id } } } } } }';
const ENTITIES = `query($reps: [_Any!]!) { _entities(representations: $reps) {
  ... on Consultation { id title } ... on Contribution { id text } ... on Participation { id role } } }`;
const PERSON_LISTS = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person {
  contributions { edges { node { id anonymous } } } participations { edges { node { id } } } } } }`;
const visibleIds = async (world: ConsultationsWorld, token: string): Promise<string[]> =>
  ok(
    await gql(world.url, '{ consultations(first: 100) { edges { node { id } } } }', {}, token),
  ).consultations.edges.map((e: { node: { id: string } }) => e.node.id);

describe('consultations access rules (called directly, not through the gateway)', () => {
  let world: ConsultationsWorld;
  let open: string; // led by A, partner B, untargeted
  let draft: string;
  let forCare: string; // OPEN, targets children in care
  let forSend: string; // OPEN, targets SEND
  let for11to15: string; // OPEN, targets 11–15
  let closedTookPart: string;
  let closedNotTaken: string;
  let onlyA: string; // OPEN, led by A without partners
  let samSaid: string;
  let bexAnonymous: string;
  let participationId: string;

  beforeAll(async () => {
    world = await buildConsultationsWorld();
    open = await openConsultation(world, { partnerOrganisationIds: [world.orgB] });
    draft = await createConsultation(world, { partnerOrganisationIds: [world.orgB] });
    forCare = await openConsultation(world, { targetCohorts: ['CHILD_IN_CARE'] });
    forSend = await openConsultation(world, { targetCohorts: ['SEND'] });
    for11to15 = await openConsultation(world, { targetAgeBands: ['AGE_11_TO_15'] });
    onlyA = await openConsultation(world);
    closedTookPart = await openConsultation(world);
    ok(
      await gql(
        world.url,
        PARTICIPATE,
        { input: { consultationId: closedTookPart, personId: world.sam.id, role: 'PARTICIPANT' } },
        world.tokens.leadA,
      ),
    );
    ok(
      await gql(
        world.url,
        'mutation($id: ID!) { closeConsultation(input: { consultationId: $id }) { id } }',
        { id: closedTookPart },
        world.tokens.leadA,
      ),
    );
    closedNotTaken = await openConsultation(world);
    ok(
      await gql(
        world.url,
        'mutation($id: ID!) { closeConsultation(input: { consultationId: $id }) { id } }',
        { id: closedNotTaken },
        world.tokens.leadA,
      ),
    );
    samSaid = ok(
      await gql(world.url, SUBMIT, { input: { consultationId: open, text: 'Open later on Fridays' } }, world.sam.token),
    ).submitContribution.id;
    bexAnonymous = ok(
      await gql(
        world.url,
        SUBMIT,
        { input: { consultationId: open, text: 'Nobody listens to us', anonymous: true } },
        world.bex.token,
      ),
    ).submitContribution.id;
    participationId = ok(
      await gql(
        world.url,
        PARTICIPATE,
        { input: { consultationId: open, personId: world.sam.id, role: 'PARTICIPANT' } },
        world.tokens.leadA,
      ),
    ).recordParticipation.id;
  });
  afterAll(async () => {
    await world.stack.stop();
  });

  describe('which consultations young people see', () => {
    it('open ones meant for them (cohort and age band) and those they took part in; never drafts or others', async () => {
      const sam = await visibleIds(world, world.sam.token);
      expect(sam).toEqual(expect.arrayContaining([open, forSend, onlyA, closedTookPart]));
      for (const hidden of [draft, forCare, for11to15, closedNotTaken]) expect(sam).not.toContain(hidden);
      const bex = await visibleIds(world, world.bex.token);
      expect(bex).toEqual(expect.arrayContaining([open, for11to15]));
      for (const hidden of [draft, forCare, forSend, closedTookPart]) expect(bex).not.toContain(hidden);
      expect(codes(await gql(world.url, CONSULTATION, { id: forCare }, world.sam.token))).toEqual(['NOT_FOUND']);
      expect(ok(await gql(world.url, CONSULTATION, { id: closedTookPart }, world.sam.token)).consultation.id).toBe(
        closedTookPart,
      );
    });

    it('a young person of another partnership sees none of them, even knowing the id', async () => {
      expect(await visibleIds(world, world.stranger.token)).not.toContain(open);
      expect(codes(await gql(world.url, CONSULTATION, { id: open }, world.stranger.token))).toEqual(['NOT_FOUND']);
      expect(
        codes(await gql(world.url, SUBMIT, { input: { consultationId: open, text: 'hi' } }, world.stranger.token)),
      ).toEqual(['NOT_FOUND']);
    });

    it('a young person sees only their own contributions, and their own anonymous authorship', async () => {
      const samView = ok(await gql(world.url, CONTRIBUTIONS, { id: open }, world.sam.token)).consultation.contributions;
      expect(samView.totalCount).toBe(1);
      expect(samView.edges[0].node).toEqual({
        id: samSaid,
        text: 'Open later on Fridays',
        anonymous: false,
        author: { id: world.sam.id },
      });
      const bexView = ok(await gql(world.url, CONTRIBUTIONS, { id: open }, world.bex.token)).consultation.contributions;
      expect(bexView.edges.map((e: { node: unknown }) => e.node)).toEqual([
        { id: bexAnonymous, text: 'Nobody listens to us', anonymous: true, author: { id: world.bex.id } },
      ]);
    });
  });

  describe('staff', () => {
    it('staff of the lead and of a partner organisation read every contribution; anonymous authors stay hidden', async () => {
      // Anonymous contributions list at the start of their day (their time must not show); an
      // author is named only to staff who may see that person (lead B may not see Sam, of org A).
      for (const [token, samAuthor] of [
        [world.tokens.leadA, { id: world.sam.id }],
        [world.leadB, null],
      ] as const) {
        const nodes = ok(await gql(world.url, CONTRIBUTIONS, { id: open }, token)).consultation.contributions.edges.map(
          (e: { node: unknown }) => e.node,
        );
        expect(nodes).toEqual([
          { id: bexAnonymous, text: 'Nobody listens to us', anonymous: true, author: null },
          { id: samSaid, text: 'Open later on Fridays', anonymous: false, author: samAuthor },
        ]);
      }
    });

    it("staff of another organisation see the consultation but not its contributions, and not other organisations' drafts", async () => {
      expect(ok(await gql(world.url, CONSULTATION, { id: onlyA }, world.tokens.practitionerB)).consultation.id).toBe(
        onlyA,
      );
      const response = await gql(world.url, CONTRIBUTIONS, { id: onlyA }, world.tokens.practitionerB);
      expect(codes(response)).toEqual(['FORBIDDEN']);
      const draftOfA = await createConsultation(world);
      expect(await visibleIds(world, world.tokens.practitionerB)).not.toContain(draftOfA);
      expect(codes(await gql(world.url, CONSULTATION, { id: draftOfA }, world.tokens.practitionerB))).toEqual([
        'NOT_FOUND',
      ]);
      expect(ok(await gql(world.url, CONSULTATION, { id: draft }, world.tokens.practitionerB)).consultation.id).toBe(
        draft,
      );
    });

    it('only staff of the lead or a partner organisation manage it', async () => {
      const response = await gql(
        world.url,
        'mutation($id: ID!) { closeConsultation(input: { consultationId: $id }) { id } }',
        { id: onlyA },
        world.tokens.practitionerB,
      );
      expect(codes(response)).toEqual(['FORBIDDEN']);
      expect(response.errors![0].message).toMatch(/lead or a partner organisation/);
      const outsiderClaims = {
        sub: world.staffIds.otherLead,
        roles: ['PARTNERSHIP_ADMIN' as const],
        partnership: world.otherPartnershipId,
      };
      const outsider = await tokenFor({ ...outsiderClaims, orgs: [world.otherOrg] });
      expect(codes(await gql(world.url, OPEN, { id: draft }, outsider))).toEqual(['NOT_FOUND']);
      // Naming organisation A as well contradicts their registration: refused before anything is looked up.
      const forged = await tokenFor({ ...outsiderClaims, orgs: [world.otherOrg, world.orgA] });
      expect(codes(await gql(world.url, OPEN, { id: draft }, forged))).toEqual(['FORBIDDEN']);
      expect(codes(await gql(world.url, OPEN, { id: draft }, world.sam.token))).toEqual(['NOT_FOUND']);
      expect(
        codes(
          await gql(
            world.url,
            PARTICIPATE,
            { input: { consultationId: onlyA, personId: world.sam.id, role: 'PARTICIPANT' } },
            world.sam.token,
          ),
        ),
      ).toEqual(['FORBIDDEN']);
    });

    it('young people cannot create consultations and staff cannot contribute', async () => {
      const create = await gql(
        world.url,
        'mutation($i: CreateConsultationInput!) { createConsultation(input: $i) { id } }',
        {
          i: {
            title: 'x',
            kind: 'SURVEY',
            ladderLevel: 'CONSULTING',
            context: 'SOCIAL',
            mode: 'DIGITAL',
            leadOrganisationId: world.orgA,
          },
        },
        world.sam.token,
      );
      expect(codes(create)).toEqual(['FORBIDDEN']);
      expect(
        codes(
          await gql(world.url, SUBMIT, { input: { consultationId: open, text: 'staff view' } }, world.tokens.leadA),
        ),
      ).toEqual(['FORBIDDEN']);
    });
  });

  describe('analysts', () => {
    it('see consultations but none of the text', async () => {
      expect(ok(await gql(world.url, CONSULTATION, { id: open }, world.tokens.analyst)).consultation.id).toBe(open);
      const response = await gql(world.url, CONTRIBUTIONS, { id: open }, world.tokens.analyst);
      expect(codes(response)).toEqual(['FORBIDDEN']);
      expect(JSON.stringify(response)).not.toContain('Fridays');
      const participations = await gql(
        world.url,
        'query($id: ID!) { consultation(id: $id) { participations { totalCount } } }',
        { id: open },
        world.tokens.analyst,
      );
      expect(codes(participations)).toEqual(['FORBIDDEN']);
    });
  });

  describe('without a token', () => {
    it('queries are UNAUTHENTICATED', async () => {
      expect(codes(await gql(world.url, CONSULTATION, { id: open }))).toEqual(['UNAUTHENTICATED']);
      expect(codes(await gql(world.url, '{ consultations { totalCount } }'))).toEqual(['UNAUTHENTICATED']);
    });
  });

  describe('entity references (_entities) obey the same rules', () => {
    const reps = () => [
      { __typename: 'Consultation', id: open },
      { __typename: 'Consultation', id: draft },
      { __typename: 'Contribution', id: samSaid },
      { __typename: 'Participation', id: participationId },
    ];
    const entities = async (token?: string) =>
      (await gql(world.url, ENTITIES, { reps: reps() }, token)).data?._entities;

    it('managing staff resolve everything', async () => {
      expect(await entities(world.tokens.leadA)).toEqual([
        { id: open, title: 'Youth club opening hours' },
        { id: draft, title: 'Youth club opening hours' },
        { id: samSaid, text: 'Open later on Fridays' },
        { id: participationId, role: 'PARTICIPANT' },
      ]);
    });

    it('the young person resolves the open consultation and their own contribution and participation, not the draft', async () => {
      expect(await entities(world.sam.token)).toEqual([
        { id: open, title: 'Youth club opening hours' },
        null,
        { id: samSaid, text: 'Open later on Fridays' },
        { id: participationId, role: 'PARTICIPANT' },
      ]);
      expect(await entities(world.bex.token)).toEqual([
        { id: open, title: 'Youth club opening hours' },
        null,
        null,
        null,
      ]);
    });

    it('an analyst resolves the consultation only; another partnership and no token resolve nothing', async () => {
      expect(await entities(world.tokens.analyst)).toEqual([
        { id: open, title: 'Youth club opening hours' },
        null,
        null,
        null,
      ]);
      expect(await entities(world.stranger.token)).toEqual([null, null, null, null]);
      // Without a token, _entities is refused outright (only the gateway, acting for a verified caller, uses it).
      const anonymous = await gql(world.url, ENTITIES, { reps: reps() });
      expect(anonymous.status).toBe(401);
      expect(codes(anonymous)).toEqual(['UNAUTHENTICATED']);
      expect(anonymous.data ?? null).toBeNull();
    });

    it('Person.contributions: the person sees all their own; managing staff never see anonymous ones; analysts none', async () => {
      const asBex = ok(
        await gql(world.url, PERSON_LISTS, { reps: [{ __typename: 'Person', id: world.bex.id }] }, world.bex.token),
      )._entities[0];
      expect(asBex.contributions.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([bexAnonymous]);
      const asLead = ok(
        await gql(world.url, PERSON_LISTS, { reps: [{ __typename: 'Person', id: world.bex.id }] }, world.leadB),
      )._entities[0];
      expect(asLead.contributions.edges).toEqual([]);
      const samAsLead = ok(
        await gql(world.url, PERSON_LISTS, { reps: [{ __typename: 'Person', id: world.sam.id }] }, world.tokens.leadA),
      )._entities[0];
      expect(samAsLead.contributions.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([samSaid]);
      expect(samAsLead.participations.edges).toHaveLength(2);
      const samAsBex = ok(
        await gql(world.url, PERSON_LISTS, { reps: [{ __typename: 'Person', id: world.sam.id }] }, world.bex.token),
      )._entities[0];
      expect(samAsBex).toEqual({ contributions: { edges: [] }, participations: { edges: [] } });
      expect(
        codes(
          await gql(
            world.url,
            PERSON_LISTS,
            { reps: [{ __typename: 'Person', id: world.sam.id }] },
            world.tokens.analyst,
          ),
        ),
      ).toContain('FORBIDDEN');
    });
  });

  describe('batching', () => {
    it('nested contribution lists cost the same number of SQL statements for 2 or 8 consultations', async () => {
      const ids: string[] = [];
      for (let i = 0; i < 8; i += 1) {
        const id = await openConsultation(world);
        for (let j = 0; j <= i % 3; j += 1)
          ok(await gql(world.url, SUBMIT, { input: { consultationId: id, text: `Batch ${i}.${j}` } }, world.sam.token));
        ids.push(id);
      }
      const entities = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Consultation { id
        contributions(first: 2) { totalCount edges { node { text } } pageInfo { hasNextPage } }
        participations(first: 2) { totalCount } } } }`;
      const statementsFor = async (consultationIds: string[]) => {
        const { result, reads } = await readsOf(world.consultations, async () =>
          ok(
            await gql(
              world.url,
              entities,
              { reps: consultationIds.map((id) => ({ __typename: 'Consultation', id })) },
              world.tokens.leadA,
            ),
          ),
        );
        return { result: result._entities, statements: reads.length };
      };
      const small = await statementsFor(ids.slice(0, 2));
      const large = await statementsFor(ids);
      // Precondition: the measurement saw the request's reads at all.
      expect(small.statements).toBeGreaterThan(0);
      expect(large.statements).toBe(small.statements);
      expect(large.result.map((c: { contributions: { totalCount: number } }) => c.contributions.totalCount)).toEqual([
        1, 2, 3, 1, 2, 3, 1, 2,
      ]);
      expect(large.result[2].contributions.edges.map((e: { node: { text: string } }) => e.node.text)).toEqual([
        'Batch 2.0',
        'Batch 2.1',
      ]);
      expect(large.result[2].contributions.pageInfo.hasNextPage).toBe(true);
      expect(large.result[0].contributions.pageInfo.hasNextPage).toBe(false);
    });

    it('reads a page of consultations once, not again for the access rule of its contributions', async () => {
      const page = `{ consultations(first: 100) { edges { node { id
        contributions(first: 3) { edges { node { id text } } } } } } }`;
      const { result, reads } = await readsOf(world.consultations, async () =>
        ok(await gql(world.url, page, {}, world.tokens.leadA)),
      );
      const texts = result.consultations.edges.flatMap((e: { node: { contributions: { edges: unknown[] } } }) =>
        e.node.contributions.edges.map((c) => (c as { node: { text: string } }).node.text),
      );
      expect(texts).toContain('Batch 2.1'); // the access rule was applied to contributions at all
      expect(reads.filter((sql) => /FROM "consultations"\."consultation"/.test(sql))).toHaveLength(1);
    });

    it('counts a first page of child rows with the rows; a later page counts in its own statement', async () => {
      const query = `query($id: ID!, $after: String) { consultation(id: $id) {
        contributions(first: 1, after: $after) { totalCount edges { cursor node { id } } } } }`;
      const counting = (sql: string[]) => sql.filter((q) => q.includes('count(*)::int')).length;
      const first = await readsOf(world.consultations, async () =>
        ok(await gql(world.url, query, { id: open }, world.tokens.leadA)),
      );
      const page = first.result.consultation.contributions;
      expect(page.totalCount).toBeGreaterThan(1);
      expect(counting(first.reads)).toBe(0);
      const next = await readsOf(world.consultations, async () =>
        ok(await gql(world.url, query, { id: open, after: page.edges[0].cursor }, world.tokens.leadA)),
      );
      expect(next.result.consultation.contributions.totalCount).toBe(page.totalCount);
      expect(next.result.consultation.contributions.edges[0].node.id).not.toBe(page.edges[0].node.id);
      expect(counting(next.reads)).toBe(1);
    });

    it("reads a person's first page of participations or contributions, with its count, in one statement", async () => {
      const lists = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person {
        contributions(first: 100) { totalCount edges { node { id } } }
        participations(first: 1) { totalCount edges { node { id } } } } } }`;
      const { result, reads } = await readsOf(world.consultations, async () =>
        ok(await gql(world.url, lists, { reps: [{ __typename: 'Person', id: world.sam.id }] }, world.sam.token)),
      );
      const sam = result._entities[0];
      expect(sam.contributions.totalCount).toBe(sam.contributions.edges.length);
      expect(sam.contributions.totalCount).toBeGreaterThan(0);
      expect(sam.participations.edges).toHaveLength(1);
      expect(sam.participations.totalCount).toBeGreaterThan(1);
      const from = (table: string) =>
        reads.filter((sql) => new RegExp(`FROM "consultations"\\."${table}" "${table}"`).test(sql)).length;
      expect(from('contribution')).toBe(1);
      expect(from('participation')).toBe(1);
    });

    it('resolves many references with one query per entity type, whatever their number', async () => {
      const more: string[] = [];
      for (let i = 0; i < 6; i += 1)
        more.push(
          ok(await gql(world.url, SUBMIT, { input: { consultationId: open, text: `Idea ${i}` } }, world.sam.token))
            .submitContribution.id,
        );
      const reps = [...more, samSaid, bexAnonymous].map((id) => ({ __typename: 'Contribution', id }));
      const query = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Contribution { id text anonymous author { id } question { id } consultation { id title questions { id } } } } }`;
      const { result: data, reads } = await readsOf(world.consultations, async () =>
        ok(await gql(world.url, query, { reps }, world.tokens.leadA)),
      );
      const result = data._entities;
      expect(result).toHaveLength(8);
      expect(result.every((c: { consultation: { id: string } }) => c.consultation.id === open)).toBe(true);
      const from = (table: string) =>
        reads.filter((sql) => new RegExp(`FROM "consultations"\\."${table}"`).test(sql)).length;
      expect(from('contribution')).toBe(1);
      expect(from('consultation')).toBe(1);
      expect(from('question')).toBe(1);
    });
  });
});

/** The SELECTs consultations ran for the GraphQL requests `send` made (audit writes are not reads). */
async function readsOf<T>(service: RunningService, send: () => Promise<T>): Promise<{ result: T; reads: string[] }> {
  let result: T | undefined;
  const sql = await queriesDuring(service, async () => {
    result = await send();
  });
  return { result: result as T, reads: sql.filter((q) => q.startsWith('SELECT') && !q.includes('audit_log')) };
}
