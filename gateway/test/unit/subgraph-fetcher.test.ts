import { BufferedResponse, deduplicationKey } from '../../src/subgraph-fetcher';

const url = 'http://127.0.0.1:4001/graphql';
const query = (body: string, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body,
});

describe('deduplicationKey (identical in-flight subgraph queries share one call)', () => {
  it('is the same for the same query, variables and caller, whatever the request id', () => {
    const body =
      '{"query":"query Trail__people__2($representations:[_Any!]!){_entities(representations:$representations){...on Organisation{name}}}","variables":{"representations":[]}}';
    const a = deduplicationKey(url, query(body, { authorization: 'Bearer one', 'x-request-id': 'r1' }));
    const b = deduplicationKey(url, query(body, { 'x-request-id': 'r2', authorization: 'Bearer one' }));
    expect(a).toBeDefined();
    expect(a).toBe(b);
  });

  it('differs by caller, by variables and by subgraph', () => {
    const body = '{"query":"query Q{me{id}}","variables":{}}';
    const base = deduplicationKey(url, query(body, { authorization: 'Bearer one' }));
    expect(deduplicationKey(url, query(body, { authorization: 'Bearer two' }))).not.toBe(base);
    expect(deduplicationKey(url, query(body))).not.toBe(base);
    expect(
      deduplicationKey(url, query('{"query":"query Q{me{id}}","variables":{"x":1}}', { authorization: 'Bearer one' })),
    ).not.toBe(base);
    expect(deduplicationKey('http://127.0.0.1:4002/graphql', query(body, { authorization: 'Bearer one' }))).not.toBe(
      base,
    );
  });

  it('never shares mutations, non-POST requests or abortable ones', () => {
    expect(
      deduplicationKey(url, query('{"query":"mutation M{submitContribution(input:{}){id}}","variables":{}}')),
    ).toBeUndefined();
    expect(deduplicationKey(url, { method: 'GET' })).toBeUndefined();
    expect(
      deduplicationKey(url, { ...query('{"query":"query Q{me{id}}"}'), signal: new AbortController().signal }),
    ).toBeUndefined();
    expect(deduplicationKey(url, query('{"variables":{},"query":"query Q{me{id}}"}'))).toBeUndefined(); // unknown layout: not shared
  });

  it('shares an anonymous query document too', () => {
    expect(deduplicationKey(url, query('{"query":"{ __typename }"}'))).toBeDefined();
  });
});

describe('BufferedResponse', () => {
  it('answers like a fetch response: status, case-insensitive headers, one read of the body', async () => {
    const response = new BufferedResponse(
      url,
      200,
      'OK',
      { 'content-type': 'application/json; charset=utf-8', 'set-cookie': ['a=1', 'b=2'] },
      Buffer.from('{"data":{"x":1}}'),
    );
    expect(response.ok).toBe(true);
    expect(response.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('set-cookie')).toBe('a=1, b=2');
    const copy = response.clone();
    expect(await response.json()).toEqual({ data: { x: 1 } });
    expect(response.bodyUsed).toBe(true);
    await expect(response.text()).rejects.toThrow(/body used already/);
    expect(await copy.text()).toBe('{"data":{"x":1}}');
  });

  it('is not ok outside 2xx and reports invalid JSON with the URL', async () => {
    const response = new BufferedResponse(url, 502, 'Bad Gateway', {}, Buffer.from('<html>'));
    expect(response.ok).toBe(false);
    await expect(response.json()).rejects.toThrow(/invalid json response body at http:\/\/127.0.0.1:4001\/graphql/);
  });
});
