import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RunningService, SUBJECT_ACCESS_REFUSED, unknownCaller } from '@voicegraph/platform';
import {
  buildPeopleWorld,
  codes,
  createForumOnceKnown,
  gql,
  ok,
  PeopleWorld,
  registerYoungPerson,
  startStack,
  submitVoiceCheck,
  tokenFor,
  waitFor,
  waitUntilKnown,
} from '@voicegraph/testkit';
import { SUBJECT_ACCESS_QUERY } from '../tools/src/sar/query';
import { writeSubjectAccessReport } from '../tools/src/sar/write-report';

const PARTS = ['consultations', 'governance', 'feedback'] as const;
const ENTITY_PART = (part: string) =>
  `query($r: [_Any!]!) { _entities(representations: $r) { ... on SubjectAccessReport { ${part} { auditEntries { action } } } } }`;

/**
 * Subject access (UK GDPR art. 15) on the real stack, through the gateway: a young person takes
 * the voice-to-impact trail (consent, a named and an anonymous contribution, a seat and a meeting,
 * feedback, a voice check), then asks for everything held about them. Each subgraph's part is
 * checked against what they did; other callers are refused, by each service; every request is audited.
 */
describe('subject access report across every subgraph', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  let gateway: string;
  let services: Record<string, RunningService>;
  let world: PeopleWorld;
  const suffix = randomUUID().slice(0, 8);
  let zuriId: string;
  let zuriToken: string;
  let bexToken: string;
  let leadBToken: string;
  const consultationTitle = `Youth club hours ${suffix}`;
  const forumName = `Corporate Parenting Board ${suffix}`;
  const named = `Keep the club open until 9 on Fridays ${suffix}`;
  const anonymous = `Staff at the club are not always kind ${suffix}`;
  const feedbackText = `You said open later on Fridays; the board agreed ${suffix}.`;

  const sar = (token: string, personId = zuriId) => gql(gateway, SUBJECT_ACCESS_QUERY, { personId }, token);
  const audits = async (service: string, action: string, actorId: string) =>
    (
      await services[service].dataSource.query(
        `SELECT count(*)::int AS n FROM ${service}.audit_log WHERE action = $1 AND entity_id = $2 AND actor_id = $3`,
        [action, zuriId, actorId],
      )
    )[0].n as number;

  beforeAll(async () => {
    stack = await startStack(['people', 'consultations', 'governance', 'feedback'], {
      jobs: false,
    });
    services = Object.fromEntries(stack.services.map((s) => [s.name, s]));
    gateway = stack.gateway.url;
    world = await buildPeopleWorld(gateway);
    const lead = world.tokens.leadA;
    leadBToken = world.tokens.leadB;
    zuriId = await registerYoungPerson(gateway, lead, world.orgA, {
      displayName: `Zuri ${suffix}`,
      dateOfBirth: '2009-06-01',
      cohorts: ['CARE_LEAVER'],
    });
    const bexId = await registerYoungPerson(gateway, lead, world.orgA, {
      displayName: 'Bex',
      dateOfBirth: '2010-02-02',
    });
    for (const personId of [zuriId, bexId])
      ok(
        await gql(
          gateway,
          'mutation($i: RecordConsentInput!) { recordConsent(input: $i) { id } }',
          { i: { personId, kind: 'PARTICIPATION', givenBy: 'SELF' } },
          lead,
        ),
      );
    const young = (sub: string) =>
      tokenFor({ sub, roles: ['YOUNG_PERSON'], partnership: world.partnershipId, orgs: [world.orgA] });
    zuriToken = await young(zuriId);
    bexToken = await young(bexId);
    await waitUntilKnown(stack.services, [...Object.values(world.staffIds), zuriId, bexId]);

    const input = {
      title: consultationTitle,
      kind: 'CO_DESIGN_SESSION',
      ladderLevel: 'CO_DESIGNING',
      context: 'SOCIAL',
      mode: 'IN_PERSON',
      leadOrganisationId: world.orgA,
    };
    const consultationId = await waitFor(
      'consultations to know organisation A',
      async () =>
        (
          await gql(
            gateway,
            'mutation($input: CreateConsultationInput!) { createConsultation(input: $input) { id } }',
            { input },
            lead,
          )
        ).data?.createConsultation?.id as string | undefined,
      60_000,
    );
    const lifecycle = (verb: string) =>
      gql(
        gateway,
        `mutation($id: ID!) { ${verb}Consultation(input: { consultationId: $id }) { id } }`,
        { id: consultationId },
        lead,
      );
    ok(await lifecycle('open'));
    await waitFor(
      'consultations to know the consent',
      async () =>
        (
          await gql(
            gateway,
            'mutation($i: RecordParticipationInput!) { recordParticipation(input: $i) { id } }',
            { i: { consultationId, personId: zuriId, role: 'CO_DESIGNER' } },
            lead,
          )
        ).data?.recordParticipation?.id as string | undefined,
      60_000,
    );
    const contribute = (text: string, anon: boolean, token = zuriToken) =>
      gql(
        gateway,
        'mutation($i: SubmitContributionInput!) { submitContribution(input: $i) { id } }',
        { i: { consultationId, text, anonymous: anon } },
        token,
      );
    const namedId = ok(await contribute(named, false)).submitContribution.id;
    ok(await contribute(anonymous, true));
    ok(await lifecycle('close'));
    const findingId = ok(
      await gql(
        gateway,
        'mutation($i: RecordFindingInput!) { recordFinding(input: $i) { id } }',
        { i: { consultationId, title: `Open later on Fridays ${suffix}`, contributionIds: [namedId] } },
        lead,
      ),
    ).recordFinding.id;

    // A seat on the board and a meeting Zuri was at.
    const forumId = await createForumOnceKnown(
      gateway,
      lead,
      { name: forumName, kind: 'CORPORATE_PARENTING_BOARD', organisationId: world.orgA },
      60_000,
    );
    await waitFor(
      'governance to know Zuri',
      async () =>
        (
          await gql(
            gateway,
            'mutation($i: AppointToSeatInput!) { appointToSeat(input: $i) { id } }',
            { i: { forumId, personId: zuriId, role: 'YOUTH_REPRESENTATIVE', startsOn: '2026-01-05' } },
            lead,
          )
        ).data?.appointToSeat?.id as string | undefined,
      60_000,
    );
    const meetingId = ok(
      await gql(
        gateway,
        'mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { id } }',
        { i: { forumId, title: `Board meeting ${suffix}`, startsAt: '2026-02-01T17:00:00Z', status: 'HELD' } },
        lead,
      ),
    ).scheduleMeeting.id;
    ok(
      await gql(
        gateway,
        'mutation($i: RecordAttendanceInput!) { recordAttendance(input: $i) { id } }',
        { i: { meetingId, personIds: [zuriId] } },
        lead,
      ),
    );

    // The outcome, feedback within the deadline, and Zuri's voice check.
    const outcome = {
      findingId,
      status: 'ACCEPTED',
      youSaid: 'Open the club later on Fridays',
      weDid: 'The club stays open until 9pm on Fridays',
      published: true,
    };
    const outcomeId = await waitFor(
      'feedback to know the finding',
      async () =>
        (
          await gql(
            gateway,
            'mutation($i: RecordOutcomeInput!) { recordOutcome(input: $i) { id } }',
            { i: outcome },
            lead,
          )
        ).data?.recordOutcome?.id as string | undefined,
      60_000,
    );
    await waitFor(
      'feedback to know who took part, what is owed, and who Zuri is',
      async () => {
        const [row] = await services.feedback.dataSource.query(
          `SELECT (SELECT count(*)::int FROM feedback.participant WHERE consultation_id = $1) AS participants,
                  (SELECT count(*)::int FROM feedback.feedback_obligation WHERE consultation_id = $1) AS obligations,
                  (SELECT count(*)::int FROM feedback.known_person WHERE person_id = $2) AS known`,
          [consultationId, zuriId],
        );
        return row.participants === 1 && row.obligations === 1 && row.known === 1;
      },
      60_000,
    );
    ok(
      await gql(
        gateway,
        'mutation($i: SendFeedbackInput!) { sendFeedback(input: $i) { id } }',
        { i: { consultationId, channel: 'IN_PERSON', text: feedbackText, outcomeIds: [outcomeId] } },
        lead,
      ),
    );
    await waitFor(
      'people to learn of their activity',
      async () =>
        (
          await services.people.dataSource.query(
            'SELECT 1 FROM people.person WHERE id = $1 AND last_activity_at IS NOT NULL',
            [zuriId],
          )
        ).length > 0,
      60_000,
    );
    await submitVoiceCheck(gateway, zuriToken, consultationId, `They actually did it ${suffix}`);
  });
  afterAll(async () => {
    await stack.stop();
  });

  it("the young person's own report holds each service's part of what they did", async () => {
    const response = await sar(zuriToken);
    expect(response.errors).toBeUndefined();
    const report = response.data!.subjectAccessReport;
    expect(report).toMatchObject({ personId: zuriId, requestedByThemself: true });

    // people: the record (special-category fields too), consent, organisation.
    expect(report.people.record).toMatchObject({
      id: zuriId,
      displayName: `Zuri ${suffix}`,
      dateOfBirth: '2009-06-01',
      cohorts: ['CARE_LEAVER'],
    });
    expect(report.people.organisations).toEqual([{ id: world.orgA, name: 'City Council Children in Care' }]);
    expect(report.people.consents).toMatchObject([{ kind: 'PARTICIPATION', givenBy: 'SELF', current: true }]);
    // people learns of their activity from consultations' and governance's events (the retention rule's input).
    expect(Date.parse(report.people.lastActivityAt)).toBeGreaterThanOrEqual(
      Date.parse(report.consultations.participations[0].attendedAt),
    );
    expect(report.people.auditEntries.map((e: any) => e.action)).toEqual(
      expect.arrayContaining(['SUBJECT_ACCESS', 'RECORD_CONSENT']),
    );

    // consultations: the participation, both contributions (the anonymous one attributed to them).
    const consultations = report.consultations;
    expect(consultations.record).toMatchObject({ kind: 'YOUNG_PERSON', cohorts: ['CARE_LEAVER'] });
    expect(consultations.participations).toMatchObject([{ consultationTitle, role: 'CO_DESIGNER' }]);
    expect(consultations.contributions).toMatchObject([
      { consultationTitle, text: named, anonymous: false, usedInFindings: [`Open later on Fridays ${suffix}`] },
      { consultationTitle, text: anonymous, anonymous: true, usedInFindings: [] },
    ]);
    expect(
      consultations.auditEntries.filter((e: any) => e.action === 'SUBMIT_CONTRIBUTION' && e.byThemself),
    ).toHaveLength(2);

    // governance: the seat and the meeting.
    expect(report.governance.seats).toMatchObject([
      { forumName, role: 'YOUTH_REPRESENTATIVE', startsOn: '2026-01-05' },
    ]);
    expect(report.governance.attendance).toEqual([
      { meetingTitle: `Board meeting ${suffix}`, forumName, startsAt: '2026-02-01T17:00:00.000Z' },
    ]);
    expect(report.governance.auditEntries.map((e: any) => e.action)).toEqual(
      expect.arrayContaining(['APPOINT', 'SUBJECT_ACCESS']),
    );

    // feedback: what they were told, what was owed, their voice check.
    const feedback = report.feedback;
    expect(feedback.tookPartIn).toEqual([{ consultationId: expect.any(String), consultationTitle }]);
    expect(feedback.feedbackReceived).toMatchObject([
      {
        text: feedbackText,
        onTime: true,
        outcomes: [{ youSaid: 'Open the club later on Fridays', status: 'ACCEPTED' }],
      },
    ]);
    expect(feedback.obligations).toMatchObject([{ consultationTitle, status: 'MET', onTime: true }]);
    expect(feedback.voiceChecks).toMatchObject([{ feltHeard: 5, comment: `They actually did it ${suffix}` }]);
    expect(feedback.auditEntries.map((e: any) => e.action)).toEqual(
      expect.arrayContaining(['SUBMIT_VOICE_CHECK', 'SUBJECT_ACCESS']),
    );
  });

  it('a participation lead of their organisation gets the same parts, and every service audits it', async () => {
    const before = await Promise.all(
      ['people', ...PARTS].map((s) => audits(s, 'SUBJECT_ACCESS', world.staffIds.leadA)),
    );
    const response = await sar(world.tokens.leadA);
    expect(response.errors).toBeUndefined();
    const report = response.data!.subjectAccessReport;
    expect(report.requestedByThemself).toBe(false);
    expect(report.consultations.contributions.map((c: any) => c.text)).toEqual([named, anonymous]);
    expect(report.governance.seats).toHaveLength(1);
    expect(report.feedback.voiceChecks).toHaveLength(1);
    const after = await Promise.all(['people', ...PARTS].map((s) => audits(s, 'SUBJECT_ACCESS', world.staffIds.leadA)));
    expect(after).toEqual(before.map((n) => n + 1));
    for (const service of ['people', ...PARTS])
      expect(await audits(service, 'SUBJECT_ACCESS', zuriId)).toBeGreaterThan(0);
  });

  it('another young person, a practitioner, an analyst and a lead of another organisation are refused, and audited', async () => {
    const callers = {
      'another young person': bexToken,
      'a practitioner of the same organisation': world.tokens.practitionerA,
      'an analyst': world.tokens.analyst,
      'a participation lead of another organisation': leadBToken,
    };
    for (const [who, token] of Object.entries(callers)) {
      const response = await sar(token);
      expect({ who, data: response.data?.subjectAccessReport ?? null, codes: codes(response) }).toEqual({
        who,
        data: null,
        codes: ['FORBIDDEN'],
      });
      expect(response.errors![0].message).toBe(SUBJECT_ACCESS_REFUSED);
    }
    const bex = (await services.people.dataSource.query(
      `SELECT actor_id FROM people.audit_log WHERE action = 'SUBJECT_ACCESS_REFUSED' AND entity_id = $1`,
      [zuriId],
    )) as { actor_id: string }[];
    expect(bex.length).toBeGreaterThanOrEqual(4);
  });

  it('refuses a person people holds no record of with the same words: nothing is revealed', async () => {
    const response = await sar(world.tokens.leadA, randomUUID());
    expect(codes(response)).toEqual(['FORBIDDEN']);
    expect(response.errors![0].message).toBe(SUBJECT_ACCESS_REFUSED);
    // A token whose subject people holds no record of (never registered, or erased) is refused by
    // the claims check before the rule runs, with words about the caller only.
    const stranger = randomUUID();
    const unknown = await sar(
      await tokenFor({ sub: stranger, roles: ['YOUNG_PERSON'], partnership: world.partnershipId, orgs: [world.orgA] }),
      stranger,
    );
    expect(codes(unknown)).toEqual(['FORBIDDEN']);
    expect(unknown.errors![0].message).toBe(unknownCaller(stranger));
  });

  it('every service enforces the rule itself, whatever reaches it', async () => {
    const representations = [{ __typename: 'SubjectAccessReport', personId: zuriId }];
    for (const part of PARTS) {
      const url = services[part].url;
      const refused = await gql(url, ENTITY_PART(part), { r: representations }, bexToken);
      expect({ part, codes: codes(refused) }).toEqual({ part, codes: ['FORBIDDEN'] });
      const own = await gql(url, ENTITY_PART(part), { r: representations }, zuriToken);
      expect(own.errors).toBeUndefined();
      expect(own.data!._entities[0][part].auditEntries.length).toBeGreaterThan(0);
    }
  });

  it('npm run sar writes the report as JSON and as a readable HTML page holding every part', async () => {
    const out = mkdtempSync(join(tmpdir(), 'voicegraph-sar-'));
    try {
      const written = await writeSubjectAccessReport({
        gatewayUrl: gateway,
        token: zuriToken,
        personId: zuriId,
        outDir: out,
      });
      expect(written.missing).toEqual([]);
      const json = JSON.parse(readFileSync(written.jsonPath, 'utf8'));
      expect(json.report.personId).toBe(zuriId);
      expect(json.report.consultations.contributions).toHaveLength(2);
      const html = readFileSync(written.htmlPath, 'utf8');
      for (const text of [
        `Zuri ${suffix}`,
        named,
        anonymous,
        forumName,
        `Board meeting ${suffix}`,
        feedbackText,
        `They actually did it ${suffix}`,
      ])
        expect(html).toContain(text);
      expect(html).toContain('<html lang="en">');
      expect(html).not.toMatch(/<script|<link|src=|https?:\/\//);
      await expect(
        writeSubjectAccessReport({ gatewayUrl: gateway, token: bexToken, personId: zuriId, outDir: out }),
      ).rejects.toThrow(SUBJECT_ACCESS_REFUSED);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
