import { EnvReader } from '../config/env';
import { readPemFile } from '../config/tls-files';

/** TLS to PostgreSQL: off (local), or verify-full (certificate chain to the CA and host name). */
export type DatabaseSslMode = 'disable' | 'verify-full';

/** Verified TLS: the server's chain checked against `ca` (or the system CAs) and its host name. */
export interface VerifiedTls {
  rejectUnauthorized: true;
  ca?: string;
}

/** TLS options for node-postgres, or undefined for a plain connection. */
export type DatabaseTls = VerifiedTls | undefined;

/** URL parameters node-postgres would read and that would override DATABASE_SSL_MODE silently. */
const URL_TLS_PARAMS = ['sslmode', 'ssl', 'sslrootcert', 'sslcert', 'sslkey'];

/**
 * DATABASE_SSL_MODE (disable | verify-full; verify-full and required when NODE_ENV=production)
 * and DATABASE_SSL_CA_FILE (the CA that signed the server's certificate). TLS is set in these two
 * variables only: a DATABASE_URL carrying `sslmode=require` (encrypted but not verified) is refused,
 * because node-postgres lets the URL override the options.
 */
export function readDatabaseTls(reader: EnvReader, production: boolean, urlVariable = 'DATABASE_URL'): DatabaseTls {
  const mode = reader.oneOf<DatabaseSslMode>(
    'DATABASE_SSL_MODE',
    ['disable', 'verify-full'],
    production ? 'verify-full' : 'disable',
  );
  const url = reader.optional(urlVariable);
  if (url) {
    try {
      const inUrl = URL_TLS_PARAMS.filter((name) => new URL(url).searchParams.has(name));
      if (inUrl.length > 0)
        reader.problem(
          `${urlVariable} must not carry ${inUrl.join(', ')}: set DATABASE_SSL_MODE=verify-full and DATABASE_SSL_CA_FILE instead`,
        );
    } catch {
      // an invalid URL is reported by the URL check itself
    }
  }
  if (production && mode !== 'verify-full')
    reader.problem('DATABASE_SSL_MODE must be verify-full when NODE_ENV=production (personal data crosses that link)');
  const ca = readPemFile(reader, 'DATABASE_SSL_CA_FILE', 'CERTIFICATE');
  if (mode === 'disable') {
    if (reader.optional('DATABASE_SSL_CA_FILE') !== undefined)
      reader.problem('DATABASE_SSL_CA_FILE is set but DATABASE_SSL_MODE is disable: set DATABASE_SSL_MODE=verify-full');
    return undefined;
  }
  if (reader.optional('DATABASE_SSL_CA_FILE') === undefined)
    reader.problem(
      'DATABASE_SSL_MODE=verify-full needs DATABASE_SSL_CA_FILE (the CA that signed the server certificate)',
    );
  // Node verifies the chain (rejectUnauthorized) and the host name (checkServerIdentity) by default.
  return { rejectUnauthorized: true, ...(ca ? { ca } : {}) };
}
