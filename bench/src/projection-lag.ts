import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { createKafka, createLogger, eventType, PeopleEvents, topicOf } from '@voicegraph/platform';
import { withDatabase } from '@voicegraph/tools/dist/infra';
import { setTimeout as sleep } from 'node:timers/promises';
import { percentile } from './load';
import { round } from './process-stats';
import { BENCH_DATABASE } from './ports';
import { DemoContext } from '@voicegraph/tools/dist/demo/demo-context';
import { BenchData } from './seed';
import { json, Operation, tokenFor } from './workloads';

/** The services that keep a projection of people (each has its own inbox). */
export const PEOPLE_CONSUMERS = ['consultations', 'governance', 'feedback'] as const;

export interface ProjectionLag {
  targetRate: number;
  seconds: number;
  sent: number;
  achievedRate: number;
  errors: number;
  /** The first distinct error messages, so a failing write load says why. */
  errorMessages: string[];
  /** Per consumer: event time → its inbox transaction, ms (p50, p99, max) and events not applied when we stopped waiting. */
  consumers: Record<string, { p50: number; p99: number; max: number; applied: number; missing: number }>;
}

const PERSON_REGISTERED = eventType(PeopleEvents.PersonRegistered);

/**
 * Projection lag per consumer at a sustained write rate: `registerPerson` at `rate`/s for
 * `seconds` through the gateway, then, for every PersonRegistered of the window (read from
 * Kafka by a fresh group: its id and `time`, stamped in the writing transaction), the time its
 * inbox row was written by each consuming service (`inbox.handled_at`, the start of the
 * transaction that applied it) minus the event's time.
 */
export async function projectionLag(
  brokers: string[],
  adminUrl: string,
  gatewayUrl: string,
  register: (i: number) => Operation,
  rate: number,
  seconds: number,
): Promise<ProjectionLag> {
  const kafka = createKafka('voicegraph-bench', brokers, createLogger('bench', 'error'));
  const consumer = kafka.consumer({ groupId: `voicegraph-bench-lag-${randomUUID()}`, maxWaitTimeInMs: 50 });
  const events = new Map<string, number>(); // event id → time (ms)
  const joined = new Promise<void>((resolve) => {
    consumer.on(consumer.events.GROUP_JOIN, () => resolve());
  });
  await consumer.connect();
  await consumer.subscribe({ topics: [topicOf(PeopleEvents.PersonRegistered)], fromBeginning: false });
  await consumer.run({
    eachMessage: async ({ message }) => {
      const event = JSON.parse(message.value?.toString('utf8') ?? '{}') as {
        id?: string;
        type?: string;
        time?: string;
      };
      if (event.type === PERSON_REGISTERED && event.id && event.time) events.set(event.id, Date.parse(event.time));
    },
  });
  await joined;
  await sleep(1000);
  const { sent, errors, errorMessages } = await paced(gatewayUrl, register, rate, seconds);
  const deadline = Date.now() + 10_000;
  while (events.size < sent - errors && Date.now() < deadline) await sleep(100);
  await consumer.disconnect();

  const db = new Client({ connectionString: withDatabase(adminUrl, BENCH_DATABASE) });
  await db.connect();
  const consumers: ProjectionLag['consumers'] = {};
  try {
    const ids = [...events.keys()];
    for (const service of PEOPLE_CONSUMERS) {
      // Wait (at most 60 s) for the consumer to catch up, so the lag is measured, not cut short.
      let rows: { event_id: string; handled_at: Date }[] = [];
      for (const until = Date.now() + 60_000; ; await sleep(250)) {
        rows = (
          await db.query(`SELECT event_id, handled_at FROM ${service}.inbox WHERE event_id = ANY($1::uuid[])`, [ids])
        ).rows;
        if (rows.length >= ids.length || Date.now() > until) break;
      }
      const lags = rows.map((r) => r.handled_at.getTime() - events.get(r.event_id)!).sort((a, b) => a - b);
      consumers[service] = {
        p50: percentile(lags, 50),
        p99: percentile(lags, 99),
        max: lags[lags.length - 1] ?? NaN,
        applied: rows.length,
        missing: ids.length - rows.length,
      };
    }
  } finally {
    await db.end();
  }
  return {
    targetRate: rate,
    seconds,
    sent,
    achievedRate: round(sent / seconds, 1),
    errors,
    errorMessages,
    consumers,
  };
}

/** `registerPerson` of the i-th young person of the load, by the bench lead (distinct names, birthdays and organisations). */
export async function registerPersonLoad(demo: DemoContext, data: BenchData): Promise<(i: number) => Operation> {
  const admin = { sub: data.people.lead, roles: ['PARTICIPATION_LEAD' as const], partnership: data.partnershipId };
  const token = await tokenFor(demo, { ...admin, orgs: data.leadOrgs });
  return (i: number): Operation => ({
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: json('mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }', {
      input: {
        kind: 'YOUNG_PERSON',
        displayName: `Lag ${i}`,
        dateOfBirth: `${2008 + (i % 5)}-0${(i % 9) + 1}-11`,
        cohorts: i % 4 === 0 ? ['CHILD_IN_CARE'] : [],
        participationRoles: [],
        organisationIds: [data.leadOrgs[i % data.leadOrgs.length]],
      },
    }),
  });
}

/** Sends register(i) at a fixed rate (each on its own schedule, so slow answers do not slow the rate). */
async function paced(
  gatewayUrl: string,
  register: (i: number) => Operation,
  rate: number,
  seconds: number,
): Promise<{ sent: number; errors: number; errorMessages: string[] }> {
  const total = Math.round(rate * seconds);
  const started = Date.now();
  let errors = 0;
  const messages = new Set<string>();
  const failed = (message: string) => {
    errors += 1;
    if (messages.size < 5) messages.add(message.slice(0, 200));
  };
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < total; i += 1) {
    const due = started + (i * 1000) / rate;
    if (due > Date.now()) await sleep(due - Date.now());
    const op = register(i);
    inFlight.push(
      fetch(gatewayUrl, { method: 'POST', headers: op.headers, body: op.body })
        .then((r) => r.json() as Promise<{ errors?: { message?: string }[] }>)
        .then(
          (body) => {
            if (body.errors?.length) failed(body.errors[0].message ?? 'error without a message');
          },
          (error: Error) => failed(error.message),
        ),
    );
  }
  await Promise.all(inFlight);
  return { sent: total, errors, errorMessages: [...messages] };
}
