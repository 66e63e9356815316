import { randomUUID } from 'node:crypto';
import { RunningService } from '@voicegraph/platform';
import { codes, footprint as rowsWritten, gql, ok, tokenFor } from '@voicegraph/testkit';
import { buildConsultationsWorld, ConsultationsWorld, CREATE, openConsultation, PARTICIPATE, SUBMIT } from './fixture';

/** Every row consultations' commands write; the registered young people summary follows people's events. */
const footprint = (consultations: RunningService) => rowsWritten(consultations, ['registered_young_people']);

describe('bad input gets a clear error and writes nothing', () => {
  let world: ConsultationsWorld;
  let consultationId: string;
  let otherConsultationId: string;
  let questionId: string;
  let otherContributionId: string;

  beforeAll(async () => {
    world = await buildConsultationsWorld();
    consultationId = await openConsultation(world);
    otherConsultationId = await openConsultation(world);
    questionId = ok(
      await gql(
        world.url,
        'mutation($i: AddQuestionInput!) { addQuestion(input: $i) { id } }',
        { i: { consultationId, kind: 'SCALE', prompt: 'How safe do you feel?', scaleMin: 1, scaleMax: 5 } },
        world.tokens.leadA,
      ),
    ).addQuestion.id;
    otherContributionId = ok(
      await gql(
        world.url,
        SUBMIT,
        { input: { consultationId: otherConsultationId, text: 'elsewhere' } },
        world.sam.token,
      ),
    ).submitContribution.id;
  });
  afterAll(async () => {
    await world.stack.stop();
  });

  const base = () => ({
    title: 'Valid title',
    kind: 'SURVEY',
    ladderLevel: 'CONSULTING',
    context: 'SOCIAL',
    mode: 'DIGITAL',
    leadOrganisationId: world.orgA,
  });
  const createCases: [string, () => Record<string, unknown>, string, RegExp][] = [
    ['an empty title', () => ({ title: '  ' }), 'BAD_USER_INPUT', /title must not be empty/],
    [
      'a lead organisation id that is not a UUID',
      () => ({ leadOrganisationId: 'org-1' }),
      'BAD_USER_INPUT',
      /must be a UUID/,
    ],
    [
      'an unknown partner organisation',
      () => ({ partnerOrganisationIds: [randomUUID()] }),
      'NOT_FOUND',
      /No organisation with id/,
    ],
    [
      'a partner organisation of another partnership',
      () => ({ partnerOrganisationIds: [world.otherOrg] }),
      'BAD_USER_INPUT',
      /another partnership/,
    ],
    [
      'a lead organisation the caller does not belong to',
      () => ({ leadOrganisationId: world.orgB }),
      'FORBIDDEN',
      /one of your own organisations/,
    ],
    [
      'a window that closes before it opens',
      () => ({ opensAt: '2026-05-01T00:00:00Z', closesAt: '2026-04-01T00:00:00Z' }),
      'BAD_USER_INPUT',
      /closesAt .* must be after opensAt/,
    ],
    ['a malformed date-time', () => ({ opensAt: '1 May 2026' }), 'BAD_USER_INPUT', /not a DateTime/],
    ['an unknown ladder level', () => ({ ladderLevel: 'TOKENISM' }), 'BAD_USER_INPUT', /TOKENISM/],
    [
      'an empty boundary',
      () => ({ boundaries: [{ kind: 'FINANCIAL', description: '' }] }),
      'BAD_USER_INPUT',
      /boundaries.description must not be empty/,
    ],
  ];

  it.each(createCases)('createConsultation with %s', async (_name, input, code, message) => {
    const before = await footprint(world.consultations);
    const response = await gql(world.url, CREATE, { input: { ...base(), ...input() } }, world.tokens.leadA);
    expect(codes(response)).toEqual([code]);
    expect(response.errors![0].message).toMatch(message);
    expect(await footprint(world.consultations)).toEqual(before);
  });

  it('createConsultation led by an organisation of another partnership', async () => {
    const before = await footprint(world.consultations);
    const lead = world.staffIds.leadA;
    // A token naming another partnership's organisation, or one nobody registered, contradicts the
    // registration and is refused before the command runs.
    const confused = await tokenFor({
      sub: lead,
      roles: ['PARTICIPATION_LEAD'],
      partnership: world.partnershipId,
      orgs: [world.orgA, world.otherOrg],
    });
    const response = await gql(
      world.url,
      CREATE,
      { input: { ...base(), leadOrganisationId: world.otherOrg } },
      confused,
    );
    expect(codes(response)).toEqual(['FORBIDDEN']);
    const unknown = randomUUID();
    const ghost = await tokenFor({
      sub: lead,
      roles: ['PARTICIPATION_LEAD'],
      partnership: world.partnershipId,
      orgs: [unknown],
    });
    expect(codes(await gql(world.url, CREATE, { input: { ...base(), leadOrganisationId: unknown } }, ghost))).toEqual([
      'FORBIDDEN',
    ]);
    // With honest claims, the command itself refuses such organisations as partners.
    const partner = (id: string) => ({ input: { ...base(), partnerOrganisationIds: [id] } });
    expect(codes(await gql(world.url, CREATE, partner(world.otherOrg), world.tokens.leadA))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(codes(await gql(world.url, CREATE, partner(unknown), world.tokens.leadA))).toEqual(['NOT_FOUND']);
    expect(await footprint(world.consultations)).toEqual(before);
  });

  const otherCases: [string, () => [string, Record<string, unknown>, string], string, RegExp][] = [
    [
      'addQuestion with one option',
      () => [
        'mutation($i: AddQuestionInput!) { addQuestion(input: $i) { id } }',
        { i: { consultationId, kind: 'SINGLE_CHOICE', prompt: 'Which?', options: ['Only'] } },
        world.tokens.leadA,
      ],
      'BAD_USER_INPUT',
      /2 to 20 options/,
    ],
    [
      'addQuestion to an unknown consultation',
      () => [
        'mutation($i: AddQuestionInput!) { addQuestion(input: $i) { id } }',
        { i: { consultationId: randomUUID(), kind: 'FREE_TEXT', prompt: 'Why?' } },
        world.tokens.leadA,
      ],
      'NOT_FOUND',
      /No consultation with id/,
    ],
    [
      'submitContribution with empty text',
      () => [SUBMIT, { input: { consultationId, text: ' ' } }, world.sam.token],
      'BAD_USER_INPUT',
      /text must not be empty/,
    ],
    [
      'submitContribution off the scale',
      () => [SUBMIT, { input: { consultationId, questionId, scaleValue: 9 } }, world.sam.token],
      'BAD_USER_INPUT',
      /from 1 to 5/,
    ],
    [
      "submitContribution to another consultation's question",
      () => [SUBMIT, { input: { consultationId: otherConsultationId, questionId, scaleValue: 3 } }, world.sam.token],
      'NOT_FOUND',
      /question in this consultation/,
    ],
    [
      'recordParticipation of an unknown person',
      () => [
        PARTICIPATE,
        { input: { consultationId, personId: randomUUID(), role: 'PARTICIPANT' } },
        world.tokens.leadA,
      ],
      'NOT_FOUND',
      /No person with id/,
    ],
    [
      'recordParticipation of a person of another partnership',
      () => [
        PARTICIPATE,
        { input: { consultationId, personId: world.stranger.id, role: 'PARTICIPANT' } },
        world.tokens.leadA,
      ],
      'NOT_FOUND',
      /No person with id/,
    ],
    [
      'recordParticipation in the future',
      () => [
        PARTICIPATE,
        { input: { consultationId, personId: world.sam.id, role: 'PARTICIPANT', attendedAt: '2099-01-01T00:00:00Z' } },
        world.tokens.leadA,
      ],
      'BAD_USER_INPUT',
      /must not be in the future/,
    ],
    [
      'recordFinding with no contributions',
      () => [
        'mutation($i: RecordFindingInput!) { recordFinding(input: $i) { id } }',
        { i: { consultationId, title: 'x', contributionIds: [] } },
        world.tokens.leadA,
      ],
      'BAD_USER_INPUT',
      /at least one contribution/,
    ],
    [
      "recordFinding citing another consultation's contribution",
      () => [
        'mutation($i: RecordFindingInput!) { recordFinding(input: $i) { id } }',
        { i: { consultationId, title: 'x', contributionIds: [otherContributionId] } },
        world.tokens.leadA,
      ],
      'BAD_USER_INPUT',
      /is not part of this consultation/,
    ],
    [
      'a page size of 0',
      () => ['{ consultations(first: 0) { totalCount } }', {}, world.tokens.leadA],
      'BAD_USER_INPUT',
      /`first` must be from 1/,
    ],
    [
      'a cursor from nowhere',
      () => ['{ consultations(after: "garbage") { totalCount } }', {}, world.tokens.leadA],
      'BAD_USER_INPUT',
      /not a cursor from this list/,
    ],
  ];

  it.each(otherCases)('%s', async (_name, request, code, message) => {
    const before = await footprint(world.consultations);
    const [query, variables, token] = request();
    const response = await gql(world.url, query, variables, token);
    expect(codes(response)).toEqual([code]);
    expect(response.errors![0].message).toMatch(message);
    expect(await footprint(world.consultations)).toEqual(before);
  });

  it('recording the same participation twice is a CONFLICT', async () => {
    ok(
      await gql(
        world.url,
        PARTICIPATE,
        { input: { consultationId, personId: world.sam.id, role: 'FACILITATOR' } },
        world.tokens.leadA,
      ),
    );
    const before = await footprint(world.consultations);
    expect(
      codes(
        await gql(
          world.url,
          PARTICIPATE,
          { input: { consultationId, personId: world.sam.id, role: 'FACILITATOR' } },
          world.tokens.leadA,
        ),
      ),
    ).toEqual(['CONFLICT']);
    expect(await footprint(world.consultations)).toEqual(before);
  });
});
