import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * person.published_age_band: the age band other services were last told (in PersonRegistered or
 * PersonProfileChanged), so the birthday job can tell whose band has moved on since. Filled with
 * the band as of today, the same rule as ageBandOf (whole years; a 29 February birthday counts
 * from 1 March in other years, as Postgres' age() does).
 */
export class PeoplePublishedAgeBand1764900000100 implements MigrationInterface {
  name = 'PeoplePublishedAgeBand1764900000100';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE people.person ADD COLUMN published_age_band text NOT NULL DEFAULT 'UNKNOWN'`);
    await runner.query(`
      UPDATE people.person SET published_age_band = CASE
        WHEN date_of_birth IS NULL THEN 'UNKNOWN'
        WHEN date_part('year', age(current_date, date_of_birth)) < 8 THEN 'UNDER_8'
        WHEN date_part('year', age(current_date, date_of_birth)) <= 10 THEN 'AGE_8_TO_10'
        WHEN date_part('year', age(current_date, date_of_birth)) <= 15 THEN 'AGE_11_TO_15'
        WHEN date_part('year', age(current_date, date_of_birth)) <= 18 THEN 'AGE_16_TO_18'
        WHEN date_part('year', age(current_date, date_of_birth)) <= 25 THEN 'AGE_19_TO_25'
        ELSE 'OVER_25' END`);
    await runner.query(`CREATE INDEX person_date_of_birth ON people.person (id) WHERE date_of_birth IS NOT NULL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX people.person_date_of_birth`);
    await runner.query(`ALTER TABLE people.person DROP COLUMN published_age_band`);
  }
}
