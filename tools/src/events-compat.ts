import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The event evolution check (docs/events.md): every event schema under schema/events is compared
 * with its last released version, kept under schema/released/events (a committed snapshot, so the
 * check works on a shallow clone in CI). A breaking change to a released `.vN` fails; the way to
 * make one is a new file `.vN+1` published alongside, which has no released version to break.
 * `npm run events:release` takes a new snapshot when a release is cut.
 */
const ROOT = resolve(__dirname, '../..');
export const CURRENT_EVENTS_DIR = join(ROOT, 'schema', 'events');
export const RELEASED_EVENTS_DIR = join(ROOT, 'schema', 'released', 'events');

type Schema = Record<string, unknown> & {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
};

/**
 * Why `next` cannot replace `released` under the same event type, as sentences (none: compatible).
 * Consumers are tolerant (unknown properties ignored), and may replay the log from the start, so
 * a change must keep every old event valid for a new reader and every new event valid for an old one.
 */
export function breakingChanges(released: Schema, next: Schema, at = ''): string[] {
  const where = at || '(root)';
  const problems: string[] = [];
  const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  if (!sameJson(typesOf(released), typesOf(next)))
    problems.push(`${where}: type changed from ${fmt(typesOf(released))} to ${fmt(typesOf(next))}`);
  for (const key of ['format', 'const', 'pattern', 'minimum', 'maximum', 'minLength', 'maxLength', 'minItems'])
    if (!sameJson(released[key], next[key]))
      problems.push(`${where}: ${key} changed from ${fmt(released[key])} to ${fmt(next[key])}`);
  if (!sameJson(released.enum ?? null, next.enum ?? null))
    problems.push(
      `${where}: allowed values changed from ${fmt(released.enum)} to ${fmt(next.enum)} (an old consumer rejects a new value; a new one, an old event's)`,
    );
  const oldRequired = new Set(released.required ?? []);
  const newRequired = new Set(next.required ?? []);
  for (const name of oldRequired)
    if (!newRequired.has(name)) problems.push(`${path(at, name)}: no longer required (old consumers rely on it)`);
  for (const name of newRequired)
    if (!oldRequired.has(name))
      problems.push(`${path(at, name)}: newly required (events already in the log lack it); add it as optional`);
  for (const [name, oldProperty] of Object.entries(released.properties ?? {})) {
    const newProperty = next.properties?.[name];
    if (!newProperty) {
      if (oldRequired.has(name)) problems.push(`${path(at, name)}: removed`);
      continue;
    }
    problems.push(...breakingChanges(oldProperty, newProperty, path(at, name)));
  }
  if (released.items && next.items) problems.push(...breakingChanges(released.items, next.items, `${where}[]`));
  return problems;
}

const typesOf = (schema: Schema): string[] | null => (schema.type === undefined ? null : [schema.type].flat().sort());
const fmt = (value: unknown): string => (value === undefined ? 'none' : JSON.stringify(value));
const path = (at: string, name: string): string => (at ? `${at}.${name}` : name);

/** Schema files under a directory, relative to it (e.g. feedback/FeedbackSent.v1.schema.json). */
export function schemaFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.schema.json'))
    .map((file) => file.split('\\').join('/'))
    .sort();
}

const VERSIONED = /^(.*)\.v(\d+)\.schema\.json$/;

/** Every breaking change between the released snapshot and the current schemas, as `file: reason`. */
export function compareEventSchemas(releasedDir: string, currentDir: string): string[] {
  const current = new Set(schemaFiles(currentDir));
  const releasedFiles = schemaFiles(releasedDir);
  const read = (dir: string, file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as Schema;
  const problems: string[] = [];
  for (const file of releasedFiles) {
    const [, stem, version] = VERSIONED.exec(file) ?? [];
    const successor = stem ? `${stem}.v${Number(version) + 1}.schema.json` : '';
    if (!current.has(file)) {
      // Withdrawn only after a release that published its successor alongside it (the deprecation period).
      if (!releasedFiles.includes(successor) || !current.has(successor))
        problems.push(`${file}: a released event type was removed before a newer version was released alongside it`);
      continue;
    }
    const advice = stem ? `; publish ${successor.replace('.schema.json', '').split('/').pop()} alongside instead` : '';
    problems.push(
      ...breakingChanges(read(releasedDir, file), read(currentDir, file)).map((p) => `${file}: ${p}${advice}`),
    );
  }
  return problems;
}

/** Takes the current schemas as the released snapshot (run when a release is cut). */
export function releaseEventSchemas(currentDir = CURRENT_EVENTS_DIR, releasedDir = RELEASED_EVENTS_DIR): void {
  rmSync(releasedDir, { recursive: true, force: true });
  cpSync(currentDir, releasedDir, { recursive: true });
}

if (require.main === module) {
  if (process.argv[2] === 'release') {
    releaseEventSchemas();
    process.stdout.write(`Released schema/events as ${RELEASED_EVENTS_DIR}\n`);
  } else {
    const problems = compareEventSchemas(RELEASED_EVENTS_DIR, CURRENT_EVENTS_DIR);
    for (const problem of problems) process.stderr.write(`breaking: ${problem}\n`);
    process.stdout.write(problems.length ? '' : 'Every event schema is compatible with its released version.\n');
    process.exitCode = problems.length ? 1 : 0;
  }
}
