import {
  atEndOfInboxTransaction,
  ContributionSubmitted,
  EventHandler,
  ParticipationRecorded,
  SeatAssigned,
} from '@voicegraph/platform';
import { EntityManager } from 'typeorm';

/**
 * Activity other services report, kept as person.last_activity_at for the retention rule: the
 * latest wins whatever order events arrive in (GREATEST), so replays change nothing. Events
 * about erased people never get here (tombstones), and unknown people match no row.
 * Written once per inbox transaction (recordActivity), not per event.
 */
function noteActivity(tx: EntityManager, personId: string, at: string): Promise<void> {
  atEndOfInboxTransaction(tx, recordActivity, { personId, at });
  return Promise.resolve();
}

/**
 * A run's activity in one statement, its people's rows locked in id order first. These events
 * are keyed by contribution, participation or seat, not by person, so runs of several partitions
 * name the same people: updated one by one, in event order, two runs deadlocked on two people
 * (17 deadlocks in one bench run), each costing deadlock_timeout and a one-at-a-time replay.
 */
export async function recordActivity(tx: EntityManager, activity: { personId: string; at: string }[]): Promise<void> {
  await tx.query(
    `WITH latest AS (
       SELECT id, max(at) AS at FROM unnest($1::uuid[], $2::timestamptz[]) AS a(id, at) GROUP BY id
     ), locked AS (
       SELECT p.id FROM people.person p JOIN latest USING (id) ORDER BY p.id FOR UPDATE OF p
     )
     UPDATE people.person p SET last_activity_at = GREATEST(p.last_activity_at, latest.at)
       FROM latest JOIN locked USING (id)
      WHERE p.id = latest.id`,
    [activity.map((a) => a.personId), activity.map((a) => a.at)],
  );
}

export const noteParticipationActivity: EventHandler<ParticipationRecorded> = ({ data }, tx) =>
  noteActivity(tx, data.personId, data.attendedAt);

/** Anonymous contributions name nobody in the event, so they are not anyone's activity here. */
export const noteContributionActivity: EventHandler<ContributionSubmitted> = async ({ data }, tx) => {
  if (data.personId) await noteActivity(tx, data.personId, data.submittedAt);
};

/** A seat counts as activity until it ends (a seat with no end date, from its start). */
export const noteSeatActivity: EventHandler<SeatAssigned> = ({ data }, tx) =>
  noteActivity(tx, data.personId, data.endsOn && data.endsOn > data.startsOn ? data.endsOn : data.startsOn);
