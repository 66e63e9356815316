import { authoriseSubjectAccess, RequestContext, subjectAuditEntries } from '@voicegraph/platform';
import { EntityManager } from 'typeorm';

async function projectionOf(manager: EntityManager, personId: string) {
  const [row] = await manager.query(
    `SELECT kind, organisation_ids AS "organisationIds", partnership_id AS "partnershipId"
       FROM governance.known_person WHERE person_id = $1`,
    [personId],
  );
  return row ?? null;
}

/** Governance's part of a subject access report: checked against its own copy of the person, audited here. */
export const SubjectAccessReport = {
  __resolveReference: (ref: { personId: string }) => ({ personId: ref.personId }),
  async governance(ref: { personId: string }, _: unknown, ctx: RequestContext) {
    const manager = ctx.dataSource.manager;
    const personId = await authoriseSubjectAccess(ctx, ref.personId, async (id) => {
      const record = await projectionOf(manager, id);
      return record && { personId: id, partnershipId: record.partnershipId, organisationIds: record.organisationIds };
    });
    const [record, seats, attendance, presented] = await Promise.all([
      projectionOf(manager, personId),
      manager.query(
        `SELECT s.id, f.name AS "forumName", f.kind AS "forumKind", s.role,
                to_char(s.starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(s.ends_on, 'YYYY-MM-DD') AS "endsOn"
           FROM governance.seat s JOIN governance.forum f ON f.id = s.forum_id
          WHERE s.person_id = $1 ORDER BY s.starts_on, s.id`,
        [personId],
      ),
      manager.query(
        `SELECT a.id, m.title AS "meetingTitle", f.name AS "forumName", m.starts_at AS "startsAt"
           FROM governance.attendance a JOIN governance.meeting m ON m.id = a.meeting_id
           JOIN governance.forum f ON f.id = m.forum_id
          WHERE a.person_id = $1 ORDER BY m.starts_at, a.id`,
        [personId],
      ),
      manager.query(
        `SELECT i.id, i.title, m.title AS "meetingTitle", m.starts_at AS "startsAt"
           FROM governance.agenda_item i JOIN governance.meeting m ON m.id = i.meeting_id
          WHERE i.presenter_id = $1 ORDER BY m.starts_at, i.position`,
        [personId],
      ),
    ]);
    const recordIds = [...seats, ...attendance, ...presented].map((row: { id: string }) => row.id);
    return {
      record: record && { kind: record.kind, organisationIds: record.organisationIds },
      seats,
      attendance,
      presented,
      auditEntries: await subjectAuditEntries(manager, personId, recordIds),
    };
  },
};
