const USAGE = `Usage: npm run retention -- --dry-run [--partnership <id>]
       npm run retention -- --confirm <number the dry run reported> [--partnership <id>]
The rule is configured by RETENTION_INACTIVE_YEARS, RETENTION_FROM_AGE and RETENTION_COHORTS (docs/privacy.md).`;

export interface RetentionArgs {
  dryRun: boolean;
  confirmCount?: number;
  partnershipId?: string;
}

/** `--dry-run`, or `--confirm N`; `--partnership ID` narrows either. Anything else is refused with the usage. */
export function parseRetentionArgs(argv: string[]): RetentionArgs {
  const args: RetentionArgs = { dryRun: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--dry-run') args.dryRun = true;
    else if (arg === '--confirm' && /^\d+$/.test(argv[i + 1] ?? '')) args.confirmCount = Number(argv[++i]);
    else if (arg === '--partnership' && argv[i + 1]) args.partnershipId = argv[++i];
    else throw new Error(`Unexpected argument "${arg}".\n${USAGE}`);
  }
  if (args.dryRun === (args.confirmCount !== undefined))
    throw new Error(`Give either --dry-run or --confirm N.\n${USAGE}`);
  return args;
}
