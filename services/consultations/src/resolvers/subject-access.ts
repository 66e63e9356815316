import { authoriseSubjectAccess, RequestContext, subjectAuditEntries } from '@voicegraph/platform';
import { EntityManager } from 'typeorm';

/** The person as consultations knows them: the projection decides whether a lead may ask. */
async function projectionOf(manager: EntityManager, personId: string) {
  const [row] = await manager.query(
    `SELECT kind, age_band AS "ageBand", cohorts, organisation_ids AS "organisationIds",
            partnership_id AS "partnershipId", updated_at AS "updatedAt"
       FROM consultations.person_projection WHERE person_id = $1`,
    [personId],
  );
  return row ?? null;
}

/** Consultations' part of a subject access report: checked against its own copy of the person, audited here. */
export const SubjectAccessReport = {
  __resolveReference: (ref: { personId: string }) => ({ personId: ref.personId }),
  async consultations(ref: { personId: string }, _: unknown, ctx: RequestContext) {
    const manager = ctx.dataSource.manager;
    const personId = await authoriseSubjectAccess(ctx, ref.personId, async (id) => {
      const record = await projectionOf(manager, id);
      return record && { personId: id, partnershipId: record.partnershipId, organisationIds: record.organisationIds };
    });
    const [record, participationConsents, participations, contributions, months] = await Promise.all([
      projectionOf(manager, personId),
      manager.query(
        `SELECT consent_id AS "consentId", to_char(expires_on, 'YYYY-MM-DD') AS "expiresOn"
           FROM consultations.participation_consent WHERE person_id = $1 ORDER BY consent_id`,
        [personId],
      ),
      manager.query(
        `SELECT p.id, p.consultation_id AS "consultationId", c.title AS "consultationTitle", p.role, p.attended_at AS "attendedAt"
           FROM consultations.participation p JOIN consultations.consultation c ON c.id = p.consultation_id
          WHERE p.person_id = $1 ORDER BY p.attended_at, p.id`,
        [personId],
      ),
      manager.query(
        `SELECT k.id, k.consultation_id AS "consultationId", c.title AS "consultationTitle", q.prompt AS question,
                k.text, k.choices, k.scale_value AS "scaleValue", k.anonymous, k.created_at AS "submittedAt",
                COALESCE((SELECT array_agg(f.title ORDER BY f.created_at) FROM consultations.finding f
                           WHERE k.id = ANY(f.contribution_ids)), '{}') AS "usedInFindings"
           FROM consultations.contribution k
           JOIN consultations.consultation c ON c.id = k.consultation_id
           LEFT JOIN consultations.question q ON q.id = k.question_id
          WHERE k.person_id = $1 ORDER BY k.created_at, k.id`,
        [personId],
      ),
      manager.query(
        `SELECT DISTINCT to_char(month, 'YYYY-MM-DD') AS month FROM consultations.reach_month WHERE person_id = $1 ORDER BY 1`,
        [personId],
      ),
    ]);
    const recordIds = [...participations, ...contributions].map((row: { id: string }) => row.id);
    return {
      record,
      participationConsents,
      participations,
      contributions,
      analyticsMonths: months.map((row: { month: string }) => row.month),
      auditEntries: await subjectAuditEntries(manager, personId, recordIds, ctx.config.erasureKey),
    };
  },
};
