import { Context, context, propagation, trace, Tracer } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { Resource } from '@opentelemetry/resources';
import { BatchSpanProcessor, ReadableSpan, Span, SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { instrumentPg, REDACTED_PG_ATTRIBUTES } from './pg-spans';
import { loadTracingConfig, TracingConfig } from './tracing-config';

/**
 * One tracer provider per service name, so that each service's spans carry its own
 * `service.name` even when several run in one process (tests, `npm start` stays one per process).
 * A service with no provider gets the API's no-op tracer: spans cost nothing and go nowhere.
 */
const providers = new Map<string, NodeTracerProvider>();
/** The service each live span was started by, so pg spans can follow it (see pg-spans). */
const serviceOfSpan = new WeakMap<object, string>();
let contextReady = false;

/** The context manager and W3C propagator, once per process, whatever the service. */
function useW3cContext(): void {
  if (contextReady) return;
  contextReady = true;
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
}

/**
 * Starts exporting this service's spans by OTLP/HTTP (JSON) when an endpoint is configured;
 * with none, registers nothing and opens no connection. Returns the function that flushes and
 * stops the export (call it on shutdown, after the last span ended).
 */
export function startTracing(service: string, config: TracingConfig = loadTracingConfig()): () => Promise<void> {
  if (!config.tracesEndpoint || providers.has(service)) return async () => undefined;
  useW3cContext();
  const provider = new NodeTracerProvider({
    resource: new Resource({ 'service.name': `voicegraph-${service}`, 'service.namespace': 'voicegraph' }),
    spanProcessors: [
      new ExportWithout(
        REDACTED_PG_ATTRIBUTES,
        service,
        new BatchSpanProcessor(new OTLPTraceExporter({ url: config.tracesEndpoint })),
      ),
    ],
  });
  providers.set(service, provider);
  instrumentPg((span) => {
    const owner = serviceOfSpan.get(span);
    return owner === undefined ? undefined : providers.get(owner)?.getTracer('voicegraph');
  });
  return async () => {
    if (providers.get(service) !== provider) return;
    providers.delete(service);
    // Flushes what is left; a collector that is down must not fail the service's shutdown.
    await provider.shutdown().catch(() => undefined);
  };
}

/** The tracer for one service: its own provider's when tracing is on, otherwise a no-op. */
export function tracerFor(service: string): Tracer {
  return (providers.get(service) ?? trace).getTracer('voicegraph');
}

/**
 * Notes which service started each span, and removes attributes that must not leave the
 * process (the SQL text of pg spans) before the span is exported.
 */
class ExportWithout implements SpanProcessor {
  constructor(
    private readonly redacted: string[],
    private readonly service: string,
    private readonly next: SpanProcessor,
  ) {}

  onStart(span: Span, parentContext: Context): void {
    serviceOfSpan.set(span, this.service);
    this.next.onStart(span, parentContext);
  }

  onEnd(span: ReadableSpan): void {
    for (const key of this.redacted) delete (span.attributes as Record<string, unknown>)[key];
    this.next.onEnd(span);
  }

  forceFlush(): Promise<void> {
    return this.next.forceFlush();
  }

  shutdown(): Promise<void> {
    return this.next.shutdown();
  }
}
