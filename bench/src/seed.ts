import { DemoContext } from '@voicegraph/tools/dist/demo/demo-context';
import { DemoData, demoLead } from '@voicegraph/tools/dist/demo/demo-file';
import { runConsultation, seedConsultations } from '@voicegraph/tools/dist/demo/seed-consultations';
import { seedGovernance } from '@voicegraph/tools/dist/demo/seed-governance';
import { registerYoungPerson, seedPeople } from '@voicegraph/tools/dist/demo/seed-people';
import { BENCH_DATABASE } from './ports';
import { setTimeout as sleep } from 'node:timers/promises';

/** A participation lead of the distinct-caller workloads: their own id and organisations. */
export interface BenchLead {
  id: string;
  orgs: string[];
}

export interface BenchData extends DemoData {
  leadOrgs: string[];
  /** Distinct participation leads, each with their own subset of the organisations. */
  leads: BenchLead[];
  /** The young person whose own view is read and who writes contributions. */
  writer: string;
  extraPeople: string[];
  consultations: string[];
  openConsultation: string;
  openContributions: string[];
  /** Young people (of extraPeople) taking part in an open consultation: the distinct writers. */
  openParticipants: { personId: string; consultationId: string }[];
  decisions: number;
  outcomes: number;
  outcomeFailures: number;
}

export const EXTRA_PEOPLE = 120;
export const EXTRA_CONSULTATIONS = 99;
/** Participation leads for the distinct-caller workloads (real traffic is many callers, not one). */
export const DISTINCT_LEADS = 64;

/** The organisations of lead i: a non-empty subset of all of them, cycling through every subset. */
export function leadOrganisations(orgIds: string[], i: number): string[] {
  const subsets = 2 ** orgIds.length - 1;
  const mask = (i % subsets) + 1;
  return orgIds.filter((_, bit) => mask & (1 << bit));
}

const THEMES = ['care reviews', 'school', 'mental health', 'youth justice', 'transport', 'leisure', 'housing'];
const LADDER = ['INFORMING', 'CONSULTING', 'ENGAGING', 'CO_DESIGNING', 'CO_PRODUCING'];
const KINDS = ['SURVEY', 'FOCUS_GROUP', 'CO_DESIGN_SESSION', 'WORKSHOP'];

/** Runs fn over items with at most `limit` in flight, keeping order of results. */
async function pool<T, R>(items: T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await fn(items[index], index);
      }
    }),
  );
  return results;
}

/**
 * The fixed data set, seeded through the gateway so every event flows: the demo partnership
 * (tools' demo steps), then 120 more young people with consent, 99 more consultations
 * (two participants and two contributions each, a finding, two in three closed), a decision
 * citing every second finding and an outcome for it. Content is deterministic; ids are not.
 */
export async function seedBenchData(demo: DemoContext, log: (line: string) => void): Promise<BenchData> {
  const started = Date.now();
  const data = await seedPeople(demo, BENCH_DATABASE);
  await seedConsultations(demo, data);
  // Governance learns the organisations from people's events; on a fresh consumer group that can take a while.
  for (let attempt = 0; ; attempt += 1) {
    try {
      await seedGovernance(demo, data);
      break;
    } catch (error) {
      if (attempt > 120 || !/not an organisation of your partnership/.test((error as Error).message)) throw error;
      await sleep(500);
    }
  }
  const orgIds = Object.values(data.organisations);
  const lead = demoLead(data);
  const leadOrgs = lead.orgs;
  log(`demo partnership seeded in ${((Date.now() - started) / 1000).toFixed(1)}s`);

  const extraPeople = await pool(
    Array.from({ length: EXTRA_PEOPLE }, (_, i) => i),
    6,
    (i) =>
      registerYoungPerson(demo, lead, {
        displayName: `Young person ${String(i + 1).padStart(3, '0')}`,
        dateOfBirth: `${2006 + (i % 6)}-${String((i % 12) + 1).padStart(2, '0')}-15`,
        cohorts: i % 4 === 0 ? ['CHILD_IN_CARE'] : [],
        roles: [],
        organisationIds: [orgIds[i % orgIds.length], orgIds[(i + 2) % orgIds.length]],
      }),
  );
  log(`${EXTRA_PEOPLE} young people seeded (${((Date.now() - started) / 1000).toFixed(1)}s)`);

  const admin = { sub: data.people.admin, roles: ['PARTNERSHIP_ADMIN' as const], partnership: data.partnershipId };
  const leads = await pool(
    Array.from({ length: DISTINCT_LEADS }, (_, i) => i),
    6,
    async (i): Promise<BenchLead> => {
      const orgs = leadOrganisations(orgIds, i);
      const input = {
        kind: 'STAFF',
        displayName: `Participation lead ${String(i + 1).padStart(2, '0')}`,
        organisationIds: orgs,
      };
      const { registerPerson } = await demo.run(
        'mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }',
        { input },
        admin,
      );
      return { id: registerPerson.id as string, orgs };
    },
  );
  log(`${DISTINCT_LEADS} participation leads seeded (${((Date.now() - started) / 1000).toFixed(1)}s)`);

  const writer = data.people.youngPerson;
  const made = await pool(
    Array.from({ length: EXTRA_CONSULTATIONS }, (_, i) => i),
    6,
    async (i) => {
      const participants = [
        i % 10 === 0 ? writer : extraPeople[(2 * i) % EXTRA_PEOPLE],
        extraPeople[(2 * i + 1) % EXTRA_PEOPLE],
      ];
      const open = i % 3 === 0;
      const { consultationId, findingId, contributionIds } = await runConsultation(demo, lead, {
        input: {
          title: `Consultation ${String(i + 1).padStart(3, '0')}: ${THEMES[i % THEMES.length]}`,
          summary: 'What young people think should change, and how.',
          kind: KINDS[i % KINDS.length],
          ladderLevel: LADDER[i % LADDER.length],
          context: 'SOCIAL',
          mode: 'IN_PERSON',
          themes: [THEMES[i % THEMES.length]],
          leadOrganisationId: orgIds[i % orgIds.length],
          partnerOrganisationIds: [orgIds[(i + 2) % orgIds.length]],
          targetCohorts: [],
          boundaries: [],
        },
        voices: participants.map((personId, k) => ({
          personId,
          role: 'PARTICIPANT',
          text:
            k === 0
              ? 'Ask us earlier, and tell us what happened after.'
              : 'Meet where we already are, not in an office.',
          anonymous: k === 1 && i % 2 === 1,
        })),
        finding: {
          title: 'Involve young people earlier and report back',
          summary: 'Earlier involvement and a clear report back.',
        },
        staysOpen: open,
      });
      return {
        consultationId,
        findingId,
        contributions: contributionIds,
        open,
        participants,
        writerTakesPart: participants[0] === writer,
      };
    },
  );
  log(`${EXTRA_CONSULTATIONS} consultations seeded (${((Date.now() - started) / 1000).toFixed(1)}s)`);

  let decisions = 0;
  let outcomes = 0;
  let outcomeFailures = 0;
  await pool(
    made.filter((_, i) => i % 2 === 0),
    4,
    async (c) => {
      await demo.runWhenReady(
        'mutation($input: RecordDecisionInput!) { recordDecision(input: $input) { id } }',
        {
          input: {
            forumId: data.forumId,
            title: 'Involve young people from the start',
            description: 'Every service review starts with young people.',
            citedFindingIds: [c.findingId],
            youngPeopleInvolved: true,
          },
        },
        lead,
      );
      decisions += 1;
      try {
        await demo.runWhenReady(
          'mutation($input: RecordOutcomeInput!) { recordOutcome(input: $input) { id } }',
          {
            input: {
              findingId: c.findingId,
              status: 'ACCEPTED',
              youSaid: 'Involve us earlier and tell us what happened.',
              weDid: 'Young people now join every service review from the start.',
              published: true,
            },
          },
          lead,
          60_000, // feedback must first project the finding; under load its consumer can lag
        );
        outcomes += 1;
      } catch {
        outcomeFailures += 1; // the feedback subgraph is still being finished: the trail then shows no outcome
      }
    },
  );
  log(
    `${decisions} decisions, ${outcomes} outcomes (${outcomeFailures} failed) seeded; data set ready in ${((Date.now() - started) / 1000).toFixed(1)}s`,
  );

  const open = made.find((c) => c.open && c.writerTakesPart)!;
  return {
    ...data,
    leadOrgs,
    leads,
    writer,
    extraPeople,
    consultations: [data.consultationId as string, ...made.map((c) => c.consultationId)],
    openConsultation: open.consultationId,
    openContributions: open.contributions,
    openParticipants: made
      .filter((c) => c.open)
      .flatMap((c) =>
        c.participants.filter((p) => p !== writer).map((personId) => ({ personId, consultationId: c.consultationId })),
      ),
    decisions,
    outcomes,
    outcomeFailures,
  };
}
