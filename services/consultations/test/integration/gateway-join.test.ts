import { gql, ok, recordParticipationConsent, registerYoungPerson, tokenFor } from '@voicegraph/testkit';
import { buildConsultationsWorld, ConsultationsWorld, openConsultation, SUBMIT, waitForProjection } from './fixture';

const JOINED = `query($id: ID!) { consultation(id: $id) {
  title
  leadOrganisation { name }
  partnerOrganisations { name }
  contributions { totalCount edges { node { text anonymous author { displayName } } } }
} }`;

describe('one request through the gateway joins consultations with people', () => {
  let world: ConsultationsWorld;
  let consultationId: string;

  beforeAll(async () => {
    world = await buildConsultationsWorld();
    const adeId = await registerYoungPerson(world.people.url, world.tokens.leadA, world.orgA, {
      displayName: 'Ade',
      dateOfBirth: '2009-03-03',
    });
    await recordParticipationConsent(world.people.url, world.tokens.leadA, adeId);
    await waitForProjection(world.consultations, [adeId]);
    const ade = await tokenFor({
      sub: adeId,
      roles: ['YOUNG_PERSON'],
      partnership: world.partnershipId,
      orgs: [world.orgA],
    });
    consultationId = await openConsultation(world, { title: 'Safer streets', partnerOrganisationIds: [world.orgB] });
    ok(
      await gql(
        world.gateway,
        SUBMIT,
        { input: { consultationId, text: 'Better lighting in the park' } },
        world.sam.token,
      ),
    );
    ok(await gql(world.gateway, SUBMIT, { input: { consultationId, text: 'More youth workers at night' } }, ade));
    ok(
      await gql(
        world.gateway,
        SUBMIT,
        { input: { consultationId, text: 'I do not feel safe on the bus', anonymous: true } },
        world.bex.token,
      ),
    );
  });
  afterAll(async () => {
    await world.stack.stop();
  });

  it("a participation lead of the lead organisation gets the consultation, its lead organisation's name and its contributors' display names", async () => {
    const consultation = ok(await gql(world.gateway, JOINED, { id: consultationId }, world.tokens.leadA)).consultation;
    expect(consultation.title).toBe('Safer streets');
    expect(consultation.leadOrganisation).toEqual({ name: 'City Council Children in Care' });
    expect(consultation.partnerOrganisations).toEqual([{ name: 'Riverside Youth Charity' }]);
    expect(consultation.contributions.totalCount).toBe(3);
    // An anonymous contribution lists at the start of its day, so its place says nothing of its time.
    expect(consultation.contributions.edges.map((e: { node: unknown }) => e.node)).toEqual([
      { text: 'I do not feel safe on the bus', anonymous: true, author: null },
      { text: 'Better lighting in the park', anonymous: false, author: { displayName: 'Sam' } },
      { text: 'More youth workers at night', anonymous: false, author: { displayName: 'Ade' } },
    ]);
  });

  it('a young person sees only what they said, under their own name, and finds it again from `me`', async () => {
    const consultation = ok(await gql(world.gateway, JOINED, { id: consultationId }, world.sam.token)).consultation;
    expect(consultation.contributions.edges.map((e: { node: unknown }) => e.node)).toEqual([
      { text: 'Better lighting in the park', anonymous: false, author: { displayName: 'Sam' } },
    ]);
    const me = ok(
      await gql(
        world.gateway,
        '{ me { displayName contributions { edges { node { text consultation { title } } } } } }',
        {},
        world.bex.token,
      ),
    ).me;
    expect(me).toEqual({
      displayName: 'Bex',
      contributions: {
        edges: [{ node: { text: 'I do not feel safe on the bus', consultation: { title: 'Safer streets' } } }],
      },
    });
  });

  it('an analyst gets the consultation but no contribution text through the gateway', async () => {
    const response = await gql(world.gateway, JOINED, { id: consultationId }, world.tokens.analyst);
    expect(response.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
    expect(JSON.stringify(response)).not.toMatch(/lighting|youth workers|bus/);
  });
});
