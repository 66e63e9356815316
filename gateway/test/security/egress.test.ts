import { randomUUID } from 'node:crypto';
import dns from 'node:dns';
import net from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { foundPartnership, gql, ok, registerStaff, startStack, waitUntilKnown } from '@voicegraph/testkit';
import { guardEgress } from '@voicegraph/testkit/egress-guard';

/**
 * Nothing leaves the machine unasked: the gateway (with @apollo/gateway, whose telemetry would
 * otherwise export to Apollo) and every subgraph start, answer queries across the graph, and
 * stop, under a guard that refuses and records any name resolution or connection that is not
 * loopback (before anything is sent). Without disableApolloTelemetry() this test records some
 * 25 attempts: cloud metadata endpoints (169.254.169.254, metadata.google.internal,
 * 100.100.100.200) and usage-reporting.api.apollographql.com.
 */
describe('the whole graph makes no outbound call it was not configured to make', () => {
  const guard = guardEgress();
  afterAll(() => guard.stop());

  it('the guard sees and refuses what it should (a control, nothing sent)', async () => {
    const refused = await new Promise<Error>((resolve) => {
      const socket = net.connect({ host: '192.0.2.1', port: 443 }); // TEST-NET-1: never routed
      socket.on('error', resolve);
    });
    expect(refused.message).toMatch(/egress guard/);
    const lookup = await new Promise<Error | null>((resolve) => {
      dns.lookup('example.org', (error) => resolve(error));
    });
    expect(lookup?.message).toMatch(/egress guard/);
    await expect(fetch('http://example.org/')).rejects.toThrow();
    expect(guard.attempts.map((a) => a.target)).toEqual(expect.arrayContaining(['192.0.2.1', 'example.org']));
    guard.attempts.length = 0;
  });

  it('starts the gateway and every subgraph, answers queries across them, stops: zero attempts', async () => {
    const stack = await startStack(['people', 'consultations', 'governance', 'feedback']);
    try {
      const { partnershipId: id, admin } = await foundPartnership(stack.gateway.url, {
        name: `Egress ${randomUUID().slice(0, 6)}`,
      });
      const { id: analystId, token: analyst } = await registerStaff(stack.gateway.url, admin.token, id, ['ANALYST']);
      await waitUntilKnown(stack.services, [analystId]);
      const period = { from: '2026-01-01', to: '2026-12-31' };
      const answer = ok(
        await gql(
          stack.gateway.url,
          `query($id: ID!, $p: AnalyticsPeriod!) { partnership(id: $id) { id name
            participationAnalytics(period: $p) { suppressionThreshold }
            governanceAnalytics(period: $p) { suppressionThreshold }
            feedbackAnalytics(period: $p) { suppressionThreshold } } }`,
          { id, p: period },
          analyst,
        ),
      );
      expect(answer.partnership.id).toBe(id);
      expect((await fetch(stack.gateway.url.replace('/graphql', '/ready'))).status).toBe(200);
    } finally {
      await stack.stop();
    }
    // A flush on shutdown would come now.
    await sleep(1000);
    expect(guard.attempts).toEqual([]);
  });
});
