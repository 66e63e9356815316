import { randomUUID } from 'node:crypto';
import { RunningService } from '@voicegraph/platform';
import { gql, ok, startStack, tokenFor, waitFor } from '@voicegraph/testkit';
import { peopleService } from '../../../people/src/service';
import { buildPeopleWorld, PeopleWorld, registerYoungPerson } from '../../../people/test/integration/fixture';
import { consultationsService } from '../../src/service';

export type Stack = Awaited<ReturnType<typeof startStack>>;

export interface YoungPerson {
  id: string;
  token: string;
}

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

export const CREATE = `mutation($input: CreateConsultationInput!) { createConsultation(input: $input) { id status approach } }`;
export const OPEN = `mutation($id: ID!) { openConsultation(input: { consultationId: $id }) { id status openedAt } }`;
export const CLOSE = `mutation($id: ID!) { closeConsultation(input: { consultationId: $id }) { id status closedAt } }`;
export const CANCEL = `mutation($id: ID!) { cancelConsultation(input: { consultationId: $id }) { id status cancelledAt } }`;
export const SUBMIT = `mutation($input: SubmitContributionInput!) { submitContribution(input: $input) { id text anonymous author { id } } }`;
export const PARTICIPATE = `mutation($input: RecordParticipationInput!) { recordParticipation(input: $input) { id role person { id } } }`;
export const RECORD_CONSENT = 'mutation($i: RecordConsentInput!) { recordConsent(input: $i) { id } }';

/** People and consultations behind a gateway, a people world, and young people the consultations projection knows. */
export async function buildConsultationsWorld(): Promise<ConsultationsWorld> {
  const stack = await startStack([peopleService, consultationsService]);
  const [people, consultations] = stack.services;
  const world = await buildPeopleWorld(people.url);
  const leadB = await tokenFor({
    sub: randomUUID(),
    roles: ['PARTICIPATION_LEAD'],
    partnership: world.partnershipId,
    orgs: [world.orgB],
  });
  const young = async (
    token: string,
    org: string,
    partnershipId: string,
    extra: Record<string, unknown>,
    consent = true,
  ): Promise<YoungPerson> => {
    const id = await registerYoungPerson(people.url, token, org, extra);
    if (consent)
      ok(await gql(people.url, RECORD_CONSENT, { i: { personId: id, kind: 'PARTICIPATION', givenBy: 'SELF' } }, token));
    return { id, token: await tokenFor({ sub: id, roles: ['YOUNG_PERSON'], partnership: partnershipId, orgs: [org] }) };
  };
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
  const otherLead = await tokenFor({
    sub: randomUUID(),
    roles: ['PARTICIPATION_LEAD'],
    partnership: world.otherPartnershipId,
    orgs: [world.otherOrg],
  });
  const stranger = await young(otherLead, world.otherOrg, world.otherPartnershipId, {
    displayName: 'Zed',
    dateOfBirth: '2010-01-01',
  });
  await waitForProjection(consultations, [sam.id, bex.id, stranger.id], [world.orgA, world.orgB, world.otherOrg]);
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
}

/** Waits until people's events have reached the consultations projection (people with their consent, organisations). */
export async function waitForProjection(
  consultations: RunningService,
  consentingPeople: string[],
  organisations: string[] = [],
): Promise<void> {
  await waitFor(
    'people and organisations in the consultations projection',
    async () => {
      const [row] = await consultations.dataSource.query(
        `SELECT (SELECT count(DISTINCT person_id) FROM consultations.participation_consent WHERE person_id = ANY($1::uuid[]))::int AS consents,
              (SELECT count(*) FROM consultations.organisation_projection WHERE organisation_id = ANY($2::uuid[]))::int AS organisations`,
        [consentingPeople, organisations],
      );
      return row.consents === consentingPeople.length && row.organisations === organisations.length;
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

/** Every row of every table of the consultations schema, as text. */
export async function dumpSchema(consultations: RunningService): Promise<string> {
  const tables: { table_name: string }[] = await consultations.dataSource.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'consultations' AND table_type = 'BASE TABLE'`,
  );
  const dumps: string[] = [];
  for (const { table_name: table } of tables) {
    const rows: { row: string }[] = await consultations.dataSource.query(
      `SELECT t::text AS row FROM consultations."${table}" t`,
    );
    dumps.push(`${table}:\n${rows.map((r) => r.row).join('\n')}`);
  }
  return dumps.join('\n');
}
