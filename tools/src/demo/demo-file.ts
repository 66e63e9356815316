import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { dataDir } from '../infra/paths';

/** The ids of the demo partnership's people and organisations, so `npm run token` can use them. */
export interface DemoData {
  partnershipId: string;
  organisations: Record<string, string>;
  people: Record<'admin' | 'lead' | 'practitioner' | 'analyst' | 'youngPerson' | 'child', string>;
  database: string;
  [more: string]: unknown;
}

export const demoFile = (): string => join(dataDir(), 'demo.json');

export function readDemo(): DemoData | null {
  return existsSync(demoFile()) ? (JSON.parse(readFileSync(demoFile(), 'utf8')) as DemoData) : null;
}

export function writeDemo(demo: DemoData): void {
  mkdirSync(dirname(demoFile()), { recursive: true });
  writeFileSync(demoFile(), `${JSON.stringify(demo, null, 2)}\n`);
}

/** The demo's participation lead, as token claims: they work across every partner organisation. */
export const demoLead = (data: DemoData) => ({
  sub: data.people.lead,
  roles: ['PARTICIPATION_LEAD' as const],
  partnership: data.partnershipId,
  orgs: (data.staffOrganisations as Record<string, string[]>).PARTICIPATION_LEAD,
});
