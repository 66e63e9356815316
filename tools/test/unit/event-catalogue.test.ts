import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EVENT_CATALOGUE, eventSchemas, eventType, schemaPathOf } from '@voicegraph/platform';
import { ASYNCAPI_PATH, buildAsyncApi } from '../../src/asyncapi';

const EVENTS = resolve(__dirname, '../../../schema/events');

describe('the event catalogue', () => {
  it('has a JSON Schema file for every event a service can emit', () => {
    const missing = EVENT_CATALOGUE.filter((def) => !existsSync(join(EVENTS, schemaPathOf(def)))).map(eventType);
    expect(missing).toEqual([]);
  });

  it('has no schema without an event, and every schema compiles', () => {
    const known = new Set(EVENT_CATALOGUE.map(eventType));
    expect(
      eventSchemas()
        .types()
        .filter((type) => !known.has(type)),
    ).toEqual([]);
  });

  it('keeps names, birth dates, contact details and ethnicity out of every event', () => {
    const forbidden = ['displayName', 'givenName', 'familyName', 'dateOfBirth', 'email', 'phone', 'ethnicity', 'text'];
    for (const def of EVENT_CATALOGUE) {
      const schema = JSON.parse(readFileSync(join(EVENTS, schemaPathOf(def)), 'utf8')) as {
        properties: Record<string, unknown>;
      };
      expect({
        event: eventType(def),
        leaks: Object.keys(schema.properties).filter((p) => forbidden.includes(p)),
      }).toEqual({ event: eventType(def), leaks: [] });
    }
  });

  it('the committed AsyncAPI document is up to date (`npm run asyncapi`)', () => {
    if (readFileSync(ASYNCAPI_PATH, 'utf8') !== buildAsyncApi())
      throw new Error('schema/asyncapi.yaml is stale: run `npm run asyncapi` and commit it.');
  });
});
