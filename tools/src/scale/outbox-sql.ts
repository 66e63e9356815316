import { dataschemaOf, EventDefinition, eventType, topicOf } from '@voicegraph/platform';
import { iso, uid } from './city-model';

/**
 * Events written in bulk: one outbox row per event, the CloudEvent envelope built in SQL with the
 * same shape as the platform's buildEnvelope (specversion, id, source, type, subject, time,
 * datacontenttype, dataschema, data). The event id is derived from type and subject, so a consumer's
 * projection written by the generator can record the same id in its inbox: when the relay later
 * publishes the event, the consumer finds it handled and changes nothing.
 */
export interface BulkEvent {
  /** FROM clause (with joins) giving one row per event. */
  from: string;
  subject: string;
  time: string;
  /** A jsonb_build_object(...) of the payload, field names exactly as the catalogue's. */
  data: string;
  where?: string;
}

export const eventIdOf = (def: EventDefinition<unknown>, subject: string): string =>
  uid(`'${eventType(def)}:' || (${subject})`);

export function outboxInsert(def: EventDefinition<unknown>, event: BulkEvent): string {
  const type = eventType(def);
  return `
    INSERT INTO ${def.service}.outbox (event_id, topic, key, event_type, envelope)
    SELECT ${eventIdOf(def, event.subject)}, '${topicOf(def)}', (${event.subject})::text, '${type}',
           jsonb_build_object('specversion', '1.0', 'id', ${eventIdOf(def, event.subject)}, 'source', 'voicegraph/${def.service}', 'type', '${type}',
             'subject', (${event.subject})::text, 'time', ${iso(event.time)}, 'datacontenttype', 'application/json',
             'dataschema', '${dataschemaOf(def)}', 'data', ${event.data})
      FROM ${event.from}${event.where ? ` WHERE ${event.where}` : ''}`;
}

/** The consumer's inbox rows for events whose effect the generator wrote directly. */
export function inboxInsert(consumer: string, def: EventDefinition<unknown>, from: string, subject: string): string {
  return `INSERT INTO ${consumer}.inbox (event_id, event_type, source) SELECT ${eventIdOf(def, subject)}, '${eventType(def)}', 'voicegraph/${def.service}' FROM ${from}`;
}
