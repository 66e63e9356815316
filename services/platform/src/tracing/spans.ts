import { context, propagation, Span, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { tracerFor } from './start-tracing';

type Carrier = Record<string, string | string[] | undefined>;

/**
 * Runs `work` inside a span of `service` that is the current span for everything it awaits
 * (AsyncLocalStorage), continuing the trace named by `parent` (W3C `traceparent`/`tracestate`
 * keys) when there is one. An error marks the span and is thrown on unchanged.
 */
export async function inSpan<T>(
  service: string,
  name: string,
  options: { kind: SpanKind; parent?: Carrier; attributes?: Record<string, string | number> },
  work: (span: Span) => Promise<T>,
): Promise<T> {
  const base = options.parent ? propagation.extract(context.active(), options.parent) : context.active();
  const span = tracerFor(service).startSpan(name, { kind: options.kind, attributes: options.attributes }, base);
  try {
    return await context.with(trace.setSpan(base, span), () => work(span));
  } catch (error) {
    span.recordException(error as Error);
    span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
    throw error;
  } finally {
    span.end();
  }
}

/** The current trace context as W3C fields (`traceparent`, and `tracestate` when set); empty when tracing is off. */
export function traceHeaders(): { traceparent?: string; tracestate?: string } {
  const headers: Record<string, string> = {};
  propagation.inject(context.active(), headers);
  return headers;
}

export { SpanKind };
