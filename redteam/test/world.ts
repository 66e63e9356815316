import { RunningService, ServiceDefinition } from '@voicegraph/platform';
import {
  buildOnStack,
  buildPeopleWorld,
  gql,
  ok,
  PeopleWorld,
  REGISTER_PERSON,
  startStack,
  SubgraphName,
  tokenFor,
  waitFor,
  waitUntilKnown,
} from '@voicegraph/testkit';

/**
 * The red team's world: the real subgraphs behind the real gateway (Postgres, Kafka), one
 * partnership with organisations A and B and staff of each, built only through the graph.
 * Attacks go through the gateway; only an attack that needs a subgraph (`_entities`) goes to one.
 */
export type Stack = Awaited<ReturnType<typeof startStack>>;

export interface RedTeamWorld extends PeopleWorld {
  stack: Stack;
  services: Record<'people' | 'consultations' | 'governance', RunningService> & { feedback?: RunningService };
  gateway: string;
  /** A participation lead of organisation B. */
  leadB: string;
}

export interface YoungPerson {
  id: string;
  token: string;
}

export const RECORD_CONSENT = 'mutation($i: RecordConsentInput!) { recordConsent(input: $i) { id } }';
export const WITHDRAW_CONSENT = 'mutation($i: WithdrawConsentInput!) { withdrawConsent(input: $i) { id } }';
export const SUBMIT = 'mutation($i: SubmitContributionInput!) { submitContribution(input: $i) { id } }';
export const CREATE_CONSULTATION = 'mutation($i: CreateConsultationInput!) { createConsultation(input: $i) { id } }';
export const OPEN_CONSULTATION = 'mutation($id: ID!) { openConsultation(input: { consultationId: $id }) { id } }';
export const PARTICIPATE =
  'mutation($i: RecordParticipationInput!) { recordParticipation(input: $i) { id createdAt person { id } } }';

export async function buildRedTeamWorld(
  definitions: (ServiceDefinition | SubgraphName)[] = ['people', 'consultations', 'governance'],
): Promise<RedTeamWorld> {
  const stack = await startStack(definitions);
  return buildOnStack(stack, async () => {
    const services = Object.fromEntries(stack.services.map((s) => [s.name, s])) as RedTeamWorld['services'];
    const world = await buildPeopleWorld(services.people.url);
    const leadB = world.tokens.leadB;
    // Every service refuses tokens of people it has not heard of: wait until all know the staff.
    await waitUntilKnown(stack.services, Object.values(world.staffIds));
    // Consultations refuses a consultation led by an organisation it has not heard of yet: wait
    // for the OrganisationRegistered events (they queue behind every earlier test's events).
    if (services.consultations)
      await waitFor(
        'consultations to learn the organisations',
        async () => {
          const [row] = await services.consultations.dataSource.query(
            `SELECT count(*)::int AS n FROM consultations.organisation_projection WHERE organisation_id = ANY($1::uuid[])`,
            [[world.orgA, world.orgB]],
          );
          return row.n === 2;
        },
        60_000,
      );
    return { ...world, stack, services, gateway: stack.gateway.url, leadB };
  });
}

/** Registers a young person of `org` (as `staffToken`), optionally with a participation consent, and signs their token. */
export async function youngPerson(
  world: RedTeamWorld,
  staffToken: string,
  org: string,
  options: { dateOfBirth?: string; consent?: 'SELF' | 'PARENT_OR_CARER' | null; name?: string } = {},
): Promise<YoungPerson> {
  const input = {
    kind: 'YOUNG_PERSON',
    organisationIds: [org],
    displayName: options.name ?? 'Young person',
    dateOfBirth: options.dateOfBirth ?? '2010-05-04',
  };
  // Set-up, not attack: straight to the people subgraph, which saves the gateway's hop.
  const people = world.services.people.url;
  const id = ok(await gql(people, REGISTER_PERSON, { input }, staffToken)).registerPerson.id as string;
  const consent = options.consent === undefined ? 'SELF' : options.consent;
  if (consent)
    ok(await gql(people, RECORD_CONSENT, { i: { personId: id, kind: 'PARTICIPATION', givenBy: consent } }, staffToken));
  const token = await tokenFor({ sub: id, roles: ['YOUNG_PERSON'], partnership: world.partnershipId, orgs: [org] });
  await waitUntilKnown(world.stack.services, [id]);
  return { id, token };
}

/** An OPEN, untargeted consultation led by `org` (with `partners`), created as `token`. */
export async function openConsultation(
  world: RedTeamWorld,
  token: string,
  org: string,
  partners: string[] = [],
): Promise<string> {
  const input = {
    title: 'Youth club opening hours',
    kind: 'SURVEY',
    ladderLevel: 'CONSULTING',
    context: 'SOCIAL',
    mode: 'DIGITAL',
    leadOrganisationId: org,
    partnerOrganisationIds: partners,
  };
  const id = ok(await gql(world.gateway, CREATE_CONSULTATION, { i: input }, token)).createConsultation.id as string;
  ok(await gql(world.gateway, OPEN_CONSULTATION, { id }, token));
  return id;
}

/** Waits until consultations' projection holds a participation consent for each of `people` (or none, with `present` false). */
export async function waitForConsents(world: RedTeamWorld, people: string[], present = true): Promise<void> {
  await waitFor(
    `consultations to ${present ? 'learn' : 'drop'} the consents of ${people.length} people`,
    async () => {
      const [row] = await world.services.consultations.dataSource.query(
        `SELECT count(DISTINCT person_id)::int AS n FROM consultations.participation_consent WHERE person_id = ANY($1::uuid[])`,
        [people],
      );
      return present ? row.n === people.length : row.n === 0;
    },
    90_000,
    50,
  );
}

/** Waits until a service's projection of people knows every one of `people`. */
export async function waitForPeople(service: RunningService, table: string, people: string[]): Promise<void> {
  await waitFor(
    `${service.name} to learn ${people.length} people`,
    async () => {
      const [row] = await service.dataSource.query(
        `SELECT count(*)::int AS n FROM ${table} WHERE person_id = ANY($1::uuid[])`,
        [people],
      );
      return row.n === people.length;
    },
    90_000,
    50,
  );
}

/** Runs `work` over `items`, `width` at a time (the machine is small; the broker and Postgres are shared). */
export async function inBatches<T, R>(
  items: T[],
  width: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += width)
    results.push(...(await Promise.all(items.slice(start, start + width).map((item, i) => work(item, start + i)))));
  return results;
}
