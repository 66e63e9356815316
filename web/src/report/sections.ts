import { html, Markup } from '../html-kit';
import { BarChart } from './charts';
import { counted, Figure, people, peopleShare, percent, statistic } from './figures';
import { label, LUNDY_QUESTIONS } from './labels';
import type { PublishedOutcome } from '../published-outcome';
import type { AnnualReportData } from './operation';
import { ladderMovement, objectivesOnTrackShare, overallReach, UNDER_REPRESENTED_RATIO, whoIsMissing } from './rules';

/**
 * The report's sections, each built from the graph's answer: its words, its figures (every one
 * marked with `data-figure` so a test can hold it against the graph) and its charts.
 */
export interface Section {
  id: string;
  title: string;
  body: Markup;
  charts: BarChart[];
}

type Data = AnnualReportData['partnership'];

/** A figure in the text, tagged with its path in the graph's answer. */
export function fig(key: string, figure: Figure): Markup {
  return html`<strong
    class="figure${figure.withheld ? ' withheld' : ''}"
    data-figure="${key}"
    data-kind="${figure.kind}"
    >${figure.text}</strong
  >`;
}

/** A table row per item: the accessible, printable twin of a chart. */
function table(caption: string, head: string[], rows: Markup[][]): Markup {
  return html`<table>
    <caption>
      ${caption}
    </caption>
    <thead>
      <tr>
        ${head.map((h, i) => html`<th scope="col" ${new Markup(i ? ' class="num"' : '')}>${h}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (row) =>
          html`<tr>
            ${row.map((cell, i) => (i ? html`<td class="num">${cell}</td>` : html`<th scope="row">${cell}</th>`))}
          </tr>`,
      )}
    </tbody>
  </table>`;
}

const text = (value: string): Markup => html`${value}`;

export function ladderSection(data: Data, year: number): Section {
  const p = data.participation;
  const move = ladderMovement(p.ladderShift);
  const words = {
    up: 'moved up the ladder',
    down: 'moved down the ladder',
    level: 'stayed level on the ladder',
    'no comparison': 'cannot be compared with the year before',
  }[move.direction];
  return {
    id: 'ladder',
    title: 'Moving up the ladder of co-production',
    body: html`<p>
        ${fig('participation.consultations.total', counted(p.consultations.total))} consultations and co-production
        activities ran in ${year}
        (${fig('yearBefore.consultations.total', counted(data.yearBefore.consultations.total))} in ${year - 1}). Work
        "doing with" young people (co-designing and co-producing) was
        ${fig('ladder.doingWithShare', percent(move.share))} of it, against
        ${fig('ladder.doingWithComparedShare', percent(move.comparedShare))} the year before: the partnership
        <span data-figure="ladder.direction">${words}</span>.
      </p>
      ${table(
        `Consultations by rung of the ladder, ${year} and ${year - 1}`,
        ['Rung', String(year), String(year - 1), 'Change'],
        p.ladderShift.map((row) => [
          text(label(row.ladderLevel)),
          fig(`participation.ladderShift.${row.ladderLevel}.count`, counted(row.count)),
          fig(`participation.ladderShift.${row.ladderLevel}.comparedCount`, counted(row.comparedCount)),
          text(row.change > 0 ? `+${row.change}` : String(row.change)),
        ]),
      )}`,
    charts: [
      {
        title: `Share of consultations on each rung, ${year} against ${year - 1}`,
        description: `Horizontal bars for the seven rungs of the ladder from coercion to co-producing, two per rung: the share of the year's consultations in ${year} and in ${year - 1}. Doing-with work was ${percent(move.share).text} in ${year} and ${percent(move.comparedShare).text} in ${year - 1}.`,
        measure: 'Share of consultations',
        percent: true,
        series: [String(year), String(year - 1)],
        bars: p.ladderShift.flatMap((row) => [
          {
            category: label(row.ladderLevel),
            series: String(year),
            value: row.share ?? 0,
            label: percent(row.share).text,
          },
          {
            category: label(row.ladderLevel),
            series: String(year - 1),
            value: row.comparedShare ?? 0,
            label: percent(row.comparedShare).text,
          },
        ]),
      },
    ],
  };
}

export function reachSection(data: Data, year: number): Section {
  const p = data.participation;
  const t = data.suppressionThreshold;
  const contexts = [
    ['INDIVIDUAL', data.individual],
    ['SOCIAL', data.social],
    ['FORMAL_GROUP', data.formalGroup],
  ] as const;
  const organisations = [...p.byOrganisation].sort((a, b) => (b.youngPeople.value ?? -1) - (a.youngPeople.value ?? -1));
  return {
    id: 'reach',
    title: 'Who took part',
    body: html`<p>
        ${fig('participation.youngPeople', people(p.youngPeople, t))} young people took part in ${year}
        (${fig('yearBefore.youngPeople', people(data.yearBefore.youngPeople, t))} in ${year - 1}), out of
        ${fig('participation.registeredYoungPeople', people(p.registeredYoungPeople, t))} registered with the
        partnership, and made ${fig('participation.contributions', people(p.contributions, t))} contributions.
      </p>
      <h3>By context</h3>
      ${table(
        `Young people who took part in ${year}, by where participation happened (a young person can count in several)`,
        ['Context', 'Young people'],
        contexts.map(([context, figures]) => [
          text(label(context)),
          fig(`context.${context}`, people(figures.youngPeople, t)),
        ]),
      )}
      <h3>By age band</h3>
      ${table(
        `Young people who took part in ${year}, by age band`,
        ['Age band', 'Young people'],
        p.byAgeBand.map((row) => [
          text(label(row.ageBand)),
          fig(`participation.byAgeBand.${row.ageBand}`, people(row.youngPeople, t)),
        ]),
      )}
      <h3>By organisation</h3>
      ${table(
        `Young people who took part in ${year}, by organisation leading or partnering (a young person can count under several)`,
        ['Organisation', 'Young people'],
        organisations.map((row) => [
          text(row.organisation.name),
          fig(`participation.byOrganisation.${row.organisation.id}`, people(row.youngPeople, t)),
        ]),
      )}`,
    charts: [
      {
        title: `Young people who took part in ${year}, by age band`,
        description: `Horizontal bars, one per age band, of the young people who took part in ${year}. ${describe(
          p.byAgeBand.map((row) => [label(row.ageBand), people(row.youngPeople, t)]),
        )}`,
        measure: 'Young people',
        bars: p.byAgeBand.map((row) => bar(label(row.ageBand), people(row.youngPeople, t))),
      },
      {
        title: `Young people who took part in ${year}, by context`,
        description: `Horizontal bars, one per context of participation. ${describe(
          contexts.map(([context, figures]) => [label(context), people(figures.youngPeople, t)]),
        )}`,
        measure: 'Young people',
        bars: contexts.map(([context, figures]) => bar(label(context), people(figures.youngPeople, t))),
      },
    ],
  };
}

export function missingSection(data: Data, year: number): Section {
  const p = data.participation;
  const t = data.suppressionThreshold;
  const judgements = whoIsMissing(p);
  const overall = overallReach(p.youngPeople, p.registeredYoungPeople);
  const line =
    overall === null
      ? ''
      : ` The dashed line marks four-fifths of the overall reach of ${percent(overall).text}: a group whose bar ends left of it is under-represented.`;
  const under = judgements.filter((j) => j.verdict === 'under-represented').map((j) => label(j.cohort));
  return {
    id: 'missing',
    title: 'Who is missing',
    body: html`<p>
        Each vulnerable group's reach (those who took part over those registered) is held against the reach among all
        registered young people. A group whose reach is below four-fifths of it is under-represented.
      </p>
      <p data-figure="missing.summary">
        ${
          under.length
            ? `Under-represented in ${year}: ${under.join('; ')}.`
            : `No group could be shown to be under-represented in ${year}.`
        }
      </p>
      ${table(
        `Reach into each vulnerable group in ${year} against those registered`,
        ['Group', 'Took part', 'Registered', 'Reach', 'Judgement'],
        judgements.map((j) => {
          const row = p.byCohort.find((c) => c.cohort === j.cohort)!;
          return [
            text(label(j.cohort)),
            fig(`participation.byCohort.${j.cohort}.youngPeople`, people(row.youngPeople, t)),
            fig(`participation.byCohort.${j.cohort}.registered`, people(row.registered, t)),
            fig(`participation.byCohort.${j.cohort}.reach`, peopleShare(row.reach, t)),
            html`<span data-figure="missing.${j.cohort}"
              >${j.verdict === 'cannot be judged' ? `cannot be judged: ${j.why}` : j.verdict}</span
            >`,
          ];
        }),
      )}`,
    charts: [
      {
        title: `Reach into each vulnerable group, ${year}`,
        description: `Horizontal bars, one per vulnerable group, of the share of registered young people in the group who took part in ${year}. ${describe(
          p.byCohort.map((row) => [label(row.cohort), peopleShare(row.reach, t)]),
        )}${line}`,
        measure: 'Reach',
        percent: true,
        ...(overall === null ? {} : { rule: overall * UNDER_REPRESENTED_RATIO }),
        bars: p.byCohort.map((row) => bar(label(row.cohort), peopleShare(row.reach, t))),
      },
    ],
  };
}

export function decisionsSection(data: Data, year: number): Section {
  const g = data.governance;
  const t = data.suppressionThreshold;
  const onTrack = objectivesOnTrackShare(g.objectives);
  return {
    id: 'decisions',
    title: 'Decisions, seats and objectives',
    body: html`<p>
        Forums made ${fig('governance.decisions.made', counted(g.decisions.made))} decisions in ${year};
        ${fig('governance.decisions.citingFindings', counted(g.decisions.citingFindings))}
        (${fig('governance.decisions.citingFindingsShare', percent(g.decisions.citingFindingsShare))}) cite what young
        people found, and young people took part in making
        ${fig('governance.decisions.involvingYoungPeople', counted(g.decisions.involvingYoungPeople))}.
      </p>
      <p>
        Young people held ${fig('governance.seats.heldByYoungPeople', people(g.seats.heldByYoungPeople, t))} of the
        ${fig('governance.seats.seats', people(g.seats.seats, t))} seats on the partnership's forums.
      </p>
      ${table(
        `Seats held by young people in ${year}, by kind of forum`,
        ['Forum', 'Seats', 'Held by young people'],
        g.seats.byForumKind.map((row) => [
          text(label(row.forumKind)),
          fig(`governance.seats.byForumKind.${row.forumKind}.seats`, people(row.seats, t)),
          fig(`governance.seats.byForumKind.${row.forumKind}.heldByYoungPeople`, people(row.heldByYoungPeople, t)),
        ]),
      )}
      <h3>SMART objectives</h3>
      <p>
        Of ${fig('governance.objectives.total', counted(g.objectives.total))} SMART objectives running in ${year},
        ${fig('objectives.onTrackShare', percent(onTrack))} are on track or done:
        ${fig('governance.objectives.onTrack', counted(g.objectives.onTrack))} on track,
        ${fig('governance.objectives.done', counted(g.objectives.done))} done,
        ${fig('governance.objectives.atRisk', counted(g.objectives.atRisk))} at risk and
        ${fig('governance.objectives.offTrack', counted(g.objectives.offTrack))} off track.
      </p>`,
    charts: [],
  };
}

export function feedbackSection(data: Data, year: number): Section {
  const f = data.feedback;
  const t = data.suppressionThreshold;
  const lundyRows = LUNDY_QUESTIONS.flatMap((q) =>
    f.voiceChecks[q.key].map((a) => ({ q, answer: a.answer, figure: people(a.youngPeople, t) })),
  );
  return {
    id: 'feedback',
    title: 'Feedback and feeling heard',
    body: html`<p>
        ${fig('feedback.obligations.due', counted(f.obligations.due))} consultations owed young people feedback in
        ${year}. ${fig('feedback.obligations.metOnTime', counted(f.obligations.metOnTime))}
        (${fig('feedback.obligations.onTimeShare', percent(f.obligations.onTimeShare))}) got it on time,
        ${fig('feedback.obligations.metLate', counted(f.obligations.metLate))} late;
        ${fig('feedback.obligations.overdue', counted(f.obligations.overdue))} are overdue and
        ${fig('feedback.obligations.open', counted(f.obligations.open))} still open. Median days from closing to
        feedback:
        ${fig('feedback.obligations.medianDaysToFeedback', statistic(f.obligations.medianDaysToFeedback, t, ' days'))}.
      </p>
      <p>
        ${fig('feedback.voiceChecks.youngPeople', people(f.voiceChecks.youngPeople, t))} young people told us whether
        they felt heard; on a scale of 1 to 5 they felt heard
        ${fig('feedback.voiceChecks.meanFeltHeard', statistic(f.voiceChecks.meanFeltHeard, t, ' out of 5'))} on average.
      </p>
      <h3>The Lundy questions</h3>
      ${table(
        `Young people's answers to the four Lundy questions in ${year}`,
        ['Question', 'Yes', 'Partly', 'No', 'Not sure'],
        LUNDY_QUESTIONS.map((q) => [
          text(`${q.title}: ${q.question}`),
          ...['YES', 'PARTLY', 'NO', 'NOT_SURE'].map((answer) => {
            const cell = f.voiceChecks[q.key].find((a) => a.answer === answer);
            return fig(
              `feedback.voiceChecks.${q.key}.${answer}`,
              people(cell?.youngPeople ?? { value: 0, suppressed: false }, t),
            );
          }),
        ]),
      )}`,
    charts: [
      {
        title: `Answers to the Lundy questions, ${year}`,
        description: `Horizontal bars, four answers for each of the four Lundy questions (space, voice, audience, influence): how many young people answered yes, partly, no or not sure. ${describe(
          lundyRows.map((row) => [`${row.q.title}, ${label(row.answer)}`, row.figure]),
        )}`,
        measure: 'Young people',
        series: ['YES', 'PARTLY', 'NO', 'NOT_SURE'].map(label),
        bars: lundyRows.map((row) => ({ ...bar(row.q.title, row.figure), series: label(row.answer) })),
      },
    ],
  };
}

export function highlightsSection(board: AnnualReportData['youSaidWeDid'], year: number): Section {
  const entries = board.edges.map((edge) => edge.node);
  return {
    id: 'highlights',
    title: 'You said, we did: highlights',
    body: html`<p>
        ${fig('youSaidWeDid.totalCount', counted(board.totalCount))} outcomes were published on the public board in
        ${year}${entries.length < board.totalCount ? `; the ${entries.length} most recent are below` : ''}.
      </p>
      ${
        entries.length
          ? html`<ul class="highlights">
              ${entries.map(entry)}
            </ul>`
          : ''
      }`,
    charts: [],
  };
}

function entry(e: PublishedOutcome): Markup {
  return html`<li data-outcome="${e.id}">
    <h3>${e.findingTitle}</h3>
    <p><span class="said">You said</span> ${e.youSaid}</p>
    <p><span class="did">${e.status === 'NOT_ACCEPTED' ? 'We could not' : 'We did'}</span> ${e.weDid}</p>
    ${e.reason ? html`<p class="limit">Why not: ${e.reason}${e.boundary ? ` (a ${label(e.boundary).toLowerCase()} limit)` : ''}</p>` : ''}
    <p class="meta">${label(e.status)} · ${e.recordedAt.slice(0, 10)}</p>
  </li>`;
}

function bar(category: string, figure: Figure) {
  return figure.value === null
    ? { category, label: figure.text }
    : { category, value: figure.value, label: figure.text };
}

/** The figures in words, for a chart's description: "11 to 15: 40; 16 to 18: fewer than 6." */
function describe(items: [string, Figure][]): string {
  return `${items.map(([name, figure]) => `${name}: ${figure.text}`).join('; ')}.`;
}
