import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { CHROMIUM_FLAGS, launchBrowser, screenshotPath, TestBrowser } from '@voicegraph/testkit/browser';

jest.setTimeout(120_000);

let browser: TestBrowser;
let server: Server;
let origin: string;

beforeAll(async () => {
  server = createServer((_request, response) => {
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.end('<!doctype html><html lang="en"><title>Smoke</title><h1>Chromium answers</h1></html>');
  });
  await new Promise<void>((done) => {
    server.listen(0, '127.0.0.1', done);
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => {
    server?.close(done);
  });
});

test('the test browser is a real headless Chromium that loads a local page, screenshots it and prints a PDF', async () => {
  const page = await browser.newPage();
  await page.goto(origin);
  expect(await page.title()).toBe('Smoke');
  expect(await page.locator('h1').textContent()).toBe('Chromium answers');
  expect(await page.evaluate(() => navigator.userAgent)).toMatch(/HeadlessChrome|Chrome\//);

  const png = screenshotPath('browser-smoke');
  await page.screenshot({ path: png });
  expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');
  expect((await page.pdf()).subarray(0, 5).toString()).toBe('%PDF-');
});

test('Chromium runs with the switches that keep it off the (closed) network', async () => {
  const page = await browser.newPage();
  await page.goto('chrome://version');
  const commandLine = await page.locator('#command_line').textContent();
  for (const flag of CHROMIUM_FLAGS.filter((f) => f !== '--headless')) expect(commandLine).toContain(flag);
  expect(commandLine).toMatch(/--user-data-dir=\S*voicegraph-chromium-/);
});
