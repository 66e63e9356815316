import { atEndOfInboxTransaction } from '@voicegraph/platform';
import { EntityManager } from 'typeorm';

/**
 * Keeps consultations.registered_young_people in step with the person projection (migration
 * 1763800000230). Erasure calls leaveRegister before the person's projection row goes, in the
 * same transaction; the person handler moves people with moveInRegister.
 */
export async function leaveRegister(tx: EntityManager, personId: string): Promise<void> {
  await tx.query(
    `UPDATE consultations.registered_young_people g SET people = g.people - 1
       FROM consultations.person_projection pp
      WHERE pp.person_id = $1 AND pp.kind = 'YOUNG_PERSON'
        AND g.partnership_id = pp.partnership_id AND g.age_band = pp.age_band
        AND g.cohorts = consultations.sorted_set(pp.cohorts) AND g.organisation_ids = consultations.sorted_set(pp.organisation_ids)`,
    [personId],
  );
}

/** A young person's place in the register: one counter row's key (arrays as stored, sorted in SQL). */
export interface RegisterPlace {
  partnership_id: string;
  age_band: string;
  cohorts: string[];
  organisation_ids: string[];
}

/** One move of one person into (+1) or out of (-1) a counter row. */
type RegisterChange = RegisterPlace & { delta: number };

/**
 * Moves a person in the register (left `from`, joined `to`; either may be absent) at the end of
 * the inbox transaction `tx`, together with every other move of its run (applyRegisterChanges).
 * A person handler that wrote registered_young_people itself held a lock on its (few, shared)
 * counter rows from its first event to the commit of the whole run: the consumers of the other
 * partitions waited behind it, and two runs touching two rows in opposite orders deadlocked.
 */
export function moveInRegister(tx: EntityManager, from: RegisterPlace | null, to: RegisterPlace | null): void {
  if (from) atEndOfInboxTransaction<RegisterChange>(tx, applyRegisterChanges, { ...from, delta: -1 });
  if (to) atEndOfInboxTransaction<RegisterChange>(tx, applyRegisterChanges, { ...to, delta: 1 });
}

/**
 * Adds up the moves per counter row and writes each row once. Every row it changes is locked
 * first, in key order, so two transactions never wait on each other's rows in opposite orders;
 * then the increases (new rows inserted in key order) and the decreases, on rows this
 * transaction already holds. A decrease is not an INSERT ... ON CONFLICT: Postgres checks the
 * proposed row against people >= 0 before it finds the conflict. Rows that net to zero are
 * untouched, and as before a decrease of a row that does not exist changes nothing.
 */
export async function applyRegisterChanges(tx: EntityManager, changes: RegisterChange[]): Promise<void> {
  if (changes.length === 0) return;
  const net = `
    SELECT partnership_id, age_band, consultations.sorted_set(cohorts) AS cohorts,
           consultations.sorted_set(organisation_ids) AS organisation_ids, sum(delta)::int AS delta
      FROM jsonb_to_recordset($1::jsonb) AS d(partnership_id uuid, age_band text, cohorts text[], organisation_ids uuid[], delta int)
     GROUP BY 1, 2, 3, 4 HAVING sum(delta) <> 0`;
  const key = 'partnership_id, age_band, cohorts, organisation_ids';
  const params = [JSON.stringify(changes)];
  await tx.query(
    `SELECT 1 FROM consultations.registered_young_people g JOIN (${net}) n USING (${key})
      ORDER BY g.partnership_id, g.age_band, g.cohorts, g.organisation_ids FOR UPDATE OF g`,
    params,
  );
  await tx.query(
    `WITH n AS (${net}),
     increased AS (
       INSERT INTO consultations.registered_young_people AS g (${key}, people)
       SELECT ${key}, delta FROM n WHERE delta > 0 ORDER BY ${key}
       ON CONFLICT (${key}) DO UPDATE SET people = g.people + EXCLUDED.people)
     UPDATE consultations.registered_young_people g SET people = g.people + n.delta
       FROM n
      WHERE n.delta < 0 AND g.partnership_id = n.partnership_id AND g.age_band = n.age_band
        AND g.cohorts = n.cohorts AND g.organisation_ids = n.organisation_ids`,
    params,
  );
}
