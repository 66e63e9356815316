import { randomUUID } from 'node:crypto';
import {
  badUserInput,
  canSeePersonAs,
  conflict,
  ConsultationEvents,
  enqueueEvent,
  notFound,
  recordAudit,
  requireActor,
  requireUuid,
  RequestContext,
} from '@voicegraph/platform';
import { addToReach } from '../analytics/reach-month';
import { ParticipationEntity, PersonProjectionEntity } from '../entities';
import { requireParticipationConsent } from './consent-check';
import { loadConsultationForChange } from './load-consultation-for-change';

export interface RecordParticipationInput {
  consultationId: string;
  personId: string;
  role: string;
  attendedAt?: Date | null;
}

export async function recordParticipation(
  ctx: RequestContext,
  input: RecordParticipationInput,
): Promise<ParticipationEntity> {
  const actor = requireActor(ctx.actor);
  const personId = requireUuid('personId', input.personId);
  const attendedAt = input.attendedAt ?? new Date();
  if (attendedAt.getTime() > Date.now() + 60_000)
    throw badUserInput('attendedAt must not be in the future.', 'attendedAt');
  return ctx.dataSource.transaction(async (tx) => {
    const consultation = await loadConsultationForChange(tx, actor, input.consultationId, 'record a participation');
    if (consultation.status !== 'OPEN' && consultation.status !== 'CLOSED') {
      throw conflict(
        `This consultation is ${consultation.status}: participation can only be recorded once it is OPEN (or afterwards, when CLOSED).`,
      );
    }
    const person = await tx.findOneBy(PersonProjectionEntity, { personId });
    // One answer for a person the caller may not see, whatever the reason (unknown, another
    // partnership, another organisation): consent and earlier participation are only checked, and
    // only reported, once the caller is someone people's rules let see this person (issue 13).
    if (!person || person.partnershipId !== consultation.partnershipId || !canSeePersonAs(actor, personId, person))
      throw notFound('person', personId);
    if (person.kind === 'YOUNG_PERSON') await requireParticipationConsent(tx, personId, 'this person');
    if (await tx.existsBy(ParticipationEntity, { consultationId: consultation.id, personId, role: input.role })) {
      throw conflict(`This person's participation as ${input.role} is already recorded for this consultation.`);
    }
    const participation = tx.create(ParticipationEntity, {
      id: randomUUID(),
      consultationId: consultation.id,
      personId,
      role: input.role,
      attendedAt,
    });
    await tx.insert(ParticipationEntity, participation);
    await addToReach(tx, consultation.id, personId, attendedAt, 0);
    await enqueueEvent(tx, ConsultationEvents.ParticipationRecorded, participation.id, {
      participationId: participation.id,
      consultationId: consultation.id,
      partnershipId: consultation.partnershipId,
      personId,
      role: input.role,
      attendedAt: attendedAt.toISOString(),
    });
    await recordAudit(tx, actor, {
      action: 'RECORD_PARTICIPATION',
      entity: 'Participation',
      entityId: participation.id,
    });
    return tx.findOneByOrFail(ParticipationEntity, { id: participation.id });
  });
}
