import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * registered_young_people: how many young people the projection holds per partnership, age band,
 * cohort set and organisation set, so "registered in each cohort" (the denominator of reach) is a
 * sum over a few hundred rows instead of a scan of every person. Kept in step by the projection's
 * handlers in their own transaction; rebuild_registered_young_people() recomputes it.
 */
export class ConsultationsRegisteredYoungPeople1763800000230 implements MigrationInterface {
  name = 'ConsultationsRegisteredYoungPeople1763800000230';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE FUNCTION consultations.sorted_set(anyarray) RETURNS anyarray LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT COALESCE(array_agg(DISTINCT x ORDER BY x), $1[0:0]) FROM unnest($1) AS x
      $$`);
    await runner.query(`
      CREATE TABLE consultations.registered_young_people (
        partnership_id uuid NOT NULL,
        age_band text NOT NULL,
        cohorts text[] NOT NULL,
        organisation_ids uuid[] NOT NULL,
        people int NOT NULL CHECK (people >= 0),
        PRIMARY KEY (partnership_id, age_band, cohorts, organisation_ids)
      )`);
    await runner.query(`
      CREATE FUNCTION consultations.rebuild_registered_young_people() RETURNS bigint LANGUAGE sql AS $$
        DELETE FROM consultations.registered_young_people;
        INSERT INTO consultations.registered_young_people (partnership_id, age_band, cohorts, organisation_ids, people)
        SELECT partnership_id, age_band, consultations.sorted_set(cohorts), consultations.sorted_set(organisation_ids), count(*)
          FROM consultations.person_projection WHERE kind = 'YOUNG_PERSON'
         GROUP BY 1, 2, 3, 4;
        SELECT coalesce(sum(people), 0) FROM consultations.registered_young_people;
      $$`);
    await runner.query(`SELECT consultations.rebuild_registered_young_people()`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP FUNCTION consultations.rebuild_registered_young_people()`);
    await runner.query(`DROP TABLE consultations.registered_young_people`);
    await runner.query(`DROP FUNCTION consultations.sorted_set(anyarray)`);
  }
}
