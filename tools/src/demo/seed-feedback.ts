import { DemoContext } from './demo-context';
import { DemoData, demoLead } from './demo-file';

/**
 * "You said, we did": the outcome of the care-review finding (published on the public board),
 * feedback sent to everyone who took part, and Amara's voice check.
 */
export async function seedFeedback(demo: DemoContext, data: DemoData): Promise<void> {
  if (!data.findingId || !data.consultationId) return;
  const lead = demoLead(data);
  const { recordOutcome } = await demo.runWhenReady(
    'mutation($input: RecordOutcomeInput!) { recordOutcome(input: $input) { id } }',
    {
      input: {
        findingId: data.findingId,
        status: 'ACCEPTED',
        published: true,
        youSaid: 'Reviews should be yours: choose where they happen, know who is coming, and chair part of them.',
        weDid: 'From next quarter every child in care is offered a co-chaired review at a place they choose.',
      },
    },
    lead,
  );
  await demo.runWhenReady(
    'mutation($input: SendFeedbackInput!) { sendFeedback(input: $input) { id } }',
    {
      input: {
        consultationId: data.consultationId,
        channel: 'APP',
        text: 'Thank you: the Corporate Parenting Board agreed your three ideas. Here is what changes and when.',
        outcomeIds: [recordOutcome.id],
      },
    },
    lead,
  );
  const amara = {
    sub: data.people.youngPerson,
    roles: ['YOUNG_PERSON' as const],
    partnership: data.partnershipId,
    orgs: [],
  };
  await demo.runWhenReady(
    'mutation($input: SubmitVoiceCheckInput!) { submitVoiceCheck(input: $input) { id } }',
    {
      input: {
        consultationId: data.consultationId,
        space: 'YES',
        voice: 'YES',
        audience: 'YES',
        influence: 'PARTLY',
        feltHeard: 4,
        comment: 'Good to see it written down. Will check it happens.',
      },
    },
    amara,
  );
}
