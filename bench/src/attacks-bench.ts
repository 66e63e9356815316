/**
 * `npm run bench:attacks [-- --seconds S]`: the attack set of tools/src/attacks.ts against our
 * gateway as shipped (port 4200, the bench subgraphs): the worst time each attack took to be
 * refused, and polite callers' p95 alone and while attackers run. Figures, not a test: the goal
 * is every refusal under 50 ms and polite p95 unchanged. Writes bench/results/attacks-latest.md.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { DEV_JWT_SECRET, signDevToken } from '@voicegraph/platform';
import { Attack, ATTACKS, AttackRequest, sendAttack } from '@voicegraph/tools/dist/attacks';
import { startGateways } from './gateways';
import { benchDir, startBenchSystem } from './system';

const args = process.argv.slice(2);
const seconds = (() => {
  const i = args.indexOf('--seconds');
  return i >= 0 ? Number(args[i + 1]) : 5;
})();
const POLITE_CONNECTIONS = 8;
const ATTACKERS = 2;
const t0 = Date.now();
const log = (line: string) =>
  process.stdout.write(`[attacks ${((Date.now() - t0) / 1000).toFixed(0).padStart(4)}s] ${line}\n`);
const auth = {
  secret: process.env.VOICEGRAPH_JWT_SECRET ?? DEV_JWT_SECRET,
  issuer: 'voicegraph',
  audience: 'voicegraph',
};

const p95 = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? NaN;
};

/** `connections` loops sending `request` until `until`; the latency of every answer (ms). */
async function politeLoad(url: string, request: AttackRequest, until: number, connections: number): Promise<number[]> {
  const latencies: number[] = [];
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < until) {
        const result = await sendAttack(url, request);
        if (result.status !== 200) throw new Error(`a polite request failed: ${result.status} ${result.message}`);
        latencies.push(result.ms);
      }
    }),
  );
  return latencies;
}

/** Attackers cycling through the attack set until `until`; the worst time per attack (ms). */
async function attack(url: string, requests: [Attack, AttackRequest][], until: number): Promise<Map<string, number[]>> {
  const times = new Map<string, number[]>(requests.map(([a]) => [a.name, []]));
  await Promise.all(
    Array.from({ length: ATTACKERS }, async (_, offset) => {
      for (let i = offset; Date.now() < until; i += 1) {
        const [definition, request] = requests[i % requests.length];
        const result = await sendAttack(url, request);
        if (result.status !== definition.status || result.code !== definition.code)
          throw new Error(`${definition.name} was not refused as expected: ${result.status} ${result.code}`);
        times.get(definition.name)!.push(result.ms);
      }
    }),
  );
  return times;
}

async function main(): Promise<void> {
  const system = await startBenchSystem(log);
  const [ours] = await startGateways(system, ['ours'], log);
  try {
    if (!ours) throw new Error('our gateway did not start');
    const founder = await signDevToken(auth, { sub: randomUUID(), roles: ['PARTNERSHIP_ADMIN'] }, '1h');
    const created = await sendAttack(ours.url, {
      body: JSON.stringify({
        query: 'mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }',
        variables: { input: { name: `Attack bench ${randomUUID().slice(0, 6)}` } },
      }),
      headers: { authorization: `Bearer ${founder}` },
    });
    if (created.status !== 200) throw new Error(`could not create a partnership: ${created.message}`);
    const admin = await signDevToken(auth, { sub: randomUUID(), roles: ['PARTNERSHIP_ADMIN'] }, '1h');
    const polite: AttackRequest = {
      body: JSON.stringify({ query: '{ partnerships { totalCount edges { node { id name } } } }' }),
      headers: { authorization: `Bearer ${admin}` },
    };
    const requests: [Attack, AttackRequest][] = [];
    for (const definition of ATTACKS)
      requests.push([definition, await definition.build({ token: admin, secret: auth.secret })]);

    log(`warm-up, then polite callers alone for ${seconds} s (${POLITE_CONNECTIONS} connections)`);
    await politeLoad(ours.url, polite, Date.now() + 2000, POLITE_CONNECTIONS);
    await attack(ours.url, requests, Date.now() + 2000);
    const alone = await politeLoad(ours.url, polite, Date.now() + seconds * 1000, POLITE_CONNECTIONS);
    log(`polite callers with ${ATTACKERS} attackers for ${seconds} s`);
    const until = Date.now() + seconds * 1000;
    const [during, times] = await Promise.all([
      politeLoad(ours.url, polite, until, POLITE_CONNECTIONS),
      attack(ours.url, requests, until),
    ]);

    const rows = [...times].map(([name, ms]) => ({ name, worst: Math.max(...ms), sent: ms.length }));
    const lines = [
      `# Attack set against our gateway (${new Date().toISOString()})`,
      '',
      `${ATTACKERS} attackers cycling through the set of \`tools/src/attacks.ts\` for ${seconds} s, against ` +
        `${POLITE_CONNECTIONS} polite connections asking \`{ partnerships { totalCount edges { node { id name } } } }\`. Goal: every refusal under 50 ms; polite p95 unchanged.`,
      '',
      '| attack | sent | worst refusal (ms) |',
      '|---|---:|---:|',
      ...rows.map((r) => `| ${r.name} | ${r.sent} | ${r.worst.toFixed(1)} |`),
      '',
      `Polite callers' p95: ${p95(alone).toFixed(1)} ms alone (${alone.length} requests), ` +
        `${p95(during).toFixed(1)} ms while attacked (${during.length} requests).`,
      '',
    ];
    const report = lines.join('\n');
    process.stdout.write(`\n${report}\n`);
    writeFileSync(join(benchDir(), 'results', 'attacks-latest.md'), report);
  } finally {
    await ours?.child.stop();
    await system.stop();
  }
}

main().catch((error: Error) => {
  process.stderr.write(`${error.stack ?? error.message}\n`);
  process.exit(1);
});
