import { EVENT_CATALOGUE } from '../events/catalogue';
import { CloudEvent, EventDefinition, eventType } from '../events/envelope';

let byType: Map<string, EventDefinition<unknown>> | undefined;

/** The person ids an event names, from the fields its catalogue entry declares (default `personId`). */
export function personRefsOf(event: CloudEvent): string[] {
  byType ??= new Map(EVENT_CATALOGUE.map((def) => [eventType(def), def]));
  const fields = byType.get(event.type)?.personFields ?? ['personId'];
  const data = (event.data ?? {}) as Record<string, unknown>;
  return fields.flatMap((field) => {
    const value = data[field];
    return typeof value === 'string' && value.length > 0 ? [value] : [];
  });
}
