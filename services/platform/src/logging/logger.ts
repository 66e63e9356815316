import pino, { Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON logs; personal data is never logged, only ids. Writes are synchronous: we log
 * events, not every request, and a crash or a shutdown must not lose its last lines.
 */
export function createLogger(service: string, level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino(
    {
      name: service,
      level,
      base: { service },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: ['req.headers.authorization', 'authorization', 'token'], censor: '[redacted]' },
    },
    pino.destination({ dest: 1, sync: true }),
  );
}
