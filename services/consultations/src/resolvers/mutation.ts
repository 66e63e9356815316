import { RequestContext } from '@voicegraph/platform';
import { addQuestion, AddQuestionInput } from '../commands/add-question';
import { changeStatus } from '../commands/change-status';
import { createConsultation, CreateConsultationInput } from '../commands/create-consultation';
import { recordFinding, RecordFindingInput } from '../commands/record-finding';
import { recordParticipation, RecordParticipationInput } from '../commands/record-participation';
import { submitContribution, SubmitContributionInput } from '../commands/submit-contribution';

type Input<T> = { input: T };
type ConsultationId = Input<{ consultationId: string }>;

export const Mutation = {
  createConsultation: (_: unknown, { input }: Input<CreateConsultationInput>, ctx: RequestContext) =>
    createConsultation(ctx, input),
  openConsultation: (_: unknown, { input }: ConsultationId, ctx: RequestContext) => changeStatus(ctx, input, 'open'),
  closeConsultation: (_: unknown, { input }: ConsultationId, ctx: RequestContext) => changeStatus(ctx, input, 'close'),
  cancelConsultation: (_: unknown, { input }: ConsultationId, ctx: RequestContext) =>
    changeStatus(ctx, input, 'cancel'),
  addQuestion: (_: unknown, { input }: Input<AddQuestionInput>, ctx: RequestContext) => addQuestion(ctx, input),
  recordParticipation: (_: unknown, { input }: Input<RecordParticipationInput>, ctx: RequestContext) =>
    recordParticipation(ctx, input),
  submitContribution: (_: unknown, { input }: Input<SubmitContributionInput>, ctx: RequestContext) =>
    submitContribution(ctx, input),
  recordFinding: (_: unknown, { input }: Input<RecordFindingInput>, ctx: RequestContext) => recordFinding(ctx, input),
};
