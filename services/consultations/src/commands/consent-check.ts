import { forbidden } from '@voicegraph/platform';
import { EntityManager } from 'typeorm';
import { hasCurrentConsent } from '../domain/consent';
import { ParticipationConsentProjectionEntity } from '../entities';

/** FORBIDDEN unless the projection holds a current participation consent for the person. */
export async function requireParticipationConsent(
  tx: EntityManager,
  personId: string,
  who: 'you' | 'this person',
): Promise<void> {
  const consents = await tx.find(ParticipationConsentProjectionEntity, { where: { personId } });
  if (!hasCurrentConsent(consents)) {
    throw forbidden(
      who === 'you'
        ? 'You need a current participation consent to take part: ask your worker or participation lead to record it (a parent or carer gives it if you are under 13).'
        : 'This person needs a current participation consent to take part: record it first (a parent or carer gives it for under-13s).',
    );
  }
}
