import { codes, gql, ok } from '@voicegraph/testkit';
import {
  buildRedTeamWorld,
  openConsultation,
  RECORD_CONSENT,
  RedTeamWorld,
  SUBMIT,
  waitForConsents,
  youngPerson,
} from './world';

/**
 * Attack (issue 13, item 2): a child under 13 consents for themself by lying about their age —
 * changing their own date of birth, consenting, changing it back — or staff correct a date of
 * birth after a SELF consent and the consent stays.
 */
const UPDATE = 'mutation($i: UpdatePersonInput!) { updatePerson(input: $i) { id dateOfBirth } }';
const CONSENTS = `query($id: ID!) { person(id: $id) { canParticipate consents { kind givenBy current endedBecause } } }`;
const yearsAgo = (years: number) => `${new Date().getUTCFullYear() - years}-01-01`;

describe('red team: the date-of-birth trick', () => {
  let world: RedTeamWorld;
  let consultationId: string;

  beforeAll(async () => {
    world = await buildRedTeamWorld();
    consultationId = await openConsultation(world, world.tokens.leadA, world.orgA);
  });
  afterAll(async () => {
    await world?.stack.stop();
  });

  it('a 10-year-old cannot make themself older, so cannot consent for themself', async () => {
    const child = await youngPerson(world, world.tokens.leadA, world.orgA, {
      dateOfBirth: yearsAgo(10),
      consent: null,
    });
    const older = await gql(world.gateway, UPDATE, { i: { id: child.id, dateOfBirth: '2000-01-01' } }, child.token);
    expect(codes(older)).toEqual(['FORBIDDEN']);
    expect(older.errors![0].message).toMatch(/date of birth.*participation lead/);
    // Other fields of their own record stay theirs to change (the refusal is about the date only).
    ok(await gql(world.gateway, UPDATE, { i: { id: child.id, displayName: 'Kit' } }, child.token));
    const self = await gql(
      world.gateway,
      RECORD_CONSENT,
      { i: { personId: child.id, kind: 'PARTICIPATION', givenBy: 'SELF' } },
      child.token,
    );
    expect(codes(self)).toEqual(['BAD_USER_INPUT']);
    const after = ok(await gql(world.gateway, CONSENTS, { id: child.id }, world.tokens.leadA)).person;
    expect(after).toEqual({ canParticipate: false, consents: [] });
    const [row] = await world.services.people.dataSource.query(
      `SELECT date_of_birth::text AS dob FROM people.person WHERE id = $1`,
      [child.id],
    );
    expect(row.dob).toBe(yearsAgo(10));
  });

  it("staff correcting a date of birth ends a SELF consent the child was too young to give, everywhere; a parent's stays", async () => {
    const claimed = await youngPerson(world, world.tokens.leadA, world.orgA, { dateOfBirth: yearsAgo(15) });
    const parental = await youngPerson(world, world.tokens.leadA, world.orgA, {
      dateOfBirth: yearsAgo(15),
      consent: 'PARENT_OR_CARER',
    });
    await waitForConsents(world, [claimed.id, parental.id]);
    // Precondition: both can contribute now.
    for (const person of [claimed, parental])
      ok(await gql(world.gateway, SUBMIT, { i: { consultationId, text: 'before' } }, person.token));

    for (const person of [claimed, parental])
      ok(await gql(world.gateway, UPDATE, { i: { id: person.id, dateOfBirth: yearsAgo(10) } }, world.tokens.leadA));

    expect(ok(await gql(world.gateway, CONSENTS, { id: claimed.id }, world.tokens.leadA)).person).toEqual({
      canParticipate: false,
      consents: [{ kind: 'PARTICIPATION', givenBy: 'SELF', current: false, endedBecause: 'DATE_OF_BIRTH_CHANGED' }],
    });
    expect(ok(await gql(world.gateway, CONSENTS, { id: parental.id }, world.tokens.leadA)).person).toEqual({
      canParticipate: true,
      consents: [{ kind: 'PARTICIPATION', givenBy: 'PARENT_OR_CARER', current: true, endedBecause: null }],
    });
    // consultations learns it from the event: the child can no longer contribute, the other still can.
    await waitForConsents(world, [claimed.id], false);
    expect(codes(await gql(world.gateway, SUBMIT, { i: { consultationId, text: 'after' } }, claimed.token))).toEqual([
      'FORBIDDEN',
    ]);
    ok(await gql(world.gateway, SUBMIT, { i: { consultationId, text: 'after' } }, parental.token));

    // Audited: who corrected the date, and the consent it ended.
    const audit: { action: string; fields: string[] }[] = await world.services.people.dataSource.query(
      `SELECT action, fields FROM people.audit_log WHERE entity_id = $1 AND actor_id = $2 ORDER BY id`,
      [claimed.id, world.staffIds.leadA],
    );
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['UPDATE', 'END_CONSENT_DATE_OF_BIRTH_CHANGED']));
    expect(audit.find((a) => a.action === 'UPDATE')!.fields).toContain('dateOfBirth');
  });

  it('a SELF consent given at 13 or over survives a correction that keeps the child 13 or over when they gave it', async () => {
    const teen = await youngPerson(world, world.tokens.leadA, world.orgA, { dateOfBirth: yearsAgo(16) });
    ok(await gql(world.gateway, UPDATE, { i: { id: teen.id, dateOfBirth: yearsAgo(14) } }, world.tokens.leadA));
    expect(ok(await gql(world.gateway, CONSENTS, { id: teen.id }, world.tokens.leadA)).person).toEqual({
      canParticipate: true,
      consents: [{ kind: 'PARTICIPATION', givenBy: 'SELF', current: true, endedBecause: null }],
    });
  });
});
