/* eslint-disable @typescript-eslint/no-explicit-any -- the report is JSON whose shape is the query's */

/**
 * The subject access report as one self-contained HTML page a young person or their family can
 * read: plain words, headings and captioned tables (screen readers), its own small style sheet,
 * nothing fetched from anywhere (no scripts, fonts or images).
 */
export interface MissingPart {
  part: string;
  message: string;
}

const esc = (value: unknown): string =>
  String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

const words = (value: string | null | undefined): string =>
  value
    ? value
        .toLowerCase()
        .replace(/_/g, ' ')
        .replace(/^./, (c) => c.toUpperCase())
    : '';

function day(value: string | null | undefined): string {
  if (!value) return '';
  const date = new Date(value.length === 10 ? `${value}T12:00:00Z` : value);
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

function when(value: string | null | undefined): string {
  if (!value) return '';
  const date = new Date(value);
  return `${day(value)}, ${date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' })} UTC`;
}

const month = (value: string): string =>
  new Date(`${value}T12:00:00Z`).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

const yesNo = (value: boolean | null | undefined): string => (value == null ? 'Not yet' : value ? 'Yes' : 'No');

function table(caption: string, headings: string[], rows: unknown[][], empty: string): string {
  if (rows.length === 0) return `<p class="empty">${esc(empty)}</p>`;
  const head = headings.map((h) => `<th scope="col">${esc(h)}</th>`).join('');
  const body = rows.map((row) => `<tr>${row.map((cell) => `<td>${esc(cell)}</td>`).join('')}</tr>`).join('\n');
  // A wide table scrolls inside its own focusable region, so the page never scrolls sideways on a phone.
  return `<div class="table" role="region" aria-label="${esc(caption)}" tabindex="0"><table><caption>${esc(caption)}</caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>`;
}

function facts(pairs: [string, unknown][]): string {
  const shown = pairs.filter(([, value]) => value !== null && value !== undefined && value !== '');
  return `<dl>${shown.map(([term, value]) => `<dt>${esc(term)}</dt><dd>${esc(value)}</dd>`).join('')}</dl>`;
}

function auditSection(service: string, entries: any[]): string {
  return table(
    `Records in the ${service} service's log about you`,
    ['When', 'What happened', 'About', 'Done by'],
    entries.map((e) => [
      when(e.at),
      words(e.action),
      `${e.entity}${e.fields.length ? ` (${e.fields.join(', ')})` : ''}`,
      e.byThemself ? 'You' : e.actorRoles.length ? `Staff (${e.actorRoles.map(words).join(', ')})` : 'The system',
    ]),
    `The ${service} service has no log entries about you.`,
  );
}

function peopleSection(people: any): string {
  const r = people.record;
  return `<section aria-labelledby="about"><h2 id="about">About you</h2>
<p>This is the record the people service keeps about you.</p>
${facts([
  ['Name you like to be called', r.displayName],
  ['First name', r.givenName],
  ['Family name', r.familyName],
  ['Date of birth', day(r.dateOfBirth)],
  ['Email', r.email],
  ['Phone', r.phone],
  ['Kind of person', words(r.kind)],
  ['Groups you are recorded in (private)', r.cohorts.map(words).join(', ') || 'None'],
  ['Ethnicity (private)', r.ethnicity],
  ['Roles', r.participationRoles.map(words).join(', ')],
  ['Partnership', people.partnership.name],
  ['Organisations', people.organisations.map((o: any) => o.name).join(', ')],
  ['Age group other services were told', words(people.publishedAgeBand)],
  ['Last time you took part somewhere', day(people.lastActivityAt)],
  ['Registered on', day(r.createdAt)],
  ['Last changed on', day(r.updatedAt)],
])}
<h3>Your consents</h3>
${table(
  'What you (or a parent or carer) agreed to',
  ['What for', 'Given by', 'Recorded', 'Ends', 'Withdrawn', 'Still in force'],
  people.consents.map((c: any) => [
    words(c.kind),
    words(c.givenBy),
    day(c.recordedAt),
    day(c.expiresOn),
    day(c.withdrawnAt),
    yesNo(c.current),
  ]),
  'No consents are recorded.',
)}
${auditSection('people', people.auditEntries)}
</section>`;
}

function consultationsSection(part: any): string {
  return `<section aria-labelledby="consultations"><h2 id="consultations">Consultations: where you had your say</h2>
${table(
  'Consultations you took part in',
  ['Consultation', 'Your role', 'When'],
  part.participations.map((p: any) => [p.consultationTitle, words(p.role), day(p.attendedAt)]),
  'No record of you taking part in a consultation.',
)}
<h3>What you said</h3>
${
  part.contributions.length === 0
    ? '<p class="empty">Nothing you said is recorded.</p>'
    : `<ul class="said">${part.contributions
        .map(
          (c: any) => `<li><blockquote>${esc(c.text || [...c.choices, c.scaleValue ?? ''].join(', '))}</blockquote>
<p>In “${esc(c.consultationTitle)}”${c.question ? `, answering “${esc(c.question)}”` : ''}, on ${esc(day(c.submittedAt))}.${
            c.anonymous
              ? ' <strong>You asked for this to be anonymous:</strong> staff were not shown it was yours.'
              : ''
          }${c.usedInFindings.length ? ` It helped make the key message “${esc(c.usedInFindings.join('”, “'))}”.` : ''}</p></li>`,
        )
        .join('\n')}</ul>`
}
<h3>The copy the consultations service keeps</h3>
${
  part.record
    ? facts([
        ['Age group', words(part.record.ageBand)],
        ['Groups (private)', part.record.cohorts.map(words).join(', ') || 'None'],
        ['Months you are counted in figures (never by name)', part.analyticsMonths.map(month).join(', ') || 'None'],
      ])
    : '<p class="empty">It keeps no copy of your details.</p>'
}
${auditSection('consultations', part.auditEntries)}
</section>`;
}

function governanceSection(part: any): string {
  return `<section aria-labelledby="governance"><h2 id="governance">Boards and meetings</h2>
${table(
  'Places you hold or held on boards and groups',
  ['Board or group', 'Your role', 'From', 'Until'],
  part.seats.map((s: any) => [s.forumName, words(s.role), day(s.startsOn), day(s.endsOn) || 'No end date']),
  'You have no places on boards or groups.',
)}
${table(
  'Meetings you were at',
  ['Meeting', 'Board or group', 'When'],
  part.attendance.map((a: any) => [a.meetingTitle, a.forumName, when(a.startsAt)]),
  'No meetings are recorded for you.',
)}
${table(
  'Things you presented at meetings',
  ['What', 'Meeting', 'When'],
  part.presented.map((p: any) => [p.title, p.meetingTitle, when(p.startsAt)]),
  'You have not presented anything.',
)}
${auditSection('governance', part.auditEntries)}
</section>`;
}

function feedbackSection(part: any): string {
  return `<section aria-labelledby="feedback"><h2 id="feedback">Feedback: what happened because of what you said</h2>
${
  part.feedbackReceived.length === 0
    ? '<p class="empty">No feedback has been sent to you yet.</p>'
    : `<ul class="said">${part.feedbackReceived
        .map(
          (f: any) =>
            `<li><p><strong>${esc(day(f.sentAt))}</strong>, about “${esc(f.consultationTitle)}” (${esc(
              words(f.channel),
            )}). On time: ${esc(yesNo(f.onTime))}.</p><blockquote>${esc(f.text)}</blockquote>${f.outcomes
              .map(
                (o: any) =>
                  `<p>You said: ${esc(o.youSaid)}. We did: ${esc(o.weDid)} (${esc(words(o.status))}${o.reason ? `: ${esc(o.reason)}` : ''}).</p>`,
              )
              .join('')}</li>`,
        )
        .join('\n')}</ul>`
}
${table(
  'Feedback owed to you',
  ['Consultation', 'Due by', 'Where it stands', 'On time'],
  part.obligations.map((o: any) => [o.consultationTitle, day(o.dueOn), words(o.status), yesNo(o.onTime)]),
  'No feedback is owed to you.',
)}
${table(
  'Did you feel heard? (your voice checks)',
  [
    'Consultation',
    'Safe space',
    'Could say it',
    'Reached deciders',
    'Changed things',
    'Felt heard (1–5)',
    'What you wrote',
  ],
  part.voiceChecks.map((v: any) => [
    v.consultationTitle,
    words(v.space),
    words(v.voice),
    words(v.audience),
    words(v.influence),
    v.feltHeard,
    v.comment ?? '',
  ]),
  'You have not answered a voice check.',
)}
${auditSection('feedback', part.auditEntries)}
</section>`;
}

const STYLE = `body{font-family:system-ui,-apple-system,"Segoe UI",Arial,sans-serif;font-size:1.125rem;line-height:1.6;color:#111;background:#fff;max-width:60rem;margin:0 auto;padding:1.5rem}
h1{font-size:2rem;margin-top:0}h2{border-top:3px solid #1d4f91;padding-top:1rem;margin-top:2.5rem}
table{border-collapse:collapse;width:100%;margin:1rem 0}caption{text-align:left;font-weight:bold;padding:.5rem 0}
th,td{border:1px solid #555;padding:.4rem .6rem;text-align:left;vertical-align:top}th{background:#e8eef7}
dl{display:grid;grid-template-columns:minmax(0,14rem) minmax(0,1fr);gap:.3rem 1rem}dt{font-weight:bold}dd{margin:0}
dd,blockquote,p{overflow-wrap:break-word}.table{overflow-x:auto;max-width:100%}.table:focus{outline:3px solid #1d4f91}
@media (max-width:40rem){body{padding:.8rem}dl{grid-template-columns:minmax(0,1fr)}dd{margin-bottom:.5rem}}
blockquote{margin:.3rem 0;padding:.3rem 1rem;border-left:4px solid #1d4f91;background:#f4f6f9}
.empty{font-style:italic}.note{background:#fff7d6;border:2px solid #8a6d00;padding:.8rem}
@media print{h2{page-break-before:auto}body{font-size:12pt}}`;

export function renderSubjectAccessHtml(report: any, missing: MissingPart[] = []): string {
  const name = report.people.record.displayName;
  const sections = [
    peopleSection(report.people),
    report.consultations ? consultationsSection(report.consultations) : '',
    report.governance ? governanceSection(report.governance) : '',
    report.feedback ? feedbackSection(report.feedback) : '',
  ].join('\n');
  const gaps = missing.length
    ? `<div class="note" role="note"><p><strong>Some parts are missing from this copy.</strong> Ask again later, or ask your participation lead:</p><ul>${missing
        .map((m) => `<li>${esc(m.part)}: ${esc(m.message)}</li>`)
        .join('')}</ul></div>`
    : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>What VoiceGraph holds about ${esc(name)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>What VoiceGraph holds about ${esc(name)}</h1>
<p>This is a copy of all the information VoiceGraph keeps about you. You have a right to see it (this is called a
subject access request). It was made on ${esc(when(report.generatedAt))}${
    report.requestedByThemself ? ', because you asked for it' : ', because your participation lead asked for it for you'
  }.</p>
<p>If something here is wrong, you can ask for it to be put right. You can also ask for your information to be
deleted. Talk to your participation lead, or the data protection officer of your council.</p>
${gaps}
${sections}
<footer><p>Reference: ${esc(report.personId)}.</p></footer>
</main>
</body>
</html>
`;
}
