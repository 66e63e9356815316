import { RunningService } from '@voicegraph/platform';
import {
  buildOnStack,
  buildPeopleWorld,
  CONSULTATION,
  gql,
  joinYoungPerson,
  ok,
  PeopleWorld,
  startStack,
  waitFor,
  waitUntilKnown,
  YoungPerson,
} from '@voicegraph/testkit';
import { consultationsService } from '../../src/service';

export type { YoungPerson };

export type Stack = Awaited<ReturnType<typeof startStack>>;

export interface ConsultationsWorld extends PeopleWorld {
  stack: Stack;
  people: RunningService;
  consultations: RunningService;
  /** The consultations subgraph itself, bypassing the gateway. */
  url: string;
  gateway: string;
  /** Young people of org A (SEND, 16–18) and org B (no cohorts), both with participation consent. */
  sam: YoungPerson;
  bex: YoungPerson;
  /** A young person of org A with no participation consent. */
  noor: YoungPerson;
  /** A participation lead of org B and a young person of the other partnership. */
  leadB: string;
  stranger: YoungPerson;
}

export const { CREATE, OPEN, CLOSE, SUBMIT, PARTICIPATE } = CONSULTATION;
export const CANCEL = `mutation($id: ID!) { cancelConsultation(input: { consultationId: $id }) { id status cancelledAt } }`;

/** People and consultations behind a gateway, a people world, and a participation lead of org B. */
export async function startConsultationsWorld(): Promise<
  PeopleWorld & { stack: Stack; people: RunningService; consultations: RunningService; leadB: string }
> {
  const stack = await startStack(['people', consultationsService]);
  const [people, consultations] = stack.services;
  const world = await buildOnStack(stack, () => buildPeopleWorld(people.url));
  const leadB = world.tokens.leadB;
  return { ...world, stack, people, consultations, leadB };
}

/** The consultations world, with young people the consultations projection knows. */
export async function buildConsultationsWorld(): Promise<ConsultationsWorld> {
  const { stack, people, consultations, leadB, ...world } = await startConsultationsWorld();
  return buildOnStack(stack, async () => {
    const young = (
      token: string,
      orgId: string,
      partnershipId: string,
      extra: Record<string, unknown>,
      consent = true,
    ): Promise<YoungPerson> => joinYoungPerson(people.url, { token, partnershipId, orgId }, extra, consent);
    const sam = await young(world.tokens.leadA, world.orgA, world.partnershipId, {
      displayName: 'Sam',
      cohorts: ['SEND'],
      dateOfBirth: '2010-05-04',
    });
    const bex = await young(leadB, world.orgB, world.partnershipId, { displayName: 'Bex', dateOfBirth: '2011-09-14' });
    const noor = await young(
      world.tokens.leadA,
      world.orgA,
      world.partnershipId,
      { displayName: 'Noor', dateOfBirth: '2009-01-02' },
      false,
    );
    const stranger = await young(world.tokens.otherLead, world.otherOrg, world.otherPartnershipId, {
      displayName: 'Zed',
      dateOfBirth: '2010-01-01',
    });
    await waitForProjection(consultations, [sam.id, bex.id, stranger.id], [world.orgA, world.orgB, world.otherOrg]);
    await waitUntilKnown([consultations], [...Object.values(world.staffIds), noor.id]);
    return {
      ...world,
      stack,
      people,
      consultations,
      url: consultations.url,
      gateway: stack.gateway.url,
      sam,
      bex,
      noor,
      leadB,
      stranger,
    };
  });
}

/**
 * Waits until people's events have reached the consultations projection (people with their
 * consent, organisations, and partnerships with their suppression threshold).
 */
export async function waitForProjection(
  consultations: RunningService,
  consentingPeople: string[],
  organisations: string[] = [],
  partnerships: string[] = [],
): Promise<void> {
  await waitFor(
    'people, organisations and partnerships in the consultations projection',
    async () => {
      const [row] = await consultations.dataSource.query(
        `SELECT (SELECT count(DISTINCT person_id) FROM consultations.participation_consent WHERE person_id = ANY($1::uuid[]))::int AS consents,
              (SELECT count(*) FROM consultations.organisation_projection WHERE organisation_id = ANY($2::uuid[]))::int AS organisations,
              (SELECT count(*) FROM consultations.partnership_projection WHERE partnership_id = ANY($3::uuid[]))::int AS partnerships`,
        [consentingPeople, organisations, partnerships],
      );
      return (
        row.consents === consentingPeople.length &&
        row.organisations === organisations.length &&
        row.partnerships === partnerships.length
      );
    },
    60_000,
  );
}

export interface ConsultationInput {
  [key: string]: unknown;
}

/** Creates a consultation led by org A (as lead A unless another token is given); returns its id. */
export async function createConsultation(
  world: ConsultationsWorld,
  input: ConsultationInput = {},
  token = world.tokens.leadA,
): Promise<string> {
  const base = {
    title: 'Youth club opening hours',
    kind: 'SURVEY',
    ladderLevel: 'CONSULTING',
    context: 'SOCIAL',
    mode: 'DIGITAL',
    leadOrganisationId: world.orgA,
  };
  return ok(await gql(world.url, CREATE, { input: { ...base, ...input } }, token)).createConsultation.id as string;
}

export async function openConsultation(
  world: ConsultationsWorld,
  input: ConsultationInput = {},
  token = world.tokens.leadA,
): Promise<string> {
  const id = await createConsultation(world, input, token);
  ok(await gql(world.url, OPEN, { id }, token));
  return id;
}
