import { randomUUID } from 'node:crypto';
import { ConsultationCreated, ConsultationEvents, FindingRecorded, RunningService } from '@voicegraph/platform';
import {
  buildPeopleWorld,
  EventFeed,
  gql,
  ok,
  PeopleWorld,
  REGISTER_PERSON,
  registerYoungPerson,
  tokenFor,
  waitFor,
  waitUntilKnown,
} from '@voicegraph/testkit';

export { REGISTER_PERSON, registerYoungPerson };

export interface GovernanceWorld extends PeopleWorld {
  otherAdmin: string;
  /** A young person in org A and their token. */
  youngPersonId: string;
  youngPersonToken: string;
  /** A member of staff in org A (a person record, so they can hold a seat) and their token. */
  staffId: string;
  staffToken: string;
  /** A person registered in the other partnership. */
  outsiderId: string;
}

/** Rows in the governance projections, read straight from its schema (tests only). */
const known = async (governance: RunningService, table: string, column: string, id: string): Promise<boolean> =>
  (await governance.dataSource.query(`SELECT 1 FROM governance.${table} WHERE ${column} = $1`, [id])).length > 0;

export const waitForKnownPerson = (governance: RunningService, personId: string) =>
  waitFor(`governance to learn person ${personId}`, () => known(governance, 'known_person', 'person_id', personId));

export const waitForPersonGone = (governance: RunningService, personId: string) =>
  waitFor(
    `governance to forget person ${personId}`,
    async () => !(await known(governance, 'known_person', 'person_id', personId)),
  );

/** People's world (two partnerships, orgs A and B, staff tokens) plus people governance has learned of by events. */
export async function buildGovernanceWorld(peopleUrl: string, governance: RunningService): Promise<GovernanceWorld> {
  const world = await buildPeopleWorld(peopleUrl);
  const otherAdmin = world.tokens.otherAdmin;
  const youngPersonId = await registerYoungPerson(peopleUrl, world.tokens.leadA, world.orgA, { displayName: 'Tia' });
  const staffInput = { kind: 'STAFF', organisationIds: [world.orgA], displayName: 'Ms Patel' };
  const staffId = ok(await gql(peopleUrl, REGISTER_PERSON, { input: staffInput }, world.tokens.leadA)).registerPerson
    .id as string;
  const outsiderId = await registerYoungPerson(peopleUrl, otherAdmin, world.otherOrg, { displayName: 'Far Away' });
  await waitUntilKnown([governance], [youngPersonId, staffId, outsiderId, ...Object.values(world.staffIds)]);
  for (const id of [world.orgA, world.orgB, world.otherOrg]) {
    await waitFor(`governance to learn organisation ${id}`, () =>
      known(governance, 'known_organisation', 'organisation_id', id),
    );
  }
  return {
    ...world,
    otherAdmin,
    youngPersonId,
    staffId,
    outsiderId,
    youngPersonToken: await tokenFor({
      sub: youngPersonId,
      roles: ['YOUNG_PERSON'],
      partnership: world.partnershipId,
      orgs: [world.orgA],
    }),
    staffToken: await tokenFor({
      sub: staffId,
      roles: ['PRACTITIONER'],
      partnership: world.partnershipId,
      orgs: [world.orgA],
    }),
  };
}

/**
 * Plays the consultations service: publishes real ConsultationCreated / FindingRecorded CloudEvents
 * on their topics, keyed by subject, so governance's own consumer builds its projection.
 */
export class ConsultationsDouble {
  private readonly feed = new EventFeed();

  async start(): Promise<this> {
    await this.feed.start();
    return this;
  }

  async stop(): Promise<void> {
    await this.feed.stop();
  }

  async consultation(partnershipId: string, leadOrganisationId: string): Promise<string> {
    const consultationId = randomUUID();
    const data: ConsultationCreated = {
      consultationId,
      partnershipId,
      leadOrganisationId,
      partnerOrganisationIds: [],
      title: 'Care leavers and housing',
      kind: 'FOCUS_GROUP',
      ladderLevel: 'CONSULTING',
      context: 'FORMAL_GROUP',
      mode: 'IN_PERSON',
      themes: ['housing'],
      targetCohorts: ['CARE_LEAVER'],
      targetAgeBands: ['AGE_16_TO_18'],
      opensAt: null,
      closesAt: null,
    };
    await this.feed.send(ConsultationEvents.ConsultationCreated, consultationId, data);
    return consultationId;
  }

  async finding(
    consultationId: string,
    partnershipId: string,
    title = 'Young people want a say in where they live',
  ): Promise<string> {
    const findingId = randomUUID();
    const data: FindingRecorded = { findingId, consultationId, partnershipId, title, contributionIds: [randomUUID()] };
    await this.feed.send(ConsultationEvents.FindingRecorded, findingId, data);
    return findingId;
  }

  /** Publishes a consultation with `count` findings and waits until governance knows every one. */
  async findingsKnownTo(
    governance: RunningService,
    partnershipId: string,
    leadOrganisationId: string,
    count = 1,
  ): Promise<{ consultationId: string; findingIds: string[] }> {
    const consultationId = await this.consultation(partnershipId, leadOrganisationId);
    const findingIds: string[] = [];
    for (let i = 0; i < count; i += 1)
      findingIds.push(await this.finding(consultationId, partnershipId, `Finding ${i + 1}`));
    for (const id of findingIds)
      await waitFor(`governance to learn finding ${id}`, () => known(governance, 'known_finding', 'finding_id', id));
    await waitFor(`governance to learn consultation ${consultationId}`, () =>
      known(governance, 'known_consultation', 'consultation_id', consultationId),
    );
    return { consultationId, findingIds };
  }
}

export const CREATE_FORUM =
  'mutation($i: CreateForumInput!) { createForum(input: $i) { id name kind organisation { id } canSeeBusiness } }';
export const APPOINT =
  'mutation($i: AppointToSeatInput!) { appointToSeat(input: $i) { id role heldByYoungPerson startsOn endsOn current forum { id } } }';
export const SCHEDULE =
  'mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { id title status startsAt } }';
export const ADD_AGENDA_ITEM =
  'mutation($i: AddAgendaItemInput!) { addAgendaItem(input: $i) { id position title presentedByYoungPerson findings { id } consultations { id } } }';
export const RECORD_DECISION =
  'mutation($i: RecordDecisionInput!) { recordDecision(input: $i) { id title youngPeopleInvolved influencedByYoungPeople citedFindings { id } consultations { id } } }';
export const RECORD_ATTENDANCE =
  'mutation($i: RecordAttendanceInput!) { recordAttendance(input: $i) { id status attendance { youngPerson person { id } } } }';
export const CREATE_PLAN = 'mutation($i: CreatePlanInput!) { createPlan(input: $i) { id title reviewOverdue } }';
export const ADD_OBJECTIVE = 'mutation($i: AddObjectiveInput!) { addObjective(input: $i) { id status latestValue } }';
export const RECORD_PROGRESS =
  'mutation($i: RecordObjectiveProgressInput!) { recordObjectiveProgress(input: $i) { id status latestValue progress { value statusAfter recordedOn } } }';

export const inDays = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString();
export const dayIn = (days: number): string => inDays(days).slice(0, 10);

/** Creates a forum as `token` and returns its id. */
export async function createForum(url: string, token: string, input: Record<string, unknown>): Promise<string> {
  return ok(
    await gql(
      url,
      CREATE_FORUM,
      { i: { kind: 'STANDING_GROUP', ...input, name: `${String(input.name ?? 'Forum')} ${randomUUID().slice(0, 6)}` } },
      token,
    ),
  ).createForum.id as string;
}

export { queriesDuring } from '@voicegraph/testkit';
