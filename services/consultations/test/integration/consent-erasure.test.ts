import {
  codes,
  dumpSchema,
  gql,
  ok,
  recordParticipationConsent,
  registerYoungPerson,
  requestErasure,
  tokenFor,
  waitFor,
} from '@voicegraph/testkit';
import {
  buildConsultationsWorld,
  ConsultationsWorld,
  openConsultation,
  PARTICIPATE,
  SUBMIT,
  waitForProjection,
} from './fixture';

describe("consent and erasure, driven by people's events", () => {
  let world: ConsultationsWorld;
  let consultationId: string;

  beforeAll(async () => {
    world = await buildConsultationsWorld();
    consultationId = await openConsultation(world, { partnerOrganisationIds: [world.orgB] });
  });
  afterAll(async () => {
    await world.stack.stop();
  });

  /** A young person of org A with participation consent, known to the consultations projection. */
  async function consentingYoungPerson(extra: Record<string, unknown>) {
    const id = await registerYoungPerson(world.people.url, world.tokens.leadA, world.orgA, extra);
    await recordParticipationConsent(world.people.url, world.tokens.leadA, id);
    await waitForProjection(world.consultations, [id]);
    return {
      id,
      token: await tokenFor({ sub: id, roles: ['YOUNG_PERSON'], partnership: world.partnershipId, orgs: [world.orgA] }),
    };
  }

  it('without a participation consent there is no contribution and no participation', async () => {
    const response = await gql(
      world.url,
      SUBMIT,
      { input: { consultationId, text: 'I was never asked' } },
      world.noor.token,
    );
    expect(codes(response)).toEqual(['FORBIDDEN']);
    expect(response.errors![0].message).toMatch(/participation consent/);
    const participation = await gql(
      world.url,
      PARTICIPATE,
      { input: { consultationId, personId: world.noor.id, role: 'PARTICIPANT' } },
      world.tokens.leadA,
    );
    expect(codes(participation)).toEqual(['FORBIDDEN']);
    const [row] = await world.consultations.dataSource.query(
      'SELECT count(*)::int AS n FROM consultations.contribution WHERE person_id = $1',
      [world.noor.id],
    );
    expect(row.n).toBe(0);
  });

  it('withdrawing consent in people stops new contributions here once the event arrives', async () => {
    const kit = await consentingYoungPerson({ displayName: 'Kit', dateOfBirth: '2008-08-08' });
    ok(await gql(world.url, SUBMIT, { input: { consultationId, text: 'Before I changed my mind' } }, kit.token));
    ok(
      await gql(
        world.people.url,
        'mutation($i: WithdrawConsentInput!) { withdrawConsent(input: $i) { id } }',
        { i: { personId: kit.id, kind: 'PARTICIPATION' } },
        kit.token,
      ),
    );
    await waitFor('the withdrawal in the projection', async () => {
      const [row] = await world.consultations.dataSource.query(
        'SELECT count(*)::int AS n FROM consultations.participation_consent WHERE person_id = $1',
        [kit.id],
      );
      return row.n === 0;
    });
    const response = await gql(
      world.url,
      SUBMIT,
      { input: { consultationId, text: 'After I changed my mind' } },
      kit.token,
    );
    expect(codes(response)).toEqual(['FORBIDDEN']);
    expect(response.errors![0].message).toMatch(/need a current participation consent/);
    // What they said before stays (withdrawal stops new contributions; erasure removes old ones).
    const rows = await world.consultations.dataSource.query(
      'SELECT text FROM consultations.contribution WHERE person_id = $1',
      [kit.id],
    );
    expect(rows).toEqual([{ text: 'Before I changed my mind' }]);
    // Consent given again counts again.
    await recordParticipationConsent(world.people.url, kit.token, kit.id);
    await waitForProjection(world.consultations, [kit.id]);
    ok(await gql(world.url, SUBMIT, { input: { consultationId, text: 'Back again' } }, kit.token));
  });

  it("PersonErased removes the person's id and words from every table, keeping anonymous counts", async () => {
    const rio = await consentingYoungPerson({
      displayName: 'Rio',
      familyName: 'Zanetti-Unique',
      cohorts: ['YOUNG_CARER'],
    });
    const said = ok(
      await gql(world.url, SUBMIT, { input: { consultationId, text: 'Rio-unique-words about buses' } }, rio.token),
    ).submitContribution.id;
    ok(
      await gql(
        world.url,
        SUBMIT,
        { input: { consultationId, text: 'Rio-unique-secret', anonymous: true } },
        rio.token,
      ),
    );
    ok(
      await gql(
        world.url,
        PARTICIPATE,
        { input: { consultationId, personId: rio.id, role: 'PEER_RESEARCHER' } },
        world.tokens.leadA,
      ),
    );
    ok(
      await gql(
        world.url,
        'mutation($i: RecordFindingInput!) { recordFinding(input: $i) { id } }',
        { i: { consultationId, title: 'Buses matter', contributionIds: [said] } },
        world.tokens.leadA,
      ),
    );
    const countsBefore = await world.consultations.dataSource.query(
      `SELECT (SELECT count(*) FROM consultations.contribution WHERE consultation_id = $1)::int AS contributions,
              (SELECT count(*) FROM consultations.participation WHERE consultation_id = $1)::int AS participations`,
      [consultationId],
    );
    expect(await dumpSchema(world.consultations)).toContain(rio.id);

    await requestErasure(world.people.url, rio.token, rio.id);
    await waitFor('the erasure to reach consultations and its outbox to drain', async () => {
      const [row] = await world.consultations.dataSource.query(
        `SELECT (SELECT count(*) FROM consultations.person_projection WHERE person_id = $1)::int
              + (SELECT count(*) FROM consultations.contribution WHERE person_id = $1)::int
              + (SELECT count(*) FROM consultations.outbox)::int AS n`,
        [rio.id],
      );
      return row.n === 0;
    });

    const dump = await dumpSchema(world.consultations);
    expect(dump).toMatch(/audit_log:/);
    expect(dump).not.toContain(rio.id);
    expect(dump).not.toContain('Rio-unique');
    expect(dump).not.toContain('Zanetti');
    const countsAfter = await world.consultations.dataSource.query(
      `SELECT (SELECT count(*) FROM consultations.contribution WHERE consultation_id = $1)::int AS contributions,
              (SELECT count(*) FROM consultations.participation WHERE consultation_id = $1)::int AS participations`,
      [consultationId],
    );
    expect(countsAfter).toEqual(countsBefore);

    const finding = ok(
      await gql(
        world.url,
        'query($id: ID!) { consultation(id: $id) { findings { contributionCount contributions { id text redacted author { id } } } } }',
        { id: consultationId },
        world.tokens.leadA,
      ),
    ).consultation.findings;
    expect(finding[0]).toEqual({
      contributionCount: 1,
      contributions: [{ id: said, text: '', redacted: true, author: null }],
    });
  });
});
