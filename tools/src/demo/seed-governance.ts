import { calendarDate } from '@voicegraph/platform';
import { DemoContext } from './demo-context';
import { DemoData, demoLead } from './demo-file';

const daysFromNow = (days: number): Date => new Date(Date.now() + days * 86_400_000);

/**
 * The corporate parenting board with a young person in a youth seat, a meeting that hears the
 * care-review finding, the board's decision citing it, and the participation action plan.
 */
export async function seedGovernance(demo: DemoContext, data: DemoData): Promise<void> {
  const orgIds = Object.values(data.organisations);
  const lead = demoLead(data);
  const { createForum } = await demo.runWhenReady(
    'mutation($input: CreateForumInput!) { createForum(input: $input) { id } }',
    {
      input: {
        name: 'Corporate Parenting Board',
        kind: 'CORPORATE_PARENTING_BOARD',
        purpose: 'Holds the council and partners to account as corporate parents.',
        organisationId: orgIds[0],
      },
    },
    lead,
  );
  const forumId: string = createForum.id;
  await demo.runWhenReady(
    'mutation($input: AppointToSeatInput!) { appointToSeat(input: $input) { id } }',
    {
      input: {
        forumId,
        personId: data.people.youngPerson,
        role: 'YOUTH_REPRESENTATIVE',
        startsOn: calendarDate(daysFromNow(-30)),
      },
    },
    lead,
  );
  const { scheduleMeeting } = await demo.run(
    'mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }',
    {
      input: {
        forumId,
        title: 'Quarterly board: voice of children in care',
        startsAt: daysFromNow(14).toISOString(),
        location: 'Council House, Room 2',
      },
    },
    lead,
  );
  const findingIds = data.findingId ? [data.findingId as string] : [];
  if (findingIds.length) {
    await demo.runWhenReady(
      'mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }',
      {
        input: {
          meetingId: scheduleMeeting.id,
          title: 'Young people present: making care reviews theirs',
          presenterId: data.people.youngPerson,
          findingIds,
        },
      },
      lead,
    );
  }
  const { recordDecision } = await demo.runWhenReady(
    'mutation($input: RecordDecisionInput!) { recordDecision(input: $input) { id } }',
    {
      input: {
        forumId,
        title: 'Young people may chair part of their own review and choose the venue',
        description: 'Reviewing officers will offer every child in care a co-chaired review from next quarter.',
        citedFindingIds: findingIds,
        youngPeopleInvolved: true,
      },
    },
    lead,
  );
  const { createPlan } = await demo.runWhenReady(
    'mutation($input: CreatePlanInput!) { createPlan(input: $input) { id } }',
    {
      input: {
        title: 'Participation Strategy action plan',
        kind: 'ACTION_PLAN',
        periodStart: calendarDate(daysFromNow(-180)),
        periodEnd: calendarDate(daysFromNow(550)),
        reviewOn: calendarDate(daysFromNow(185)),
      },
    },
    lead,
  );
  const { addObjective } = await demo.runWhenReady(
    'mutation($input: AddObjectiveInput!) { addObjective(input: $input) { id } }',
    {
      input: {
        planId: createPlan.id,
        description: 'Children in care who chair part of their own review',
        measure: '% of reviews co-chaired by the child',
        baseline: 5,
        target: 40,
        ownerOrganisationId: orgIds[0],
        startsOn: calendarDate(daysFromNow(-180)),
        dueOn: calendarDate(daysFromNow(180)),
      },
    },
    lead,
  );
  await demo.run(
    'mutation($input: RecordObjectiveProgressInput!) { recordObjectiveProgress(input: $input) { id } }',
    { input: { objectiveId: addObjective.id, value: 21, note: 'Two reviewing teams trained.' } },
    lead,
  );
  Object.assign(data, { forumId, decisionId: recordDecision.id, planId: createPlan.id });
}
