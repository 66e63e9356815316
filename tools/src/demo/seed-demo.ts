import { ServiceName } from '@voicegraph/platform';
import { gql } from '../graphql-client';
import { DemoContext } from './demo-context';
import { DemoData, readDemo, writeDemo } from './demo-file';
import { seedConsultations } from './seed-consultations';
import { seedFeedback } from './seed-feedback';
import { seedGovernance } from './seed-governance';
import { seedPeople } from './seed-people';

/** Per-service demo steps after people's; a subgraph adds its own step here. */
export type DemoStep = (demo: DemoContext, data: DemoData) => Promise<void>;
export const DEMO_STEPS: Partial<Record<ServiceName, DemoStep>> = {
  consultations: seedConsultations,
  governance: seedGovernance,
  feedback: seedFeedback,
};

/**
 * Seeds the demo partnership through the gateway (so every event flows) unless the one
 * recorded in .data/demo.json still exists in this database.
 */
export async function seedDemo(
  gatewayUrl: string,
  database: string,
  services: ServiceName[],
): Promise<{ data: DemoData; seeded: boolean }> {
  const demo = new DemoContext(gatewayUrl);
  const existing = readDemo();
  if (existing && existing.database === database && (await stillThere(demo, existing)))
    return { data: existing, seeded: false };
  const data = await seedPeople(demo, database);
  for (const service of services) await DEMO_STEPS[service]?.(demo, data);
  writeDemo(data);
  return { data, seeded: true };
}

async function stillThere(demo: DemoContext, data: DemoData): Promise<boolean> {
  const token = await demo.token({
    sub: data.people.admin,
    roles: ['PARTNERSHIP_ADMIN'],
    partnership: data.partnershipId,
  });
  const response = await gql(
    demo.gatewayUrl,
    'query($id: ID!) { partnership(id: $id) { id } }',
    { id: data.partnershipId },
    token,
  );
  return response.data?.partnership?.id === data.partnershipId;
}
