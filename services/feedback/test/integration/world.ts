import { RunningService } from '@voicegraph/platform';
import {
  buildOnStack,
  buildPeopleWorld,
  EventCollector,
  EventFeed,
  PeopleWorld,
  registerYoungPerson,
  startStack,
  tokenFor,
  waitUntilKnown,
} from '@voicegraph/testkit';
import { feedbackService } from '../../src/service';

export interface FeedbackWorld extends PeopleWorld {
  young: { sam: string; kai: string; stranger: string };
  youngTokens: { sam: string; kai: string; stranger: string };
  otherAdmin: string;
}

/**
 * The people world (two organisations, staff, an analyst) with three young people registered in
 * people for real, once `feedback` knows them all (it refuses tokens of people it has not heard of).
 */
export async function buildFeedbackWorld(gatewayUrl: string, feedback: RunningService): Promise<FeedbackWorld> {
  const world = await buildPeopleWorld(gatewayUrl);
  const young = {
    sam: await registerYoungPerson(gatewayUrl, world.tokens.leadA, world.orgA, {
      displayName: 'Sam',
      givenName: 'Samira',
      familyName: 'Okafor',
    }),
    kai: await registerYoungPerson(gatewayUrl, world.tokens.leadA, world.orgA, {
      displayName: 'Kai',
      givenName: 'Kai',
      familyName: 'Reyes',
    }),
    stranger: await registerYoungPerson(gatewayUrl, world.tokens.leadA, world.orgA, {
      displayName: 'Lee',
      givenName: 'Lee',
      familyName: 'Stone',
    }),
  };
  await waitUntilKnown([feedback], [...Object.values(world.staffIds), ...Object.values(young)]);
  const yp = (sub: string) =>
    tokenFor({ sub, roles: ['YOUNG_PERSON'], partnership: world.partnershipId, orgs: [world.orgA] });
  return {
    ...world,
    young,
    youngTokens: { sam: await yp(young.sam), kai: await yp(young.kai), stranger: await yp(young.stranger) },
    otherAdmin: world.tokens.otherAdmin,
  };
}

/**
 * People and feedback behind a gateway (no jobs), `feed` and `collector` started, and the
 * feedback world built through the gateway.
 */
export async function startFeedbackStack(feed: EventFeed, collector: EventCollector) {
  const stack = await startStack(['people', feedbackService], { jobs: false });
  const feedback = stack.services[1];
  const url = stack.gateway.url;
  return buildOnStack(stack, async () => {
    await feed.start();
    await collector.start();
    return { stack, feedback, url, world: await buildFeedbackWorld(url, feedback) };
  }, [collector, feed]);
}

export const RECORD_OUTCOME = `mutation($input: RecordOutcomeInput!) { recordOutcome(input: $input) {
  id status youSaid weDid reason boundary published decision { id } finding { id } consultation { id } } }`;
export const SEND_FEEDBACK = `mutation($input: SendFeedbackInput!) { sendFeedback(input: $input) {
  id channel text recipientCount onTime outcomes { id } obligation { id status onTime metAt } } }`;
export const SUBMIT_VOICE_CHECK = `mutation($input: SubmitVoiceCheckInput!) { submitVoiceCheck(input: $input) {
  id feltHeard comment mine space voice audience influence } }`;
export const BOARD = `query($partnershipId: ID!, $first: Int, $after: String) { youSaidWeDid(partnershipId: $partnershipId, first: $first, after: $after) {
  totalCount edges { cursor node { id findingTitle youSaid weDid status boundary reason updatedAt } } pageInfo { hasNextPage endCursor } } }`;
export const CONSULTATION_FEEDBACK = `query($id: ID!) { _entities(representations: [{ __typename: "Consultation", id: $id }]) { ... on Consultation {
  outcomes { id status published } feedbackObligation { id status dueOn onTime messages { id } } voiceChecks { id feltHeard comment mine } } } }`;

export const outcomeInput = (findingId: string, extra: Record<string, unknown> = {}) => ({
  findingId,
  status: 'ACCEPTED',
  youSaid: 'Youth clubs should stay open later',
  weDid: 'Two clubs now open until 9pm on Fridays',
  published: true,
  ...extra,
});
export const voiceCheckInput = (consultationId: string, extra: Record<string, unknown> = {}) => ({
  consultationId,
  space: 'YES',
  voice: 'YES',
  audience: 'PARTLY',
  influence: 'YES',
  feltHeard: 4,
  comment: 'The workers listened to us',
  ...extra,
});
