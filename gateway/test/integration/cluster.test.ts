import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { waitFor } from '@voicegraph/testkit';

const ENTRY = join(__dirname, '..', '..', 'dist', 'index.js');

/** Pids of the live processes whose parent is `pid`, from /proc. */
function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/**
 * The shipped entry point with GATEWAY_WORKERS=2: a primary that forks two workers sharing one
 * port, replaces a worker that dies, and stops them all gracefully on SIGTERM.
 */
describe('the gateway with worker processes', () => {
  let primary: ChildProcess;
  let output = '';
  let url = '';

  beforeAll(async () => {
    primary = spawn(process.execPath, [ENTRY], {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', GATEWAY_WORKERS: '2', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    primary.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    primary.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    await waitFor(
      'the primary to report both workers ready',
      async () => /"workers":2,"msg":"gateway ready"/.test(output),
      90_000, // a loaded shared machine can take half a minute to start two workers
    );
    url = /"url":"([^"]+)","workers":2/.exec(output)![1].replace('/graphql', '');
  });
  afterAll(() => {
    if (primary.exitCode === null) primary.kill('SIGKILL');
  });

  it('serves from two workers on one port, each with its own young-generation size', async () => {
    const workers = childrenOf(primary.pid!);
    expect(workers).toHaveLength(2);
    for (const pid of workers)
      expect(readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')).toContain('--max-semi-space-size=32');
    const health = await fetch(`${url}/health`);
    expect(health.status).toBe(200);
  });

  it("answers /metrics with every worker's figures, whichever worker the scrape reaches", async () => {
    const requests = 6;
    for (let i = 0; i < requests; i += 1) {
      // A fresh connection each time, so the primary spreads the requests over both workers.
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', connection: 'close' },
        body: JSON.stringify({ query: 'query Probe { __typename }' }),
      });
      expect(response.status).toBe(200);
    }
    for (let scrape = 0; scrape < 4; scrape += 1) {
      const response = await fetch(`${url}/metrics`, { headers: { connection: 'close' } });
      expect(response.status).toBe(200);
      const text = await response.text();
      const counts = [
        ...text.matchAll(/^voicegraph_graphql_request_duration_seconds_count\{([^}]*)\} (\d+)$/gm),
      ].filter(([, labels]) => labels.includes('service="gateway"') && labels.includes('operation="Probe"'));
      expect(counts.reduce((sum, [, , n]) => sum + Number(n), 0)).toBe(requests);
      expect(text).toMatch(/^process_cpu_user_seconds_total \S+$/m);
    }
  });

  it('replaces a worker that dies', async () => {
    const [victim, survivor] = childrenOf(primary.pid!);
    process.kill(victim, 'SIGKILL');
    await waitFor(
      'a new worker in place of the killed one',
      async () => {
        const now = childrenOf(primary.pid!);
        return now.length === 2 && now.includes(survivor) && !now.includes(victim);
      },
      90_000, // a loaded shared machine can take half a minute to start two workers
    );
    await waitFor(
      'the new worker to listen',
      async () => (output.match(/"msg":"gateway ready"/g) ?? []).length >= 4,
      90_000, // a loaded shared machine can take half a minute to start two workers
    );
    expect((await fetch(`${url}/health`)).status).toBe(200);
    expect(output).toMatch(/gateway worker exited; starting another/);
  });

  it('stops every worker and exits 0 on SIGTERM', async () => {
    const workers = childrenOf(primary.pid!);
    const exited = new Promise<number | null>((resolve) => {
      primary.once('exit', (code) => resolve(code));
    });
    primary.kill('SIGTERM');
    expect(await exited).toBe(0);
    for (const pid of workers) expect(() => process.kill(pid, 0)).toThrow();
  });
});
