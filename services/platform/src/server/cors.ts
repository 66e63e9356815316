import { IncomingMessage, ServerResponse } from 'node:http';

/** What a front end sends: its token, JSON, a request id, and Apollo's CSRF-prevention header. */
const ALLOWED_HEADERS = 'authorization, content-type, x-request-id, apollo-require-preflight';
const ALLOWED_METHODS = 'GET, POST, OPTIONS';
/** Browsers may reuse a preflight answer this long (seconds). */
const PREFLIGHT_MAX_AGE = '600';

/**
 * CORS with an allow-list. A request from a listed origin gets `Access-Control-Allow-Origin`
 * naming it (never `*`, never credentials: tokens travel in the Authorization header); its
 * preflight is answered 204. A request or preflight from any other origin is refused with 403,
 * so a page elsewhere can neither read nor cause anything. Requests without `Origin` (servers,
 * curl) are not browsers' and pass. Returns 'answered' when the response was sent here.
 */
export function applyCors(req: IncomingMessage, res: ServerResponse, allowed: readonly string[]): 'answered' | 'go on' {
  const origin = req.headers.origin;
  res.setHeader('vary', 'Origin');
  if (!origin) return 'go on';
  if (!allowed.includes(origin)) {
    req.resume();
    res.statusCode = 403;
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.end(
      JSON.stringify({
        errors: [
          {
            message: `Browsers at ${origin.slice(0, 200)} may not call this graph (not in VOICEGRAPH_CORS_ORIGINS).`,
            extensions: { code: 'FORBIDDEN' },
          },
        ],
      }),
    );
    return 'answered';
  }
  res.setHeader('access-control-allow-origin', origin);
  if (req.method === 'OPTIONS') {
    req.resume();
    res.statusCode = 204;
    res.setHeader('access-control-allow-methods', ALLOWED_METHODS);
    res.setHeader('access-control-allow-headers', ALLOWED_HEADERS);
    res.setHeader('access-control-max-age', PREFLIGHT_MAX_AGE);
    res.end();
    return 'answered';
  }
  return 'go on';
}
