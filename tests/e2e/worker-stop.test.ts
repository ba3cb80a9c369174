/**
 * A fresh profile: the first badge waits for the dataset install, and the service worker is
 * stopped while that request (and the install) is under way. The content script asks again, the
 * new worker installs (the interrupted install left nothing half-written), and the badge shows
 * a real estimate — once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stopServiceWorker } from '../../scripts/lib/browser';
import { ANSWER_TIMEOUT_MS, RETRY_DELAYS_MS } from '../../utils/retry';
import { badgeText, settledBadge, startHarness, type Harness } from './harness';

const RETRY_BUDGET_MS = (RETRY_DELAYS_MS.length + 1) * ANSWER_TIMEOUT_MS + RETRY_DELAYS_MS.reduce((a, b) => a + b, 0);

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

describe('service worker stopped mid-request', () => {
  it('the badge still gets its estimate, once', { timeout: 120_000 }, async () => {
    // Straight after launch the worker is still installing the dataset, so the first estimate
    // waits for it: stop the worker as soon as the badge is there.
    const page = await h.browser.context.newPage();
    await page.goto('https://boards.greenhouse.io/ridgeline/jobs/4012345', { waitUntil: 'commit' });
    await page.locator('paylens-badge').waitFor({ state: 'attached', timeout: 15_000 });
    const stateWhenStopped = await page.locator('paylens-badge').getAttribute('data-state');
    await stopServiceWorker(h.browser);
    // The answer the user sees, however long the new worker's install takes on a loaded machine:
    // the content script asks up to four times, each attempt waiting up to 10 s (utils/retry.ts),
    // so the wait is that whole budget, not a guess shorter than it.
    const badge = await settledBadge(page, 'greenhouse:4012345', RETRY_BUDGET_MS + 5_000);
    expect(await badge.getAttribute('data-state'), (await badgeText(page)).join(' | ')).toBe('ok');
    expect(await page.locator('paylens-badge').count()).toBe(1);
    const [text] = await badgeText(page);
    // (Reported, not asserted: whether the stop really caught the request in flight.)
    console.log(`worker stopped while the badge was "${stateWhenStopped}"`);
    expect(text).toMatch(/^PayLens estimate ~₹[\d.]+ LPA for Senior Software Engineers \(in India\)/);
    await page.close();
  });
});
