import { Kafka, logLevel, LogEntry } from 'kafkajs';
import { Logger } from '../logging/logger';
import { KafkaSecurity } from './kafka-security';

/** A kafkajs client whose logs go through pino; TLS and SASL as configured (see kafka-security). */
export function createKafka(clientId: string, brokers: string[], logger: Logger, security: KafkaSecurity = {}): Kafka {
  const log = logger.child({ component: 'kafkajs' });
  return new Kafka({
    clientId,
    brokers,
    ...(security.ssl ? { ssl: security.ssl } : {}),
    ...(security.sasl ? { sasl: security.sasl } : {}),
    connectionTimeout: 3000,
    requestTimeout: 30000,
    retry: { retries: 5, initialRetryTime: 200, maxRetryTime: 5000 },
    logLevel: logLevel.WARN,
    logCreator:
      () =>
      ({ level, log: entry }: LogEntry) => {
        const { message, ...rest } = entry;
        if (level <= logLevel.ERROR) log.error(rest, message);
        else log.warn(rest, message);
      },
  });
}
