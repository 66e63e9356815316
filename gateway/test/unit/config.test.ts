import { ConfigError, EnvReader } from '@voicegraph/platform';
import { loadGatewayConfig, readWorkers } from '../../src/config';

describe('gateway worker settings', () => {
  it('runs one worker per core by default, at most 8, and takes a number from 1 to 64', () => {
    const reader = new EnvReader({});
    expect(readWorkers(reader, undefined, 2)).toBe(2);
    expect(readWorkers(reader, 'auto', 1)).toBe(1);
    expect(readWorkers(reader, 'auto', 32)).toBe(8);
    expect(readWorkers(reader, '3', 2)).toBe(3);
    expect(() => reader.done()).not.toThrow();
  });

  it('names GATEWAY_WORKERS and GATEWAY_SEMI_SPACE_MIB when they are wrong', () => {
    expect(() => loadGatewayConfig({ GATEWAY_WORKERS: 'many' })).toThrow(
      /GATEWAY_WORKERS must be "auto" or a whole number from 1 to 64 \(got "many"\)/,
    );
    expect(() => loadGatewayConfig({ GATEWAY_WORKERS: '0' })).toThrow(ConfigError);
    expect(() => loadGatewayConfig({ GATEWAY_SEMI_SPACE_MIB: '0' })).toThrow(/GATEWAY_SEMI_SPACE_MIB/);
    expect(loadGatewayConfig({ GATEWAY_WORKERS: '2' }).semiSpaceMiB).toBe(32);
  });
});
