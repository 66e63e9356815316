import { dataschemaOf, EventDefinition, eventType, topicOf } from '@voicegraph/platform';
import { iso, uid } from './city-model';
import type { Statement } from './people-step';

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

/** The id and subject are worked out once a row (OFFSET 0 keeps the planner from copying them into both places). */
export function outboxInsert(def: EventDefinition<unknown>, event: BulkEvent): string {
  const type = eventType(def);
  return `
    INSERT INTO ${def.service}.outbox (event_id, topic, key, event_type, envelope)
    SELECT evt.event_id, '${topicOf(def)}', evt.subject, '${type}',
           jsonb_build_object('specversion', '1.0', 'id', evt.event_id, 'source', 'voicegraph/${def.service}', 'type', '${type}',
             'subject', evt.subject, 'time', ${iso(event.time)}, 'datacontenttype', 'application/json',
             'dataschema', '${dataschemaOf(def)}', 'data', ${event.data})
      FROM ${event.from}
      CROSS JOIN LATERAL (SELECT ${eventIdOf(def, event.subject)} AS event_id, (${event.subject})::text AS subject OFFSET 0) evt${event.where ? ` WHERE ${event.where}` : ''}`;
}

/** The consumer's inbox rows for events whose effect the generator wrote directly. */
export function inboxInsert(consumer: string, def: EventDefinition<unknown>, from: string, subject: string): string {
  return `INSERT INTO ${consumer}.inbox (event_id, event_type, source) SELECT ${eventIdOf(def, subject)}, '${eventType(def)}', 'voicegraph/${def.service}' FROM ${from}`;
}

/** The step that writes one event type's outbox rows (left out when the city is made without its events). */
export function eventStep(def: EventDefinition<unknown>, event: BulkEvent): Statement {
  return { label: `events: ${def.name}`, sql: outboxInsert(def, event), events: true };
}
