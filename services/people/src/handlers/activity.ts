import { ContributionSubmitted, EventHandler, ParticipationRecorded, SeatAssigned } from '@voicegraph/platform';
import { EntityManager } from 'typeorm';

/**
 * Activity other services report, kept as person.last_activity_at for the retention rule: the
 * latest wins whatever order events arrive in (GREATEST), so replays change nothing. Events
 * about erased people never get here (tombstones), and unknown people match no row.
 */
async function noteActivity(tx: EntityManager, personId: string, at: string): Promise<void> {
  await tx.query(
    `UPDATE people.person SET last_activity_at = GREATEST(last_activity_at, $2::timestamptz) WHERE id = $1`,
    [personId, at],
  );
}

export const participationActivity: EventHandler<ParticipationRecorded> = ({ data }, tx) =>
  noteActivity(tx, data.personId, data.attendedAt);

/** Anonymous contributions name nobody in the event, so they are not anyone's activity here. */
export const contributionActivity: EventHandler<ContributionSubmitted> = async ({ data }, tx) => {
  if (data.personId) await noteActivity(tx, data.personId, data.submittedAt);
};

/** A seat counts as activity until it ends (a seat with no end date, from its start). */
export const seatActivity: EventHandler<SeatAssigned> = ({ data }, tx) =>
  noteActivity(tx, data.personId, data.endsOn && data.endsOn > data.startsOn ? data.endsOn : data.startsOn);
