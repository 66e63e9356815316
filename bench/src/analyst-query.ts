/** The analyst's full question: every analytics field of all three subgraphs in one `partnership(id)` query. */
export const FULL_ANALYST_QUERY = `query Analyst($id: ID!, $period: AnalyticsPeriod!, $compared: AnalyticsPeriod, $filter: AnalyticsFilter) {
  partnership(id: $id) {
    id name
    participationAnalytics(period: $period, comparedWith: $compared, filter: $filter) {
      period { from to } suppressionThreshold
      consultations { total byLadderLevel { ladderLevel count share } byApproach { approach count share } byContext { context count share }
                      byMode { mode count share } byOrganisation { organisation { id } count share } }
      ladderShift { ladderLevel count comparedCount change share comparedShare }
      youngPeople { value suppressed } contributions { value suppressed } registeredYoungPeople { value suppressed }
      byAgeBand { ageBand youngPeople { value suppressed } contributions { value suppressed } }
      byOrganisation { organisation { id } youngPeople { value suppressed } contributions { value suppressed } }
      byCohort { cohort youngPeople { value suppressed } contributions { value suppressed } registered { value suppressed } reach { value suppressed } }
    }
    governanceAnalytics(period: $period, filter: $filter) {
      period { from to } suppressionThreshold
      decisions { made citingFindings citingFindingsShare involvingYoungPeople }
      seats { seats { value suppressed } heldByYoungPeople { value suppressed } youngPeopleShare { value suppressed }
              byForumKind { forumKind seats { value suppressed } heldByYoungPeople { value suppressed } youngPeopleShare { value suppressed } } }
      objectives { total onTrack atRisk offTrack done }
      plans { plans overdueReviews }
    }
    feedbackAnalytics(period: $period, filter: $filter) {
      period { from to } suppressionThreshold
      obligations { due metOnTime metLate overdue open onTimeShare medianDaysToFeedback { value suppressed } }
      outcomes { total byStatus { status count } byBoundary { boundary count } }
      voiceChecks { youngPeople { value suppressed } meanFeltHeard { value suppressed }
                    space { answer youngPeople { value suppressed } } voice { answer youngPeople { value suppressed } }
                    audience { answer youngPeople { value suppressed } } influence { answer youngPeople { value suppressed } } }
    }
  }
}`;

/** Whole calendar years (analytics periods must be whole months): the year containing `now`, and the one before. */
export function analystYears(now = new Date()): {
  period: { from: string; to: string };
  compared: { from: string; to: string };
} {
  const year = now.getUTCFullYear();
  return {
    period: { from: `${year}-01-01`, to: `${year}-12-31` },
    compared: { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` },
  };
}
