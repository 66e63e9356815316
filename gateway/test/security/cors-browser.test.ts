import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { startStack, tokenFor } from '@voicegraph/testkit';
import { launchBrowser, screenshotPath, TestBrowser } from '@voicegraph/testkit/browser';

/** A front end: one page that asks the gateway who is signed in and writes what happened. */
function frontEnd(): Promise<{ origin: string; setGateway(url: string, token: string): void; close(): void }> {
  let gateway = '';
  let token = '';
  const server: Server = createServer((_req, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(`<!doctype html><html><head><title>Front end</title></head><body><p id="out">asking…</p><script>
      fetch(${JSON.stringify(gateway)}, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer ${token}' },
        body: JSON.stringify({ query: '{ __typename }' }),
      })
        .then((r) => r.json())
        .then((body) => { document.getElementById('out').textContent = 'answered: ' + body.data.__typename; })
        .catch((error) => { document.getElementById('out').textContent = 'refused: ' + error.message; });
    </script></body></html>`);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () =>
      resolve({
        origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        setGateway(url, bearer) {
          gateway = url;
          token = bearer;
        },
        close: () => server.close(),
      }),
    );
  });
}

describe('browsers may call the gateway only from the origins in VOICEGRAPH_CORS_ORIGINS', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  let browser: TestBrowser;
  let listed: Awaited<ReturnType<typeof frontEnd>>;
  let other: Awaited<ReturnType<typeof frontEnd>>;

  beforeAll(async () => {
    listed = await frontEnd();
    other = await frontEnd();
    stack = await startStack(['people'], { consumers: false, jobs: false }, { VOICEGRAPH_CORS_ORIGINS: listed.origin });
    const token = await tokenFor({ sub: randomUUID(), roles: ['ANALYST'] });
    listed.setGateway(stack.gateway.url, token);
    other.setGateway(stack.gateway.url, token);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    listed?.close();
    other?.close();
  });

  const outcome = async (origin: string, name: string): Promise<string> => {
    const page = await browser.newPage();
    await page.goto(origin);
    await page.waitForFunction(() => !document.getElementById('out')!.textContent!.startsWith('asking'));
    await page.screenshot({ path: screenshotPath(name) });
    const text = (await page.textContent('#out')) ?? '';
    await page.close();
    return text;
  };

  it('a page from a listed origin gets its answer', async () => {
    expect(await outcome(listed.origin, 'cors-listed-origin')).toBe('answered: Query');
  });

  it('a page from another local origin is refused by the browser', async () => {
    expect(await outcome(other.origin, 'cors-other-origin')).toMatch(/^refused: Failed to fetch/);
  });
});
