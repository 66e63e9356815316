import { CloudEvent } from '../events/envelope';
import { PartnershipCreated } from '../events/catalogue/people';
import { EventHandler } from '../consumer/handle-with-inbox';
import { schemaOf } from '../outbox/enqueue-event';
import { qualified } from '../outbox/outbox-row';

/**
 * PartnershipCreated → `<schema>.partnership_projection`: each analytics service remembers the
 * partnership's suppression threshold (an upsert, so a redelivery changes nothing). The table is
 * created by the service's own migration: (partnership_id uuid primary key, suppression_threshold int).
 */
export const projectPartnershipThreshold: EventHandler = async (event, tx) => {
  const data = (event as CloudEvent<PartnershipCreated>).data;
  await tx.query(
    `INSERT INTO ${qualified(schemaOf(tx), 'partnership_projection')} (partnership_id, suppression_threshold) VALUES ($1, $2)
     ON CONFLICT (partnership_id) DO UPDATE SET suppression_threshold = $2`,
    [data.partnershipId, data.suppressionThreshold],
  );
};
