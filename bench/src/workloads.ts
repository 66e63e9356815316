import { signDevToken, TokenClaims } from '@voicegraph/platform';
import { DemoContext } from '@voicegraph/tools/dist/demo/demo-context';
import { BenchData } from './seed';
import { analystYears, FULL_ANALYST_QUERY } from './analyst-query';

/** One GraphQL operation as the load generator sends it (the body is fixed: same bytes every time). */
export interface Operation {
  body: string;
  headers: Record<string, string>;
}

export interface Workload {
  id: 'trail' | 'own-view' | 'people-page' | 'write-mix' | 'analyst';
  title: string;
  /** Requests cycled by every connection (one for reads; two for the write mix). */
  operations: Operation[];
  writes?: boolean;
}

export const TRAIL_QUERY = `query VoiceToImpact($first: Int!) {
  consultations(first: $first) {
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
  return [
    {
      id: 'trail',
      title: `voice-to-impact trail, ${trailPage} consultations`,
      operations: [{ body: json(TRAIL_QUERY, { first: trailPage }), headers: h(lead) }],
    },
    { id: 'own-view', title: "a young person's own view", operations: [{ body: json(OWN_VIEW), headers: h(young) }] },
    {
      id: 'people-page',
      title: '100 people with their organisations',
      operations: [{ body: json(PEOPLE_QUERY, { first: 100 }), headers: h(lead) }],
    },
    {
      id: 'analyst',
      title: 'the analyst query (all analytics of a year)',
      operations: [
        {
          body: json(FULL_ANALYST_QUERY, { id: data.partnershipId, ...analystYears(), filter: null }),
          headers: h(analyst),
        },
      ],
    },
    {
      id: 'write-mix',
      title: 'write mix: contribution + finding',
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
}
