import { renderSubjectAccessHtml } from '../../src/sar/render-html';

const report = {
  personId: 'p-1',
  generatedAt: '2026-12-07T10:00:00.000Z',
  requestedByThemself: true,
  people: {
    record: {
      displayName: 'Zuri <b>',
      kind: 'YOUNG_PERSON',
      dateOfBirth: '2008-02-29',
      cohorts: ['CARE_LEAVER'],
      participationRoles: [],
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
    },
    partnership: { name: 'City' },
    organisations: [{ name: 'Council' }],
    consents: [],
    publishedAgeBand: 'AGE_16_TO_18',
    lastActivityAt: null,
    auditEntries: [],
  },
  consultations: null,
  governance: null,
  feedback: null,
};

describe('the subject access page a young person reads', () => {
  it('escapes everything the person or staff wrote, so the page cannot be changed by its data', () => {
    const html = renderSubjectAccessHtml(report);
    expect(html).toContain('Zuri &lt;b&gt;');
    expect(html).not.toContain('Zuri <b>');
  });

  it('says in plain words which parts are missing and why, rather than leaving them out silently', () => {
    const html = renderSubjectAccessHtml(report, [{ part: 'feedback', message: 'the service did not answer' }]);
    expect(html).toContain('Some parts are missing from this copy.');
    expect(html).toContain('feedback: the service did not answer');
  });

  it('is self-contained: a language, a title, and nothing loaded from elsewhere', () => {
    const html = renderSubjectAccessHtml(report);
    expect(html).toMatch(/<html lang="en">/);
    expect(html).toMatch(/<title>What VoiceGraph holds about Zuri &lt;b&gt;<\/title>/);
    expect(html).not.toMatch(/<script|<link|src=|https?:\/\//);
    expect(html).toContain('29 February 2008');
  });
});
