import { defineEvent } from '../envelope';

/** Events published by the governance subgraph. */
export interface ForumCreated {
  forumId: string;
  partnershipId: string;
  organisationId: string | null;
  name: string;
  kind: string;
}
export interface SeatAssigned {
  seatId: string;
  forumId: string;
  partnershipId: string;
  personId: string;
  role: string;
  heldByYoungPerson: boolean;
  startsOn: string;
  endsOn: string | null;
}
export interface MeetingScheduled {
  meetingId: string;
  forumId: string;
  partnershipId: string;
  startsAt: string;
  /** Absent on events from before it was added: read as SCHEDULED. */
  status?: 'SCHEDULED' | 'HELD' | 'CANCELLED';
}
export interface AttendanceRecorded {
  meetingId: string;
  forumId: string;
  partnershipId: string;
  attendeeCount: number;
  youngPeopleCount: number;
  recordedAt: string;
}
export interface AgendaItemAdded {
  agendaItemId: string;
  meetingId: string;
  partnershipId: string;
  position: number;
  title: string;
  presentedByYoungPerson: boolean;
  consultationIds: string[];
  findingIds: string[];
}
export interface PlanCreated {
  planId: string;
  partnershipId: string;
  organisationId: string | null;
  title: string;
  kind: 'STRATEGY' | 'ACTION_PLAN';
  periodStart: string;
  periodEnd: string;
  reviewOn: string;
}
export interface ObjectiveAdded {
  objectiveId: string;
  planId: string;
  partnershipId: string;
  measure: string;
  baseline: number;
  target: number;
  ownerOrganisationId: string;
  startsOn: string;
  dueOn: string;
}
export interface DecisionRecorded {
  decisionId: string;
  forumId: string;
  partnershipId: string;
  meetingId: string | null;
  title: string;
  citedFindingIds: string[];
  consultationIds: string[];
  youngPeopleInvolved: boolean;
  decidedAt: string;
}
export interface ObjectiveProgressRecorded {
  objectiveId: string;
  planId: string;
  partnershipId: string;
  value: number | null;
  status: 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK' | 'DONE';
  recordedAt: string;
}

export const GovernanceEvents = {
  ForumCreated: defineEvent<ForumCreated>('governance', 'ForumCreated', 'forum'),
  SeatAssigned: defineEvent<SeatAssigned>('governance', 'SeatAssigned', 'seat'),
  MeetingScheduled: defineEvent<MeetingScheduled>('governance', 'MeetingScheduled', 'meeting'),
  // Attendance and agenda items are keyed by the meeting, on its topic, so they follow its scheduling.
  AttendanceRecorded: defineEvent<AttendanceRecorded>('governance', 'AttendanceRecorded', 'meeting'),
  AgendaItemAdded: defineEvent<AgendaItemAdded>('governance', 'AgendaItemAdded', 'meeting'),
  PlanCreated: defineEvent<PlanCreated>('governance', 'PlanCreated', 'plan'),
  ObjectiveAdded: defineEvent<ObjectiveAdded>('governance', 'ObjectiveAdded', 'objective'),
  DecisionRecorded: defineEvent<DecisionRecorded>('governance', 'DecisionRecorded', 'decision'),
  ObjectiveProgressRecorded: defineEvent<ObjectiveProgressRecorded>(
    'governance',
    'ObjectiveProgressRecorded',
    'objective',
  ),
} as const;
