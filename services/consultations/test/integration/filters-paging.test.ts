import { gql, ok } from '@voicegraph/testkit';
import { buildConsultationsWorld, CLOSE, ConsultationsWorld, createConsultation, OPEN } from './fixture';

const LIST = `query($filter: ConsultationFilter, $first: Int, $after: String) {
  consultations(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }`;

describe('the consultations list: filters and keyset paging', () => {
  let world: ConsultationsWorld;
  let transport: string; // OPEN, A, CO_PRODUCING, FORMAL_GROUP, care leavers, January
  let health: string; // CLOSED, led by B with A as partner, INFORMING, SOCIAL, June
  let review: string; // DRAFT, A, CONSULTING, INDIVIDUAL, no planned window

  const ids = async (filter: Record<string, unknown>, token = world.tokens.leadA): Promise<string[]> =>
    ok(await gql(world.url, LIST, { filter, first: 100 }, token)).consultations.edges.map(
      (e: { node: { id: string } }) => e.node.id,
    );

  beforeAll(async () => {
    world = await buildConsultationsWorld();
    transport = await createConsultation(world, {
      title: 'Getting to college',
      ladderLevel: 'CO_PRODUCING',
      context: 'FORMAL_GROUP',
      kind: 'CO_PRODUCTION_PROJECT',
      themes: ['Transport'],
      targetCohorts: ['CARE_LEAVER'],
      opensAt: '2026-01-01T00:00:00Z',
      closesAt: '2026-02-01T00:00:00Z',
    });
    ok(await gql(world.url, OPEN, { id: transport }, world.tokens.leadA));
    health = await createConsultation(
      world,
      {
        title: 'Health drop-in',
        ladderLevel: 'INFORMING',
        context: 'SOCIAL',
        themes: ['Health'],
        leadOrganisationId: world.orgB,
        partnerOrganisationIds: [world.orgA],
        opensAt: '2026-06-01T00:00:00Z',
        closesAt: '2026-07-01T00:00:00Z',
      },
      world.leadB,
    );
    ok(await gql(world.url, OPEN, { id: health }, world.leadB));
    ok(await gql(world.url, CLOSE, { id: health }, world.leadB));
    review = await createConsultation(world, {
      title: 'My care review',
      ladderLevel: 'CONSULTING',
      context: 'INDIVIDUAL',
      kind: 'INDIVIDUAL_REVIEW',
    });
  });
  afterAll(async () => {
    await world.stack.stop();
  });

  it('filters by status', async () => {
    expect(await ids({ status: 'OPEN' })).toEqual([transport]);
    expect(await ids({ status: 'CLOSED' })).toEqual([health]);
    expect(await ids({ status: 'DRAFT' })).toEqual([review]);
  });

  it('filters by lead or partner organisation', async () => {
    expect(await ids({ organisationId: world.orgA })).toEqual([transport, health, review]);
    expect(await ids({ organisationId: world.orgB })).toEqual([health]);
    expect(await ids({ organisationId: world.otherOrg })).toEqual([]);
  });

  it('filters by ladder level, context, cohort and theme (any case)', async () => {
    expect(await ids({ ladderLevel: 'CO_PRODUCING' })).toEqual([transport]);
    expect(await ids({ context: 'INDIVIDUAL' })).toEqual([review]);
    expect(await ids({ cohort: 'CARE_LEAVER' })).toEqual([transport]);
    expect(await ids({ cohort: 'SEND' })).toEqual([]);
    expect(await ids({ theme: ' TRANSPORT ' })).toEqual([transport]);
  });

  it('filters by planned dates (a missing start or end is open-ended)', async () => {
    expect(await ids({ from: '2026-05-01T00:00:00Z' })).toEqual([health, review]);
    expect(await ids({ to: '2026-03-01T00:00:00Z' })).toEqual([transport, review]);
    expect(await ids({ from: '2026-01-15T00:00:00Z', to: '2026-01-20T00:00:00Z' })).toEqual([transport, review]);
  });

  it('combines filters, all of which must hold', async () => {
    expect(await ids({ organisationId: world.orgA, status: 'CLOSED', context: 'SOCIAL' })).toEqual([health]);
    expect(await ids({ organisationId: world.orgB, status: 'OPEN' })).toEqual([]);
  });

  it("applies the caller's visibility first: a young person sees only the open one, and only if meant for them", async () => {
    expect(await ids({}, world.sam.token)).toEqual([]);
    expect(await ids({}, world.tokens.analyst)).toEqual([transport, health]);
  });

  it('Organisation.consultations lists what an organisation leads or partners in, with the same filters', async () => {
    const query = `query($reps: [_Any!]!, $filter: ConsultationFilter) { _entities(representations: $reps) {
      ... on Organisation { consultations(filter: $filter) { totalCount edges { node { id } } } } } }`;
    const [orgA, orgB] = ok(
      await gql(
        world.url,
        query,
        {
          reps: [
            { __typename: 'Organisation', id: world.orgA },
            { __typename: 'Organisation', id: world.orgB },
          ],
        },
        world.tokens.leadA,
      ),
    )._entities;
    expect(orgA.consultations.totalCount).toBe(3);
    expect(orgB.consultations.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([health]);
    const filtered = ok(
      await gql(
        world.url,
        query,
        { reps: [{ __typename: 'Organisation', id: world.orgA }], filter: { status: 'DRAFT' } },
        world.tokens.leadA,
      ),
    )._entities[0];
    expect(filtered.consultations.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([review]);
  });

  it('pages by keyset: every consultation exactly once, in creation order, with a stable totalCount', async () => {
    const created: string[] = [];
    for (let i = 0; i < 5; i += 1)
      created.push(await createConsultation(world, { title: `Paging ${i}`, themes: ['paging'] }));
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: { id: string } }[];
      } = ok(
        await gql(world.url, LIST, { filter: { theme: 'paging' }, first: 2, after }, world.tokens.leadA),
      ).consultations;
      pages += 1;
      expect(page.totalCount).toBe(5);
      seen.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(created);
  });
});
