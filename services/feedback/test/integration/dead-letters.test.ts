import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import {
  buildEnvelope,
  ConsultationEvents,
  DeadLetters,
  runDeadLetterCommand,
  RunningService,
} from '@voicegraph/platform';
import { startTestService, waitFor } from '@voicegraph/testkit';
import { feedbackService } from '../../src/service';

/**
 * `npm run dead-letters`: parked events are listed, shown and replayed through the same inbox as
 * a delivery from Kafka, so a replayed event applies once, however often it is replayed.
 */
describe('npm run dead-letters -- list | show | replay, on the feedback service', () => {
  let feedback: RunningService;
  const consultationId = randomUUID();
  const partnershipId = randomUUID();
  const cancelled = buildEnvelope(ConsultationEvents.ConsultationCancelled, consultationId, {
    consultationId,
    partnershipId,
    leadOrganisationId: randomUUID(),
    previousStatus: 'OPEN',
    cancelledAt: new Date().toISOString(),
  });
  // As the strict consumer of before parked it: a traceparent it did not know (today's consumer accepts it).
  const parkedByOldConsumer = JSON.stringify({
    ...cancelled,
    traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
  });
  const garbage = `not json ${randomUUID()}`;
  const printed: string[] = [];
  const run = (...argv: string[]) =>
    runDeadLetterCommand(argv, [feedbackService], {
      print: (line) => printed.push(line),
      open: async () => ({
        letters: new DeadLetters(
          feedback.dataSource,
          'feedback',
          feedbackService.consumes ?? [],
          feedback.config.erasureKey,
        ),
        close: async () => undefined,
      }),
    });
  const output = () => printed.splice(0).join('\n');
  const park = async (payload: string, eventId: string | null) =>
    String(
      (
        await feedback.dataSource.query(
          `INSERT INTO feedback.dead_letter (topic, partition, "offset", event_id, payload, error)
           VALUES ('consultations.consultation.v1', 0, '0', $1, $2, 'schema: envelope must NOT have additional properties') RETURNING id`,
          [eventId, payload],
        )
      )[0].id,
    );
  const obligations = async () =>
    (
      await feedback.dataSource.query(`SELECT status FROM feedback.feedback_obligation WHERE consultation_id = $1`, [
        consultationId,
      ])
    ).map((r: { status: string }) => r.status);
  let garbageId: string;

  beforeAll(async () => {
    feedback = await startTestService(feedbackService, { jobs: false });
    // A message that is not a CloudEvent, parked by the running consumer from the real broker.
    const producer = new Kafka({
      clientId: 'dead-letters-test',
      brokers: process.env.KAFKA_BROKERS!.split(','),
      logLevel: logLevel.NOTHING,
    }).producer();
    await producer.connect();
    await producer.send({
      topic: 'consultations.consultation.v1',
      messages: [{ key: consultationId, value: garbage }],
    });
    await producer.disconnect();
    garbageId = await waitFor('the consumer to park the message that is not an event', async () => {
      const [row] = await feedback.dataSource.query(`SELECT id FROM feedback.dead_letter WHERE payload = $1`, [
        garbage,
      ]);
      return row ? String(row.id) : undefined;
    });
  });
  afterAll(async () => {
    await feedback.stop();
  });

  it('lists parked events with their type and why they were parked, and shows one in full', async () => {
    const id = await park(parkedByOldConsumer, cancelled.id);
    expect(await run('list', '--service', 'feedback')).toBe(0);
    const list = output();
    expect(list).toMatch(
      new RegExp(
        `^  ${id} .* voicegraph\\.consultations\\.ConsultationCancelled\\.v1 .*must NOT have additional properties`,
        'm',
      ),
    );
    expect(list).toMatch(new RegExp(`^  ${garbageId} .*\\(not a CloudEvent\\) .*not a CloudEvent JSON object`, 'm'));

    expect(await run('show', id, '--service', 'feedback')).toBe(0);
    expect(JSON.parse(output())).toMatchObject({ id, eventId: cancelled.id, payload: parkedByOldConsumer });
  });

  it('replays one through the inbox: applied, and gone from dead_letter', async () => {
    const [{ id }] = await feedback.dataSource.query(`SELECT id FROM feedback.dead_letter WHERE event_id = $1`, [
      cancelled.id,
    ]);
    expect(await obligations()).toEqual([]); // the precondition: never applied
    expect(await run('replay', String(id), '--service', 'feedback')).toBe(0);
    expect(output()).toBe(`feedback ${id} (${cancelled.id}): applied`);
    expect(await obligations()).toEqual(['NOT_OWED']);
    expect(await feedback.dataSource.query(`SELECT 1 FROM feedback.dead_letter WHERE id = $1`, [id])).toEqual([]);
  });

  it('replays --all: the same event parked again changes nothing, and what cannot apply stays parked', async () => {
    const again = await park(parkedByOldConsumer, cancelled.id);
    expect(await run('replay', '--all', '--service', 'feedback')).toBe(1); // one could not be applied
    const report = output();
    expect(report).toContain(`feedback ${again} (${cancelled.id}): duplicate`);
    expect(report).toMatch(new RegExp(`feedback ${garbageId} \\(no event id\\): failed — replay: .*JSON`));
    expect(await obligations()).toEqual(['NOT_OWED']);
    const inbox = await feedback.dataSource.query(`SELECT count(*)::int AS n FROM feedback.inbox WHERE event_id = $1`, [
      cancelled.id,
    ]);
    expect(inbox[0].n).toBe(1);
    const left = await feedback.dataSource.query(`SELECT id::text AS id, error FROM feedback.dead_letter`);
    expect(left.map((r: { id: string }) => r.id)).toContain(garbageId);
    expect(left.map((r: { id: string }) => r.id)).not.toContain(again);
  });

  it('says what is wrong with a request it cannot do', async () => {
    expect(await run('replay', '999999999', '--service', 'feedback')).toBe(1);
    expect(output()).toBe('feedback has no parked event 999999999.');
    expect(await run('replay', '1')).toBe(2);
    expect(output()).toMatch(/^Usage: npm run dead-letters/);
    expect(await run('list', '--service', 'billing')).toBe(2);
    expect(output()).toBe('No service "billing"; one of: feedback.');
  });

  it('npm run dead-letters runs the built command against the service’s own database', () => {
    const cli = resolve(__dirname, '../../../../tools/dist/dead-letters.js');
    const result = spawnSync(process.execPath, [cli, 'list', '--service', 'feedback'], {
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: process.env.VOICEGRAPH_TEST_FEEDBACK_DATABASE_URL },
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^feedback: \\d+ parked\\n[\\s\\S]*^  ${garbageId} `, 'm'));
  });
});
