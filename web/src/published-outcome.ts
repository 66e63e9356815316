/**
 * A published outcome as the public board, its feed and the annual report's highlights all ask
 * for it: one selection, one type. The graph's YouSaidWeDidEntry has no personal data in it.
 */
export const PUBLISHED_OUTCOME_FIELDS = /* GraphQL */ `
  fragment PublishedOutcomeFields on YouSaidWeDidEntry {
    id
    findingTitle
    youSaid
    weDid
    status
    boundary
    reason
    recordedAt
    updatedAt
  }
`;

export interface PublishedOutcome {
  id: string;
  findingTitle: string;
  youSaid: string;
  weDid: string;
  status: string;
  boundary: string | null;
  reason: string | null;
  recordedAt: string;
  updatedAt: string;
}
