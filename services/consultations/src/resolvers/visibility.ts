import { Actor, forbidden, isStaff, RequestContext } from '@voicegraph/platform';
import { Brackets, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { canSeeConsultation, consultationVisibility } from '../domain/access';
import { ConsultationEntity } from '../entities';
import { consultationLoader, tookPartLoader, viewerOf } from '../loaders';

const NO_CONSULTATIONS =
  'Your token names no partnership, or no role that may see consultations; ask your participation lead for access.';
const NOT_VISIBLE =
  'This belongs to a consultation you may not see: it is open to its managing organisations, the partnership once out of draft, and young people it is meant for or who took part.';

/** Consultations the caller may see, as a query: the access rule of domain/access.ts applied in SQL. */
export async function visibleConsultations(
  ctx: RequestContext,
  actor: Actor,
): Promise<SelectQueryBuilder<ConsultationEntity>> {
  const visibility = consultationVisibility(actor);
  const qb = ctx.dataSource.getRepository(ConsultationEntity).createQueryBuilder('consultation');
  switch (visibility.kind) {
    case 'none':
      throw forbidden(NO_CONSULTATIONS);
    case 'partnership':
      return qb
        .where('consultation.partnershipId = :partnershipId', { partnershipId: visibility.partnershipId })
        .andWhere(
          new Brackets((w) => {
            w.where(`consultation.status <> 'DRAFT'`)
              .orWhere('consultation.leadOrganisationId = ANY(:managerOrgs::uuid[])', {
                managerOrgs: visibility.organisationIds,
              })
              .orWhere('consultation.partnerOrganisationIds && :managerOrgs::uuid[]', {
                managerOrgs: visibility.organisationIds,
              });
          }),
        );
    case 'youngPerson': {
      const viewer = await viewerOf(ctx, actor);
      return qb
        .where('consultation.partnershipId = :partnershipId', { partnershipId: visibility.partnershipId })
        .andWhere(
          new Brackets((w) => {
            w.where(
              `(consultation.status = 'OPEN'
              AND (cardinality(consultation.targetCohorts) = 0 OR consultation.targetCohorts && :cohorts::text[])
              AND (cardinality(consultation.targetAgeBands) = 0 OR :ageBand = ANY(consultation.targetAgeBands)))`,
              { cohorts: viewer.cohorts, ageBand: viewer.ageBand },
            )
              .orWhere(
                'EXISTS (SELECT 1 FROM consultations.participation p WHERE p.consultation_id = consultation.id AND p.person_id = :self)',
                { self: visibility.personId },
              )
              .orWhere(
                'EXISTS (SELECT 1 FROM consultations.contribution k WHERE k.consultation_id = consultation.id AND k.person_id = :self)',
                { self: visibility.personId },
              );
          }),
        );
    }
  }
}

/** One consultation if the caller may see it, else null (batched: one query per request). */
export async function seeConsultation(ctx: RequestContext, id: string): Promise<ConsultationEntity | null> {
  const actor = ctx.actor;
  if (!actor) return null;
  const consultation = await consultationLoader(ctx).load(id);
  if (!consultation) return null;
  const visibility = consultationVisibility(actor);
  if (visibility.kind !== 'youngPerson')
    return canSeeConsultation(actor, consultation, { cohorts: [], ageBand: 'UNKNOWN' }, false) ? consultation : null;
  const [viewer, tookPart] = await Promise.all([viewerOf(ctx, actor), tookPartLoader(ctx, actor).load(id)]);
  return canSeeConsultation(actor, consultation, viewer, tookPart) ? consultation : null;
}

/**
 * The consultation a question, finding, contribution or participation belongs to, by the same rule
 * as every other route to a consultation. The schema promises one, so a caller the rule does not
 * let see it is refused (FORBIDDEN), not handed a null that would break the field.
 */
export async function consultationOf(ctx: RequestContext, id: string): Promise<ConsultationEntity> {
  const consultation = await seeConsultation(ctx, id);
  if (!consultation) throw forbidden(NOT_VISIBLE);
  return consultation;
}

/**
 * Restricts participations or contributions (alias `alias`, joined to their consultation as `consultation`)
 * to the caller's own, plus, for staff, those in consultations they manage that meet `managedCondition`. Analysts see none.
 */
export function scopeToCaller<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  actor: Actor,
  alias: string,
  managedCondition = 'true',
): SelectQueryBuilder<T> {
  if (!isStaff(actor) && !actor.roles.includes('YOUNG_PERSON'))
    throw forbidden('Analysts see aggregate figures only, never what one young person said or did.');
  return qb.andWhere(
    new Brackets((w) => {
      w.where(`${alias}.personId = :self`, { self: actor.personId });
      if (isStaff(actor) && actor.partnershipId) {
        w.orWhere(
          new Brackets((m) => {
            m.where('consultation.partnershipId = :callerPartnership', { callerPartnership: actor.partnershipId })
              .andWhere(managedCondition)
              .andWhere(
                new Brackets((o) => {
                  o.where('consultation.leadOrganisationId = ANY(:callerOrgs::uuid[])', {
                    callerOrgs: actor.organisationIds,
                  }).orWhere('consultation.partnerOrganisationIds && :callerOrgs::uuid[]', {
                    callerOrgs: actor.organisationIds,
                  });
                }),
              );
          }),
        );
      }
    }),
  );
}
