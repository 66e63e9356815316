import { ApolloServer } from '@apollo/server';
import { Server } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { AddressInfo, connect, Socket } from 'node:net';
import { closeServer, createHttpServer, listen } from '../../src/server/http-server';
import { createLogger } from '../../src/logging/logger';
import { launchBrowser } from '@voicegraph/testkit/browser';

const LIMIT = 262_144;
const FIVE_MB = 5 * 1024 * 1024;
const bigBody = () => JSON.stringify({ query: '{ hello }', variables: { padding: 'x'.repeat(FIVE_MB) } });

/** Writes `head` on a new connection and reads until the connection ends; answers everything read. */
function raw(port: number, head: string, then?: (socket: Socket, soFar: string) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    const socket = connect(port, '127.0.0.1', () => socket.write(head));
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      text += chunk;
      then?.(socket, text);
    });
    socket.on('end', () => resolve(text));
    socket.on('error', reject);
  });
}

const requestHead = (length: number, extra = '') =>
  `POST /graphql HTTP/1.1\r\nHost: localhost\r\ncontent-type: application/json\r\ncontent-length: ${length}\r\n${extra}\r\n`;

/**
 * A body over the limit is refused with 413 at once, and the rest of it is not read: reading
 * megabytes only to throw them away is what an attacker would like the server to do. Real clients
 * (Node's fetch; Chromium, which reads it once its upload fails) still receive the 413, not a reset.
 */
describe('a request body over the limit', () => {
  let apollo: ApolloServer;
  let server: Server;
  let port: number;
  /** Every connection the server accepted, to see how much of each it read. */
  const sockets: Socket[] = [];
  const origins: string[] = [];

  beforeAll(async () => {
    apollo = new ApolloServer({
      typeDefs: 'type Query { hello: String }',
      resolvers: { Query: { hello: () => 'hi' } },
    });
    await apollo.start();
    server = createHttpServer({
      apollo,
      context: async () => ({}),
      readiness: { check: async () => ({ ready: true, details: {} }) },
      logger: createLogger('request-body-test', 'silent'),
      maxBodyBytes: LIMIT,
      // As the gateway's rate limit does: the body starts arriving while this waits.
      admit: () => sleep(20).then(() => undefined),
      cors: { origins },
    });
    server.on('connection', (socket: Socket) => sockets.push(socket));
    port = await listen(server, 0, '127.0.0.1');
    origins.push(`http://127.0.0.1:${port}`); // the browser test's page
  });
  afterAll(async () => {
    await closeServer(server, 1000);
    await apollo.stop();
  });

  const url = () => `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const post = async (body: RequestInit['body'], init: RequestInit = {}) => {
    const response = await fetch(url(), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      ...init,
    });
    return {
      status: response.status,
      body: (await response.json()) as { errors?: { extensions: { code: string } }[] },
    };
  };

  it('is answered 413 when Content-Length says so, before any of the body is sent', async () => {
    const answer = await raw(port, requestHead(FIVE_MB));
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toMatch(/connection: close/i);
    expect(answer).toContain('"BAD_USER_INPUT"');
  });

  it('is refused without inviting it when the client asks first (Expect: 100-continue)', async () => {
    const answer = await raw(port, requestHead(FIVE_MB, 'expect: 100-continue\r\n'));
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).not.toContain('100 Continue');
  });

  it('in the limit, is invited when the client asks first, and answered', async () => {
    const body = JSON.stringify({ query: '{ hello }' });
    const answer = await raw(
      port,
      requestHead(body.length, 'expect: 100-continue\r\nconnection: close\r\n'),
      (socket, soFar) => {
        if (soFar === 'HTTP/1.1 100 Continue\r\n\r\n') socket.write(body);
      },
    );
    expect(answer).toMatch(/^HTTP\/1\.1 100 Continue\r\n\r\nHTTP\/1\.1 200 /);
    expect(answer).toContain('"hello":"hi"');
  });

  it('reaches Node’s fetch as the 413 every time, and is mostly left unread', async () => {
    sockets.length = 0;
    const body = bigBody();
    for (let i = 0; i < 20; i += 1) {
      const answer = await post(body);
      expect(answer.status).toBe(413);
      expect(answer.body.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    }
    expect(sockets).toHaveLength(20);
    for (const socket of sockets) expect(socket.bytesRead).toBeLessThan(FIVE_MB / 2);
  });

  it('reaches Chromium as the 413 too (it reads it once its upload fails), mostly left unread', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${port}/health`); // the same origin as /graphql
      sockets.length = 0;
      const statuses = await page.evaluate(async (size) => {
        const body = JSON.stringify({ query: '{ hello }', variables: { padding: 'x'.repeat(size) } });
        const answers: (number | string)[] = [];
        for (let i = 0; i < 3; i += 1) {
          try {
            const response = await fetch('/graphql', {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body,
            });
            answers.push(response.status);
          } catch (error) {
            answers.push(String(error));
          }
        }
        return answers;
      }, FIVE_MB);
      expect(statuses).toEqual([413, 413, 413]);
      expect(sockets.length).toBeGreaterThan(0);
      for (const socket of sockets) expect(socket.bytesRead).toBeLessThan(FIVE_MB / 2);
    } finally {
      await browser.close();
    }
  });

  it('is refused as soon as it exceeds the limit when it has no Content-Length, and mostly left unread', async () => {
    sockets.length = 0;
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= FIVE_MB) return controller.close();
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const answer = await post(stream, { duplex: 'half' } as RequestInit);
    expect(answer.status).toBe(413);
    expect(sockets).toHaveLength(1);
    expect(sockets[0].bytesRead).toBeLessThan(FIVE_MB / 2);
  });

  it('in the limit, is read and answered', async () => {
    const body = JSON.stringify({ query: '{ hello }', variables: { padding: 'x'.repeat(LIMIT - 100) } });
    for (let i = 0; i < 3; i += 1) {
      const answer = await post(body);
      expect(answer.status).toBe(200);
    }
  });
});
