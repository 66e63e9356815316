import { randomUUID } from 'node:crypto';
import {
  Actor,
  auditPseudonym,
  canSeePersonAs,
  checkClaims,
  contradictedClaims,
  isUuid,
  pseudonymousActor,
  RequestContext,
} from '../../src';
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
  const registered = { partnershipId: P, organisationIds: [ORG_A], kind: 'STAFF' as const };
  const youngPerson = { partnershipId: P, organisationIds: [ORG_A], kind: 'YOUNG_PERSON' as const };

  it('agrees when the token names the registered partnership and some or all of the registered organisations', () => {
    expect(contradictedClaims(actor(['PRACTITIONER'], [ORG_A]), registered)).toBeNull();
    expect(contradictedClaims(actor(['YOUNG_PERSON'], []), youngPerson)).toBeNull();
  });

  it('refuses a partnership the person is not registered in', () => {
    expect(contradictedClaims(actor(['YOUNG_PERSON'], [], randomUUID()), youngPerson)).toMatch(/partnership/);
  });

  it('refuses an organisation the person does not belong to, naming it', () => {
    expect(contradictedClaims(actor(['PRACTITIONER'], [ORG_A, ORG_B]), registered)).toContain(ORG_B);
  });

  it("refuses a role that is not for the person's kind: no staff role for a young person, no young person's role for staff", () => {
    for (const role of ['PRACTITIONER', 'PARTICIPATION_LEAD', 'PARTNERSHIP_ADMIN', 'ANALYST'] as const)
      expect(contradictedClaims(actor([role], [ORG_A]), youngPerson)).toContain(role);
    expect(contradictedClaims(actor(['YOUNG_PERSON'], [ORG_A]), registered)).toContain('YOUNG_PERSON');
    expect(contradictedClaims(actor(['YOUNG_PERSON', 'ANALYST'], [ORG_A]), youngPerson)).toContain('ANALYST');
  });

  it('checks admins and analysts too: registered with no organisation, they may name none', () => {
    const partnershipWide = { partnershipId: P, organisationIds: [], kind: 'STAFF' as const };
    expect(contradictedClaims(actor(['PARTNERSHIP_ADMIN'], []), partnershipWide)).toBeNull();
    expect(contradictedClaims(actor(['ANALYST'], [], randomUUID()), partnershipWide)).toMatch(/partnership/);
    expect(contradictedClaims(actor(['ANALYST'], [ORG_A]), partnershipWide)).toContain(ORG_A);
  });
});

describe('the claims check, once per request', () => {
  const registered = { partnershipId: P, organisationIds: [ORG_A], kind: 'STAFF' as const };
  const youngPerson = { ...registered, kind: 'YOUNG_PERSON' as const };
  const context = (caller: Actor | null) => ({ actor: caller }) as unknown as RequestContext;
  const forbiddenWith = (message: RegExp) =>
    expect.objectContaining({
      message: expect.stringMatching(message),
      extensions: expect.objectContaining({ code: 'FORBIDDEN' }),
    });

  it('reads the registration once however many root fields, and lets agreeing claims through', async () => {
    const lookup = jest.fn().mockResolvedValue(registered);
    const ctx = context(actor(['PRACTITIONER']));
    await checkClaims(ctx, { lookup }, 'people');
    await checkClaims(ctx, { lookup }, 'person');
    expect(lookup).toHaveBeenCalledTimes(1);
  });

  it('shares an agreeing verdict between the fetches of one client request, and nothing else', async () => {
    const dataSource = {};
    const fetchOf = (requestId: string, caller: Actor) =>
      ({ actor: caller, dataSource, requestId }) as unknown as RequestContext;
    const lookup = jest.fn().mockResolvedValue(registered);
    const caller = actor(['PRACTITIONER']);
    await checkClaims(fetchOf('r1', caller), { lookup }, 'people');
    await checkClaims(fetchOf('r1', caller), { lookup }, '_entities');
    expect(lookup).toHaveBeenCalledTimes(1);
    await checkClaims(fetchOf('r2', caller), { lookup }, '_entities'); // another request
    await checkClaims(fetchOf('r1', actor(['PARTICIPATION_LEAD'])), { lookup }, '_entities'); // other claims
    await checkClaims(fetchOf('r1', caller), { lookup }, 'updatePerson', true); // a mutation reads afresh
    expect(lookup).toHaveBeenCalledTimes(4);
    await checkClaims(fetchOf('r1', caller), { lookup }, '_entities'); // and so do the fetches after it
    await checkClaims(fetchOf('r1', caller), { lookup }, '_entities');
    expect(lookup).toHaveBeenCalledTimes(5);
    const stranger = jest.fn().mockResolvedValue(null); // a refusal is never shared
    const newcomer = actor(['PRACTITIONER']);
    for (let i = 0; i < 2; i += 1)
      await expect(checkClaims(fetchOf('r3', newcomer), { lookup: stranger }, 'people')).rejects.toEqual(
        forbiddenWith(/does not know you/),
      );
    expect(stranger).toHaveBeenCalledTimes(2);
  });

  it('refuses someone the service has never heard of, in every role', async () => {
    for (const roles of [['YOUNG_PERSON'], ['PRACTITIONER'], ['PARTNERSHIP_ADMIN'], ['ANALYST']] as Actor['roles'][])
      await expect(checkClaims(context(actor(roles)), { lookup: async () => null }, 'me')).rejects.toEqual(
        forbiddenWith(/does not know you/),
      );
  });

  it('lets a stranger naming nowhere call only the fields open to strangers', async () => {
    const check = { lookup: async () => null, openToStrangers: ['createPartnership'] };
    const founder = actor(['PARTNERSHIP_ADMIN'], [], null);
    await expect(checkClaims(context(founder), check, 'createPartnership')).resolves.toBeUndefined();
    await expect(checkClaims(context(founder), check, 'people')).rejects.toEqual(forbiddenWith(/does not know you/));
    const naming = actor(['PARTNERSHIP_ADMIN'], [], P);
    await expect(checkClaims(context(naming), check, 'createPartnership')).rejects.toEqual(
      forbiddenWith(/does not know you/),
    );
  });

  it('refuses contradicting claims and leaves anonymous callers to the resolvers', async () => {
    await expect(
      checkClaims(context(actor(['YOUNG_PERSON'], [], randomUUID())), { lookup: async () => youngPerson }, 'me'),
    ).rejects.toEqual(forbiddenWith(/sign-in says partnership .* but you are registered in partnership/));
    const lookup = jest.fn();
    await expect(checkClaims(context(null), { lookup }, 'youSaidWeDid')).resolves.toBeUndefined();
    expect(lookup).not.toHaveBeenCalled();
  });
});
