// The platform's known_person: the same table feedback and governance keep, from people's events.
export { KnownPersonEntity as PersonProjectionEntity } from '@voicegraph/platform';
