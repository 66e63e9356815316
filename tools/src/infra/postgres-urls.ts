/** The four subgraphs that own a Postgres schema each. */
export const SERVICES = ['people', 'consultations', 'governance', 'feedback'] as const;
export type ServiceName = (typeof SERVICES)[number];

const DATABASE_NAME = /^[a-z_][a-z0-9_]*$/;

/** Throws unless name is a plain lower-case identifier (so it never needs quoting). */
export function assertDatabaseName(name: string): void {
  if (!DATABASE_NAME.test(name) || name.length > 63) {
    throw new Error(`Invalid database name "${name}": use 1-63 characters matching ${DATABASE_NAME.source}.`);
  }
}

/** The database role a service logs in as: `vg_<service>`. */
export function serviceRole(service: ServiceName): string {
  return `vg_${service}`;
}

/** The same server as `url`, another database; credentials and query parameters kept. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

/**
 * A service's connection URL: host, port and query parameters of the admin URL; user `vg_<service>`;
 * password equal to the role name (local/dev convention only: production credentials come from
 * the deployment's secrets); database `database`.
 */
export function serviceDatabaseUrl(adminUrl: string, database: string, service: ServiceName): string {
  assertDatabaseName(database);
  const u = new URL(withDatabase(adminUrl, database));
  const role = serviceRole(service);
  u.username = role;
  u.password = role;
  return u.toString();
}

/** The gateway's own role (rate-limit counters in its own schema `gateway`); not a subgraph. */
export const GATEWAY_ROLE = 'vg_gateway';
export const GATEWAY_SCHEMA = 'gateway';

/** The gateway's connection URL: like serviceDatabaseUrl, as `vg_gateway`. */
export function gatewayDatabaseUrl(adminUrl: string, database: string): string {
  assertDatabaseName(database);
  const u = new URL(withDatabase(adminUrl, database));
  u.username = GATEWAY_ROLE;
  u.password = GATEWAY_ROLE;
  return u.toString();
}

/**
 * statement_timeout of each role (a runaway statement ends, freeing its connection and locks):
 * a subgraph's reads and writes; the gateway only counts requests, so far less.
 */
export const ROLE_STATEMENT_TIMEOUT = { service: '15s', gateway: '2s' } as const;

/** A URL with its password replaced by ***, for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable URL)';
  }
}
