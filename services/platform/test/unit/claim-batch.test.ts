import { keepOrderedPrefix } from '../../src/outbox/claim-batch';

const row = (id: string, key: string) => ({ id, key, topic: 't', envelope: '{}', type: 't', eventId: id });

describe('keepOrderedPrefix (per-aggregate order across relays)', () => {
  it('keeps every claimed row when no other relay holds an earlier row of its aggregate', () => {
    const claimed = [row('1', 'a'), row('2', 'b'), row('3', 'a')];
    expect(keepOrderedPrefix(claimed, [{ key: 'a', first_foreign: '9' }]).map((r) => r.id)).toEqual(['1', '2', '3']);
  });

  it('drops an aggregate whose earlier row is held elsewhere', () => {
    const claimed = [row('5', 'a'), row('6', 'b')];
    expect(keepOrderedPrefix(claimed, [{ key: 'a', first_foreign: '2' }]).map((r) => r.id)).toEqual(['6']);
  });

  it('keeps only the rows before a gap held by another relay', () => {
    const claimed = [row('1', 'a'), row('3', 'a'), row('4', 'a')];
    expect(keepOrderedPrefix(claimed, [{ key: 'a', first_foreign: '2' }]).map((r) => r.id)).toEqual(['1']);
  });

  it('compares ids as numbers, not text', () => {
    expect(keepOrderedPrefix([row('9', 'a')], [{ key: 'a', first_foreign: '10' }]).map((r) => r.id)).toEqual(['9']);
  });
});
