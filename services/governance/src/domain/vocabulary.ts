/** The governance words, as the SDL enums spell them: the generated resolver types, not written again here. */
export type { MeetingStatus, ObjectiveStatus, PlanKind, SeatRole } from '../generated/resolvers';

/** Every forum kind, in the order analytics lists them. */
export const FORUM_KINDS = [
  'PARTNERSHIP_BOARD',
  'CORPORATE_PARENTING_BOARD',
  'STANDING_GROUP',
  'STEERING_GROUP',
  'MANAGEMENT_COMMITTEE',
  'YOUTH_COUNCIL',
  'RECRUITMENT_PANEL',
] as const;
export type ForumKind = (typeof FORUM_KINDS)[number];
