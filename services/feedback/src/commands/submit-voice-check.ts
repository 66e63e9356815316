import { randomUUID } from 'node:crypto';
import {
  conflict,
  enqueueEvent,
  FeedbackEvents,
  forbidden,
  recordAudit,
  requireRole,
  RequestContext,
} from '@voicegraph/platform';
import { ValidVoiceCheck, validateVoiceCheck, VoiceCheckFields } from '../domain/voice-check-rules';
import { ParticipantProjectionEntity, VoiceCheckEntity } from '../entities';
import { loadConsultation } from './load-consultation';

const ALREADY_SUBMITTED = 'You have already sent a voice check for this consultation; thank you.';

/** A young person who took part says whether they felt heard: once per consultation. */
export async function submitVoiceCheck(ctx: RequestContext, input: VoiceCheckFields): Promise<VoiceCheckEntity> {
  const actor = requireRole(ctx.actor, ['YOUNG_PERSON'], 'submit a voice check');
  const answers: ValidVoiceCheck = validateVoiceCheck(input);
  return ctx.dataSource.transaction(async (tx) => {
    const consultation = await loadConsultation(tx, actor, answers.consultationId);
    const tookPart = await tx.existsBy(ParticipantProjectionEntity, {
      consultationId: consultation.id,
      personId: actor.personId,
    });
    if (!tookPart)
      throw forbidden('Only young people who took part in this consultation can send a voice check for it.');
    if (await tx.existsBy(VoiceCheckEntity, { consultationId: consultation.id, personId: actor.personId }))
      throw conflict(ALREADY_SUBMITTED);
    const id = randomUUID();
    // Two submissions at once: the unique (consultation, person) index lets only one in.
    const inserted: unknown[] = await tx.query(
      `INSERT INTO feedback.voice_check (id, consultation_id, partnership_id, person_id, space, voice, audience, influence, felt_heard, comment)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (consultation_id, person_id) DO NOTHING RETURNING id`,
      [
        id,
        consultation.id,
        consultation.partnershipId,
        actor.personId,
        answers.space,
        answers.voice,
        answers.audience,
        answers.influence,
        answers.feltHeard,
        answers.comment,
      ],
    );
    if (inserted.length === 0) throw conflict(ALREADY_SUBMITTED);
    const saved = await tx.findOneByOrFail(VoiceCheckEntity, { id });
    await enqueueEvent(tx, FeedbackEvents.VoiceCheckSubmitted, saved.id, {
      voiceCheckId: saved.id,
      consultationId: saved.consultationId,
      partnershipId: saved.partnershipId,
      space: saved.space,
      voice: saved.voice,
      audience: saved.audience,
      influence: saved.influence,
      feltHeard: saved.feltHeard,
      submittedAt: saved.submittedAt.toISOString(),
    });
    await recordAudit(tx, actor, { action: 'SUBMIT_VOICE_CHECK', entity: 'VoiceCheck', entityId: saved.id });
    return saved;
  });
}
