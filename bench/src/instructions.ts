/**
 * The consultations subgraph answering a fixed sequence of its part of the trail, for
 * `valgrind --tool=callgrind`, whose instruction counts do not depend on what else the machine
 * is doing. One process: the subgraph (no relay, consumers or jobs, so nothing runs in the
 * background) and a client sending `BENCH_REQUESTS` requests one at a time over HTTP. Run it
 * twice with different counts on the data `npm run bench:cpu` left in BENCH_DATABASE: the
 * difference of the two totals over the difference of the counts is instructions per request,
 * without start-up and warm-up.
 *
 *   BENCH_REQUESTS=40 valgrind --tool=callgrind --callgrind-out-file=a.out node bench/dist/instructions.js
 */
import { Client } from 'pg';
import { DEV_JWT_SECRET, loadServiceConfig, signDevToken, startService } from '@voicegraph/platform';
import { ensureInfrastructure, withDatabase } from '@voicegraph/tools/dist/infra';
import { serviceDatabaseUrl } from '@voicegraph/tools/dist/infra/postgres-urls';
import { BENCH_DATABASE } from './ports';
import { builtServiceDefinition } from './service-definition';
import { json, TRAIL_PAGES } from './workloads';

const QUERY = `query Part($first: Int!, $filter: ConsultationFilter) {
  consultations(first: $first, filter: $filter) {
    totalCount
    edges { node {
      id title ladderLevel status leadOrganisation { id }
      contributions(first: 3) { totalCount edges { node { id text submittedAt } } }
      findings { id title contributionCount }
    } }
  }
}`;

async function main(): Promise<void> {
  const requests = Number(process.env.BENCH_REQUESTS ?? 40);
  const infrastructure = await ensureInfrastructure({ database: BENCH_DATABASE });
  const admin = new Client({ connectionString: withDatabase(infrastructure.adminUrl, BENCH_DATABASE) });
  await admin.connect();
  // The participation leads the bench seeded, as the consultations projection knows them.
  const { rows: leads } = await admin.query<{ person_id: string; partnership_id: string; organisation_ids: string[] }>(
    `SELECT person_id, partnership_id, organisation_ids FROM consultations.person_projection
      WHERE kind = 'STAFF' AND cardinality(organisation_ids) > 0 ORDER BY person_id LIMIT 16`,
  );
  await admin.end();
  if (!leads.length) throw new Error(`no staff in ${BENCH_DATABASE}: run npm run bench:cpu first`);
  const config = loadServiceConfig('consultations', {
    ...process.env,
    DATABASE_URL: serviceDatabaseUrl(infrastructure.adminUrl, BENCH_DATABASE, 'consultations'),
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
  });
  const service = await startService(builtServiceDefinition('consultations'), {
    config,
    relay: false,
    consumers: false,
    jobs: false,
  });
  const auth = {
    secret: process.env.VOICEGRAPH_JWT_SECRET ?? DEV_JWT_SECRET,
    issuer: 'voicegraph',
    audience: 'voicegraph',
  };
  const operations = await Promise.all(
    leads.flatMap((lead, i) =>
      TRAIL_PAGES.map(async (first, j) => ({
        body: json(QUERY, {
          first,
          filter: { organisationId: lead.organisation_ids[(i + j) % lead.organisation_ids.length] },
        }),
        token: await signDevToken(
          auth,
          {
            sub: lead.person_id,
            roles: ['PARTICIPATION_LEAD'],
            partnership: lead.partnership_id,
            orgs: lead.organisation_ids,
          },
          '4h',
        ),
      })),
    ),
  );
  let errors = 0;
  for (let i = 0; i < requests; i += 1) {
    const op = operations[i % operations.length];
    const response = await fetch(`${service.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${op.token}` },
      body: op.body,
    });
    const body = (await response.json()) as { errors?: unknown[] };
    if (body.errors?.length) errors += 1;
  }
  await service.stop();
  process.stdout.write(`${requests} requests, ${errors} errors\n`);
  if (errors) process.exitCode = 1;
}

main().catch((error: Error) => {
  process.stderr.write(`instructions failed: ${error.stack}\n`);
  process.exit(1);
});
