import { askGraph } from '../graph';
import { PUBLISHED_OUTCOME_FIELDS, PublishedOutcome } from '../published-outcome';

export type { PublishedOutcome };

/** The public board's one question to the graph: no token, no personal data in the type. */
export const BOARD_OPERATION = /* GraphQL */ `
  query PublicBoard($partnershipId: ID!, $first: Int!, $after: String) {
    youSaidWeDid(partnershipId: $partnershipId, first: $first, after: $after, order: NEWEST_FIRST) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...PublishedOutcomeFields
        }
      }
    }
  }
  ${PUBLISHED_OUTCOME_FIELDS}
`;

export interface BoardPage {
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
  outcomes: PublishedOutcome[];
}

/** A page of the board, newest first, through the gateway. */
export async function fetchBoardPage(
  gatewayUrl: string,
  partnershipId: string,
  first: number,
  after: string | null,
): Promise<BoardPage> {
  const data = await askGraph<{
    youSaidWeDid: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { node: PublishedOutcome }[];
    };
  }>(gatewayUrl, BOARD_OPERATION, { partnershipId, first, after });
  const board = data.youSaidWeDid;
  return {
    totalCount: board.totalCount,
    hasNextPage: board.pageInfo.hasNextPage,
    endCursor: board.pageInfo.endCursor,
    outcomes: board.edges.map((edge) => edge.node),
  };
}
