import { SERVICES, serviceRole } from '../infra/postgres-urls';
import {
  citationsSql,
  CityScale,
  consultationsSql,
  decisionsSql,
  findingsSql,
  forumsSql,
  organisationsSql,
  participationsSql,
  staffSql,
  youngPeopleSql,
} from './city-model';
import type { Statement } from './people-step';

/**
 * The generated city, made once: its people, consultations, participations, findings, forums,
 * decisions and citations as unlogged tables in a schema of the generator's own, which every
 * service's role may read (never write) while it loads its part, and which is dropped after.
 * Each row is the same pure function of its number as before (city-model.ts); what changes is
 * that 100,000 young people are hashed once, not once per service and step that needs them.
 */
export const MODEL_SCHEMA = 'city_model';

export const MODEL = {
  organisations: `${MODEL_SCHEMA}.organisation`,
  youngPeople: `${MODEL_SCHEMA}.young_person`,
  staff: `${MODEL_SCHEMA}.staff`,
  consultations: `${MODEL_SCHEMA}.consultation`,
  participations: `${MODEL_SCHEMA}.participation`,
  findings: `${MODEL_SCHEMA}.finding`,
  forums: `${MODEL_SCHEMA}.forum`,
  decisions: `${MODEL_SCHEMA}.decision`,
  citations: `${MODEL_SCHEMA}.citation`,
} as const;

const table = (name: string, sql: string): string => `CREATE UNLOGGED TABLE ${name} AS ${sql}`;

/** The statements that make the model (as the database owner), in dependency order. */
export function modelStatements(city: CityScale): Statement[] {
  const roles = SERVICES.map(serviceRole).join(', ');
  return [
    { label: 'schema', sql: `DROP SCHEMA IF EXISTS ${MODEL_SCHEMA} CASCADE;\nCREATE SCHEMA ${MODEL_SCHEMA}` },
    { label: 'organisations', sql: table(MODEL.organisations, organisationsSql(city)) },
    { label: 'young people', sql: table(MODEL.youngPeople, youngPeopleSql(city)) },
    { label: 'staff', sql: table(MODEL.staff, staffSql(city)) },
    { label: 'consultations', sql: table(MODEL.consultations, consultationsSql(city)) },
    {
      label: 'participations',
      sql: table(MODEL.participations, participationsSql(city, MODEL.consultations, MODEL.youngPeople)),
    },
    { label: 'findings', sql: table(MODEL.findings, findingsSql(MODEL.consultations)) },
    { label: 'forums', sql: table(MODEL.forums, forumsSql(city)) },
    { label: 'decisions', sql: table(MODEL.decisions, decisionsSql(city)) },
    { label: 'citations', sql: table(MODEL.citations, citationsSql(MODEL.decisions, MODEL.findings)) },
    {
      label: 'statistics, and read access for the services',
      sql: [
        ...Object.values(MODEL).map((name) => `ANALYZE ${name}`),
        `GRANT USAGE ON SCHEMA ${MODEL_SCHEMA} TO ${roles}`,
        `GRANT SELECT ON ALL TABLES IN SCHEMA ${MODEL_SCHEMA} TO ${roles}`,
      ].join(';\n'),
    },
  ];
}

export const DROP_MODEL = `DROP SCHEMA IF EXISTS ${MODEL_SCHEMA} CASCADE`;
