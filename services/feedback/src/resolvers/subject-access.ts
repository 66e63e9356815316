import { authoriseSubjectAccess, RequestContext, subjectAuditEntries } from '@voicegraph/platform';
import { EntityManager } from 'typeorm';

async function projectionOf(manager: EntityManager, personId: string) {
  const [row] = await manager.query(
    `SELECT kind, organisation_ids AS "organisationIds", partnership_id AS "partnershipId"
       FROM feedback.known_person WHERE person_id = $1`,
    [personId],
  );
  return row ?? null;
}

const TOOK_PART = `SELECT DISTINCT consultation_id FROM feedback.participant WHERE person_id = $1`;

/** Feedback's part of a subject access report: checked against its own copy of the person, audited here. */
export const SubjectAccessReport = {
  __resolveReference: (ref: { personId: string }) => ({ personId: ref.personId }),
  async feedback(ref: { personId: string }, _: unknown, ctx: RequestContext) {
    const manager = ctx.dataSource.manager;
    const personId = await authoriseSubjectAccess(ctx, ref.personId, async (id) => {
      const record = await projectionOf(manager, id);
      return record && { personId: id, partnershipId: record.partnershipId, organisationIds: record.organisationIds };
    });
    const [record, tookPartIn, feedbackReceived, obligations, voiceChecks] = await Promise.all([
      projectionOf(manager, personId),
      manager.query(
        `SELECT p.consultation_id AS "consultationId", c.title AS "consultationTitle"
           FROM (${TOOK_PART}) p LEFT JOIN feedback.consultation c ON c.id = p.consultation_id ORDER BY c.title, 1`,
        [personId],
      ),
      manager.query(
        `SELECT m.id, c.title AS "consultationTitle", m.channel, m.text, m.sent_at AS "sentAt", m.on_time AS "onTime",
                COALESCE((SELECT json_agg(json_build_object('findingTitle', o.finding_title, 'youSaid', o.you_said,
                   'weDid', o.we_did, 'status', o.status, 'reason', o.reason) ORDER BY o.created_at)
                   FROM feedback.outcome o WHERE o.id = ANY(m.outcome_ids)), '[]') AS outcomes
           FROM feedback.feedback_message m
           JOIN feedback.feedback_recipient r ON r.feedback_id = m.id AND r.person_id = $1
           LEFT JOIN feedback.consultation c ON c.id = m.consultation_id
          ORDER BY m.sent_at, m.id`,
        [personId],
      ),
      manager.query(
        `SELECT c.title AS "consultationTitle", to_char(o.due_on, 'YYYY-MM-DD') AS "dueOn", o.status, o.on_time AS "onTime"
           FROM feedback.feedback_obligation o LEFT JOIN feedback.consultation c ON c.id = o.consultation_id
          WHERE o.consultation_id IN (${TOOK_PART}) ORDER BY o.due_on, o.id`,
        [personId],
      ),
      manager.query(
        `SELECT v.id, c.title AS "consultationTitle", v.space, v.voice, v.audience, v.influence,
                v.felt_heard AS "feltHeard", v.comment, v.submitted_at AS "submittedAt"
           FROM feedback.voice_check v LEFT JOIN feedback.consultation c ON c.id = v.consultation_id
          WHERE v.person_id = $1 ORDER BY v.submitted_at, v.id`,
        [personId],
      ),
    ]);
    const recordIds = [...feedbackReceived, ...voiceChecks].map((row: { id: string }) => row.id);
    return {
      record: record && { kind: record.kind, organisationIds: record.organisationIds },
      tookPartIn,
      feedbackReceived,
      obligations,
      voiceChecks,
      auditEntries: await subjectAuditEntries(manager, personId, recordIds),
    };
  },
};
