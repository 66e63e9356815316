import { randomUUID } from 'node:crypto';
import { ServiceName } from '../config/service-config';

/** CloudEvents 1.0, structured JSON mode. */
export interface CloudEvent<T = unknown> {
  specversion: '1.0';
  id: string;
  source: string;
  type: string;
  subject: string;
  time: string;
  datacontenttype: 'application/json';
  dataschema: string;
  /** CloudEvents distributed-tracing extension: the W3C trace context of the change that emitted the event. */
  traceparent?: string;
  tracestate?: string;
  data: T;
}

/** One event of the catalogue: who emits it, its name, and the aggregate (topic) it belongs to. */
export interface EventDefinition<T> {
  service: ServiceName;
  name: string;
  aggregate: string;
  /**
   * Fields of `data` that hold a person's id (default `personId`). An event naming an erased
   * person is never applied by a consumer (see erasure tombstones).
   */
  personFields: string[];
  /**
   * Its version (the `.vN` of its type and schema file). A breaking change to a published event
   * is a new definition with the next version, published alongside the old one (docs/events.md).
   */
  version: number;
  /** Phantom field carrying the payload type; never set at run time. */
  readonly __payload?: T;
}

export function defineEvent<T>(
  service: ServiceName,
  name: string,
  aggregate: string,
  options: { personFields?: (keyof T & string)[]; version?: number } = {},
): EventDefinition<T> {
  return {
    service,
    name,
    aggregate,
    personFields: options.personFields ?? ['personId'],
    version: options.version ?? 1,
  };
}

export const eventType = (def: EventDefinition<unknown>): string =>
  `voicegraph.${def.service}.${def.name}.v${def.version}`;
/**
 * Whether `event` is of the catalogue's event `def` (its type string), narrowing its payload to
 * `T`. The consumer validates every event against its type's JSON schema before any handler sees
 * it, so an event of this type carries a `T`.
 */
export const isEventOf = <T>(def: EventDefinition<T>, event: CloudEvent): event is CloudEvent<T> =>
  event.type === eventType(def);
/** Topics are versioned apart from event types: a .v2 event is published on the same topic as its .v1. */
export const topicOf = (def: EventDefinition<unknown>): string => `${def.service}.${def.aggregate}.v1`;
export const schemaPathOf = (def: EventDefinition<unknown>): string =>
  `${def.service}/${def.name}.v${def.version}.schema.json`;

/** Where the event schemas are published; VOICEGRAPH_EVENT_SCHEMA_BASE_URL overrides it per environment. */
export const DEFAULT_EVENT_SCHEMA_BASE_URL = 'https://schemas.voicegraph.example/events';

/** The absolute `dataschema` URI of an event type (CloudEvents requires a URI; a relative path is not one). */
export function dataschemaOf(
  def: EventDefinition<unknown>,
  base = process.env.VOICEGRAPH_EVENT_SCHEMA_BASE_URL,
): string {
  return `${(base || DEFAULT_EVENT_SCHEMA_BASE_URL).replace(/\/+$/, '')}/${schemaPathOf(def)}`;
}

export function buildEnvelope<T>(def: EventDefinition<T>, subject: string, data: T, now = new Date()): CloudEvent<T> {
  return {
    specversion: '1.0',
    id: randomUUID(),
    source: `voicegraph/${def.service}`,
    type: eventType(def),
    subject,
    time: now.toISOString(),
    datacontenttype: 'application/json',
    dataschema: dataschemaOf(def),
    data,
  };
}
