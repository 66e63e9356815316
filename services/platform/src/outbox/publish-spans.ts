import { propagation, ROOT_CONTEXT, Span, SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { tracerFor } from '../tracing/start-tracing';
import { OutboxRow } from './outbox-row';

/**
 * Runs `publish` (one Kafka request for a batch of outbox rows) inside a `<topic> publish`
 * producer span per row that carries a trace context: each span continues the trace of the
 * request that wrote its row (the envelope's CloudEvents `traceparent`), so the relay's hand-off
 * to Kafka shows in that request's trace, however much later it happens. Rows without a trace
 * context (written outside a traced request) get none; with tracing off the spans are no-ops.
 */
export async function inPublishSpans(service: string, rows: OutboxRow[], publish: () => Promise<void>): Promise<void> {
  const tracer = tracerFor(service);
  const spans: Span[] = rows
    .filter((row) => row.traceparent)
    .map((row) =>
      tracer.startSpan(
        `${row.topic} publish`,
        {
          kind: SpanKind.PRODUCER,
          attributes: {
            'messaging.system': 'kafka',
            'messaging.operation': 'publish',
            'messaging.destination.name': row.topic,
            'messaging.message.id': row.eventId,
            'messaging.batch.message_count': rows.length,
          },
        },
        propagation.extract(ROOT_CONTEXT, { traceparent: row.traceparent, tracestate: row.tracestate ?? undefined }),
      ),
    );
  try {
    await publish();
  } catch (error) {
    for (const span of spans) span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
    throw error;
  } finally {
    for (const span of spans) span.end();
  }
}
