import { DataSource } from 'typeorm';
import { qualified } from '../outbox/outbox-row';

export interface DeadLetter {
  topic: string;
  partition: number;
  offset: string;
  eventId: string | null;
  payload: string;
  error: string;
}

/** Keeps an event that could not be applied, so nothing is lost and an operator can replay it. */
export async function parkDeadLetter(dataSource: DataSource, schema: string, letter: DeadLetter): Promise<void> {
  await dataSource.query(
    `INSERT INTO ${qualified(schema, 'dead_letter')} (topic, partition, "offset", event_id, payload, error) VALUES ($1, $2, $3, $4, $5, $6)`,
    [letter.topic, letter.partition, letter.offset, letter.eventId, letter.payload, letter.error.slice(0, 4000)],
  );
}
