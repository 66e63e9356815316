import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser, screenshotPath, TestBrowser } from '@voicegraph/testkit/browser';
import { renderSubjectAccessHtml } from '../../src/sar/render-html';

jest.setTimeout(120_000);

const audit = (action: string, byThemself: boolean) => ({
  at: '2026-03-02T10:00:00.000Z',
  action,
  entity: 'Person',
  entityId: null,
  fields: [],
  byThemself,
  actorRoles: byThemself ? ['YOUNG_PERSON'] : ['PARTICIPATION_LEAD'],
});

/** A report with every part filled, as the gateway answers it. */
const report = {
  personId: '0b6e7d1c-0000-4000-8000-000000000001',
  generatedAt: '2026-12-07T10:00:00.000Z',
  requestedByThemself: true,
  people: {
    record: {
      id: '0b6e7d1c-0000-4000-8000-000000000001',
      kind: 'YOUNG_PERSON',
      displayName: 'Zuri',
      givenName: 'Zuriel',
      familyName: 'Okonkwo',
      dateOfBirth: '2009-06-01',
      email: 'zuri@example.org',
      phone: null,
      cohorts: ['CARE_LEAVER'],
      ethnicity: null,
      participationRoles: ['YOUTH_AMBASSADOR'],
      createdAt: '2026-01-01T09:00:00.000Z',
      updatedAt: '2026-02-01T09:00:00.000Z',
    },
    partnership: { id: 'p', name: 'City Children’s Partnership' },
    organisations: [{ id: 'o', name: 'City Council Children in Care' }],
    consents: [
      {
        id: 'c',
        kind: 'PARTICIPATION',
        givenBy: 'SELF',
        recordedAt: '2026-01-02T09:00:00.000Z',
        expiresOn: null,
        withdrawnAt: null,
        current: true,
      },
    ],
    publishedAgeBand: 'AGE_16_TO_18',
    lastActivityAt: '2026-03-01T18:00:00.000Z',
    auditEntries: [audit('RECORD_CONSENT', false), audit('SUBJECT_ACCESS', true)],
  },
  consultations: {
    record: {
      kind: 'YOUNG_PERSON',
      ageBand: 'AGE_16_TO_18',
      cohorts: ['CARE_LEAVER'],
      organisationIds: ['o'],
      updatedAt: '2026-01-01T09:00:00.000Z',
    },
    participationConsents: [{ consentId: 'c', expiresOn: null }],
    participations: [
      {
        id: 'pa',
        consultationId: 'k',
        consultationTitle: 'Youth club hours',
        role: 'CO_DESIGNER',
        attendedAt: '2026-03-01T17:00:00.000Z',
      },
    ],
    contributions: [
      {
        id: 'k1',
        consultationId: 'k',
        consultationTitle: 'Youth club hours',
        question: null,
        text: 'Keep the club open until 9 on Fridays',
        choices: [],
        scaleValue: null,
        anonymous: false,
        submittedAt: '2026-03-01T17:10:00.000Z',
        usedInFindings: ['Open later on Fridays'],
      },
      {
        id: 'k2',
        consultationId: 'k',
        consultationTitle: 'Youth club hours',
        question: null,
        text: 'Staff are not always kind',
        choices: [],
        scaleValue: null,
        anonymous: true,
        submittedAt: '2026-03-01T17:20:00.000Z',
        usedInFindings: [],
      },
    ],
    analyticsMonths: ['2026-03-01'],
    auditEntries: [audit('SUBMIT_CONTRIBUTION', true)],
  },
  governance: {
    record: { kind: 'YOUNG_PERSON', organisationIds: ['o'] },
    seats: [
      {
        id: 's',
        forumName: 'Corporate Parenting Board',
        forumKind: 'CORPORATE_PARENTING_BOARD',
        role: 'YOUTH_REPRESENTATIVE',
        startsOn: '2026-01-05',
        endsOn: null,
      },
    ],
    attendance: [
      { meetingTitle: 'Board meeting', forumName: 'Corporate Parenting Board', startsAt: '2026-02-01T17:00:00.000Z' },
    ],
    presented: [],
    auditEntries: [audit('APPOINT', false)],
  },
  feedback: {
    record: { kind: 'YOUNG_PERSON', organisationIds: ['o'] },
    tookPartIn: [{ consultationId: 'k', consultationTitle: 'Youth club hours' }],
    feedbackReceived: [
      {
        id: 'f',
        consultationTitle: 'Youth club hours',
        channel: 'IN_PERSON',
        text: 'You said open later on Fridays; the board agreed.',
        sentAt: '2026-03-10T10:00:00.000Z',
        onTime: true,
        outcomes: [
          {
            findingTitle: 'Open later on Fridays',
            youSaid: 'Open the club later on Fridays',
            weDid: 'The club stays open until 9pm on Fridays',
            status: 'ACCEPTED',
            reason: null,
          },
        ],
      },
    ],
    obligations: [{ consultationTitle: 'Youth club hours', dueOn: '2026-03-29', status: 'MET', onTime: true }],
    voiceChecks: [
      {
        id: 'v',
        consultationTitle: 'Youth club hours',
        space: 'YES',
        voice: 'YES',
        audience: 'PARTLY',
        influence: 'YES',
        feltHeard: 5,
        comment: 'They actually did it',
        submittedAt: '2026-03-12T10:00:00.000Z',
      },
    ],
    auditEntries: [audit('SUBMIT_VOICE_CHECK', true)],
  },
};

describe('the subject access page, in a real browser', () => {
  let browser: TestBrowser;
  let dir: string;
  let file: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'voicegraph-sar-page-'));
    file = join(dir, 'report.html');
    writeFileSync(file, renderSubjectAccessHtml(report));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('opens on its own, asking nothing of the network, with one heading per service in plain words', async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (request) => {
      requests.push(request.url());
    });
    await page.goto(pathToFileURL(file).href);
    expect(requests).toEqual([pathToFileURL(file).href]);
    expect(await page.locator('h1').textContent()).toBe('What VoiceGraph holds about Zuri');
    expect(await page.locator('h2').allTextContents()).toEqual([
      'About you',
      'Consultations: where you had your say',
      'Boards and meetings',
      'Feedback: what happened because of what you said',
    ]);
    await expect(page.getByText('You asked for this to be anonymous').count()).resolves.toBe(1);
    await expect(
      page.getByRole('table', { name: 'Places you hold or held on boards and groups' }).count(),
    ).resolves.toBe(1);
    const seat = await page.getByRole('table', { name: 'Places you hold or held on boards and groups' }).innerText();
    expect(seat).toContain('Corporate Parenting Board');
    expect(seat).toContain('Youth representative');
    expect(await page.getByText('5 January 2026').count()).toBeGreaterThan(0);
    expect(await page.getByText('March 2026', { exact: true }).count()).toBe(1);
    await page.screenshot({ path: screenshotPath('subject-access-desktop'), fullPage: true });
  });

  it('reads on a phone without sideways scrolling, and prints', async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(pathToFileURL(file).href);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const png = screenshotPath('subject-access-phone');
    await page.screenshot({ path: png, fullPage: true });
    expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');
    expect((await page.pdf()).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
