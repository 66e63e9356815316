import { gql, ok } from '@voicegraph/testkit';
import {
  buildConsultationsWorld,
  ConsultationsWorld,
  openConsultation,
  PARTICIPATE,
  SUBMIT,
} from '../integration/fixture';

/**
 * Red team, issue 13 item 4: a finding's contributionCount was shown exactly to anyone who could
 * see the finding, so an analyst learnt that a key message rests on 2 young people's words. Staff
 * of the consultation's organisations (who can read those contributions) still see it exactly;
 * everyone else sees it rounded to 5, and nothing while 1 to the threshold young people wrote
 * them, however many contributions they wrote (docs/privacy.md rule 6; counts over more than the
 * threshold of authors are in redteam/test/analytics-differencing.test.ts). Through the gateway.
 */
describe('red team: per-finding counts of contributions', () => {
  let world: ConsultationsWorld;
  let consultationId: string;
  const FINDINGS = `query($id: ID!) { consultation(id: $id) { findings { title contributionCount } } }`;
  const RECORD = `mutation($i: RecordFindingInput!) { recordFinding(input: $i) { id contributionCount } }`;

  beforeAll(async () => {
    world = await buildConsultationsWorld();
    consultationId = await openConsultation(world, { partnerOrganisationIds: [world.orgB] });
    for (const [person, token] of [
      [world.sam, world.tokens.practitionerA],
      [world.bex, world.leadB],
    ] as const)
      ok(
        await gql(
          world.gateway,
          PARTICIPATE,
          { input: { consultationId, personId: person.id, role: 'PARTICIPANT' } },
          token,
        ),
      );
    const said = async (text: string, who = world.sam) =>
      ok(await gql(world.gateway, SUBMIT, { input: { consultationId, text } }, who.token)).submitContribution
        .id as string;
    const small = [await said('Later opening on Fridays'), await said('Somewhere warm', world.bex)];
    const large: string[] = [];
    for (let i = 0; i < 4; i += 1)
      large.push(await said(`Cheaper bus fares, ${i}`), await said(`Buses after 9pm, ${i}`, world.bex));
    for (const [title, ids] of [
      ['Small', small],
      ['Large', large],
    ] as const)
      expect(
        ok(await gql(world.gateway, RECORD, { i: { consultationId, title, contributionIds: ids } }, world.tokens.leadA))
          .recordFinding.contributionCount,
      ).toBe(ids.length);
  });
  afterAll(async () => {
    await world.stack.stop();
  });

  const counts = async (token: string) =>
    Object.fromEntries(
      ok(await gql(world.gateway, FINDINGS, { id: consultationId }, token)).consultation.findings.map(
        (f: { title: string; contributionCount: number | null }) => [f.title, f.contributionCount],
      ),
    );

  it("the consultation's staff see the exact counts: they can read the contributions", async () => {
    expect(await counts(world.tokens.leadA)).toEqual({ Small: 2, Large: 8 });
    expect(await counts(world.leadB)).toEqual({ Small: 2, Large: 8 });
  });

  it('an analyst sees no count while 1 to the threshold young people wrote the contributions', async () => {
    // Large: eight contributions, but of two young people; "10" stood on two people.
    expect(await counts(world.tokens.analyst)).toEqual({ Small: null, Large: null });
  });

  it('a young person who took part sees the same as the analyst, not how many others spoke', async () => {
    expect(await counts(world.sam.token)).toEqual({ Small: null, Large: null });
  });
});
