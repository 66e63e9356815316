import { TokenClaims } from '@voicegraph/platform';
import { DemoContext } from './demo-context';
import { DemoData, demoLead } from './demo-file';

const YOUNG_VOICES = [
  'Reviews feel like they are about me, not with me. I want to chair part of my own review.',
  'Tell us who is coming before the meeting and why.',
  'Let us choose where the review happens, not always the office.',
];

/**
 * One consultation run through as a participation lead would: created, opened, each voice taking
 * part and saying something, a finding drawn from what they said, then closed unless it stays open.
 * The demo and the bench seed their consultations this one way.
 */
export interface ConsultationRun {
  input: Record<string, unknown>;
  voices: { personId: string; role: string; text: string; anonymous: boolean }[];
  finding: { title: string; summary: string };
  staysOpen?: boolean;
}

export interface RunConsultation {
  consultationId: string;
  findingId: string;
  contributionIds: string[];
}

export async function runConsultation(
  demo: DemoContext,
  lead: TokenClaims & { partnership: string },
  run: ConsultationRun,
): Promise<RunConsultation> {
  const { createConsultation } = await demo.runWhenReady(
    'mutation($input: CreateConsultationInput!) { createConsultation(input: $input) { id } }',
    { input: run.input },
    lead,
  );
  const consultationId: string = createConsultation.id;
  const lifecycle = (action: 'open' | 'close') =>
    demo.run(
      `mutation($input: ConsultationIdInput!) { ${action}Consultation(input: $input) { id } }`,
      { input: { consultationId } },
      lead,
    );
  await lifecycle('open');
  const contributionIds: string[] = [];
  for (const { personId, role, text, anonymous } of run.voices) {
    await demo.runWhenReady(
      'mutation($input: RecordParticipationInput!) { recordParticipation(input: $input) { id } }',
      { input: { consultationId, personId, role } },
      lead,
    );
    const youngPerson = { sub: personId, roles: ['YOUNG_PERSON' as const], partnership: lead.partnership, orgs: [] };
    const { submitContribution } = await demo.runWhenReady(
      'mutation($input: SubmitContributionInput!) { submitContribution(input: $input) { id } }',
      { input: { consultationId, text, anonymous } },
      youngPerson,
    );
    contributionIds.push(submitContribution.id);
  }
  const { recordFinding } = await demo.run(
    'mutation($input: RecordFindingInput!) { recordFinding(input: $input) { id } }',
    { input: { consultationId, ...run.finding, contributionIds } },
    lead,
  );
  if (!run.staysOpen) await lifecycle('close');
  return { consultationId, findingId: recordFinding.id, contributionIds };
}

/**
 * A co-design consultation on care reviews, led by the council with the youth collective:
 * opened, three young people take part and contribute, a finding is drawn, then it closes.
 */
export async function seedConsultations(demo: DemoContext, data: DemoData): Promise<void> {
  const orgIds = Object.values(data.organisations);
  const lead = demoLead(data);
  const youngPeople = (data.youngPeople as string[]).slice(0, 3);
  const { consultationId, findingId } = await runConsultation(demo, lead, {
    input: {
      title: 'Making my care review mine',
      summary: 'Co-designing how children in care take part in their own reviews.',
      kind: 'CO_DESIGN_SESSION',
      ladderLevel: 'CO_DESIGNING',
      context: 'INDIVIDUAL',
      mode: 'HYBRID',
      themes: ['care reviews', 'voice of the child'],
      leadOrganisationId: orgIds[0],
      partnerOrganisationIds: [orgIds[2]],
      targetCohorts: ['CHILD_IN_CARE', 'CARE_LEAVER', 'SEND'],
      boundaries: [{ kind: 'LEGAL', description: 'Statutory reviews must still happen every six months.' }],
    },
    voices: youngPeople.map((personId, index) => ({
      personId,
      role: 'CO_DESIGNER',
      text: YOUNG_VOICES[index],
      anonymous: index === 2,
    })),
    finding: {
      title: 'Young people want to shape and help chair their own reviews',
      summary: 'Choice of venue, knowing who attends, and chairing part of the meeting.',
    },
  });
  Object.assign(data, { consultationId, findingId });
}
