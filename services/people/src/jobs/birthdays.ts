import { enqueueEvent, PeopleEvents, ServiceJob } from '@voicegraph/platform';
import { DataSource } from 'typeorm';
import { personSnapshot } from '../commands/person-snapshot';
import { bandMoves, PublishedBand } from '../domain/birthdays';
import { PersonEntity } from '../entities';

const PAGE = 1000;

/**
 * Moves people whose age band changed by `today` (a birthday, a leap day, a missed run) and emits
 * PersonProfileChanged for each, so projections and reach_month follow. Idempotent: the update
 * is conditional on the band last published, so a second run, or a replica running at the same
 * time, finds nothing left to move. Pages by id so a city of people is never one transaction.
 */
export async function moveAgeBands(dataSource: DataSource, today = new Date()): Promise<number> {
  let moved = 0;
  for (let after = '00000000-0000-0000-0000-000000000000'; ;) {
    const page: PublishedBand[] = await dataSource.query(
      `SELECT id, to_char(date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth", published_age_band AS "publishedAgeBand"
         FROM people.person WHERE date_of_birth IS NOT NULL AND id > $1 ORDER BY id LIMIT ${PAGE}`,
      [after],
    );
    if (page.length === 0) return moved;
    after = page[page.length - 1].id;
    const moves = bandMoves(page, today);
    if (moves.length > 0) moved += await publishMoves(dataSource, moves, today);
  }
}

async function publishMoves(dataSource: DataSource, moves: ReturnType<typeof bandMoves>, today: Date) {
  return dataSource.transaction(async (tx) => {
    let published = 0;
    for (const { id, ageBand } of moves) {
      const claimed: unknown[] = await tx.query(
        `UPDATE people.person SET published_age_band = $2 WHERE id = $1 AND published_age_band <> $2 RETURNING id`,
        [id, ageBand],
      );
      if (claimed.length === 0) continue;
      const person = await tx.findOneByOrFail(PersonEntity, { id });
      await enqueueEvent(tx, PeopleEvents.PersonProfileChanged, id, {
        ...personSnapshot(person, today),
        changedFields: ['ageBand'],
      });
      published += 1;
    }
    return published;
  });
}

/** Hourly, so the day's birthdays move soon after midnight even when a replica restarts often. */
export const birthdaysJob: ServiceJob = {
  name: 'people-birthdays',
  everyMs: 3_600_000,
  run: async ({ dataSource, logger }) => {
    const moved = await moveAgeBands(dataSource);
    if (moved) logger.info({ moved }, 'people moved to their new age band');
  },
};
