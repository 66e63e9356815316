// The platform's known_person: the same table feedback and governance keep, from people's events.
export { PersonProjectionEntity } from '@voicegraph/platform';
