import { ConfigError } from '../../src/config/env';
import { loadServiceConfig } from '../../src/config/service-config';
import { DEFAULT_TOPIC_RETENTION, topicConfigEntries } from '../../src/kafka/ensure-topics';

describe('topic retention (the log forgets on a stated schedule)', () => {
  it('by default topics keep events 14 days in one-day segments: an erased person is gone within 15 days', () => {
    expect(loadServiceConfig('people', {}).topicRetention).toEqual({
      retentionMs: 1_209_600_000,
      segmentMs: 86_400_000,
    });
    expect(DEFAULT_TOPIC_RETENTION.retentionMs + DEFAULT_TOPIC_RETENTION.segmentMs).toBe(15 * 86_400_000);
  });

  it('topics delete old segments (never compact, which would keep the last event of each person)', () => {
    expect(topicConfigEntries({ retentionMs: 5000, segmentMs: 1000 })).toEqual([
      { name: 'cleanup.policy', value: 'delete' },
      { name: 'retention.ms', value: '5000' },
      { name: 'segment.ms', value: '1000' },
    ]);
  });

  it('a shorter retention can be configured, a segment never longer than it', () => {
    expect(loadServiceConfig('feedback', { KAFKA_TOPIC_RETENTION_MS: '5000' }).topicRetention).toEqual({
      retentionMs: 5000,
      segmentMs: 5000,
    });
    expect(() =>
      loadServiceConfig('feedback', { KAFKA_TOPIC_RETENTION_MS: '5000', KAFKA_TOPIC_SEGMENT_MS: '9000' }),
    ).toThrow(/KAFKA_TOPIC_SEGMENT_MS must not be longer than KAFKA_TOPIC_RETENTION_MS/);
  });

  it('refuses keeping events for ever or past 90 days', () => {
    for (const value of ['-1', '0', String(91 * 86_400_000), 'forever'])
      expect(() => loadServiceConfig('governance', { KAFKA_TOPIC_RETENTION_MS: value })).toThrow(ConfigError);
  });
});
