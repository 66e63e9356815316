import type { AnnualReportData, Published } from '../../src/report/operation';

export const shown = (value: number): Published => ({ value, suppressed: false });
export const withheld: Published = { value: null, suppressed: true };
const lundy = (yes: Published, partly: Published, no: Published, notSure: Published) => [
  { answer: 'YES', youngPeople: yes },
  { answer: 'PARTLY', youngPeople: partly },
  { answer: 'NO', youngPeople: no },
  { answer: 'NOT_SURE', youngPeople: notSure },
];

/** An answer of the AnnualReport operation as an analyst gets it: some figures withheld. */
export function reportFixture(): AnnualReportData {
  return {
    partnership: {
      id: '7f1c2b9e-3a57-4c1e-9d0b-2b1f3c4d5e6f',
      name: "Riverside <City> Children's Partnership",
      suppressionThreshold: 5,
      participation: {
        suppressionThreshold: 5,
        consultations: {
          total: 40,
          byApproach: [],
          byContext: [],
        },
        ladderShift: [
          { ladderLevel: 'COERCION', count: 0, comparedCount: 1, change: -1, share: 0, comparedShare: 0.03 },
          { ladderLevel: 'EDUCATING', count: 2, comparedCount: 4, change: -2, share: 0.05, comparedShare: 0.13 },
          { ladderLevel: 'INFORMING', count: 6, comparedCount: 8, change: -2, share: 0.15, comparedShare: 0.27 },
          { ladderLevel: 'CONSULTING', count: 12, comparedCount: 10, change: 2, share: 0.3, comparedShare: 0.33 },
          { ladderLevel: 'ENGAGING', count: 8, comparedCount: 4, change: 4, share: 0.2, comparedShare: 0.13 },
          { ladderLevel: 'CO_DESIGNING', count: 8, comparedCount: 2, change: 6, share: 0.2, comparedShare: 0.07 },
          { ladderLevel: 'CO_PRODUCING', count: 4, comparedCount: 1, change: 3, share: 0.1, comparedShare: 0.03 },
        ],
        youngPeople: shown(400),
        contributions: shown(1250),
        registeredYoungPeople: shown(2000),
        byAgeBand: [
          { ageBand: 'AGE_8_TO_10', youngPeople: withheld },
          { ageBand: 'AGE_11_TO_15', youngPeople: shown(250) },
          { ageBand: 'AGE_16_TO_18', youngPeople: shown(120) },
          { ageBand: 'AGE_19_TO_25', youngPeople: withheld },
        ],
        byOrganisation: [
          {
            organisation: { id: 'a0000000-0000-4000-8000-000000000001', name: 'Northgate Academy' },
            youngPeople: shown(150),
          },
          {
            organisation: { id: 'a0000000-0000-4000-8000-000000000002', name: 'Riverside Youth Collective' },
            youngPeople: withheld,
          },
        ],
        byCohort: [
          { cohort: 'CHILD_IN_CARE', youngPeople: shown(20), registered: shown(40), reach: shown(0.5) },
          { cohort: 'SEND', youngPeople: shown(30), registered: shown(300), reach: shown(0.1) },
          { cohort: 'YOUTH_JUSTICE', youngPeople: withheld, registered: shown(20), reach: withheld },
          {
            cohort: 'CHILD_PROTECTION',
            youngPeople: shown(0),
            registered: shown(0),
            reach: { value: null, suppressed: false },
          },
        ],
      },
      yearBefore: { youngPeople: shown(300), consultations: { total: 30 } },
      individual: { youngPeople: withheld },
      social: { youngPeople: shown(250) },
      formalGroup: { youngPeople: shown(160) },
      governance: {
        decisions: { made: 50, citingFindings: 30, citingFindingsShare: 0.6, involvingYoungPeople: 12 },
        seats: {
          seats: shown(90),
          heldByYoungPeople: shown(25),
          byForumKind: [
            { forumKind: 'YOUTH_COUNCIL', seats: shown(20), heldByYoungPeople: shown(20) },
            { forumKind: 'PARTNERSHIP_BOARD', seats: shown(15), heldByYoungPeople: withheld },
          ],
        },
        objectives: { total: 10, onTrack: 5, atRisk: 2, offTrack: 1, done: 2 },
      },
      feedback: {
        obligations: {
          due: 20,
          metOnTime: 14,
          metLate: 3,
          overdue: 2,
          open: 1,
          onTimeShare: 0.7,
          medianDaysToFeedback: shown(21),
        },
        outcomes: { total: 25, byStatus: [] },
        voiceChecks: {
          youngPeople: shown(60),
          meanFeltHeard: shown(3.8),
          space: lundy(shown(40), shown(15), withheld, withheld),
          voice: lundy(shown(35), shown(20), withheld, withheld),
          audience: lundy(shown(30), shown(20), shown(10), shown(0)),
          influence: lundy(shown(20), shown(25), shown(10), withheld),
        },
      },
    },
    youSaidWeDid: {
      totalCount: 2,
      edges: [
        {
          node: {
            id: 'b0000000-0000-4000-8000-000000000001',
            findingTitle: 'Buses after youth club',
            youSaid: 'The last bus leaves before the club closes.',
            weDid: 'We could not move the timetable.',
            status: 'NOT_ACCEPTED',
            boundary: 'FINANCIAL',
            reason: 'The operator wants £40,000 a year <script>alert(1)</script>',
            recordedAt: '2025-06-01T10:00:00.000Z',
            updatedAt: '2025-06-01T10:00:00.000Z',
          },
        },
        {
          node: {
            id: 'b0000000-0000-4000-8000-000000000002',
            findingTitle: 'Care reviews',
            youSaid: 'Let us chair part of our reviews.',
            weDid: 'Every review now offers a co-chair.',
            status: 'ACCEPTED',
            boundary: null,
            reason: null,
            recordedAt: '2025-03-01T10:00:00.000Z',
            updatedAt: '2025-03-01T10:00:00.000Z',
          },
        },
      ],
    },
  };
}
