import { ConfigError } from '@voicegraph/platform';
import { monthsOf } from '../../src/analytics/reach-cache';
import { readConsultationsSettings } from '../../src/domain/settings';

describe('consultations settings', () => {
  it('keeps 256 reach results by default, takes 0 to turn reuse off, and names the variable when it is wrong', () => {
    expect(readConsultationsSettings({}).reachCacheEntries).toBe(256);
    expect(readConsultationsSettings({ CONSULTATIONS_REACH_CACHE_ENTRIES: '0' }).reachCacheEntries).toBe(0);
    expect(() => readConsultationsSettings({ CONSULTATIONS_REACH_CACHE_ENTRIES: '-1' })).toThrow(ConfigError);
    expect(() => readConsultationsSettings({ CONSULTATIONS_REACH_CACHE_ENTRIES: 'lots' })).toThrow(
      /CONSULTATIONS_REACH_CACHE_ENTRIES/,
    );
  });
});

describe('the months a period covers', () => {
  it('lists the first day of each month, across a year end', () => {
    expect(monthsOf('2025-11-01', new Date('2026-02-01T00:00:00Z'))).toEqual([
      '2025-11-01',
      '2025-12-01',
      '2026-01-01',
    ]);
    expect(monthsOf('2025-06-01', new Date('2025-07-01T00:00:00Z'))).toEqual(['2025-06-01']);
  });
});
