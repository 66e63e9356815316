import { randomUUID } from 'node:crypto';
import { Actor, auditPseudonym, canSeePersonAs, contradictedClaims, isUuid, pseudonymousActor } from '../../src';
import { erasureHash } from '../../src/privacy/erasure-tombstone';

const P = randomUUID();
const ORG_A = randomUUID();
const ORG_B = randomUUID();
const KEY = 'k'.repeat(32);
const actor = (roles: Actor['roles'], orgs: string[] = [ORG_A], partnershipId: string | null = P): Actor => ({
  personId: randomUUID(),
  roles,
  partnershipId,
  organisationIds: orgs,
});

describe('who may see a person, from a projection of people (people’s rule)', () => {
  const person = randomUUID();
  const ofA = { partnershipId: P, organisationIds: [ORG_A] };

  it('staff of one of their organisations see them; staff of another organisation do not', () => {
    expect(canSeePersonAs(actor(['PRACTITIONER']), person, ofA)).toBe(true);
    expect(canSeePersonAs(actor(['PARTICIPATION_LEAD'], [ORG_B]), person, ofA)).toBe(false);
  });

  it('a partnership admin sees everyone of their partnership, nobody of another', () => {
    expect(canSeePersonAs(actor(['PARTNERSHIP_ADMIN'], []), person, ofA)).toBe(true);
    expect(canSeePersonAs(actor(['PARTNERSHIP_ADMIN'], [], randomUUID()), person, ofA)).toBe(false);
  });

  it('a young person sees only themself; an analyst nobody', () => {
    const young = actor(['YOUNG_PERSON']);
    expect(canSeePersonAs(young, person, ofA)).toBe(false);
    expect(canSeePersonAs(young, young.personId, ofA)).toBe(true);
    expect(canSeePersonAs(actor(['ANALYST']), person, ofA)).toBe(false);
  });

  it('a person the projection does not know is seen by no one but themself', () => {
    expect(canSeePersonAs(actor(['PARTNERSHIP_ADMIN']), person, null)).toBe(false);
  });
});

describe('the audit pseudonym of an anonymous act', () => {
  it('is a well-formed UUID, stable for one person and key, different for another person or key', () => {
    const id = randomUUID();
    const pseudonym = auditPseudonym(KEY, id);
    expect(isUuid(pseudonym)).toBe(true);
    expect(auditPseudonym(KEY, id.toUpperCase())).toBe(pseudonym);
    expect(auditPseudonym(KEY, randomUUID())).not.toBe(pseudonym);
    expect(auditPseudonym('j'.repeat(32), id)).not.toBe(pseudonym);
  });

  it('never equals the id, nor (in any part) the erasure tombstone under the same key', () => {
    const id = randomUUID();
    const pseudonym = auditPseudonym(KEY, id);
    expect(pseudonym).not.toBe(id);
    expect(erasureHash(KEY, id).startsWith(pseudonym.replace(/-/g, '').slice(0, 12))).toBe(false);
  });

  it('replaces only who the actor is', () => {
    const young = actor(['YOUNG_PERSON']);
    expect(pseudonymousActor(KEY, young)).toEqual({
      ...young,
      personId: auditPseudonym(KEY, young.personId),
      organisationIds: [],
    });
  });
});

describe('token claims must agree with the registration the service knows', () => {
  const registered = { partnershipId: P, organisationIds: [ORG_A] };

  it('agrees when the token names the registered partnership and some or all of the registered organisations', () => {
    expect(contradictedClaims(actor(['PRACTITIONER'], [ORG_A]), registered)).toBeNull();
    expect(contradictedClaims(actor(['YOUNG_PERSON'], []), registered)).toBeNull();
  });

  it('refuses a partnership the person is not registered in', () => {
    expect(contradictedClaims(actor(['YOUNG_PERSON'], [], randomUUID()), registered)).toMatch(/partnership/);
  });

  it('refuses an organisation the person does not belong to, naming it', () => {
    expect(contradictedClaims(actor(['PRACTITIONER'], [ORG_A, ORG_B]), registered)).toContain(ORG_B);
  });
});
