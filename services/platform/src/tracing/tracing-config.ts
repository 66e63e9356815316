/** Where spans go: an OTLP/HTTP traces endpoint, or nowhere (the default: nothing leaves the process). */
export interface TracingConfig {
  /** Full URL of the OTLP/HTTP (JSON) traces endpoint, e.g. http://127.0.0.1:4318/v1/traces; undefined = off. */
  tracesEndpoint?: string;
}

/**
 * Reads the standard OpenTelemetry variables: OTEL_EXPORTER_OTLP_TRACES_ENDPOINT (used as it is)
 * or OTEL_EXPORTER_OTLP_ENDPOINT (a base URL, `/v1/traces` appended, as the specification says).
 * OTEL_SDK_DISABLED=true turns tracing off whatever else is set. A value that is not an http(s)
 * URL stops the service at start with the variable's name, rather than exporting nowhere silently.
 */
export function loadTracingConfig(env: NodeJS.ProcessEnv = process.env): TracingConfig {
  if ((env.OTEL_SDK_DISABLED ?? '').trim().toLowerCase() === 'true') return {};
  const traces = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim();
  if (traces) return { tracesEndpoint: httpUrl('OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', traces).toString() };
  const base = env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
  if (!base) return {};
  const url = httpUrl('OTEL_EXPORTER_OTLP_ENDPOINT', base);
  return { tracesEndpoint: `${url.origin}${url.pathname.replace(/\/+$/, '')}/v1/traces` };
}

function httpUrl(name: string, value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${name} must be an http(s) URL such as http://127.0.0.1:4318, got "${value}".`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`${name} must use http or https (OTLP over HTTP), got "${url.protocol}".`);
  if (url.search || url.hash) throw new Error(`${name} must not carry a query string or fragment.`);
  return url;
}
