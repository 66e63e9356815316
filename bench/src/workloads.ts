import { signDevToken, TokenClaims } from '@voicegraph/platform';
import { DemoContext } from '@voicegraph/tools/dist/demo/demo-context';
import { BenchData } from './seed';
import { analystYears, FULL_ANALYST_QUERY } from './analyst-query';

/** One GraphQL operation as the load generator sends it (the body is fixed: same bytes every time). */
export interface Operation {
  body: string;
  headers: Record<string, string>;
}

export type WorkloadId =
  | 'trail'
  | 'own-view'
  | 'people-page'
  | 'write-mix'
  | 'analyst'
  | 'trail-distinct'
  | 'own-view-distinct'
  | 'people-page-distinct'
  | 'mix-distinct'
  | 'write-distinct';

export interface Workload {
  id: WorkloadId;
  title: string;
  /**
   * `distinct`: every request is drawn at random from a pool of distinct callers (their own
   * tokens) and variables — what real traffic looks like, and the headline figures.
   * `best case`: every connection repeats the same request(s) with one token, which the
   * gateway's sharing of identical in-flight calls favours.
   */
  traffic: 'distinct' | 'best case';
  /** The pool drawn from at random (distinct), or the requests cycled by every connection (best case). */
  operations: Operation[];
  writes?: boolean;
}

/** The operations a gateway's answers are compared on: a spread sample of the pool. */
export const sampleOperations = (workload: Workload): Operation[] =>
  [...new Set([0, Math.floor(workload.operations.length / 2), workload.operations.length - 1])].map(
    (i) => workload.operations[i],
  );

export const TRAIL_QUERY = `query VoiceToImpact($first: Int!, $filter: ConsultationFilter) {
  consultations(first: $first, filter: $filter) {
    totalCount
    edges { node {
      id title ladderLevel status
      leadOrganisation { id name }
      contributions(first: 3) { totalCount edges { node { id text submittedAt } } }
      findings {
        id title contributionCount
        decisions { id title forum { id name } outcomes { id status weDid } }
        outcome { id status youSaid weDid }
      }
      feedbackObligation { id status dueOn onTime }
    } }
  }
}`;

const OWN_VIEW = `query MyVoice {
  me {
    id displayName ageBand canParticipate
    consents { id kind }
    participations(first: 20) { totalCount edges { node { id role consultation { id title status } } } }
    contributions(first: 20) { totalCount edges { node { id text consultation { id title findings { id title decisions { id title } outcome { id status weDid } } } } } }
    seats { id role forum { id name } }
    feedbackReceived { id text sentAt }
    feedbackOwed { id status dueOn }
  }
}`;

export const PEOPLE_QUERY = `query PeoplePage($first: Int!) {
  people(first: $first) { totalCount edges { node { id displayName kind ageBand organisations { id name kind } } } }
}`;

const SUBMIT = 'mutation($input: SubmitContributionInput!) { submitContribution(input: $input) { id } }';
const FINDING = 'mutation($input: RecordFindingInput!) { recordFinding(input: $input) { id } }';

export const json = (query: string, variables: Record<string, unknown> = {}): string =>
  JSON.stringify({ query, variables });

export async function tokenFor(demo: DemoContext, claims: TokenClaims): Promise<string> {
  return signDevToken(demo.auth, claims, '4h');
}

export const leadClaims = (data: BenchData): TokenClaims => ({
  sub: data.people.lead,
  roles: ['PARTICIPATION_LEAD'],
  partnership: data.partnershipId,
  orgs: data.leadOrgs,
});

/** The five workloads of the issue, with the fixed data set's ids and tokens. */
export async function buildWorkloads(demo: DemoContext, data: BenchData, trailPage = 20): Promise<Workload[]> {
  const lead = await tokenFor(demo, leadClaims(data));
  const young = await tokenFor(demo, {
    sub: data.writer,
    roles: ['YOUNG_PERSON'],
    partnership: data.partnershipId,
    orgs: [],
  });
  const analyst = await tokenFor(demo, {
    sub: data.people.analyst,
    roles: ['ANALYST'],
    partnership: data.partnershipId,
    orgs: [],
  });
  const h = (token: string) => ({ 'content-type': 'application/json', authorization: `Bearer ${token}` });
  const distinct = await distinctWorkloads(demo, data, h);
  const bestCase: Workload[] = [
    {
      id: 'trail',
      title: `voice-to-impact trail, ${trailPage} consultations (best case)`,
      traffic: 'best case',
      operations: [{ body: json(TRAIL_QUERY, { first: trailPage }), headers: h(lead) }],
    },
    {
      id: 'own-view',
      title: "a young person's own view (best case)",
      traffic: 'best case',
      operations: [{ body: json(OWN_VIEW), headers: h(young) }],
    },
    {
      id: 'people-page',
      title: '100 people with their organisations (best case)',
      traffic: 'best case',
      operations: [{ body: json(PEOPLE_QUERY, { first: 100 }), headers: h(lead) }],
    },
    {
      id: 'analyst',
      title: 'the analyst query (all analytics of a year, best case)',
      traffic: 'best case',
      operations: [
        {
          body: json(FULL_ANALYST_QUERY, { id: data.partnershipId, ...analystYears(), filter: null }),
          headers: h(analyst),
        },
      ],
    },
    {
      id: 'write-mix',
      title: 'write mix: contribution + finding (one writer)',
      traffic: 'best case',
      writes: true,
      operations: [
        {
          body: json(SUBMIT, {
            input: {
              consultationId: data.openConsultation,
              text: 'I want to be asked before the meeting, not after it.',
              anonymous: false,
            },
          }),
          headers: h(young),
        },
        {
          body: json(FINDING, {
            input: {
              consultationId: data.openConsultation,
              title: 'Ask before, not after',
              summary: 'Young people want to be asked early.',
              contributionIds: data.openContributions,
            },
          }),
          headers: h(lead),
        },
      ],
    },
  ];
  return [...distinct, ...bestCase];
}

/** Page sizes the distinct-caller trail and people workloads draw from. */
export const TRAIL_PAGES = [5, 10, 15, 20, 25];
export const PEOPLE_PAGES = [25, 50, 100];

/**
 * Real traffic: 64 participation leads × 5 page sizes for the trail, the 120 young people for
 * their own view, 32 leads × 3 page sizes for people, a mix of all roles (leads, young people,
 * analysts), and contributions from distinct young people. Each request is drawn at random.
 */
async function distinctWorkloads(
  demo: DemoContext,
  data: BenchData,
  h: (token: string) => Record<string, string>,
): Promise<Workload[]> {
  const leadTokens = await Promise.all(
    data.leads.map((lead) =>
      tokenFor(demo, { sub: lead.id, roles: ['PARTICIPATION_LEAD'], partnership: data.partnershipId, orgs: lead.orgs }),
    ),
  );
  const youngTokens = await Promise.all(
    data.extraPeople.map((sub) =>
      tokenFor(demo, { sub, roles: ['YOUNG_PERSON'], partnership: data.partnershipId, orgs: [] }),
    ),
  );
  // The data set has one analyst: one token, asking for the year whole or filtered to each organisation.
  const analystToken = await tokenFor(demo, {
    sub: data.people.analyst,
    roles: ['ANALYST'],
    partnership: data.partnershipId,
    orgs: [],
  });
  const trail = leadTokens.flatMap((token, lead) =>
    TRAIL_PAGES.map((first, i) => {
      const orgs = data.leads[lead].orgs;
      return {
        body: json(TRAIL_QUERY, { first, filter: { organisationId: orgs[i % orgs.length] } }),
        headers: h(token),
      };
    }),
  );
  const ownView = youngTokens.map((token) => ({ body: json(OWN_VIEW), headers: h(token) }));
  const people = leadTokens
    .slice(0, 32)
    .flatMap((token) => PEOPLE_PAGES.map((first) => ({ body: json(PEOPLE_QUERY, { first }), headers: h(token) })));
  const orgIds = Object.values(data.organisations);
  const analyst = [null, ...orgIds.map((id) => ({ organisationIds: [id] }))].map((filter) => ({
    body: json(FULL_ANALYST_QUERY, { id: data.partnershipId, ...analystYears(), filter }),
    headers: h(analystToken),
  }));
  // In the open consultations the young people take part in (the seed records their participation).
  const writes = data.openParticipants.map(({ personId, consultationId }, i) => ({
    body: json(SUBMIT, {
      input: { consultationId, text: `Idea ${i}: ask us before the meeting, not after it.`, anonymous: i % 3 === 0 },
    }),
    headers: h(youngTokens[data.extraPeople.indexOf(personId)] ?? youngTokens[0]),
  }));
  return [
    {
      id: 'trail-distinct',
      title: 'voice-to-impact trail, 64 leads × 5 page sizes',
      traffic: 'distinct',
      operations: trail,
    },
    { id: 'own-view-distinct', title: 'own view, 120 young people', traffic: 'distinct', operations: ownView },
    {
      id: 'people-page-distinct',
      title: 'people page, 32 leads × 3 page sizes',
      traffic: 'distinct',
      operations: people,
    },
    {
      id: 'mix-distinct',
      title: 'mix of roles: trail, own view, people, analyst',
      traffic: 'distinct',
      operations: [...trail, ...ownView, ...people, ...analyst],
    },
    {
      id: 'write-distinct',
      title: 'contributions from distinct young people',
      traffic: 'distinct',
      writes: true,
      operations: writes,
    },
  ];
}
