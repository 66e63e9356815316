import { Actor, canRequestSubjectAccess, Role, SubjectScope } from '../../src';

const person = '11111111-1111-4111-8111-111111111111';
const partnership = '22222222-2222-4222-8222-222222222222';
const orgA = '33333333-3333-4333-8333-333333333333';
const orgB = '44444444-4444-4444-8444-444444444444';
const subject: SubjectScope = { personId: person, partnershipId: partnership, organisationIds: [orgA] };
const actor = (roles: Role[], extra: Partial<Actor> = {}): Actor => ({
  personId: '55555555-5555-4555-8555-555555555555',
  roles,
  partnershipId: partnership,
  organisationIds: [orgA],
  ...extra,
});

describe('subject access: the person themself or a participation lead of their organisation, nobody else', () => {
  it('the person themself may have their report, whatever the service knows of them', () => {
    expect(canRequestSubjectAccess(actor(['YOUNG_PERSON'], { personId: person }), person, null)).toBe(true);
    expect(canRequestSubjectAccess(actor(['YOUNG_PERSON'], { personId: person }), person.toUpperCase(), null)).toBe(
      true,
    );
  });

  it('a participation lead of one of their organisations, in their partnership, may ask for them', () => {
    expect(canRequestSubjectAccess(actor(['PARTICIPATION_LEAD']), person, subject)).toBe(true);
  });

  it('a lead of another organisation or partnership may not', () => {
    expect(canRequestSubjectAccess(actor(['PARTICIPATION_LEAD'], { organisationIds: [orgB] }), person, subject)).toBe(
      false,
    );
    expect(canRequestSubjectAccess(actor(['PARTICIPATION_LEAD'], { partnershipId: orgB }), person, subject)).toBe(
      false,
    );
  });

  it('a lead may not when the service does not know the person', () => {
    expect(canRequestSubjectAccess(actor(['PARTICIPATION_LEAD']), person, null)).toBe(false);
  });

  it.each([['YOUNG_PERSON'], ['PRACTITIONER'], ['PARTNERSHIP_ADMIN'], ['ANALYST']] as [Role][])(
    'a %s who is not the person may not',
    (role) => {
      expect(canRequestSubjectAccess(actor([role]), person, subject)).toBe(false);
    },
  );

  it('an analyst-only token is refused even for its own subject: analyst tokens see aggregates only', () => {
    expect(canRequestSubjectAccess(actor(['ANALYST'], { personId: person }), person, subject)).toBe(false);
  });
});
