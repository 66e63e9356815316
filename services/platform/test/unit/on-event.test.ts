import { EntityManager } from 'typeorm';
import { on } from '../../src/consumer/on-event';
import { buildEnvelope, CloudEvent } from '../../src/events/envelope';
import { PeopleEvents, PersonErased, PersonSnapshot } from '../../src/events/catalogue/people';

const tx = {} as EntityManager;
const erased = buildEnvelope(PeopleEvents.PersonErased, 'p1', { personId: 'p1', partnershipId: 'x1' });

describe('on(event, handler)', () => {
  it('hands the handler the payload of its own event type', async () => {
    const seen: PersonErased[] = [];
    const subscription = on(PeopleEvents.PersonErased, async ({ data }) => {
      seen.push(data);
    });
    await subscription.handle(erased, tx);
    expect(subscription.event).toBe(PeopleEvents.PersonErased);
    expect(seen).toEqual([{ personId: 'p1', partnershipId: 'x1' }]);
  });

  it('refuses an event of another type rather than mis-reading its payload', async () => {
    const seen: unknown[] = [];
    const subscription = on(PeopleEvents.PersonRegistered, async ({ data }) => {
      seen.push(data);
    });
    await expect(subscription.handle(erased as CloudEvent, tx)).rejects.toThrow(
      'the voicegraph.people.PersonRegistered.v1 handler was given a voicegraph.people.PersonErased.v1 event',
    );
    expect(seen).toEqual([]);
  });

  it('does not compile a handler for another payload (checked by tsc -p tsconfig.test.json)', () => {
    const projectPerson = async ({ data }: CloudEvent<PersonSnapshot>): Promise<void> => {
      void data.ageBand;
    };
    // A profile change is a person snapshot, so a snapshot handler fits it.
    expect(on(PeopleEvents.PersonProfileChanged, projectPerson).event.name).toBe('PersonProfileChanged');
    // @ts-expect-error PersonErased carries no snapshot: pairing them is a compile error.
    expect(on(PeopleEvents.PersonErased, projectPerson).event.name).toBe('PersonErased');
  });
});
