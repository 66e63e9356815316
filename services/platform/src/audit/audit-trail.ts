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
