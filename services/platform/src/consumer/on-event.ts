import { EventDefinition, eventType, isEventOf } from '../events/envelope';
import { EventHandler } from './handle-with-inbox';

/** One consumed event type and what the service does with it; build it with `on`. */
export interface EventSubscription {
  readonly event: EventDefinition<unknown>;
  readonly handle: EventHandler;
}

/**
 * Pairs an event of the catalogue with a handler for its payload, so the compiler checks that
 * the handler reads what the event carries. The consumer validates every event against the JSON
 * schema of its type before handing it over, so an event of this type carries a `T`.
 */
export function on<T>(event: EventDefinition<T>, handle: EventHandler<T>): EventSubscription {
  return {
    event,
    handle: async (received, tx) => {
      if (!isEventOf(event, received))
        throw new Error(`the ${eventType(event)} handler was given a ${received.type} event`);
      await handle(received, tx);
    },
  };
}
