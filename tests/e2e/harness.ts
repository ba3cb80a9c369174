/** Shared set-up for end-to-end tests: page server + Chromium with the granted test build. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/browser';
import { DEMO_ROOT, hostsOf } from '../../scripts/lib/demo';
import { startPageServer, type PageServer } from '../../scripts/lib/https-server';
import { SITES_ROOT } from '../unit/helpers/fixtures';

/** the granted test build; PAYLENS_E2E_EXTENSION points at another (e.g. an older build, to see a test fail) */
export const EXTENSION_PATH = resolve(process.env.PAYLENS_E2E_EXTENSION ?? '.output-granted/chrome-mv3');
/** the hostile pages of the end-to-end suite (tests/e2e/pages/README.md) */
export const HOSTILE_ROOT = `${resolve('tests/e2e/pages')}/`;

export interface Harness {
  server: PageServer;
  browser: ExtensionBrowser;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  if (!existsSync(`${EXTENSION_PATH}/manifest.json`)) {
    throw new Error(`No test build at ${EXTENSION_PATH}: run "npm run build:granted" (npm run test:e2e does).`);
  }
  const roots = [DEMO_ROOT, SITES_ROOT, HOSTILE_ROOT];
  const server = await startPageServer(roots);
  const browser = await launchWithExtension({ extensionPath: EXTENSION_PATH, port: server.port, hosts: hostsOf(roots), headless: true });
  return {
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Wait until the full badge for this job key has an answer (not loading). */
export async function settledBadge(page: Page, jobKey: string, timeout = 15_000) {
  const badge = page.locator(`paylens-badge[data-variant="full"][data-job-key="${jobKey}"]:not([data-state="loading"])`);
  await badge.waitFor({ timeout });
  return badge;
}

export function badgeText(page: Page): Promise<string[]> {
  return page.$$eval('paylens-badge', (els) => els.map((el) => (el.shadowRoot?.querySelector('.pl')?.textContent ?? '').replace(/\s+/g, ' ').trim()));
}

/** Open the badge's details and return its whole text. */
export async function expandedText(badge: Locator): Promise<string> {
  const toggle = badge.locator('button[aria-expanded]');
  if ((await toggle.count()) > 0 && (await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  // the card's code is loaded on the first open
  if ((await toggle.count()) > 0) await badge.locator('[data-testid="badge-details"]').waitFor({ timeout: 5_000 });
  return badge.evaluate((el) => el.shadowRoot!.querySelector('.pl')!.textContent!.replace(/\s+/g, ' ').trim());
}
