/** The governance words, as the SDL enums spell them. */
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
export type SeatRole = 'CHAIR' | 'MEMBER' | 'YOUTH_REPRESENTATIVE' | 'OBSERVER';
export type MeetingStatus = 'SCHEDULED' | 'HELD' | 'CANCELLED';
export type PlanKind = 'STRATEGY' | 'ACTION_PLAN';
export type ObjectiveStatus = 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK' | 'DONE';
