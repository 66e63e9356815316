import { randomUUID } from 'node:crypto';
import { forgetPersonInPlatformTables, recordAudit } from '@voicegraph/platform';
import { scratchSchema } from '@voicegraph/testkit';

describe('forgetPersonInPlatformTables (erasure in the tables every service has)', () => {
  it('removes the person from audit rows and parked events, keeping what happened', async () => {
    const store = await scratchSchema();
    try {
      const personId = randomUUID();
      const otherId = randomUUID();
      const actor = { personId, roles: ['YOUNG_PERSON' as const], partnershipId: null, organisationIds: [] };
      await store.dataSource.transaction(async (tx) => {
        await recordAudit(tx, actor, { action: 'UPDATE', entity: 'Person', entityId: personId });
        await recordAudit(tx, null, { action: 'READ_SPECIAL_CATEGORY', entity: 'Person', entityId: otherId });
      });
      await store.dataSource.query(
        `INSERT INTO ${store.schema}.dead_letter (topic, partition, "offset", event_id, payload, error) VALUES ('t', 0, '1', NULL, $1, 'boom')`,
        [JSON.stringify({ subject: personId, data: { personId } })],
      );
      await store.dataSource.transaction((tx) => forgetPersonInPlatformTables(tx, personId));
      const everything = await store.dataSource.query(
        `SELECT string_agg(t::text, ' ') AS text FROM (SELECT a::text AS t FROM ${store.schema}.audit_log a UNION ALL SELECT d::text FROM ${store.schema}.dead_letter d) rows`,
      );
      expect(everything[0].text).not.toContain(personId);
      expect(everything[0].text).toContain(otherId);
      const actions = await store.dataSource.query(`SELECT action FROM ${store.schema}.audit_log ORDER BY id`);
      expect(actions.map((a: { action: string }) => a.action)).toEqual(['UPDATE', 'READ_SPECIAL_CATEGORY']);
    } finally {
      await store.drop();
    }
  });
});
