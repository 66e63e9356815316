import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  breakingChanges,
  compareEventSchemas,
  CURRENT_EVENTS_DIR,
  RELEASED_EVENTS_DIR,
  schemaFiles,
} from '../../src/events-compat';

type Schema = Parameters<typeof breakingChanges>[0];
const RELEASED = 'feedback/FeedbackSent.v1.schema.json';
const released = (): Schema => JSON.parse(readFileSync(join(RELEASED_EVENTS_DIR, RELEASED), 'utf8')) as Schema;

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** A copy of the released snapshot and of the current schemas, for a test to change. */
function workspace(): {
  releasedDir: string;
  currentDir: string;
  edit(file: string, change: (s: Schema) => void): void;
} {
  const root = mkdtempSync(join(tmpdir(), 'event-compat-'));
  const releasedDir = join(root, 'released');
  const currentDir = join(root, 'current');
  cpSync(RELEASED_EVENTS_DIR, releasedDir, { recursive: true });
  cpSync(RELEASED_EVENTS_DIR, currentDir, { recursive: true });
  roots.push(root);
  return {
    releasedDir,
    currentDir,
    edit(file, change) {
      const schema = JSON.parse(readFileSync(join(currentDir, file), 'utf8')) as Schema;
      change(schema);
      writeFileSync(join(currentDir, file), JSON.stringify(schema));
    },
  };
}

describe('the event compatibility check (CI: every schema against its last released version)', () => {
  it('every event schema in schema/events is compatible with the released snapshot', () => {
    expect(schemaFiles(RELEASED_EVENTS_DIR).length).toBeGreaterThan(20); // the precondition: a real snapshot
    expect(compareEventSchemas(RELEASED_EVENTS_DIR, CURRENT_EVENTS_DIR)).toEqual([]);
  });

  it('passes an added optional field', () => {
    const next = released();
    next.properties!.channelDetail = { type: 'string' };
    expect(breakingChanges(released(), next)).toEqual([]);
  });

  it('fails a deliberately breaking change: a field removed, retyped, newly required, or a new enum value', () => {
    const ws = workspace();
    ws.edit(RELEASED, (s) => {
      delete s.properties!.onTime;
      s.properties!.recipientCount = { type: 'string' };
      s.required = [...s.required!.filter((r) => r !== 'onTime'), 'reply'];
      s.properties!.reply = { type: 'string' };
    });
    ws.edit('feedback/OutcomeRecorded.v1.schema.json', (s) => {
      s.properties!.status.enum = [...s.properties!.status.enum!, 'WITHDRAWN'];
    });
    const problems = compareEventSchemas(ws.releasedDir, ws.currentDir);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^feedback\/FeedbackSent\.v1\.schema\.json: onTime: no longer required/),
        expect.stringMatching(/FeedbackSent\.v1\.schema\.json: onTime: removed; publish FeedbackSent\.v2 alongside/),
        expect.stringMatching(
          /FeedbackSent\.v1\.schema\.json: recipientCount: type changed from \["integer"\] to \["string"\]/,
        ),
        expect.stringMatching(/FeedbackSent\.v1\.schema\.json: reply: newly required/),
        expect.stringMatching(/OutcomeRecorded\.v1\.schema\.json: status: allowed values changed/),
      ]),
    );
  });

  it('passes the same breaking change made as FeedbackSent.v2 published alongside v1', () => {
    const ws = workspace();
    const v2 = released();
    v2.$id = 'voicegraph.feedback.FeedbackSent.v2';
    delete v2.properties!.onTime;
    v2.required = v2.required!.filter((r) => r !== 'onTime');
    writeFileSync(join(ws.currentDir, 'feedback/FeedbackSent.v2.schema.json'), JSON.stringify(v2));
    expect(compareEventSchemas(ws.releasedDir, ws.currentDir)).toEqual([]);
  });

  it('fails when v1 is withdrawn before its v2 was released alongside it, and passes after', () => {
    const ws = workspace();
    const v2 = JSON.stringify({ ...released(), $id: 'voicegraph.feedback.FeedbackSent.v2' });
    writeFileSync(join(ws.currentDir, 'feedback/FeedbackSent.v2.schema.json'), v2);
    rmSync(join(ws.currentDir, RELEASED));
    expect(compareEventSchemas(ws.releasedDir, ws.currentDir)).toEqual([
      `${RELEASED}: a released event type was removed before a newer version was released alongside it`,
    ]);
    writeFileSync(join(ws.releasedDir, 'feedback/FeedbackSent.v2.schema.json'), v2); // a release with both
    expect(compareEventSchemas(ws.releasedDir, ws.currentDir)).toEqual([]);
  });
});
