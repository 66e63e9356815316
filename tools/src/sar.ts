import { writeSubjectAccessReport } from './sar/write-report';
import { parseArgs } from './token';

const USAGE = `Usage: VOICEGRAPH_TOKEN=<token> npm run sar -- --person <person id> [--out <dir>] [--gateway <url>]
The token is the person's own or a participation lead's of their organisation, e.g.
  VOICEGRAPH_TOKEN=$(npm run -s token -- --role PARTICIPATION_LEAD) npm run sar -- --person <id>`;

/** `npm run sar -- --person <id> [--out dir]`: the subject access report as JSON and HTML. */
async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const token = args.token ?? process.env.VOICEGRAPH_TOKEN;
  if (!args.person || !token) throw new Error(USAGE);
  const written = await writeSubjectAccessReport({
    gatewayUrl: args.gateway ?? process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000/graphql',
    token,
    personId: args.person,
    outDir: args.out ?? '.data/subject-access',
  });
  process.stdout.write(`Wrote ${written.jsonPath}\nWrote ${written.htmlPath}\n`);
  for (const gap of written.missing) process.stderr.write(`Missing part ${gap.part}: ${gap.message}\n`);
  if (written.missing.length) process.exitCode = 2;
}

if (require.main === module) {
  main().catch((error: Error) => {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  });
}
