/** The subject access report as `npm run sar` asks the gateway for it: every part of every subgraph. */
const AUDIT = `auditEntries { at action entity entityId fields byThemself actorRoles }`;

export const SUBJECT_ACCESS_QUERY = `query SubjectAccessReport($personId: ID!) {
  subjectAccessReport(personId: $personId) {
    personId generatedAt requestedByThemself
    people {
      record { id kind displayName givenName familyName dateOfBirth email phone cohorts ethnicity participationRoles createdAt updatedAt }
      partnership { id name }
      organisations { id name }
      consents { id kind givenBy recordedAt expiresOn withdrawnAt current }
      publishedAgeBand lastActivityAt
      ${AUDIT}
    }
    consultations {
      record { kind ageBand cohorts organisationIds updatedAt }
      participationConsents { consentId expiresOn }
      participations { id consultationId consultationTitle role attendedAt }
      contributions { id consultationId consultationTitle question text choices scaleValue anonymous submittedAt usedInFindings }
      analyticsMonths
      ${AUDIT}
    }
    governance {
      record { kind organisationIds }
      seats { id forumName forumKind role startsOn endsOn }
      attendance { meetingTitle forumName startsAt }
      presented { title meetingTitle startsAt }
      ${AUDIT}
    }
    feedback {
      record { kind organisationIds }
      tookPartIn { consultationId consultationTitle }
      feedbackReceived { id consultationTitle channel text sentAt onTime outcomes { findingTitle youSaid weDid status reason } }
      obligations { consultationTitle dueOn status onTime }
      voiceChecks { id consultationTitle space voice audience influence feltHeard comment submittedAt }
      ${AUDIT}
    }
  }
}`;

/** The parts other than people's: each can be missing (null) with an error saying why. */
export const SERVICE_PARTS = ['consultations', 'governance', 'feedback'] as const;
