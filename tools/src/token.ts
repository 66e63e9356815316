import { DEV_JWT_SECRET, Role, ROLES, signDevToken } from '@voicegraph/platform';
import { randomUUID } from 'node:crypto';
import { readDemo } from './demo/demo-file';

/**
 * `npm run -s token -- --role PARTICIPATION_LEAD [--sub ID] [--partnership ID] [--orgs A,B] [--expires 8h]`
 * prints a signed local (HS256) token. Defaults come from the demo data of `npm start`.
 */
export function parseArgs(argv: string[]): Record<string, string> {
  const args: Record<string, string> = {};
  for (let i = 0; i < argv.length; i += 1) {
    const match = /^--([a-z]+)(?:=(.*))?$/.exec(argv[i]);
    if (!match) throw new Error(`Unexpected argument "${argv[i]}"`);
    args[match[1]] = match[2] ?? argv[++i] ?? '';
  }
  return args;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const roles = (args.role ?? 'PARTICIPATION_LEAD').split(',').map((r) => r.trim().toUpperCase());
  const unknown = roles.filter((r) => !(ROLES as readonly string[]).includes(r));
  if (unknown.length) throw new Error(`Unknown role ${unknown.join(', ')}; choose from ${ROLES.join(', ')}`);
  const demo = readDemo();
  const primary = roles[0] as Role;
  const demoSub =
    demo &&
    {
      YOUNG_PERSON: demo.people.youngPerson,
      PRACTITIONER: demo.people.practitioner,
      PARTICIPATION_LEAD: demo.people.lead,
      PARTNERSHIP_ADMIN: demo.people.admin,
      ANALYST: demo.people.analyst,
    }[primary];
  const demoOrgs = (demo?.staffOrganisations as Record<string, string[]> | undefined)?.[primary] ?? [];
  const token = await signDevToken(
    {
      secret: process.env.VOICEGRAPH_JWT_SECRET ?? DEV_JWT_SECRET,
      issuer: process.env.VOICEGRAPH_JWT_ISSUER ?? 'voicegraph',
      audience: process.env.VOICEGRAPH_JWT_AUDIENCE ?? 'voicegraph',
    },
    {
      sub: args.sub ?? demoSub ?? randomUUID(),
      roles: roles as Role[],
      partnership: args.partnership ?? demo?.partnershipId ?? null,
      orgs: args.orgs !== undefined ? args.orgs.split(',').filter(Boolean) : demoOrgs,
    },
    args.expires ?? '8h',
  );
  if (!demo && !args.partnership)
    process.stderr.write(
      'No demo data yet (run `npm start` first) and no --partnership: this token names no partnership.\n',
    );
  if (!args.sub && !demoSub)
    process.stderr.write(
      'No --sub and no demo person for this role: the token names someone nobody registered, so every service ' +
        'refuses it (only a PARTNERSHIP_ADMIN naming no partnership may found one with createPartnership).\n',
    );
  process.stdout.write(`${token}\n`);
}

if (require.main === module) {
  main().catch((error: Error) => {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  });
}
