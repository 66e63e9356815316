import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CloudEvent as SdkCloudEvent } from 'cloudevents';
import { Kind, ObjectTypeDefinitionNode, parse } from 'graphql';
import { Kafka, logLevel } from 'kafkajs';
import { EVENT_CATALOGUE, eventSchemas, eventType, RunningService, topicOf } from '@voicegraph/platform';
import {
  EventCollector,
  founderToken,
  gql,
  ReceivedEvent,
  registerStaff,
  startStack,
  tokenFor,
  waitFor,
  waitUntilKnown,
} from '@voicegraph/testkit';

/** Every mutation field of the committed supergraph, with its input type, result type and owning subgraph. */
function supergraphMutations(): Map<string, { inputType: string; selection: string; service: string }> {
  const document = parse(readFileSync(resolve(__dirname, '../schema/supergraph.graphql'), 'utf8'));
  const types = new Map(
    document.definitions
      .filter((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const mutations = new Map<string, { inputType: string; selection: string; service: string }>();
  for (const field of types.get('Mutation')?.fields ?? []) {
    const arg = field.arguments?.find((a) => a.name.value === 'input');
    const printType = (t: typeof field.type): string =>
      t.kind === Kind.NON_NULL_TYPE
        ? `${printType(t.type)}!`
        : t.kind === Kind.LIST_TYPE
          ? `[${printType(t.type)}]`
          : t.name.value;
    const named = (t: typeof field.type): string => (t.kind === Kind.NAMED_TYPE ? t.name.value : named(t.type));
    const result = types.get(named(field.type));
    const idField = result?.fields?.find((f) => f.name.value === 'id' || f.name.value === 'personId');
    const join = field.directives?.find((d) => d.name.value === 'join__field');
    const graph = join?.arguments?.find((a) => a.name.value === 'graph')?.value;
    mutations.set(field.name.value, {
      inputType: arg ? printType(arg.type) : '',
      selection: idField ? idField.name.value : '__typename',
      service: graph && graph.kind === Kind.ENUM ? graph.value.toLowerCase() : 'unknown',
    });
  }
  return mutations;
}

interface Step {
  mutation: string;
  token: () => string;
  input: () => Record<string, unknown>;
  /** The event type its state change publishes (the name; the service comes from the supergraph). */
  emits: string;
  /**
   * Further facts the same change establishes, each its own event of the same service, in the same
   * transaction: founding a partnership also registers its founder as its first admin
   * (PersonRegistered; docs/privacy.md#token-claims).
   */
  alsoEmits?: string[];
  /** Keeps trying while the service has not yet heard, by events, of what the input refers to. */
  eventually?: boolean;
  then?: (id: string) => void;
}

/**
 * The catalogue's promise, checked against the whole graph: each mutation of the supergraph,
 * performed once through the gateway, publishes exactly one event of a catalogued type (founding a
 * partnership also registers its founder: exactly those two), valid against its schema and
 * accepted by the official CloudEvents SDK. A mutation added without an
 * event, or without a step here, fails this test.
 */
describe('every mutation of the supergraph publishes exactly one catalogued event', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  let services: RunningService[];
  const topics = [...new Set(EVENT_CATALOGUE.map(topicOf))];
  const collector = new EventCollector(topics);
  const mutations = supergraphMutations();
  const catalogued = new Set(EVENT_CATALOGUE.map(eventType));
  const ids: Record<string, string> = {};
  const tokens: Record<string, string> = {};
  let founderId: string;
  const today = new Date().toISOString().slice(0, 10);
  const daysFrom = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  const consultationInput = (title: string) => ({
    title,
    kind: 'CO_DESIGN_SESSION',
    ladderLevel: 'CO_DESIGNING',
    context: 'SOCIAL',
    mode: 'IN_PERSON',
    leadOrganisationId: ids.org,
  });

  const steps: Step[] = [
    {
      mutation: 'createPartnership',
      token: () => tokens.founder,
      input: () => ({ name: `Walk partnership ${randomUUID().slice(0, 6)}` }),
      emits: 'PartnershipCreated',
      alsoEmits: ['PersonRegistered'],
      then: (id) => (ids.partnership = id),
    },
    {
      mutation: 'registerOrganisation',
      token: () => tokens.admin,
      input: () => ({ partnershipId: ids.partnership, name: 'Walk Council', kind: 'COUNCIL' }),
      emits: 'OrganisationRegistered',
      then: (id) => (ids.org = id),
    },
    {
      mutation: 'registerPerson',
      token: () => tokens.lead,
      input: () => ({
        kind: 'YOUNG_PERSON',
        organisationIds: [ids.org],
        displayName: 'Ari',
        dateOfBirth: '2010-01-01',
      }),
      emits: 'PersonRegistered',
      then: (id) => (ids.young = id),
    },
    {
      mutation: 'updatePerson',
      token: () => tokens.lead,
      input: () => ({ id: ids.young, cohorts: ['YOUNG_CARER'] }),
      emits: 'PersonProfileChanged',
    },
    {
      mutation: 'recordConsent',
      token: () => tokens.lead,
      input: () => ({ personId: ids.young, kind: 'PARTICIPATION', givenBy: 'SELF' }),
      emits: 'ConsentRecorded',
    },
    {
      mutation: 'createConsultation',
      token: () => tokens.lead,
      input: () => consultationInput('Walk consultation'),
      emits: 'ConsultationCreated',
      eventually: true,
      then: (id) => (ids.consultation = id),
    },
    {
      mutation: 'addQuestion',
      token: () => tokens.lead,
      input: () => ({ consultationId: ids.consultation, kind: 'FREE_TEXT', prompt: 'What would help most?' }),
      emits: 'QuestionAdded',
    },
    {
      mutation: 'openConsultation',
      token: () => tokens.lead,
      input: () => ({ consultationId: ids.consultation }),
      emits: 'ConsultationOpened',
    },
    {
      mutation: 'recordParticipation',
      token: () => tokens.lead,
      input: () => ({ consultationId: ids.consultation, personId: ids.young, role: 'CO_DESIGNER' }),
      emits: 'ParticipationRecorded',
      eventually: true,
    },
    {
      mutation: 'submitContribution',
      token: () => tokens.young,
      input: () => ({ consultationId: ids.consultation, text: 'More late buses' }),
      emits: 'ContributionSubmitted',
      then: (id) => (ids.contribution = id),
    },
    {
      mutation: 'closeConsultation',
      token: () => tokens.lead,
      input: () => ({ consultationId: ids.consultation }),
      emits: 'ConsultationClosed',
    },
    {
      mutation: 'recordFinding',
      token: () => tokens.lead,
      input: () => ({ consultationId: ids.consultation, title: 'Late buses', contributionIds: [ids.contribution] }),
      emits: 'FindingRecorded',
      then: (id) => (ids.finding = id),
    },
    {
      mutation: 'createConsultation',
      token: () => tokens.lead,
      input: () => consultationInput('Walk consultation to cancel'),
      emits: 'ConsultationCreated',
      then: (id) => (ids.cancelled = id),
    },
    {
      mutation: 'cancelConsultation',
      token: () => tokens.lead,
      input: () => ({ consultationId: ids.cancelled }),
      emits: 'ConsultationCancelled',
    },
    {
      mutation: 'createForum',
      token: () => tokens.lead,
      input: () => ({ name: 'Walk board', kind: 'CORPORATE_PARENTING_BOARD', organisationId: ids.org }),
      emits: 'ForumCreated',
      eventually: true,
      then: (id) => (ids.forum = id),
    },
    {
      mutation: 'appointToSeat',
      token: () => tokens.lead,
      input: () => ({ forumId: ids.forum, personId: ids.young, role: 'YOUTH_REPRESENTATIVE', startsOn: today }),
      emits: 'SeatAssigned',
      eventually: true,
    },
    {
      mutation: 'scheduleMeeting',
      token: () => tokens.lead,
      input: () => ({
        forumId: ids.forum,
        title: 'Walk meeting',
        startsAt: new Date(Date.now() - 3_600_000).toISOString(),
        status: 'HELD',
      }),
      emits: 'MeetingScheduled',
      then: (id) => (ids.meeting = id),
    },
    {
      mutation: 'recordAttendance',
      token: () => tokens.lead,
      input: () => ({ meetingId: ids.meeting, personIds: [ids.young] }),
      emits: 'AttendanceRecorded',
    },
    {
      mutation: 'addAgendaItem',
      token: () => tokens.lead,
      input: () => ({ meetingId: ids.meeting, title: 'Late buses', findingIds: [ids.finding] }),
      emits: 'AgendaItemAdded',
      eventually: true,
    },
    {
      mutation: 'recordDecision',
      token: () => tokens.lead,
      input: () => ({
        forumId: ids.forum,
        title: 'Fund a late bus',
        citedFindingIds: [ids.finding],
        youngPeopleInvolved: true,
      }),
      emits: 'DecisionRecorded',
      eventually: true,
    },
    {
      mutation: 'createPlan',
      token: () => tokens.lead,
      input: () => ({
        title: 'Walk plan',
        kind: 'ACTION_PLAN',
        periodStart: today,
        periodEnd: daysFrom(365),
        reviewOn: daysFrom(180),
      }),
      emits: 'PlanCreated',
      then: (id) => (ids.plan = id),
    },
    {
      mutation: 'addObjective',
      token: () => tokens.lead,
      input: () => ({
        planId: ids.plan,
        description: 'More young people on the bus forum',
        measure: 'young members',
        baseline: 0,
        target: 10,
        ownerOrganisationId: ids.org,
        dueOn: daysFrom(300),
      }),
      emits: 'ObjectiveAdded',
      then: (id) => (ids.objective = id),
    },
    {
      mutation: 'recordObjectiveProgress',
      token: () => tokens.lead,
      input: () => ({ objectiveId: ids.objective, value: 3 }),
      emits: 'ObjectiveProgressRecorded',
    },
    {
      mutation: 'recordOutcome',
      token: () => tokens.lead,
      input: () => ({
        findingId: ids.finding,
        status: 'ACCEPTED',
        youSaid: 'More late buses',
        weDid: 'A late bus on Fridays',
        published: true,
      }),
      emits: 'OutcomeRecorded',
      eventually: true,
      then: (id) => (ids.outcome = id),
    },
    {
      mutation: 'sendFeedback',
      token: () => tokens.lead,
      input: () => ({
        consultationId: ids.consultation,
        channel: 'IN_PERSON',
        text: 'You said late buses; there is one on Fridays now.',
        outcomeIds: [ids.outcome],
      }),
      emits: 'FeedbackSent',
      eventually: true,
    },
    {
      mutation: 'submitVoiceCheck',
      token: () => tokens.young,
      input: () => ({
        consultationId: ids.consultation,
        space: 'YES',
        voice: 'YES',
        audience: 'PARTLY',
        influence: 'YES',
        feltHeard: 4,
      }),
      emits: 'VoiceCheckSubmitted',
      eventually: true,
    },
    {
      mutation: 'withdrawConsent',
      token: () => tokens.lead,
      input: () => ({ personId: ids.young, kind: 'PARTICIPATION' }),
      emits: 'ConsentWithdrawn',
    },
    {
      mutation: 'requestErasure',
      token: () => tokens.lead,
      input: () => ({ personId: ids.young }),
      emits: 'PersonErased',
    },
  ];

  /** Waits until every outbox is empty and the collector has read every topic to its end. */
  async function drain(): Promise<void> {
    await waitFor('every outbox to be published', async () => {
      for (const service of services) {
        const [{ n }] = await service.dataSource.query(`SELECT count(*)::int AS n FROM ${service.name}.outbox`);
        if (n > 0) return false;
      }
      return true;
    });
    const admin = new Kafka({
      clientId: 'walk-drain',
      brokers: process.env.KAFKA_BROKERS!.split(','),
      logLevel: logLevel.NOTHING,
    }).admin();
    await admin.connect();
    try {
      const ends = await Promise.all(
        topics.map(async (topic) => ({ topic, offsets: await admin.fetchTopicOffsets(topic) })),
      );
      await waitFor(
        'the collector to read every topic to its end',
        async () =>
          ends.every(({ topic, offsets }) =>
            offsets.every(
              (p) =>
                // Nothing left to read: an empty partition, or one whose records retention already removed
                // (the log-forgets test shortens retention, so low can equal high above zero).
                Number(p.high) === Number(p.low) ||
                (collector.readUpTo.get(`${topic}:${p.partition}`) ?? -1) >= Number(p.high) - 1,
            ),
          ),
        // The collector reads every topic from the beginning: in a full run, every earlier test's events.
        180_000,
      );
    } finally {
      await admin.disconnect();
    }
  }

  async function perform(step: Step): Promise<string> {
    const field = mutations.get(step.mutation)!;
    const query = `mutation($input: ${field.inputType}) { ${step.mutation}(input: $input) { ${field.selection} } }`;
    const attempt = async () => {
      const result = await gql(stack.gateway.url, query, { input: step.input() }, step.token());
      if (result.errors?.length) {
        if (step.eventually) return undefined;
        throw new Error(`${step.mutation}: ${JSON.stringify(result.errors)}`);
      }
      return String(result.data?.[step.mutation]?.[field.selection] ?? '');
    };
    return step.eventually ? waitFor(`${step.mutation} to succeed`, attempt, 60_000, 250) : (await attempt())!;
  }

  beforeAll(async () => {
    stack = await startStack(['people', 'consultations', 'governance', 'feedback'], {
      jobs: false,
    });
    services = stack.services;
    await collector.start();
    founderId = randomUUID();
    tokens.founder = await founderToken(founderId);
  });
  afterAll(async () => {
    await collector.stop();
    await stack.stop();
  });

  it('walks every mutation field of the supergraph (a new mutation needs a step here)', () => {
    expect(mutations.size).toBeGreaterThan(20);
    expect([...new Set(steps.map((s) => s.mutation))].sort()).toEqual([...mutations.keys()].sort());
  });

  it('each performed once through the gateway publishes exactly one valid, catalogued CloudEvent', async () => {
    const published: { mutation: string; events: ReceivedEvent[] }[] = [];
    for (const step of steps) {
      await drain();
      const before = collector.received.length;
      const id = await perform(step);
      step.then?.(id);
      await drain();
      published.push({ mutation: step.mutation, events: collector.received.slice(before) });
      // Signing people in (set-up, not the step: its events are not counted, as the next step starts after a drain).
      if (step.mutation === 'createPartnership')
        tokens.admin = await tokenFor({ sub: founderId, roles: ['PARTNERSHIP_ADMIN'], partnership: id });
      if (step.mutation === 'registerOrganisation') {
        const lead = await registerStaff(
          stack.gateway.url,
          tokens.admin,
          ids.partnership,
          ['PARTICIPATION_LEAD'],
          [id],
        );
        tokens.lead = lead.token;
        await waitUntilKnown(services, [founderId, lead.id]);
      }
      if (step.mutation === 'registerPerson')
        tokens.young = await tokenFor({
          sub: id,
          roles: ['YOUNG_PERSON'],
          partnership: ids.partnership,
          orgs: [ids.org],
        });
      if (step.mutation === 'registerPerson') await waitUntilKnown(services, [id]);
    }

    // Sorted: events of one change on different topics (a partnership, its founder) arrive in any order.
    const summary = published.map(({ mutation, events }) => ({
      mutation,
      types: events.map((e) => e.event.type).sort(),
    }));
    expect(summary).toEqual(
      steps.map((step) => ({
        mutation: step.mutation,
        types: [step.emits, ...(step.alsoEmits ?? [])]
          .map((name) => `voicegraph.${mutations.get(step.mutation)!.service}.${name}.v1`)
          .sort(),
      })),
    );
    for (const { event, key } of published.flatMap(({ events }) => events)) {
      expect(catalogued.has(event.type)).toBe(true);
      expect(key).toBe(event.subject);
      expect(eventSchemas().validate(event)).toEqual({ valid: true, errors: [] });
      // The official SDK, validating: specversion, ids, an absolute dataschema URI, attribute names.
      const parsed = new SdkCloudEvent({ ...event }, true);
      expect(parsed.dataschema).toMatch(/^https:\/\/[^/]+\/.+\.v1\.schema\.json$/);
      expect(parsed.type).toBe(event.type);
    }
  }, 360_000);
});
