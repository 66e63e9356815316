/**
 * `npm run bench:attacks [-- --seconds S --rounds N --cycles C --attacker-nice K --polite-load F]`: the attack set alone (bench/src/attack-set.ts)
 * against our gateway as shipped, on the bench subgraphs. `npm run bench` runs it too, after its
 * other workloads. Writes bench/results/attacks-latest.md.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAttackSet } from './attack-set';
import { startGateways } from './gateways';
import { benchDir, startBenchSystem } from './system';
import { benchLog, numberOption } from './cli';

const log = benchLog('attacks');

async function main(): Promise<void> {
  const system = await startBenchSystem(log);
  const [ours] = await startGateways(system, ['ours'], log);
  try {
    if (!ours) throw new Error('our gateway did not start');
    // Polite callers alone for `--seconds`; then while attackers niced `--attacker-nice` (19 by default)
    // send every attack, and on for `--seconds` at least; then the same at nice 0; then those three with
    // polite requests at a fixed rate (`--polite-load` of the saturating capacity); `--cycles` times.
    const result = await runAttackSet(system, ours, log, {
      seconds: numberOption('--seconds', 5),
      rounds: numberOption('--rounds', 3),
      cycles: numberOption('--cycles', 3),
      attackerNice: numberOption('--attacker-nice', 19),
      // The open-loop polite rate as a share of the saturating capacity; 0 runs no open-loop windows.
      politeShare: numberOption('--polite-load', 0.5),
    });
    const report = `# Attack set against our gateway (${new Date().toISOString()})\n\n${result.markdown}`;
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
