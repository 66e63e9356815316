import { Context, context, Span, SpanOptions, trace, Tracer, TracerProvider } from '@opentelemetry/api';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { Client } from 'pg';

/** Attributes a pg span must not carry out of the process: the SQL text (docs/operations.md, Tracing). */
export const REDACTED_PG_ATTRIBUTES = ['db.statement', 'db.query.text'];

/**
 * A tracer that starts each span with the tracer of the service whose span is current, so a
 * statement is reported by the service that ran it even when several services share one process
 * (and one `pg` module) as in tests. With no current span of a traced service it starts nothing.
 */
function followingTracer(tracerOfSpan: (span: Span) => Tracer | undefined): Tracer {
  const pick = (ctx: Context) => {
    const parent = trace.getSpan(ctx);
    return parent ? tracerOfSpan(parent) : undefined;
  };
  const noop = trace.getTracer('voicegraph-none'); // the API's no-op while no global provider is set
  return {
    startSpan(name: string, options?: SpanOptions, ctx: Context = context.active()): Span {
      return (pick(ctx) ?? noop).startSpan(name, options, ctx);
    },
    startActiveSpan(name: string, ...rest: unknown[]) {
      const fn = rest.pop() as (span: Span) => unknown;
      const [options, ctx = context.active()] = rest as [SpanOptions | undefined, Context | undefined];
      const span = this.startSpan(name, options, ctx);
      return context.with(trace.setSpan(ctx, span), fn, undefined, span);
    },
  } as Tracer;
}

let instrumented = false;

/**
 * Spans for every SQL statement a traced service sends (`pg.query:SELECT <database>`, with the
 * database, user and peer, without the SQL text), by @opentelemetry/instrumentation-pg. The
 * platform imports `pg` before any tracing starts and registers no global provider, so the
 * instrumentation's require hook would never fire and its spans would go to no service: instead
 * its patch is applied here to the `pg` module this process uses, once, with a tracer that follows
 * the current span's service. Only statements inside a span are recorded (requireParentSpan).
 */
export function instrumentPg(tracerOfSpan: (span: Span) => Tracer | undefined): void {
  if (instrumented) return;
  instrumented = true;
  const instrumentation = new PgInstrumentation({ enabled: false, requireParentSpan: true });
  const following = followingTracer(tracerOfSpan);
  instrumentation.setTracerProvider({ getTracer: () => following } satisfies TracerProvider);
  const pgModule = instrumentation.getModuleDefinitions().find((definition) => definition.name === 'pg');
  pgModule?.patch?.({ Client }, undefined);
}
