import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { DEV_JWT_SECRET, isUuid, signDevToken } from '@voicegraph/platform';
import { buildAnnualReport } from './build';

const USAGE = `npm run report -- --partnership <id> --year <YYYY> [--out <dir>] [--gateway <url>] [--no-pdf]

Builds the year's participation report from the graph as an ANALYST sees it: <out>/<id>-<year>.html
(self-contained) and .pdf. The token is VOICEGRAPH_TOKEN; without it, a local ANALYST token is
signed with VOICEGRAPH_JWT_SECRET (the development secret by default).`;

/** `--name value`, `--name=value` and bare `--flag` arguments. */
export function parseArgs(argv: string[]): Record<string, string> {
  const args: Record<string, string> = {};
  for (let i = 0; i < argv.length; i += 1) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(argv[i]);
    if (!match) throw new UsageError(`Unexpected argument "${argv[i]}".`);
    const next = argv[i + 1];
    args[match[1]] = match[2] ?? (next !== undefined && !next.startsWith('--') ? argv[++i] : 'true');
  }
  return args;
}

class UsageError extends Error {}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) return void process.stdout.write(`${USAGE}\n`);
  const partnershipId = args.partnership ?? '';
  if (!isUuid(partnershipId))
    throw new UsageError(`--partnership must be the partnership's id (a UUID); got "${partnershipId}".`);
  const year = Number(args.year);
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw new UsageError(`--year must be a calendar year such as 2025; got "${args.year ?? ''}".`);
  const token = process.env.VOICEGRAPH_TOKEN ?? (await localAnalystToken(partnershipId));
  const built = await buildAnnualReport({
    gatewayUrl: args.gateway ?? process.env.VOICEGRAPH_GATEWAY_URL ?? 'http://127.0.0.1:4000/graphql',
    token,
    partnershipId,
    year,
    outDir: resolve(args.out ?? '.data/reports'),
    pdf: args['no-pdf'] !== 'true',
  });
  const t = built.timings;
  process.stdout.write(
    `${built.htmlPath}\n${built.pdfPath ? `${built.pdfPath}\n` : ''}` +
      `graph ${Math.round(t.graph)} ms, html ${Math.round(t.html)} ms, pdf ${Math.round(t.pdf)} ms\n`,
  );
}

function localAnalystToken(partnershipId: string): Promise<string> {
  return signDevToken(
    {
      secret: process.env.VOICEGRAPH_JWT_SECRET ?? DEV_JWT_SECRET,
      issuer: process.env.VOICEGRAPH_JWT_ISSUER ?? 'voicegraph',
      audience: process.env.VOICEGRAPH_JWT_AUDIENCE ?? 'voicegraph',
    },
    { sub: randomUUID(), roles: ['ANALYST'], partnership: partnershipId, orgs: [] },
    '15m',
  );
}

if (require.main === module) {
  main().catch((error: Error) => {
    process.stderr.write(`report: ${error.message}\n${error instanceof UsageError ? `\n${USAGE}\n` : ''}`);
    process.exit(1);
  });
}
