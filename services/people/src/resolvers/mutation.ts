import { RequestContext } from '@voicegraph/platform';
import { createPartnership, CreatePartnershipInput } from '../commands/create-partnership';
import { recordConsent, RecordConsentInput } from '../commands/record-consent';
import { registerOrganisation, RegisterOrganisationInput } from '../commands/register-organisation';
import { registerPerson, RegisterPersonInput } from '../commands/register-person';
import { requestErasure } from '../commands/request-erasure';
import { updatePerson, UpdatePersonInput } from '../commands/update-person';
import { withdrawConsent, WithdrawConsentInput } from '../commands/withdraw-consent';

type Input<T> = { input: T };

export const Mutation = {
  createPartnership: (_: unknown, { input }: Input<CreatePartnershipInput>, ctx: RequestContext) =>
    createPartnership(ctx, input),
  registerOrganisation: (_: unknown, { input }: Input<RegisterOrganisationInput>, ctx: RequestContext) =>
    registerOrganisation(ctx, input),
  registerPerson: (_: unknown, { input }: Input<RegisterPersonInput>, ctx: RequestContext) =>
    registerPerson(ctx, input),
  updatePerson: (_: unknown, { input }: Input<UpdatePersonInput>, ctx: RequestContext) => updatePerson(ctx, input),
  recordConsent: (_: unknown, { input }: Input<RecordConsentInput>, ctx: RequestContext) => recordConsent(ctx, input),
  withdrawConsent: (_: unknown, { input }: Input<WithdrawConsentInput>, ctx: RequestContext) =>
    withdrawConsent(ctx, input),
  requestErasure: (_: unknown, { input }: Input<{ personId: string }>, ctx: RequestContext) =>
    requestErasure(ctx, input),
};
