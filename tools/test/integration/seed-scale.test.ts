import { dropDatabase, ensurePostgres, PostgresHandle } from '../../src/infra/postgres';
import { cityOf } from '../../src/scale/city-model';
import { scaleDatabaseName, SeedResult, seedCity, validateSamples } from '../../src/scale/seed-scale';

jest.setTimeout(300_000);

/** The smallest city the generator makes (500 young people, 50 consultations), in a throwaway database. */
describe('seed:scale (bulk path into a real Postgres)', () => {
  const database = `${process.env.VOICEGRAPH_TEST_DATABASE ?? 'vg_test'}_city`;
  let pg: PostgresHandle;
  let seeded: SeedResult;

  beforeAll(async () => {
    pg = await ensurePostgres();
    seeded = await seedCity(pg.adminUrl, database, cityOf(0.001));
  });
  afterAll(async () => {
    for (const db of Object.values(seeded?.sources ?? {})) await db.destroy();
    await dropDatabase(pg.adminUrl, database);
    await pg.stop();
  });

  it('refuses the demo, bench and test databases', () => {
    expect(scaleDatabaseName({})).toBe('vg_scale');
    for (const name of ['voicegraph', 'vg_bench', 'vg_test_people', 'vg_demo'])
      expect(() => scaleDatabaseName({ VOICEGRAPH_DATABASE: name })).toThrow(/refusing/);
  });

  it('makes young people aged 8 to 25 in every organisation, and consultations with participations and contributions', async () => {
    const [people] = await seeded.sources.people.query(
      `SELECT count(*)::int AS young, min(date_part('year', age(date '2026-11-01', date_of_birth)))::int AS youngest,
              max(date_part('year', age(date '2026-11-01', date_of_birth)))::int AS oldest,
              (SELECT count(DISTINCT o) FROM people.person, unnest(organisation_ids) o)::int AS organisations
         FROM people.person WHERE kind = 'YOUNG_PERSON'`,
    );
    expect(people).toEqual({ young: 500, youngest: 8, oldest: 25, organisations: 40 });
    const [activity] = await seeded.sources.consultations.query(
      `SELECT (SELECT count(*) FROM consultations.consultation)::int AS consultations, (SELECT count(*) FROM consultations.participation)::int AS participations,
              (SELECT count(*) FROM consultations.contribution)::int AS contributions`,
    );
    expect(activity.consultations).toBe(50);
    expect(activity.contributions).toBeGreaterThan(2 * activity.participations);
  });

  it('writes every event to the outbox in a shape its JSON Schema accepts', async () => {
    for (const [name, db] of Object.entries(seeded.sources)) {
      const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM ${name}.outbox`);
      expect({ name, validated: await validateSamples(db, name, 1_000_000) }).toEqual({ name, validated: n });
    }
  });

  it("records in each consumer's inbox only events its producer really has in its outbox", async () => {
    const outboxIds = new Set<string>();
    for (const [name, db] of Object.entries(seeded.sources)) {
      for (const row of await db.query(`SELECT event_id FROM ${name}.outbox`)) outboxIds.add(row.event_id);
    }
    for (const name of ['consultations', 'governance', 'feedback'] as const) {
      const inbox: { event_id: string }[] = await seeded.sources[name].query(`SELECT event_id FROM ${name}.inbox`);
      expect(inbox.length).toBeGreaterThan(0);
      expect({ name, unknown: inbox.filter((row) => !outboxIds.has(row.event_id)).length }).toEqual({
        name,
        unknown: 0,
      });
    }
  });
});
