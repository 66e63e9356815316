import { DecisionRecorded, EventHandler } from '@voicegraph/platform';
import { EntityManager } from 'typeorm';

/**
 * Remembers which findings a decision cites, and links the outcomes of those findings to it.
 * Outcomes recorded later pick the link up when they are written (see linkOutcomesToDecisions).
 */
export const projectDecision: EventHandler<DecisionRecorded> = async ({ data }, tx) => {
  if (data.citedFindingIds.length === 0) return;
  await lockFindings(tx, data.citedFindingIds);
  await tx.query(
    `INSERT INTO feedback.decision_finding (decision_id, finding_id, partnership_id, decided_at)
     SELECT $1, finding_id, $2, $3 FROM unnest($4::uuid[]) AS finding_id
     ON CONFLICT (decision_id, finding_id) DO NOTHING`,
    [data.decisionId, data.partnershipId, new Date(data.decidedAt), data.citedFindingIds],
  );
  await linkOutcomesToDecisions(tx, data.citedFindingIds);
};

/**
 * Serialises a decision's link with an outcome being recorded for the same finding: without it,
 * each transaction could miss the other's uncommitted row and leave the outcome unlinked.
 * Taken in id order, so two transactions locking several findings cannot deadlock.
 */
export async function lockFindings(tx: EntityManager, findingIds: string[]): Promise<void> {
  for (const id of [...new Set(findingIds)].sort()) {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended('feedback.finding:' || $1::text, 0))`, [id]);
  }
}

/**
 * An outcome comes from the first decision (by decision date) citing its finding. Recomputed
 * from the projection, so the link is the same whatever order decisions and outcomes arrive in.
 */
export async function linkOutcomesToDecisions(tx: EntityManager, findingIds: string[]): Promise<void> {
  await tx.query(
    `UPDATE feedback.outcome o SET decision_id = (
       SELECT df.decision_id FROM feedback.decision_finding df
        WHERE df.finding_id = o.finding_id AND df.partnership_id = o.partnership_id
        ORDER BY df.decided_at, df.decision_id LIMIT 1)
     WHERE o.finding_id = ANY($1::uuid[])`,
    [findingIds],
  );
}
