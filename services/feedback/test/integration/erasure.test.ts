import { gql, leftoversOf, ok, requestErasure, startStack, waitFor } from '@voicegraph/testkit';
import { feedbackService } from '../../src/service';
import { EventFeed, tellConsultation, waitForProjection } from './feed';
import {
  buildFeedbackWorld,
  CONSULTATION_FEEDBACK,
  outcomeInput,
  RECORD_OUTCOME,
  SEND_FEEDBACK,
  SUBMIT_VOICE_CHECK,
  voiceCheckInput,
} from './world';

describe('PersonErased from the real people service', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  const feed = new EventFeed();

  beforeAll(async () => {
    stack = await startStack(['people', feedbackService], { jobs: false });
    await feed.start();
  });
  afterAll(async () => {
    await feed.stop();
    await stack.stop();
  });

  it('leaves no trace of the young person in feedback; their voice check stays as anonymous answers', async () => {
    const [, feedback] = stack.services;
    const url = stack.gateway.url;
    const world = await buildFeedbackWorld(url, stack.services[1]);
    const story = await tellConsultation(
      feed,
      { partnershipId: world.partnershipId, leadOrganisationId: world.orgA },
      { participants: [world.young.sam, world.young.kai] },
    );
    await waitForProjection(feedback, story, 2);
    const outcome = ok(
      await gql(url, RECORD_OUTCOME, { input: outcomeInput(story.findingIds[0]) }, world.tokens.leadA),
    ).recordOutcome;
    ok(
      await gql(
        url,
        SEND_FEEDBACK,
        {
          input: {
            consultationId: story.consultationId,
            channel: 'EMAIL',
            text: 'Here is what happened',
            outcomeIds: [outcome.id],
          },
        },
        world.tokens.leadA,
      ),
    );
    const check = ok(
      await gql(
        url,
        SUBMIT_VOICE_CHECK,
        { input: voiceCheckInput(story.consultationId, { comment: 'Samira says thanks' }) },
        world.youngTokens.sam,
      ),
    ).submitVoiceCheck;
    const needles = [world.young.sam, 'Samira', 'Okafor'];
    expect((await leftoversOf(feedback.dataSource, 'feedback', needles)).length).toBeGreaterThan(0);

    await requestErasure(url, world.tokens.leadA, world.young.sam);

    await waitFor(
      'feedback to forget the erased young person',
      async () => (await leftoversOf(feedback.dataSource, 'feedback', needles)).length === 0,
      60_000,
      250,
    );
    const [anonymous] = await feedback.dataSource.query(
      'SELECT person_id, comment, felt_heard FROM feedback.voice_check WHERE id = $1',
      [check.id],
    );
    expect(anonymous).toEqual({ person_id: null, comment: null, felt_heard: 4 });
    const [{ recipients }] = await feedback.dataSource.query(
      'SELECT array_agg(person_id) AS recipients FROM feedback.feedback_recipient r JOIN feedback.feedback_message m ON m.id = r.feedback_id WHERE m.consultation_id = $1',
      [story.consultationId],
    );
    expect(recipients).toEqual([world.young.kai]);
    // The staff still see the answers, now nobody's.
    const lead = ok(await gql(feedback.url, CONSULTATION_FEEDBACK, { id: story.consultationId }, world.tokens.leadA))
      ._entities[0];
    expect(lead.voiceChecks).toEqual([{ id: check.id, feltHeard: 4, comment: null, mine: false }]);
  });
});
