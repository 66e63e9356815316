import { randomUUID } from 'node:crypto';
import { buildEnvelope, ConsultationEvents, PeopleEvents } from '../../src';
import { erasureHash } from '../../src/privacy/erasure-tombstone';
import { personRefsOf } from '../../src/privacy/person-refs';

describe('erasure tombstones', () => {
  const personId = randomUUID();

  it('a tombstone does not hold the id, and differs with the key', () => {
    const hash = erasureHash('a-key-of-at-least-thirty-two-characters', personId);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(personId.replace(/-/g, ''));
    expect(erasureHash('another-key-of-at-least-thirty-two-chars', personId)).not.toBe(hash);
  });

  it('the same person gives the same tombstone whatever the case of the id', () => {
    expect(erasureHash('k'.repeat(32), personId.toUpperCase())).toBe(erasureHash('k'.repeat(32), personId));
  });

  it('an event names the people in its declared person fields', () => {
    const erased = buildEnvelope(PeopleEvents.PersonErased, personId, { personId, partnershipId: randomUUID() });
    expect(personRefsOf(erased)).toEqual([personId]);
  });

  it('an anonymous contribution names nobody', () => {
    const id = randomUUID();
    const anonymous = buildEnvelope(ConsultationEvents.ContributionSubmitted, id, {
      contributionId: id,
      consultationId: id,
      partnershipId: id,
      personId: null,
      questionId: null,
      anonymous: true,
      submittedAt: new Date().toISOString(),
    });
    expect(personRefsOf(anonymous)).toEqual([]);
  });
});
