/**
 * @voicegraph/events: the VoiceGraph event catalogue as code, generated from schema/events by
 * `npm run compose` (tools/src/events-package.ts). Payload types, event type constants, topic
 * names, the JSON Schemas themselves, and a validator that is tolerant by default as the
 * evolution rules require of consumers (docs/events.md).
 */
export * from './generated/payloads';
export * from './generated/catalogue';
export { ENVELOPE_SCHEMA, EVENT_SCHEMAS } from './generated/schemas';
export * from './envelope';
export * from './tolerant';
export * from './validator';
