import { EntityManager } from 'typeorm';
import { auditPseudonym, recordAudit } from '../audit/audit-trail';
import { requireActor } from '../auth/guards';
import { forbidden } from '../errors/errors';
import { isUuid } from '../errors/validation';
import { schemaOf } from '../outbox/enqueue-event';
import { qualified } from '../outbox/outbox-row';
import { RequestContext } from '../server/context';
import { canRequestSubjectAccess, SUBJECT_ACCESS_REFUSED, SubjectScope } from './subject-access-rule';

/** An audit entry as a subject access report shows it (GraphQL `SubjectAuditEntry`). */
export interface SubjectAuditEntry {
  at: Date;
  action: string;
  entity: string;
  entityId: string | null;
  fields: string[];
  byThemself: boolean;
  actorRoles: string[];
}

/**
 * Applies the subject access rule for this service and writes it to the service's own audit
 * log, granted (SUBJECT_ACCESS) or refused (SUBJECT_ACCESS_REFUSED). Throws FORBIDDEN when
 * refused, with the same words whether the person exists or not. Returns the normalised id.
 * `mustBeKnown`: the owner of the person (people) refuses a person it holds no record of, even
 * to a token naming them; the other services answer the person with what they hold, maybe nothing.
 */
export async function authoriseSubjectAccess(
  ctx: RequestContext,
  personId: string,
  scopeOf: (personId: string) => Promise<SubjectScope | null>,
  mustBeKnown = false,
): Promise<string> {
  const actor = requireActor(ctx.actor);
  const id = isUuid(personId) ? personId.toLowerCase() : null;
  const subject = id ? await scopeOf(id) : null;
  const allowed = id !== null && (subject !== null || !mustBeKnown) && canRequestSubjectAccess(actor, id, subject);
  await recordAudit(ctx.dataSource.manager, actor, {
    action: allowed ? 'SUBJECT_ACCESS' : 'SUBJECT_ACCESS_REFUSED',
    entity: 'Person',
    entityId: id,
  });
  if (!allowed) throw forbidden(SUBJECT_ACCESS_REFUSED);
  return id!;
}

/**
 * The entries of this service's audit log that concern the person: about them, about one of
 * `recordIds` (their contributions, seats, ...), or done by them. Oldest first.
 */
export async function subjectAuditEntries(
  manager: EntityManager,
  personId: string,
  recordIds: string[] = [],
  /**
   * The audit key, where the service writes a keyed pseudonym instead of the author of an
   * anonymous act: the person asking for their own data is shown those acts as theirs.
   */
  pseudonymKey?: string,
): Promise<SubjectAuditEntry[]> {
  const themselves = new Set([personId, ...(pseudonymKey ? [auditPseudonym(pseudonymKey, personId)] : [])]);
  const rows: {
    at: Date;
    action: string;
    entity: string;
    entity_id: string | null;
    fields: string[];
    actor_id: string | null;
    actor_roles: string[];
  }[] = await manager.query(
    `SELECT at, action, entity, entity_id, fields, actor_id, actor_roles FROM ${qualified(schemaOf(manager), 'audit_log')}
      WHERE entity_id = $1 OR actor_id = $1 OR entity_id = ANY($2::uuid[]) ORDER BY at, id`,
    [personId, recordIds],
  );
  return rows.map((row) => ({
    at: row.at,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    fields: row.fields,
    byThemself: row.actor_id !== null && themselves.has(row.actor_id),
    actorRoles: row.actor_roles,
  }));
}
