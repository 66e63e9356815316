import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Every event on `topic`, read from offset 0 of every partition up to its high watermark at the
 * time of the call, as event subject → how many times it is in the log. The answer to "was it
 * lost, or only not applied?": an acknowledged event missing here never reached the log.
 */
export async function subjectsOnTopic(
  brokers: string[],
  topic: string,
  timeoutMs = 60_000,
): Promise<Map<string, number>> {
  const kafka = new Kafka({ clientId: 'voicegraph-test-topic-reader', brokers, logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  const ends = await admin.fetchTopicOffsets(topic).finally(() => admin.disconnect());
  const left = new Map(ends.filter((p) => Number(p.high) > Number(p.low)).map((p) => [p.partition, Number(p.high)]));
  const subjects = new Map<string, number>();
  const consumer = kafka.consumer({ groupId: `test-topic-reader-${randomUUID()}`, maxWaitTimeInMs: 100 });
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ partition, message }) => {
        const subject = readSubject(message.value?.toString('utf8'));
        if (subject) subjects.set(subject, (subjects.get(subject) ?? 0) + 1);
        if (Number(message.offset) + 1 >= (left.get(partition) ?? Infinity)) left.delete(partition);
      },
    });
    const deadline = Date.now() + timeoutMs;
    while (left.size > 0) {
      if (Date.now() > deadline)
        throw new Error(`could not read partitions ${[...left.keys()]} of ${topic} to the end`);
      await sleep(100);
    }
    return subjects;
  } finally {
    await consumer.disconnect();
  }
}

function readSubject(raw: string | undefined): string | undefined {
  try {
    const subject = (JSON.parse(raw ?? '') as { subject?: unknown }).subject;
    return typeof subject === 'string' ? subject : undefined;
  } catch {
    return undefined;
  }
}
