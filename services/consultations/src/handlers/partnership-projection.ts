import { CloudEvent, EventHandler, PartnershipCreated } from '@voicegraph/platform';

/** PartnershipCreated: remember the partnership's suppression threshold (an upsert, so idempotent). */
export const projectPartnership: EventHandler = async (event, tx) => {
  const data = (event as CloudEvent<PartnershipCreated>).data;
  await tx.query(
    `INSERT INTO consultations.partnership_projection (partnership_id, suppression_threshold) VALUES ($1, $2)
     ON CONFLICT (partnership_id) DO UPDATE SET suppression_threshold = $2`,
    [data.partnershipId, data.suppressionThreshold],
  );
};
