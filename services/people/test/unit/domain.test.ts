import { Actor } from '@voicegraph/platform';
import { canErase, canManagePerson, canSeePerson, canSeeSensitive, visibilityFor } from '../../src/domain/access';
import { ageBandOf, ageOn, needsParentalConsent } from '../../src/domain/age';
import { isCurrentConsent } from '../../src/domain/consent-state';
import { validatePersonFields } from '../../src/domain/person-fields';

const P = 'p0000000-0000-4000-8000-000000000000';
const ORG_A = 'a0000000-0000-4000-8000-000000000000';
const ORG_B = 'b0000000-0000-4000-8000-000000000000';
const sam = { id: 's0000000-0000-4000-8000-000000000000', partnershipId: P, organisationIds: [ORG_A] };
const actor = (
  roles: Actor['roles'],
  orgs: string[] = [ORG_A],
  personId = 'x0000000-0000-4000-8000-000000000000',
  partnershipId: string | null = P,
): Actor => ({ personId, roles, partnershipId, organisationIds: orgs });

describe('age and the under-13 rule', () => {
  const on = new Date('2026-06-15T12:00:00Z');
  it('counts whole years, the day before and on the birthday', () => {
    expect(ageOn('2013-06-16', on)).toBe(12);
    expect(ageOn('2013-06-15', on)).toBe(13);
  });
  it('bands ages as analytics report them', () => {
    expect([
      ageBandOf('2020-01-01', on),
      ageBandOf('2016-01-01', on),
      ageBandOf('2012-01-01', on),
      ageBandOf('2009-01-01', on),
      ageBandOf('2004-01-01', on),
      ageBandOf('1990-01-01', on),
      ageBandOf(null, on),
    ]).toEqual(['UNDER_8', 'AGE_8_TO_10', 'AGE_11_TO_15', 'AGE_16_TO_18', 'AGE_19_TO_25', 'OVER_25', 'UNKNOWN']);
  });
  it('asks for a parent or carer under 13, or when the age is unknown', () => {
    expect(needsParentalConsent('2013-06-16', on)).toBe(true);
    expect(needsParentalConsent('2013-06-15', on)).toBe(false);
    expect(needsParentalConsent(null, on)).toBe(true);
  });
});

describe('who may see and change a person', () => {
  it('young people see only themselves', () => {
    expect(canSeePerson(actor(['YOUNG_PERSON'], [ORG_A], sam.id), sam)).toBe(true);
    expect(canSeePerson(actor(['YOUNG_PERSON'], [ORG_A]), sam)).toBe(false);
  });
  it('practitioners see people of their organisations in their partnership', () => {
    expect(canSeePerson(actor(['PRACTITIONER']), sam)).toBe(true);
    expect(canSeePerson(actor(['PRACTITIONER'], [ORG_B]), sam)).toBe(false);
    expect(canSeePerson(actor(['PRACTITIONER'], [ORG_A], undefined, 'q0000000-0000-4000-8000-000000000000'), sam)).toBe(
      false,
    );
  });
  it('sensitive fields need a participation lead (or the person themself)', () => {
    expect(canSeeSensitive(actor(['PRACTITIONER']), sam)).toBe(false);
    expect(canSeeSensitive(actor(['PARTICIPATION_LEAD']), sam)).toBe(true);
    expect(canSeeSensitive(actor(['PARTICIPATION_LEAD'], [ORG_B]), sam)).toBe(false);
    expect(canSeeSensitive(actor(['YOUNG_PERSON'], [], sam.id), sam)).toBe(true);
    expect(canSeeSensitive(actor(['PARTNERSHIP_ADMIN'], []), sam)).toBe(false);
  });
  it('analysts see nobody, whatever else the token says', () => {
    expect(visibilityFor(actor(['ANALYST'])).kind).toBe('none');
    expect(canSeePerson(actor(['ANALYST'], [ORG_A], sam.id), sam)).toBe(false);
  });
  it('admins manage their partnership; only leads, admins or the person erase', () => {
    expect(canManagePerson(actor(['PARTNERSHIP_ADMIN'], []), sam)).toBe(true);
    expect(canErase(actor(['PRACTITIONER']), sam)).toBe(false);
    expect(canErase(actor(['PARTICIPATION_LEAD']), sam)).toBe(true);
    expect(canErase(actor(['YOUNG_PERSON'], [], sam.id), sam)).toBe(true);
  });
});

describe('person fields and consents', () => {
  it('validates only the fields given, normalising as it goes', () => {
    expect(
      validatePersonFields(
        { displayName: ' Kai ', email: 'KAI@Example.org', cohorts: ['SEND', 'SEND'] },
        new Date('2026-01-01'),
      ),
    ).toEqual({ displayName: 'Kai', email: 'kai@example.org', cohorts: ['SEND'] });
    expect(() => validatePersonFields({ phone: 'call me' })).toThrow(/phone/);
    expect(() => validatePersonFields({ dateOfBirth: '1890-01-01' }, new Date('2026-01-01'))).toThrow(/check the year/);
  });
  it('a consent is current until withdrawn or past its expiry date', () => {
    const today = new Date('2026-06-15T00:00:00Z');
    expect(isCurrentConsent({ withdrawnAt: null, expiresOn: null }, today)).toBe(true);
    expect(isCurrentConsent({ withdrawnAt: null, expiresOn: '2026-06-15' }, today)).toBe(false);
    expect(isCurrentConsent({ withdrawnAt: new Date(), expiresOn: null }, today)).toBe(false);
  });
});
