import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import { eventSchemas } from '@voicegraph/platform';
import { codes, EventCollector, gql, ok } from '@voicegraph/testkit';
import {
  buildConsultationsWorld,
  CANCEL,
  CLOSE,
  ConsultationsWorld,
  CREATE,
  createConsultation,
  OPEN,
  PARTICIPATE,
  SUBMIT,
} from './fixture';

const TOPICS = [
  'consultations.consultation.v1',
  'consultations.participation.v1',
  'consultations.contribution.v1',
  'consultations.finding.v1',
];

describe('a consultation from draft to findings', () => {
  let world: ConsultationsWorld;
  const collector = new EventCollector(TOPICS);

  beforeAll(async () => {
    world = await buildConsultationsWorld();
    await collector.start();
  });
  afterAll(async () => {
    await collector.stop();
    await world.stack.stop();
  });

  it('runs DRAFT → OPEN → CLOSED, with questions, participation, contributions and a finding, and publishes every event', async () => {
    const input = {
      title: 'Care review co-design',
      summary: 'How should your review meetings work?',
      kind: 'CO_DESIGN_SESSION',
      ladderLevel: 'CO_DESIGNING',
      context: 'INDIVIDUAL',
      mode: 'HYBRID',
      themes: ['Care', 'Reviews'],
      leadOrganisationId: world.orgA,
      partnerOrganisationIds: [world.orgB],
      targetAgeBands: ['AGE_11_TO_15', 'AGE_16_TO_18'],
      boundaries: [{ kind: 'LEGAL', description: 'Reviews must happen every six months by law.' }],
      opensAt: '2026-03-01T09:00:00Z',
      closesAt: '2026-04-01T17:00:00Z',
    };
    const created = ok(await gql(world.url, CREATE, { input }, world.tokens.leadA)).createConsultation;
    expect(created).toMatchObject({ status: 'DRAFT', approach: 'DOING_WITH' });
    const id = created.id as string;

    const question = ok(
      await gql(
        world.url,
        'mutation($i: AddQuestionInput!) { addQuestion(input: $i) { id position kind options } }',
        {
          i: {
            consultationId: id,
            kind: 'SINGLE_CHOICE',
            prompt: 'Where should reviews happen?',
            options: ['At home', 'At school'],
          },
        },
        world.tokens.leadA,
      ),
    ).addQuestion;
    expect(question).toMatchObject({ position: 1, kind: 'SINGLE_CHOICE', options: ['At home', 'At school'] });

    // Not open yet: nobody may contribute.
    expect(
      codes(await gql(world.url, SUBMIT, { input: { consultationId: id, text: 'Too early' } }, world.sam.token)),
    ).toEqual(['NOT_FOUND']);

    expect(ok(await gql(world.url, OPEN, { id }, world.tokens.leadA)).openConsultation.status).toBe('OPEN');
    const participation = ok(
      await gql(
        world.url,
        PARTICIPATE,
        { input: { consultationId: id, personId: world.sam.id, role: 'CO_DESIGNER' } },
        world.tokens.practitionerA,
      ),
    ).recordParticipation;
    expect(participation).toMatchObject({ role: 'CO_DESIGNER', person: { id: world.sam.id } });

    const free = ok(
      await gql(
        world.url,
        SUBMIT,
        { input: { consultationId: id, text: 'Let me chair my own review' } },
        world.sam.token,
      ),
    ).submitContribution;
    const choice = ok(
      await gql(
        world.url,
        'mutation($input: SubmitContributionInput!) { submitContribution(input: $input) { id choices question { id } } }',
        { input: { consultationId: id, questionId: question.id, choices: ['At school'], anonymous: true } },
        world.bex.token,
      ),
    ).submitContribution;
    expect(choice).toMatchObject({ choices: ['At school'], question: { id: question.id } });

    const finding = ok(
      await gql(
        world.url,
        'mutation($i: RecordFindingInput!) { recordFinding(input: $i) { id title contributionCount contributions { id } } }',
        {
          i: {
            consultationId: id,
            title: 'Young people want to lead their reviews',
            contributionIds: [free.id, choice.id],
          },
        },
        world.leadB,
      ),
    ).recordFinding;
    expect(finding.contributionCount).toBe(2);
    expect(finding.contributions.map((c: { id: string }) => c.id).sort()).toEqual([free.id, choice.id].sort());

    expect(ok(await gql(world.url, CLOSE, { id }, world.tokens.leadA)).closeConsultation.status).toBe('CLOSED');
    expect(
      codes(await gql(world.url, SUBMIT, { input: { consultationId: id, text: 'Too late' } }, world.sam.token)),
    ).toEqual(['CONFLICT']);

    const events = await collector.waitFor(
      (r) => r.event.data !== null && (r.event.data as { consultationId?: string }).consultationId === id,
      7,
    );
    expect(events.map((e) => e.event.type.split('.')[2]).sort()).toEqual(
      [
        'ConsultationClosed',
        'ConsultationCreated',
        'ConsultationOpened',
        'ContributionSubmitted',
        'ContributionSubmitted',
        'FindingRecorded',
        'ParticipationRecorded',
      ].sort(),
    );
    for (const e of events) expect(eventSchemas().validate(e.event).errors).toEqual([]);
    const byType = (type: string) =>
      events
        .filter((e) => e.event.type === `voicegraph.consultations.${type}.v1`)
        .map((e) => e.event.data as Record<string, unknown>);
    expect(byType('ConsultationClosed')[0]).toMatchObject({ participantCount: 2, leadOrganisationId: world.orgA });
    expect(byType('ConsultationCreated')[0]).toMatchObject({
      themes: ['care', 'reviews'],
      ladderLevel: 'CO_DESIGNING',
      partnerOrganisationIds: [world.orgB],
    });
    const contributions = byType('ContributionSubmitted');
    expect(contributions.find((c) => c.contributionId === choice.id)).toMatchObject({
      anonymous: true,
      personId: null,
    });
    expect(contributions.find((c) => c.contributionId === free.id)).toMatchObject({
      anonymous: false,
      personId: world.sam.id,
    });
    // The words young people said never leave the service.
    expect(JSON.stringify(events)).not.toContain('chair my own review');
  });

  it('refuses illegal transitions with CONFLICT and allows cancelling a draft or open consultation', async () => {
    const draft = await createConsultation(world);
    const close = await gql(world.url, CLOSE, { id: draft }, world.tokens.leadA);
    expect(codes(close)).toEqual(['CONFLICT']);
    expect(close.errors![0].message).toMatch(/DRAFT.*only a consultation that is OPEN can/);
    expect(ok(await gql(world.url, CANCEL, { id: draft }, world.tokens.leadA)).cancelConsultation.status).toBe(
      'CANCELLED',
    );
    expect(codes(await gql(world.url, OPEN, { id: draft }, world.tokens.leadA))).toEqual(['CONFLICT']);

    const open = await createConsultation(world);
    ok(await gql(world.url, OPEN, { id: open }, world.tokens.leadA));
    expect(codes(await gql(world.url, OPEN, { id: open }, world.tokens.leadA))).toEqual(['CONFLICT']);
    ok(await gql(world.url, CLOSE, { id: open }, world.tokens.leadA));
    expect(codes(await gql(world.url, CANCEL, { id: open }, world.tokens.leadA))).toEqual(['CONFLICT']);
    const [row] = await world.consultations.dataSource.query(
      'SELECT status, opened_at IS NOT NULL AS opened, closed_at IS NOT NULL AS closed FROM consultations.consultation WHERE id = $1',
      [open],
    );
    expect(row).toEqual({ status: 'CLOSED', opened: true, closed: true });
  });

  it('every mutation in the schema is written to the audit log, with who did it and to what', async () => {
    const lead = world.tokens.leadA;
    const id = await createConsultation(world);
    const draft = await createConsultation(world);
    const did = (action: string, entityId: string, actorId = world.staffIds.leadA) => ({
      action,
      entity_id: entityId,
      actor_id: actorId,
    });
    let contributionId = '';
    // One call per mutation, in an order that makes each valid; each says which audit row it owes.
    const calls: Record<string, () => Promise<ReturnType<typeof did>>> = {
      createConsultation: async () => did('CREATE', id),
      addQuestion: async () => {
        const i = { consultationId: id, kind: 'FREE_TEXT', prompt: 'What should change?' };
        ok(await gql(world.url, 'mutation($i: AddQuestionInput!) { addQuestion(input: $i) { id } }', { i }, lead));
        return did('ADD_QUESTION', id);
      },
      openConsultation: async () => {
        ok(await gql(world.url, OPEN, { id }, lead));
        return did('OPEN', id);
      },
      recordParticipation: async () => {
        const input = { consultationId: id, personId: world.sam.id, role: 'PARTICIPANT' };
        return did(
          'RECORD_PARTICIPATION',
          ok(await gql(world.url, PARTICIPATE, { input }, lead)).recordParticipation.id,
        );
      },
      submitContribution: async () => {
        const input = { consultationId: id, text: 'Ask us before the review, not after' };
        const contribution = ok(await gql(world.url, SUBMIT, { input }, world.sam.token)).submitContribution;
        contributionId = contribution.id;
        return did('SUBMIT_CONTRIBUTION', contribution.id, world.sam.id);
      },
      recordFinding: async () => {
        const i = { consultationId: id, title: 'Reviews should start with us', contributionIds: [contributionId] };
        const query = 'mutation($i: RecordFindingInput!) { recordFinding(input: $i) { id } }';
        return did('RECORD_FINDING', ok(await gql(world.url, query, { i }, lead)).recordFinding.id);
      },
      closeConsultation: async () => {
        ok(await gql(world.url, CLOSE, { id }, lead));
        return did('CLOSE', id);
      },
      cancelConsultation: async () => {
        ok(await gql(world.url, CANCEL, { id: draft }, lead));
        return did('CANCEL', draft);
      },
    };
    // Derived from the schema: a new mutation fails here until it is added to `calls`.
    const sdl = parse(readFileSync(join(__dirname, '../../src/schema.graphql'), 'utf8'));
    const mutations = sdl.definitions
      .filter(
        (d) => (d.kind === 'ObjectTypeDefinition' || d.kind === 'ObjectTypeExtension') && d.name.value === 'Mutation',
      )
      .flatMap((d) => ('fields' in d ? (d.fields ?? []).map((f) => f.name.value) : []));
    expect(mutations.length).toBeGreaterThanOrEqual(8);
    expect(Object.keys(calls).sort()).toEqual([...mutations].sort());

    const owed = [];
    for (const mutation of Object.keys(calls)) owed.push(await calls[mutation]());
    const rows = await world.consultations.dataSource.query(
      'SELECT action, entity_id, actor_id FROM consultations.audit_log WHERE entity_id = ANY($1::uuid[]) ORDER BY id',
      [[...new Set(owed.map((o) => o.entity_id))]],
    );
    for (const entry of owed) expect(rows).toContainEqual(entry);
  });
});
