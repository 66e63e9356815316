import { PersonProfileChanged, RunningService } from '@voicegraph/platform';
import {
  buildPeopleWorld,
  EventCollector,
  gql,
  ok,
  registerYoungPerson,
  startTestService,
  waitFor,
} from '@voicegraph/testkit';
import { moveAgeBands } from '../services/people/src/jobs/birthdays';

const day = (iso: string) => new Date(`${iso}T00:30:00Z`);

describe('the birthday job', () => {
  let people: RunningService;
  let consultations: RunningService;
  let events: EventCollector;

  beforeAll(async () => {
    people = await startTestService('people', { jobs: false });
    consultations = await startTestService('consultations', { jobs: false });
    events = await new EventCollector(['people.person.v1']).start();
  });
  afterAll(async () => {
    await events.stop();
    await consultations.stop();
    await people.stop();
  });

  const bandChanges = (personId: string) =>
    events.received.filter(
      (r) =>
        r.event.type === 'voicegraph.people.PersonProfileChanged.v1' &&
        (r.event.data as PersonProfileChanged).personId === personId &&
        (r.event.data as PersonProfileChanged).changedFields.includes('ageBand'),
    );
  const published = async (personId: string) =>
    (await people.dataSource.query('SELECT published_age_band AS band FROM people.person WHERE id = $1', [personId]))[0]
      .band;
  const projected = async (personId: string) =>
    (
      await consultations.dataSource.query(
        'SELECT age_band AS band FROM consultations.person_projection WHERE person_id = $1',
        [personId],
      )
    )[0]?.band;

  it('moves a 29 February birthday on 1 March, once, and the consultations projection follows', async () => {
    const world = await buildPeopleWorld(people.url);
    const leapling = await registerYoungPerson(people.url, world.tokens.leadA, world.orgA, {
      dateOfBirth: '2008-02-29',
    });
    expect(await published(leapling)).toBe('AGE_16_TO_18');
    await waitFor(
      'consultations to project the young person',
      async () => (await projected(leapling)) === 'AGE_16_TO_18',
    );

    await moveAgeBands(people.dataSource, day('2027-02-28'));
    expect(await published(leapling)).toBe('AGE_16_TO_18');

    await moveAgeBands(people.dataSource, day('2027-03-01'));
    expect(await published(leapling)).toBe('AGE_19_TO_25');
    const [moved] = await events.waitFor((r) => bandChanges(leapling).includes(r));
    expect(moved.event.data).toMatchObject({ personId: leapling, ageBand: 'AGE_19_TO_25', changedFields: ['ageBand'] });
    await waitFor('the projection to follow', async () => (await projected(leapling)) === 'AGE_19_TO_25');

    // Run again the same day: nothing moves. A later change of the same person proves the log caught up.
    await moveAgeBands(people.dataSource, day('2027-03-01'));
    ok(
      await gql(
        people.url,
        'mutation($i: UpdatePersonInput!) { updatePerson(input: $i) { id } }',
        { i: { id: leapling, displayName: 'Lea' } },
        world.tokens.leadA,
      ),
    );
    await events.waitFor(
      (r) =>
        (r.event.data as PersonProfileChanged).personId === leapling &&
        (r.event.data as PersonProfileChanged).changedFields?.includes('displayName'),
    );
    expect(bandChanges(leapling)).toHaveLength(1);
  });
});
