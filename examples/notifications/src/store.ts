import { createHmac } from 'node:crypto';
import { Pool, PoolClient } from 'pg';

/**
 * The notifier's own tiny store, in a Postgres schema of its own:
 * - `notification`: one row per young person per feedback message (the primary key is what
 *   makes "exactly once per person" hold, whatever is redelivered or replayed);
 * - `handled_event`: event ids already applied (an inbox), so a redelivered event is skipped;
 * - `erased_person`: keyed hashes of erased people, so an old FeedbackSent replayed from the
 *   log never tells (or re-creates a row for) someone who asked to be forgotten.
 */
export class NotificationStore {
  constructor(
    readonly pool: Pool,
    readonly schema: string,
    private readonly erasureKey: string,
  ) {
    if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid schema name ${schema}`);
  }

  async migrate(): Promise<void> {
    const s = this.schema;
    await this.pool.query(`
      CREATE SCHEMA IF NOT EXISTS ${s};
      CREATE TABLE IF NOT EXISTS ${s}.notification (
        feedback_id uuid NOT NULL,
        person_id uuid NOT NULL,
        consultation_id uuid NOT NULL,
        sent_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (feedback_id, person_id)
      );
      CREATE INDEX IF NOT EXISTS notification_person ON ${s}.notification (person_id, created_at);
      CREATE TABLE IF NOT EXISTS ${s}.handled_event (event_id uuid PRIMARY KEY, handled_at timestamptz NOT NULL DEFAULT now());
      CREATE TABLE IF NOT EXISTS ${s}.erased_person (person_key text PRIMARY KEY);`);
  }

  /** Runs `work` in one transaction, once per event id: false when the event was handled before. */
  async once(eventId: string, work: (client: PoolClient) => Promise<void>): Promise<boolean> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const { rowCount } = await client.query(
        `INSERT INTO ${this.schema}.handled_event (event_id) VALUES ($1) ON CONFLICT DO NOTHING`,
        [eventId],
      );
      if (rowCount === 0) {
        await client.query('ROLLBACK');
        return false;
      }
      await work(client);
      await client.query('COMMIT');
      return true;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /** Records that `personId` is told of a feedback message; the ids of the people newly told. */
  async notify(
    client: PoolClient,
    notice: { feedbackId: string; consultationId: string; sentAt: string; personIds: string[] },
  ): Promise<string[]> {
    const keys = notice.personIds.map((id) => this.personKey(id));
    const { rows } = await client.query<{ person_id: string }>(
      `INSERT INTO ${this.schema}.notification (feedback_id, person_id, consultation_id, sent_at)
       SELECT $1, person_id, $2, $3 FROM unnest($4::uuid[], $5::text[]) AS r (person_id, person_key)
        WHERE NOT EXISTS (SELECT 1 FROM ${this.schema}.erased_person e WHERE e.person_key = r.person_key)
       ON CONFLICT (feedback_id, person_id) DO NOTHING
       RETURNING person_id`,
      [notice.feedbackId, notice.consultationId, notice.sentAt, notice.personIds, keys],
    );
    return rows.map((r) => r.person_id);
  }

  /** Forgets a person: their notifications go, and a keyed hash stops them coming back. */
  async forget(client: PoolClient, personId: string): Promise<void> {
    await client.query(`DELETE FROM ${this.schema}.notification WHERE person_id = $1`, [personId]);
    await client.query(`INSERT INTO ${this.schema}.erased_person (person_key) VALUES ($1) ON CONFLICT DO NOTHING`, [
      this.personKey(personId),
    ]);
  }

  /** A young person's notifications, newest first (what their app would show). */
  async notificationsOf(personId: string): Promise<{ feedbackId: string; consultationId: string; sentAt: Date }[]> {
    const { rows } = await this.pool.query(
      `SELECT feedback_id AS "feedbackId", consultation_id AS "consultationId", sent_at AS "sentAt"
         FROM ${this.schema}.notification WHERE person_id = $1 ORDER BY created_at DESC, feedback_id`,
      [personId],
    );
    return rows;
  }

  private personKey(personId: string): string {
    return createHmac('sha256', this.erasureKey).update(personId.toLowerCase()).digest('hex');
  }
}
