import { DemoContext } from './demo-context';
import { DemoData } from './demo-file';

const YOUNG_VOICES = [
  'Reviews feel like they are about me, not with me. I want to chair part of my own review.',
  'Tell us who is coming before the meeting and why.',
  'Let us choose where the review happens, not always the office.',
];

/**
 * A co-design consultation on care reviews, led by the council with the youth collective:
 * opened, three young people take part and contribute, a finding is drawn, then it closes.
 */
export async function seedConsultations(demo: DemoContext, data: DemoData): Promise<void> {
  const orgIds = Object.values(data.organisations);
  const lead = {
    sub: data.people.lead,
    roles: ['PARTICIPATION_LEAD' as const],
    partnership: data.partnershipId,
    orgs: (data.staffOrganisations as Record<string, string[]>).PARTICIPATION_LEAD,
  };
  const youngPeople = (data.youngPeople as string[]).slice(0, 3);
  const { createConsultation } = await demo.runWhenReady(
    `mutation($input: CreateConsultationInput!) { createConsultation(input: $input) { id } }`,
    {
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
    },
    lead,
  );
  const consultationId: string = createConsultation.id;
  await demo.run(
    'mutation($input: ConsultationIdInput!) { openConsultation(input: $input) { id } }',
    { input: { consultationId } },
    lead,
  );
  const contributionIds: string[] = [];
  for (const [index, personId] of youngPeople.entries()) {
    await demo.runWhenReady(
      'mutation($input: RecordParticipationInput!) { recordParticipation(input: $input) { id } }',
      { input: { consultationId, personId, role: 'CO_DESIGNER' } },
      lead,
    );
    const youngPerson = { sub: personId, roles: ['YOUNG_PERSON' as const], partnership: data.partnershipId, orgs: [] };
    const { submitContribution } = await demo.runWhenReady(
      'mutation($input: SubmitContributionInput!) { submitContribution(input: $input) { id } }',
      { input: { consultationId, text: YOUNG_VOICES[index], anonymous: index === 2 } },
      youngPerson,
    );
    contributionIds.push(submitContribution.id);
  }
  const { recordFinding } = await demo.run(
    'mutation($input: RecordFindingInput!) { recordFinding(input: $input) { id } }',
    {
      input: {
        consultationId,
        title: 'Young people want to shape and help chair their own reviews',
        summary: 'Choice of venue, knowing who attends, and chairing part of the meeting.',
        contributionIds,
      },
    },
    lead,
  );
  await demo.run(
    'mutation($input: ConsultationIdInput!) { closeConsultation(input: $input) { id } }',
    { input: { consultationId } },
    lead,
  );
  Object.assign(data, { consultationId, findingId: recordFinding.id });
}
