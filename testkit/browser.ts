import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BrowserContext, chromium, Page } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '@voicegraph/web/report/chromium';

// One Chromium set-up for the report's PDF and the browser tests: the same binary and switches.
export { CHROMIUM_FLAGS, CHROMIUM_PATH } from '@voicegraph/web/report/chromium';

const REPO_ROOT = resolve(__dirname, '..');
const ENSURE_CHROMIUM = join(REPO_ROOT, 'tools', 'scripts', 'ensure-chromium.sh');

/** Where browser tests save screenshots (git-ignored); `screenshotPath('board')` is `<that>/board.png`. */
export const SCREENSHOT_DIR = join(REPO_ROOT, '.artifacts', 'screenshots');

let chromiumChecked = false;

/** Installs Chromium with apt-get if it is missing (once per process; silent when present). Never skips. */
export function ensureChromium(): void {
  if (chromiumChecked) return;
  execFileSync(ENSURE_CHROMIUM, { stdio: ['ignore', 'inherit', 'inherit'] });
  chromiumChecked = true;
}

export interface TestBrowser {
  /** One browser context on a fresh profile (its own --user-data-dir). */
  context: BrowserContext;
  newPage(): Promise<Page>;
  /** Closes Chromium and deletes its profile directory. */
  close(): Promise<void>;
}

/** Launches headless Chromium with playwright-core on a fresh, throw-away profile. */
export async function launchBrowser(): Promise<TestBrowser> {
  ensureChromium();
  const profile = mkdtempSync(join(tmpdir(), 'voicegraph-chromium-'));
  // Playwright takes the profile as launchPersistentContext's argument and refuses --user-data-dir in args.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  return {
    context,
    newPage: () => context.newPage(),
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The path for a screenshot named `name` under SCREENSHOT_DIR (created if needed). */
export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return join(SCREENSHOT_DIR, `${name}.png`);
}
