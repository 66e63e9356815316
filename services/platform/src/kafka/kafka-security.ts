import { ConnectionOptions } from 'node:tls';
import { SASLOptions } from 'kafkajs';
import { EnvReader } from '../config/env';
import { readPemFile } from '../config/tls-files';

/** How clients authenticate to Kafka and protect the connection (all off for the local broker). */
export interface KafkaSecurity {
  /** TLS to the brokers, verifying their certificates (against KAFKA_SSL_CA_FILE when set). */
  ssl?: ConnectionOptions;
  sasl?: SASLOptions;
}

export const SASL_MECHANISMS = ['plain', 'scram-sha-256', 'scram-sha-512'] as const;

/**
 * KAFKA_SSL (true/false), KAFKA_SSL_CA_FILE, KAFKA_SSL_CERT_FILE + KAFKA_SSL_KEY_FILE (mutual TLS),
 * KAFKA_SASL_MECHANISM with KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD. Any KAFKA_SSL_*_FILE turns
 * TLS on. Certificates are always verified: there is no setting to turn verification off.
 * In production a SASL password is never sent over a plain connection.
 */
export function readKafkaSecurity(reader: EnvReader, production: boolean): KafkaSecurity {
  const flag = reader.oneOf('KAFKA_SSL', ['true', 'false'] as const, 'false');
  const ca = readPemFile(reader, 'KAFKA_SSL_CA_FILE', 'CERTIFICATE');
  const cert = readPemFile(reader, 'KAFKA_SSL_CERT_FILE', 'CERTIFICATE');
  const key = readPemFile(reader, 'KAFKA_SSL_KEY_FILE', 'PRIVATE KEY');
  const certNamed = reader.optional('KAFKA_SSL_CERT_FILE') !== undefined;
  const keyNamed = reader.optional('KAFKA_SSL_KEY_FILE') !== undefined;
  if (certNamed !== keyNamed) reader.problem('KAFKA_SSL_CERT_FILE and KAFKA_SSL_KEY_FILE must be set together');
  const anyFile = ['KAFKA_SSL_CA_FILE', 'KAFKA_SSL_CERT_FILE', 'KAFKA_SSL_KEY_FILE'].some(
    (name) => reader.optional(name) !== undefined,
  );
  if (flag === 'false' && reader.optional('KAFKA_SSL') !== undefined && anyFile)
    reader.problem('KAFKA_SSL=false contradicts the KAFKA_SSL_*_FILE settings: remove one');
  const tls = flag === 'true' || anyFile;
  const ssl: ConnectionOptions | undefined = tls
    ? { rejectUnauthorized: true, ...(ca ? { ca } : {}), ...(cert && key ? { cert, key } : {}) }
    : undefined;

  const mechanism = reader.optional('KAFKA_SASL_MECHANISM');
  const username = reader.optional('KAFKA_SASL_USERNAME');
  const password = reader.optional('KAFKA_SASL_PASSWORD');
  let sasl: SASLOptions | undefined;
  if (mechanism !== undefined) {
    const chosen = reader.oneOf('KAFKA_SASL_MECHANISM', SASL_MECHANISMS, 'scram-sha-512');
    if (!username || !password)
      reader.problem('KAFKA_SASL_MECHANISM needs KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD');
    else sasl = { mechanism: chosen, username, password } as SASLOptions;
    if (production && !tls)
      reader.problem(
        'KAFKA_SASL_* needs TLS (KAFKA_SSL=true) when NODE_ENV=production: the password would travel in clear',
      );
  } else if (username || password) {
    reader.problem(
      'KAFKA_SASL_USERNAME/KAFKA_SASL_PASSWORD need KAFKA_SASL_MECHANISM (plain, scram-sha-256 or scram-sha-512)',
    );
  }
  return { ...(ssl ? { ssl } : {}), ...(sasl ? { sasl } : {}) };
}
