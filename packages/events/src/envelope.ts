import { EventPayloadsByType } from './generated/catalogue';

/** The payload of each event type, keyed by its CloudEvents `type`. */
export type EventPayloads = EventPayloadsByType;

/** A VoiceGraph CloudEvent (1.0, structured JSON) of one catalogued type, or of any. */
export interface VoiceGraphEvent<K extends keyof EventPayloads = keyof EventPayloads> {
  specversion: '1.0';
  id: string;
  /** voicegraph/<service> */
  source: string;
  type: K;
  /** The aggregate id; also the Kafka message key. */
  subject: string;
  time: string;
  datacontenttype: 'application/json';
  /** Absolute URI of the data's JSON Schema. */
  dataschema?: string;
  data: EventPayloads[K];
  /** CloudEvents extension attributes (e.g. traceparent) a producer may add. */
  [extension: string]: unknown;
}
