import { readFileSync } from 'node:fs';
import { EnvReader } from './env';

/**
 * Reads a PEM file named by an environment variable, or records a problem a person can act on
 * (missing, unreadable, or not PEM). Contents never appear in a message.
 */
export function readPemFile(reader: EnvReader, name: string, kind: 'CERTIFICATE' | 'PRIVATE KEY'): string | undefined {
  const file = reader.optional(name);
  if (file === undefined) return undefined;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    reader.problem(`${name} names ${file}, which cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    return undefined;
  }
  const marker = kind === 'CERTIFICATE' ? /-----BEGIN CERTIFICATE-----/ : /-----BEGIN [A-Z ]*PRIVATE KEY-----/;
  if (!marker.test(text)) {
    reader.problem(`${name} names ${file}, which holds no PEM ${kind.toLowerCase()}`);
    return undefined;
  }
  return text;
}
