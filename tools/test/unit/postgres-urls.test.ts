import {
  SERVICES,
  assertDatabaseName,
  redactUrl,
  serviceDatabaseUrl,
  serviceRole,
  withDatabase,
} from '../../src/infra/postgres-urls';

describe('service database URLs', () => {
  test('there are exactly the four subgraph services', () => {
    expect(SERVICES).toEqual(['people', 'consultations', 'governance', 'feedback']);
  });

  test('each service logs in as vg_<service>', () => {
    expect(SERVICES.map(serviceRole)).toEqual(['vg_people', 'vg_consultations', 'vg_governance', 'vg_feedback']);
  });

  test('keeps host and port of the admin URL; user and password are the role name; database replaced', () => {
    const url = serviceDatabaseUrl('postgres://postgres@127.0.0.1:5432/postgres', 'voicegraph', 'people');
    expect(url).toBe('postgres://vg_people:vg_people@127.0.0.1:5432/voicegraph');
    const parsed = new URL(url);
    expect([parsed.hostname, parsed.port, parsed.username, parsed.password, parsed.pathname]).toEqual([
      '127.0.0.1',
      '5432',
      'vg_people',
      'vg_people',
      '/voicegraph',
    ]);
  });

  test('replaces admin credentials and keeps query parameters such as sslmode', () => {
    const url = serviceDatabaseUrl(
      'postgresql://admin:s3cret@db.example:6543/postgres?sslmode=require',
      'vg',
      'feedback',
    );
    expect(url).toBe('postgresql://vg_feedback:vg_feedback@db.example:6543/vg?sslmode=require');
  });

  test('withDatabase swaps only the database', () => {
    expect(withDatabase('postgres://postgres:pw@localhost:54329/postgres', 'other')).toBe(
      'postgres://postgres:pw@localhost:54329/other',
    );
  });

  test('database names must be plain lower-case identifiers', () => {
    for (const ok of ['voicegraph', 'voicegraph_test', '_x1', 'vg_infra_test_0a1b2c3d'])
      expect(() => assertDatabaseName(ok)).not.toThrow();
    for (const bad of ['', 'Voicegraph', '1db', 'a-b', 'a;drop', 'x'.repeat(64), 'db name']) {
      expect(() => assertDatabaseName(bad)).toThrow(/Invalid database name/);
    }
    expect(() => serviceDatabaseUrl('postgres://h/postgres', 'Bad', 'people')).toThrow(/Invalid database name/);
  });

  test('redactUrl hides passwords', () => {
    expect(redactUrl('postgres://u:secret@h:1/d')).toBe('postgres://u:***@h:1/d');
    expect(redactUrl('postgres://u@h:1/d')).toBe('postgres://u@h:1/d');
  });
});
