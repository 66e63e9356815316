import { everyMember } from '@voicegraph/platform';
import type { ForumKind } from '../generated/resolvers';

/** The governance words, as the SDL enums spell them: the generated resolver types, not written again here. */
export type { ForumKind, MeetingStatus, ObjectiveStatus, PlanKind, SeatRole } from '../generated/resolvers';

/** Every forum kind (the SDL's, checked by the compiler), in the order analytics lists them. */
export const FORUM_KINDS = everyMember<ForumKind>()([
  'PARTNERSHIP_BOARD',
  'CORPORATE_PARENTING_BOARD',
  'STANDING_GROUP',
  'STEERING_GROUP',
  'MANAGEMENT_COMMITTEE',
  'YOUTH_COUNCIL',
  'RECRUITMENT_PANEL',
]);
