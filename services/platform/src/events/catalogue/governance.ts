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
  DecisionRecorded: defineEvent<DecisionRecorded>('governance', 'DecisionRecorded', 'decision'),
  ObjectiveProgressRecorded: defineEvent<ObjectiveProgressRecorded>(
    'governance',
    'ObjectiveProgressRecorded',
    'objective',
  ),
} as const;
