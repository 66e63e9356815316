import { existsSync } from 'node:fs';
import path from 'node:path';
import { DEV_JWT_SECRET } from '@voicegraph/platform';
import { freePort, waitFor } from '@voicegraph/testkit';
import { repoRoot } from '../../src/infra/paths';
import { restartDelayMs, spawnService, waitUntilReady } from '../../src/system/child-service';

jest.setTimeout(120_000);

test('restart backoff doubles from 1 s to at most 30 s', () => {
  expect([1, 2, 3, 4, 5, 6, 7].map((n) => restartDelayMs(n))).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000]);
});

test('npm start brings a killed service back by itself, and says so', async () => {
  const entry = path.join(repoRoot(), 'services', 'people', 'dist', 'index.js');
  expect(existsSync(entry)).toBe(true); // built by `npm test` (tsc -b) before jest runs
  const port = await freePort();
  const notices: string[] = [];
  const service = spawnService(
    'people',
    entry,
    {
      DATABASE_URL: process.env.VOICEGRAPH_TEST_PEOPLE_DATABASE_URL ?? '',
      KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? '',
      VOICEGRAPH_JWT_SECRET: DEV_JWT_SECRET,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
    },
    port,
    { notify: (message) => notices.push(message), initialDelayMs: 500 },
  );
  try {
    await waitUntilReady(service);
    const first = service.process.pid;
    expect(service.restarts).toBe(0);

    service.process.kill('SIGKILL');
    await waitFor('the supervisor to restart people', async () => service.restarts === 1, 30_000);
    await waitUntilReady(service);
    expect(service.process.pid).not.toBe(first);
    expect(notices[0]).toMatch(/^people exited \(SIGKILL\); restarting it in 0\.5 s \(restart 1; log .*people\.log\)$/);
    expect(notices[1]).toMatch(/^people restarted \(pid \d+\)$/);
  } finally {
    await service.stop();
  }
  // Stopped on purpose: not restarted.
  expect(service.process.exitCode !== null || service.process.signalCode !== null).toBe(true);
  expect(notices).toHaveLength(2);
});
