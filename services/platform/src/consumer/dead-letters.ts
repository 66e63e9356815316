import { DataSource } from 'typeorm';
import { CloudEvent, eventType } from '../events/envelope';
import { eventSchemas } from '../events/schema-registry';
import { qualified } from '../outbox/outbox-row';
import { handleWithInbox, InboxOutcome } from './handle-with-inbox';
import { EventSubscription } from './on-event';

/** A parked event as an operator lists it (the payload only with `show`). */
export interface ParkedEvent {
  id: string;
  topic: string;
  partition: number;
  offset: string;
  eventId: string | null;
  eventType: string | null;
  error: string;
  parkedAt: Date;
}

/**
 * What replaying one parked event did: `applied`, `duplicate` (its id was already in the inbox,
 * so nothing changed) and `erased` (it names an erased person) all remove it from dead_letter;
 * `failed` leaves it there with the new reason.
 */
export interface ReplayResult {
  id: string;
  eventId: string | null;
  outcome: InboxOutcome | 'failed';
  error?: string;
}

interface DeadLetterRow {
  id: string;
  topic: string;
  partition: number;
  offset: string;
  event_id: string | null;
  payload: string;
  error: string;
  parked_at: Date;
}

const toParked = (row: DeadLetterRow): ParkedEvent => ({
  id: String(row.id),
  topic: row.topic,
  partition: row.partition,
  offset: row.offset,
  eventId: row.event_id,
  eventType: typeOf(row.payload),
  error: row.error,
  parkedAt: row.parked_at,
});

function typeOf(payload: string): string | null {
  try {
    const type = (JSON.parse(payload) as { type?: unknown }).type;
    return typeof type === 'string' ? type : null;
  } catch {
    return null;
  }
}

/** Administration of one service's dead_letter table: list, show, and replay through the inbox. */
export class DeadLetters {
  private readonly table: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly schema: string,
    private readonly consumes: EventSubscription[],
    private readonly erasureKey: string,
  ) {
    this.table = qualified(schema, 'dead_letter');
  }

  async list(): Promise<ParkedEvent[]> {
    const rows: DeadLetterRow[] = await this.dataSource.query(`SELECT * FROM ${this.table} ORDER BY parked_at, id`);
    return rows.map(toParked);
  }

  async show(id: string): Promise<(ParkedEvent & { payload: string }) | null> {
    if (!/^\d+$/.test(id)) return null;
    const [row]: DeadLetterRow[] = await this.dataSource.query(`SELECT * FROM ${this.table} WHERE id = $1`, [id]);
    return row ? { ...toParked(row), payload: row.payload } : null;
  }

  /** Replays one parked event, or every one (oldest first, so one aggregate's events keep their order). */
  async replay(selector: string | 'all'): Promise<ReplayResult[]> {
    const ids =
      selector === 'all'
        ? (await this.list()).map((letter) => letter.id)
        : (await this.show(selector))
          ? [selector]
          : [];
    const results: ReplayResult[] = [];
    for (const id of ids) results.push(await this.replayOne(id));
    return results;
  }

  /**
   * The same path as a delivery from Kafka: tolerant validation, the handler for its type, and
   * the inbox, so an event that was in fact applied before (or is replayed twice) changes nothing.
   */
  private async replayOne(id: string): Promise<ReplayResult> {
    const letter = (await this.show(id))!;
    let event: CloudEvent | null = null;
    try {
      event = JSON.parse(letter.payload) as CloudEvent;
      const check = eventSchemas().validate(event, 'consumer');
      if (!check.valid) throw new Error(`schema: ${check.errors.join('; ')}`);
      const subscription = this.consumes.find((c) => eventType(c.event) === event!.type);
      if (!subscription) throw new Error(`${this.schema} has no handler for ${event.type}`);
      const outcome = await handleWithInbox(this.dataSource, this.schema, event, subscription.handle, this.erasureKey);
      await this.dataSource.query(`DELETE FROM ${this.table} WHERE id = $1`, [id]);
      return { id, eventId: letter.eventId, outcome };
    } catch (error) {
      const reason = `replay: ${(error as Error).message}`.slice(0, 4000);
      await this.dataSource.query(`UPDATE ${this.table} SET error = $2 WHERE id = $1`, [id, reason]);
      return { id, eventId: letter.eventId, outcome: 'failed', error: reason };
    }
  }
}
