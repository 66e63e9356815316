import { eventSchemas } from '@voicegraph/platform';
import {
  buildPeopleWorld,
  EventCollector,
  gql,
  ok,
  PeopleWorld,
  recordParticipationConsent,
  REGISTER_PERSON,
  requestErasure,
  startStack,
  tokenFor,
} from '@voicegraph/testkit';
import { peopleService } from '../../src/service';

describe('a people mutation through the gateway', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  let world: PeopleWorld;
  const collector = new EventCollector(['people.person.v1', 'people.partnership.v1', 'people.organisation.v1']);

  beforeAll(async () => {
    stack = await startStack([peopleService]);
    await collector.start();
    world = await buildPeopleWorld(stack.gateway.url);
  });
  afterAll(async () => {
    await collector.stop();
    await stack.stop();
  });

  it('writes the row and publishes a schema-valid CloudEvent keyed by the aggregate id', async () => {
    const input = {
      kind: 'YOUNG_PERSON',
      organisationIds: [world.orgA],
      displayName: 'Jo',
      dateOfBirth: '2009-01-02',
      cohorts: ['CHILD_IN_CARE'],
      ethnicity: 'Mixed',
      email: 'jo@example.org',
    };
    const personId = ok(await gql(stack.gateway.url, REGISTER_PERSON, { input }, world.tokens.leadA)).registerPerson.id;

    const [row] = await stack.services[0].dataSource.query(
      'SELECT display_name, cohorts, organisation_ids FROM people.person WHERE id = $1',
      [personId],
    );
    expect(row).toEqual({ display_name: 'Jo', cohorts: ['CHILD_IN_CARE'], organisation_ids: [world.orgA] });

    const [received] = await collector.waitFor(
      (r) => r.event.subject === personId && r.event.type === 'voicegraph.people.PersonRegistered.v1',
    );
    expect(received.topic).toBe('people.person.v1');
    expect(received.key).toBe(personId);
    expect(received.event).toMatchObject({
      specversion: '1.0',
      source: 'voicegraph/people',
      subject: personId,
      datacontenttype: 'application/json',
    });
    expect(eventSchemas().validate(received.event)).toEqual({ valid: true, errors: [] });
    expect(received.event.data).toEqual({
      personId,
      partnershipId: world.partnershipId,
      kind: 'YOUNG_PERSON',
      organisationIds: [world.orgA],
      ageBand: 'AGE_16_TO_18',
      cohorts: ['CHILD_IN_CARE'],
    });
    // Names, birth date, contact and ethnicity never leave the people service in events.
    expect(JSON.stringify(received.event)).not.toMatch(/Jo"|2009-01-02|example\.org|Mixed/);
  });

  it('every people event type emitted so far validates against its JSON Schema', async () => {
    const leadB = await tokenFor({
      sub: world.staffIds.leadA,
      roles: ['PARTICIPATION_LEAD'],
      partnership: world.partnershipId,
      orgs: [world.orgA],
    });
    const personId = ok(
      await gql(
        stack.gateway.url,
        REGISTER_PERSON,
        {
          input: { kind: 'YOUNG_PERSON', organisationIds: [world.orgA], displayName: 'Kai', dateOfBirth: '2008-03-03' },
        },
        leadB,
      ),
    ).registerPerson.id;
    await recordParticipationConsent(stack.gateway.url, leadB, personId);
    ok(
      await gql(
        stack.gateway.url,
        'mutation($i: UpdatePersonInput!) { updatePerson(input: $i) { id } }',
        { i: { id: personId, displayName: 'Kai R' } },
        leadB,
      ),
    );
    ok(
      await gql(
        stack.gateway.url,
        'mutation($i: WithdrawConsentInput!) { withdrawConsent(input: $i) { id } }',
        { i: { personId, kind: 'PARTICIPATION' } },
        leadB,
      ),
    );
    await requestErasure(stack.gateway.url, leadB, personId);
    const events = await collector.waitFor((r) => r.event.subject === personId, 5);
    expect(events.map((e) => e.event.type.split('.')[2])).toEqual([
      'PersonRegistered',
      'ConsentRecorded',
      'PersonProfileChanged',
      'ConsentWithdrawn',
      'PersonErased',
    ]);
    const everything = collector.received.filter((r) => r.event.source === 'voicegraph/people');
    expect(new Set(everything.map((e) => e.event.type)).size).toBe(7);
    for (const r of everything) expect(eventSchemas().validate(r.event).errors).toEqual([]);
  });
});
