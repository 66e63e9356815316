import type {
  AgendaItemAddedV1,
  AttendanceRecordedV1,
  DecisionRecordedV1,
  ForumCreatedV1,
  MeetingScheduledV1,
  ObjectiveAddedV1,
  ObjectiveProgressRecordedV1,
  PlanCreatedV1,
  SeatAssignedV1,
} from '@voicegraph/events';
import { defineEvent } from '../envelope';

/** Payload types: generated from schema/events into @voicegraph/events, the one source of truth. */
export type ForumCreated = ForumCreatedV1;
export type SeatAssigned = SeatAssignedV1;
export type MeetingScheduled = MeetingScheduledV1;
export type AttendanceRecorded = AttendanceRecordedV1;
export type AgendaItemAdded = AgendaItemAddedV1;
export type PlanCreated = PlanCreatedV1;
export type ObjectiveAdded = ObjectiveAddedV1;
export type DecisionRecorded = DecisionRecordedV1;
export type ObjectiveProgressRecorded = ObjectiveProgressRecordedV1;

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
