import { ServiceName } from '@voicegraph/platform';
import { seedDemo } from './demo/seed-demo';
import { builtSubgraphs, startSystem } from './system/start-system';

/** `npm start`: the whole system on this machine, with demo data; Ctrl-C stops what it started. */
async function main(): Promise<void> {
  const database = process.env.VOICEGRAPH_DATABASE ?? 'voicegraph';
  process.stderr.write(`Starting VoiceGraph: ${builtSubgraphs().join(', ')} + gateway (database "${database}")\n`);
  const system = await startSystem({ database });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`\n${signal}: stopping services and the infrastructure this command started...\n`);
    await system.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  try {
    const { data, seeded } = await seedDemo(
      system.gatewayUrl,
      database,
      system.services.map((s) => s.name).filter((n): n is ServiceName => n !== 'gateway'),
    );
    process.stdout.write(
      [
        '',
        `VoiceGraph gateway: ${system.gatewayUrl}`,
        ...(system.boardUrl
          ? [`Public board: ${system.boardUrl}/board/${data.partnershipId}  (feed: …/feed.atom)`]
          : []),
        `Annual report: npm run report -- --partnership ${data.partnershipId} --year ${new Date().getUTCFullYear()}`,
        `Demo partnership ${seeded ? 'created' : 'found'}: ${data.partnershipId} (ids in .data/demo.json)`,
        'Get a token:  npm run -s token -- --role PARTICIPATION_LEAD   (or YOUNG_PERSON, PRACTITIONER, PARTNERSHIP_ADMIN, ANALYST)',
        `Try it:       curl -s ${system.gatewayUrl} -H 'content-type: application/json' -H "authorization: Bearer $(npm run -s token -- --role PARTICIPATION_LEAD)" -d '{"query":"{ me { displayName } people(first: 5) { totalCount edges { node { displayName ageBand } } } }"}'`,
        `Logs:         .data/logs/<service>.log      Health: ${system.services.map((s) => `${s.url}/ready`).join(' ')}`,
        'Press Ctrl-C to stop.',
        '',
      ].join('\n'),
    );
  } catch (error) {
    process.stderr.write(`Demo data failed: ${(error as Error).message}\n`);
    await system.stop();
    process.exit(1);
  }
}

main().catch((error: Error) => {
  process.stderr.write(`VoiceGraph failed to start: ${error.message}\n`);
  process.exit(1);
});
