import { RequestContext } from '@voicegraph/platform';
import { addAgendaItem, AddAgendaItemInput } from '../commands/add-agenda-item';
import { addObjective, AddObjectiveInput } from '../commands/add-objective';
import { appointToSeat, AppointToSeatInput } from '../commands/appoint-to-seat';
import { createForum, CreateForumInput } from '../commands/create-forum';
import { createPlan, CreatePlanInput } from '../commands/create-plan';
import { recordAttendance, RecordAttendanceInput } from '../commands/record-attendance';
import { recordDecision, RecordDecisionInput } from '../commands/record-decision';
import { recordObjectiveProgress, RecordObjectiveProgressInput } from '../commands/record-objective-progress';
import { scheduleMeeting, ScheduleMeetingInput } from '../commands/schedule-meeting';

type Input<T> = { input: T };

export const Mutation = {
  createForum: (_: unknown, { input }: Input<CreateForumInput>, ctx: RequestContext) => createForum(ctx, input),
  appointToSeat: (_: unknown, { input }: Input<AppointToSeatInput>, ctx: RequestContext) => appointToSeat(ctx, input),
  scheduleMeeting: (_: unknown, { input }: Input<ScheduleMeetingInput>, ctx: RequestContext) =>
    scheduleMeeting(ctx, input),
  recordAttendance: (_: unknown, { input }: Input<RecordAttendanceInput>, ctx: RequestContext) =>
    recordAttendance(ctx, input),
  addAgendaItem: (_: unknown, { input }: Input<AddAgendaItemInput>, ctx: RequestContext) => addAgendaItem(ctx, input),
  recordDecision: (_: unknown, { input }: Input<RecordDecisionInput>, ctx: RequestContext) =>
    recordDecision(ctx, input),
  createPlan: (_: unknown, { input }: Input<CreatePlanInput>, ctx: RequestContext) => createPlan(ctx, input),
  addObjective: (_: unknown, { input }: Input<AddObjectiveInput>, ctx: RequestContext) => addObjective(ctx, input),
  recordObjectiveProgress: (_: unknown, { input }: Input<RecordObjectiveProgressInput>, ctx: RequestContext) =>
    recordObjectiveProgress(ctx, input),
};
