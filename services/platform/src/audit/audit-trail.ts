import { createHmac } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../auth/actor';
import { qualified } from '../outbox/outbox-row';

export interface AuditEntry {
  action: string;
  entity: string;
  entityId: string | null;
  fields?: string[];
}

/** Writes one audit entry in the caller's transaction (mutations). */
export async function recordAudit(tx: EntityManager, actor: Actor | null, entry: AuditEntry): Promise<void> {
  const schema = (tx.connection.options as { schema?: string }).schema!;
  await tx.query(
    `INSERT INTO ${qualified(schema, 'audit_log')} (actor_id, actor_roles, action, entity, entity_id, fields) VALUES ($1, $2, $3, $4, $5, $6)`,
    [actor?.personId ?? null, actor?.roles ?? [], entry.action, entry.entity, entry.entityId, entry.fields ?? []],
  );
}

/**
 * Collects reads of special-category data during a request and writes them in one insert
 * when the response is sent (so a page of 100 people is one audit statement, not 100).
 */
export class AuditTrail {
  private readonly reads = new Map<string, AuditEntry>();

  constructor(private readonly actor: Actor | null) {}

  read(entity: string, entityId: string, field: string): void {
    const key = `${entity}:${entityId}`;
    const entry = this.reads.get(key) ?? { action: 'READ_SPECIAL_CATEGORY', entity, entityId, fields: [] };
    if (!entry.fields!.includes(field)) entry.fields!.push(field);
    this.reads.set(key, entry);
  }

  get pending(): number {
    return this.reads.size;
  }

  async flush(dataSource: DataSource): Promise<void> {
    if (this.reads.size === 0) return;
    const entries = [...this.reads.values()];
    this.reads.clear();
    const schema = (dataSource.options as { schema?: string }).schema!;
    await dataSource.query(
      `INSERT INTO ${qualified(schema, 'audit_log')} (actor_id, actor_roles, action, entity, entity_id, fields)
       SELECT $1, $2, e.action, e.entity, e.entity_id, e.fields
         FROM jsonb_to_recordset($3::jsonb) AS e(action text, entity text, entity_id uuid, fields text[])`,
      [
        this.actor?.personId ?? null,
        this.actor?.roles ?? [],
        JSON.stringify(
          entries.map((e) => ({ action: e.action, entity: e.entity, entity_id: e.entityId, fields: e.fields })),
        ),
      ],
    );
  }
}

/**
 * The actor of an act whose author staff must never learn (an anonymous contribution), for the
 * audit log: their id replaced by a keyed pseudonym. HMAC-SHA256 of the id under the service's
 * erasure key (a secret from config, VOICEGRAPH_ERASURE_KEY), with its own domain prefix so it
 * never equals an erasure tombstone, cut to 128 bits and written as a UUID (actor_id's type).
 * Whoever holds the key and suspects a person can confirm it (accountability); a reader of the
 * log without the key learns nothing, and two anonymous acts of one person look alike only to
 * someone who can already compute the pseudonym.
 */
export function pseudonymousActor(key: string, actor: Actor): Actor {
  return { ...actor, personId: auditPseudonym(key, actor.personId), organisationIds: [] };
}

export function auditPseudonym(key: string, personId: string): string {
  const hex = createHmac('sha256', key).update(`voicegraph.audit-pseudonym:${personId.toLowerCase()}`).digest('hex');
  // Version 8 (custom) and the RFC 4122 variant, so it is a well-formed UUID that no generator issues.
  const v = `8${hex.slice(13, 16)}`;
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16) + hex.slice(17, 20);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${v}-${variant}-${hex.slice(20, 32)}`;
}
