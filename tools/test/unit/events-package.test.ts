import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { EventTypes, EventValidator, topicOf as packageTopicOf } from '@voicegraph/events';
import {
  buildEnvelope,
  ConsultationEvents,
  dataschemaOf,
  EVENT_CATALOGUE,
  eventSchemas,
  eventType,
  topicOf,
} from '@voicegraph/platform';

const cancelled = () =>
  buildEnvelope(ConsultationEvents.ConsultationCancelled, '6f1c2a52-6f4e-4a57-9d1e-0c6b9f3f0d11', {
    consultationId: '6f1c2a52-6f4e-4a57-9d1e-0c6b9f3f0d11',
    partnershipId: '0b7f7f2e-3d2c-4c59-8f5e-2d6f3a1b9c01',
    leadOrganisationId: '9a0c5d3e-1b2f-4e6a-8c7d-5e4f3a2b1c0d',
    previousStatus: 'OPEN',
    cancelledAt: new Date().toISOString(),
  });
/** The same event as a newer producer might send it: a data field and a CloudEvents extension v1 did not name. */
const fromNewerProducer = () => {
  const event = cancelled();
  return {
    ...event,
    traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
    // An extension no schema of ours names (traceparent now has its place in the envelope).
    comexampleextension1: 'value',
    data: { ...event.data, reasonKind: 'FUNDING' },
  };
};

describe('@voicegraph/events, the catalogue as code', () => {
  // The generator runs built (npm test builds first): prettier, which it formats with, needs real ES modules.
  it('is exactly what `npm run compose` generates from schema/events now (not stale)', () => {
    const generator = join(resolve(__dirname, '../..'), 'dist', 'events-package.js');
    const run = spawnSync(process.execPath, [generator, '--check'], { encoding: 'utf8' });
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
  });

  it('names every event type and topic of the platform catalogue', () => {
    const types = Object.values(EventTypes);
    expect(types.sort()).toEqual(EVENT_CATALOGUE.map(eventType).sort());
    for (const def of EVENT_CATALOGUE) expect(packageTopicOf(eventType(def) as never)).toBe(topicOf(def));
  });
});

describe('evolution rules: producers strict, consumers tolerant', () => {
  it('an old consumer accepts an event with an extra field and a traceparent extension', () => {
    expect(new EventValidator().check(fromNewerProducer())).toEqual({ valid: true, errors: [] });
    expect(eventSchemas().validate(fromNewerProducer(), 'consumer')).toEqual({ valid: true, errors: [] });
  });

  it('a producer may not emit what its schema does not name', () => {
    expect(eventSchemas().validate(fromNewerProducer()).errors).toEqual(
      expect.arrayContaining([
        'envelope must NOT have additional properties',
        'data must NOT have additional properties',
      ]),
    );
    expect(new EventValidator({ mode: 'strict' }).check(fromNewerProducer()).valid).toBe(false);
  });

  it('a consumer still refuses an event that lacks what its schema requires, or carries a wrong value', () => {
    const event = fromNewerProducer();
    const { previousStatus: _, ...withoutStatus } = event.data;
    expect(new EventValidator().check({ ...event, data: withoutStatus }).errors).toEqual([
      "data must have required property 'previousStatus'",
    ]);
    expect(
      eventSchemas().validate({ ...event, data: { ...event.data, previousStatus: 'CLOSED' } }, 'consumer').valid,
    ).toBe(false);
  });
});

describe('dataschema', () => {
  it('is an absolute URI under the configured base (a sensible default without one)', () => {
    const def = ConsultationEvents.ConsultationCancelled;
    expect(cancelled().dataschema).toBe(
      'https://schemas.voicegraph.example/events/consultations/ConsultationCancelled.v1.schema.json',
    );
    expect(dataschemaOf(def, 'https://schemas.partnership.example/v/')).toBe(
      'https://schemas.partnership.example/v/consultations/ConsultationCancelled.v1.schema.json',
    );
  });
});
