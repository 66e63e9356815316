import { loadTracingConfig } from '../../src/tracing/tracing-config';
import { startTracing, tracerFor } from '../../src/tracing/start-tracing';
import { inSpan, SpanKind, traceHeaders } from '../../src/tracing/spans';

describe('tracing configuration', () => {
  it('exports nothing when no OTLP endpoint is configured', () => {
    expect(loadTracingConfig({})).toEqual({});
  });

  it('appends /v1/traces to OTEL_EXPORTER_OTLP_ENDPOINT, as the OpenTelemetry specification says', () => {
    expect(loadTracingConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318/' }).tracesEndpoint).toBe(
      'http://127.0.0.1:4318/v1/traces',
    );
    expect(loadTracingConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'https://otel.example/base' }).tracesEndpoint).toBe(
      'https://otel.example/base/v1/traces',
    );
  });

  it('uses OTEL_EXPORTER_OTLP_TRACES_ENDPOINT as it is, before the base endpoint', () => {
    const env = { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://a:4318', OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://b:9/t' };
    expect(loadTracingConfig(env).tracesEndpoint).toBe('http://b:9/t');
  });

  it('turns tracing off with OTEL_SDK_DISABLED=true whatever endpoint is set', () => {
    expect(loadTracingConfig({ OTEL_SDK_DISABLED: 'true', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://a:4318' })).toEqual({});
  });

  it('refuses an endpoint that is not an http(s) URL, naming the variable', () => {
    expect(() => loadTracingConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4317' })).toThrow(
      /OTEL_EXPORTER_OTLP_ENDPOINT must use http or https/,
    );
    expect(() => loadTracingConfig({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'not a url' })).toThrow(
      /OTEL_EXPORTER_OTLP_TRACES_ENDPOINT must be an http\(s\) URL/,
    );
  });
});

describe('tracing on and off', () => {
  it('records no span and adds no traceparent when no endpoint is configured', async () => {
    const stop = startTracing('people', {});
    const seen = await inSpan('people', 'work', { kind: SpanKind.INTERNAL }, async (span) => ({
      recording: span.isRecording(),
      headers: traceHeaders(),
    }));
    expect(tracerFor('people').startSpan('probe').isRecording()).toBe(false);
    expect(seen).toEqual({ recording: false, headers: {} });
    await stop();
  });

  it('continues a caller’s traceparent once a provider is registered, and only then', async () => {
    const parent = '00-0af7651916cd43dd8448eb211cb319c7-b7ad6b7169203331-01';
    const stop = startTracing('people', { tracesEndpoint: 'http://127.0.0.1:9/v1/traces' });
    const inner = await inSpan('people', 'work', { kind: SpanKind.SERVER, parent: { traceparent: parent } }, async () =>
      traceHeaders(),
    );
    expect(inner.traceparent).toMatch(/^00-0af7651916cd43dd8448eb211cb319c7-[0-9a-f]{16}-01$/);
    expect(inner.traceparent).not.toBe(parent);
    await stop();
  });
});
