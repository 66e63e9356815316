/**
 * `npm run bench:attacks [-- --seconds S]`: the attack set of tools/src/attacks.ts against our
 * gateway as shipped (port 4200, the bench subgraphs): the worst time each attack took to be
 * refused, and polite callers' p95 alone and while attackers run. Figures, not a test: the goal
 * is every refusal under 50 ms and polite p95 unchanged. Writes bench/results/attacks-latest.md.
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { DEV_JWT_SECRET, signDevToken } from '@voicegraph/platform';
import { Attack, ATTACKS, AttackRequest, sendAttack } from '@voicegraph/tools/dist/attacks';
import { startGateways } from './gateways';
import { benchDir, startBenchSystem } from './system';

const args = process.argv.slice(2);
const arg = (name: string, fallback: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
/** Polite callers alone for this long; then attackers send every attack `rounds` times while they go on. */
const seconds = arg('--seconds', 5);
const rounds = arg('--rounds', 3);
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

/** `connections` loops sending `request` until `until` (a time, or while a predicate holds); every answer's latency (ms). */
async function politeLoad(
  url: string,
  request: AttackRequest,
  until: number | (() => boolean),
  connections: number,
): Promise<number[]> {
  const latencies: number[] = [];
  const going = typeof until === 'number' ? () => Date.now() < until : until;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (going()) {
        const result = await sendAttack(url, request);
        if (result.status !== 200) throw new Error(`a polite request failed: ${result.status} ${result.message}`);
        latencies.push(result.ms);
      }
    }),
  );
  return latencies;
}

/** Attackers sending every attack `times` times between them; each attack's refusal times (ms). */
async function attack(
  url: string,
  requests: [Attack, AttackRequest][],
  repeat: number,
): Promise<Map<string, number[]>> {
  const times = new Map<string, number[]>(requests.map(([a]) => [a.name, []]));
  const total = requests.length * repeat;
  await Promise.all(
    Array.from({ length: ATTACKERS }, async (_, offset) => {
      for (let i = offset; i < total; i += ATTACKERS) {
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
    // The polite caller is a partnership's founder, signed in to it: the services refuse strangers.
    const founderId = randomUUID();
    const founder = await signDevToken(auth, { sub: founderId, roles: ['PARTNERSHIP_ADMIN'] }, '1h');
    const created = await fetch(ours.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${founder}` },
      body: JSON.stringify({
        query: 'mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }',
        variables: { input: { name: `Attack bench ${randomUUID().slice(0, 6)}` } },
      }),
    }).then((r) => r.json() as Promise<{ data?: { createPartnership?: { id: string } }; errors?: unknown }>);
    const partnership = created.data?.createPartnership?.id;
    if (!partnership) throw new Error(`could not create a partnership: ${JSON.stringify(created.errors)}`);
    const admin = await signDevToken(auth, { sub: founderId, roles: ['PARTNERSHIP_ADMIN'], partnership }, '1h');
    const polite: AttackRequest = {
      body: JSON.stringify({ query: '{ partnerships { totalCount edges { node { id name } } } }' }),
      headers: { authorization: `Bearer ${admin}` },
    };
    const requests: [Attack, AttackRequest][] = [];
    for (const definition of ATTACKS)
      requests.push([definition, await definition.build({ token: admin, secret: auth.secret })]);

    log(`warm-up, then polite callers alone for ${seconds} s (${POLITE_CONNECTIONS} connections)`);
    await politeLoad(ours.url, polite, Date.now() + 2000, POLITE_CONNECTIONS);
    await attack(ours.url, requests, 1);
    const alone = await politeLoad(ours.url, polite, Date.now() + seconds * 1000, POLITE_CONNECTIONS);
    log(`polite callers while ${ATTACKERS} attackers send every attack ${rounds} times`);
    let attacking = true;
    const [during, times] = await Promise.all([
      politeLoad(ours.url, polite, () => attacking, POLITE_CONNECTIONS),
      attack(ours.url, requests, rounds).finally(() => {
        attacking = false;
      }),
    ]);

    const rows = [...times].map(([name, ms]) => ({ name, worst: Math.max(...ms), sent: ms.length }));
    const [load1] = loadavg();
    const lines = [
      `# Attack set against our gateway (${new Date().toISOString()})`,
      '',
      `${ATTACKERS} attackers send every attack of \`tools/src/attacks.ts\` ${rounds} times while ` +
        `${POLITE_CONNECTIONS} polite connections ask \`{ partnerships { totalCount edges { node { id name } } } }\`; ` +
        `polite callers alone for ${seconds} s before. Goal: every refusal under 50 ms; polite p95 unchanged. ` +
        `Machine: ${cpus().length} cores, load average ${load1.toFixed(1)} at the end (figures from a loaded machine are not comparable).`,
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
