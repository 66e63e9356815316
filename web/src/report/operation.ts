import { PUBLISHED_OUTCOME_FIELDS, PublishedOutcome } from '../published-outcome';

/**
 * The annual report's data as ONE graph operation, asked as an ANALYST of the partnership, so
 * every count of young people in it has already passed each subgraph's disclosure control
 * (withheld 1 to the threshold, secondary suppression, rounded to 5). The CLI sends exactly this
 * document and renders its answer; a front end sends the same document and draws its own page.
 * Variables: `id`, `year` and `before` (the year before), both whole calendar years.
 */
export const ANNUAL_REPORT_OPERATION = /* GraphQL */ `
  query AnnualReport($id: ID!, $year: AnalyticsPeriod!, $before: AnalyticsPeriod!, $highlights: Int = 12) {
    partnership(id: $id) {
      id
      name
      suppressionThreshold
      participation: participationAnalytics(period: $year, comparedWith: $before) {
        suppressionThreshold
        consultations {
          total
          byApproach {
            approach
            count
            share
          }
          byContext {
            context
            count
            share
          }
        }
        ladderShift {
          ladderLevel
          count
          comparedCount
          change
          share
          comparedShare
        }
        youngPeople {
          value
          suppressed
        }
        contributions {
          value
          suppressed
        }
        registeredYoungPeople {
          value
          suppressed
        }
        byAgeBand {
          ageBand
          youngPeople {
            value
            suppressed
          }
        }
        byOrganisation {
          organisation {
            id
            name
          }
          youngPeople {
            value
            suppressed
          }
        }
        byCohort {
          cohort
          youngPeople {
            value
            suppressed
          }
          registered {
            value
            suppressed
          }
          reach {
            value
            suppressed
          }
        }
      }
      yearBefore: participationAnalytics(period: $before) {
        youngPeople {
          value
          suppressed
        }
        consultations {
          total
        }
      }
      individual: participationAnalytics(period: $year, filter: { context: INDIVIDUAL }) {
        youngPeople {
          value
          suppressed
        }
      }
      social: participationAnalytics(period: $year, filter: { context: SOCIAL }) {
        youngPeople {
          value
          suppressed
        }
      }
      formalGroup: participationAnalytics(period: $year, filter: { context: FORMAL_GROUP }) {
        youngPeople {
          value
          suppressed
        }
      }
      governance: governanceAnalytics(period: $year) {
        decisions {
          made
          citingFindings
          citingFindingsShare
          involvingYoungPeople
        }
        seats {
          seats {
            value
            suppressed
          }
          heldByYoungPeople {
            value
            suppressed
          }
          byForumKind {
            forumKind
            seats {
              value
              suppressed
            }
            heldByYoungPeople {
              value
              suppressed
            }
          }
        }
        objectives {
          total
          onTrack
          atRisk
          offTrack
          done
        }
      }
      feedback: feedbackAnalytics(period: $year) {
        obligations {
          due
          metOnTime
          metLate
          overdue
          open
          onTimeShare
          medianDaysToFeedback {
            value
            suppressed
          }
        }
        outcomes {
          total
          byStatus {
            status
            count
          }
        }
        voiceChecks {
          youngPeople {
            value
            suppressed
          }
          meanFeltHeard {
            value
            suppressed
          }
          space {
            answer
            youngPeople {
              value
              suppressed
            }
          }
          voice {
            answer
            youngPeople {
              value
              suppressed
            }
          }
          audience {
            answer
            youngPeople {
              value
              suppressed
            }
          }
          influence {
            answer
            youngPeople {
              value
              suppressed
            }
          }
        }
      }
    }
    youSaidWeDid(partnershipId: $id, first: $highlights, order: NEWEST_FIRST, recordedIn: $year) {
      totalCount
      edges {
        node {
          ...PublishedOutcomeFields
        }
      }
    }
  }
  ${PUBLISHED_OUTCOME_FIELDS}
`;

/** A figure as disclosure control publishes it: a value, or withheld (value null). */
export interface Published {
  value: number | null;
  suppressed: boolean;
}

/** The operation's answer (`data`), typed as far as the report reads it. */
export interface AnnualReportData {
  partnership: {
    id: string;
    name: string;
    suppressionThreshold: number;
    participation: {
      suppressionThreshold: number;
      consultations: {
        total: number;
        byApproach: { approach: string; count: number; share: number | null }[];
        byContext: { context: string; count: number; share: number | null }[];
      };
      ladderShift: {
        ladderLevel: string;
        count: number;
        comparedCount: number;
        change: number;
        share: number | null;
        comparedShare: number | null;
      }[];
      youngPeople: Published;
      contributions: Published;
      registeredYoungPeople: Published;
      byAgeBand: { ageBand: string; youngPeople: Published }[];
      byOrganisation: { organisation: { id: string; name: string }; youngPeople: Published }[];
      byCohort: { cohort: string; youngPeople: Published; registered: Published; reach: Published }[];
    };
    yearBefore: { youngPeople: Published; consultations: { total: number } };
    individual: { youngPeople: Published };
    social: { youngPeople: Published };
    formalGroup: { youngPeople: Published };
    governance: {
      decisions: {
        made: number;
        citingFindings: number;
        citingFindingsShare: number | null;
        involvingYoungPeople: number;
      };
      seats: {
        seats: Published;
        heldByYoungPeople: Published;
        byForumKind: { forumKind: string; seats: Published; heldByYoungPeople: Published }[];
      };
      objectives: { total: number; onTrack: number; atRisk: number; offTrack: number; done: number };
    };
    feedback: {
      obligations: {
        due: number;
        metOnTime: number;
        metLate: number;
        overdue: number;
        open: number;
        onTimeShare: number | null;
        medianDaysToFeedback: Published;
      };
      outcomes: { total: number; byStatus: { status: string; count: number }[] };
      voiceChecks: {
        youngPeople: Published;
        meanFeltHeard: Published;
      } & Record<LundyQuestion, { answer: string; youngPeople: Published }[]>;
    };
  };
  youSaidWeDid: {
    totalCount: number;
    edges: { node: PublishedOutcome }[];
  };
}

export type LundyQuestion = 'space' | 'voice' | 'audience' | 'influence';

/** The variables for a calendar year and the year before it. */
export function yearVariables(partnershipId: string, year: number): Record<string, unknown> {
  return {
    id: partnershipId,
    year: { from: `${year}-01-01`, to: `${year}-12-31` },
    before: { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` },
  };
}
