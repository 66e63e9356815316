import { EventDefinition } from '../envelope';
import { ConsultationEvents } from './consultations';
import { FeedbackEvents } from './feedback';
import { GovernanceEvents } from './governance';
import { PeopleEvents } from './people';

export * from './people';
export * from './consultations';
export * from './governance';
export * from './feedback';

/** Every event of the catalogue (a new service adds its `XxxEvents` here). */
export const EVENT_CATALOGUE: EventDefinition<unknown>[] = [
  ...Object.values(PeopleEvents),
  ...Object.values(ConsultationEvents),
  ...Object.values(GovernanceEvents),
  ...Object.values(FeedbackEvents),
];
