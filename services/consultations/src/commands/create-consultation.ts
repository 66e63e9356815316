import { randomUUID } from 'node:crypto';
import {
  AgeBand,
  badUserInput,
  Cohort,
  ConsultationEvents,
  enqueueEvent,
  forbidden,
  LadderLevel,
  notFound,
  ParticipationContext,
  recordAudit,
  requirePartnership,
  requireRole,
  requireUuid,
  RequestContext,
} from '@voicegraph/platform';
import { EntityManager, In } from 'typeorm';
import { Boundary, ConsultationKind, ConsultationMode, validateConsultationFields } from '../domain/consultation-rules';
import { ConsultationEntity, OrganisationProjectionEntity } from '../entities';

export interface CreateConsultationInput {
  title: string;
  summary?: string | null;
  kind: ConsultationKind;
  ladderLevel: LadderLevel;
  context: ParticipationContext;
  mode: ConsultationMode;
  themes?: string[] | null;
  leadOrganisationId: string;
  partnerOrganisationIds?: string[] | null;
  targetCohorts?: Cohort[] | null;
  targetAgeBands?: AgeBand[] | null;
  boundaries?: Boundary[] | null;
  opensAt?: Date | null;
  closesAt?: Date | null;
}

export async function createConsultation(
  ctx: RequestContext,
  input: CreateConsultationInput,
): Promise<ConsultationEntity> {
  const actor = requireRole(
    ctx.actor,
    ['PRACTITIONER', 'PARTICIPATION_LEAD', 'PARTNERSHIP_ADMIN'],
    'create a consultation',
  );
  const partnershipId = requirePartnership(actor);
  const fields = validateConsultationFields(input);
  const leadOrganisationId = requireUuid('leadOrganisationId', input.leadOrganisationId);
  const partners = [
    ...new Set((input.partnerOrganisationIds ?? []).map((id) => requireUuid('partnerOrganisationIds', id))),
  ].filter((id) => id !== leadOrganisationId);
  if (!actor.organisationIds.includes(leadOrganisationId)) {
    throw forbidden('You can only create a consultation led by one of your own organisations.');
  }
  return ctx.dataSource.transaction(async (tx) => {
    await requireOrganisationsInPartnership(tx, partnershipId, [leadOrganisationId, ...partners]);
    const consultation = tx.create(ConsultationEntity, {
      ...fields,
      id: randomUUID(),
      partnershipId,
      kind: input.kind,
      ladderLevel: input.ladderLevel,
      context: input.context,
      mode: input.mode,
      status: 'DRAFT',
      leadOrganisationId,
      partnerOrganisationIds: partners,
    });
    await tx.insert(ConsultationEntity, consultation);
    await enqueueEvent(tx, ConsultationEvents.ConsultationCreated, consultation.id, {
      consultationId: consultation.id,
      partnershipId,
      leadOrganisationId,
      partnerOrganisationIds: partners,
      title: fields.title,
      kind: input.kind,
      ladderLevel: input.ladderLevel,
      context: input.context,
      mode: input.mode,
      themes: fields.themes,
      targetCohorts: fields.targetCohorts,
      targetAgeBands: fields.targetAgeBands,
      opensAt: fields.opensAt?.toISOString() ?? null,
      closesAt: fields.closesAt?.toISOString() ?? null,
    });
    await recordAudit(tx, actor, { action: 'CREATE', entity: 'Consultation', entityId: consultation.id });
    return tx.findOneByOrFail(ConsultationEntity, { id: consultation.id });
  });
}

/** Every organisation must be known (from people's events) and in the caller's partnership. */
async function requireOrganisationsInPartnership(
  tx: EntityManager,
  partnershipId: string,
  ids: string[],
): Promise<void> {
  const found = await tx.find(OrganisationProjectionEntity, { where: { organisationId: In(ids) } });
  for (const id of ids) {
    const organisation = found.find((o) => o.organisationId === id);
    if (!organisation) throw notFound('organisation', id);
    if (organisation.partnershipId !== partnershipId) {
      throw badUserInput(
        `Organisation ${id} belongs to another partnership; a consultation can only involve organisations of your partnership.`,
        id === ids[0] ? 'leadOrganisationId' : 'partnerOrganisationIds',
      );
    }
  }
}
