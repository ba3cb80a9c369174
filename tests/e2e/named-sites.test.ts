/**
 * The named sites' current layouts in real Chromium: each of our posting fixtures modelled on
 * them (LinkedIn's 2025–26 logged-in view and 2026 guest page, SEEK on au.seek.com, Totaljobs,
 * the new Greenhouse board, a Workable page before and after its app renders) gets exactly one
 * full badge, on the real host names (mapped to the local server).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settledBadge, startHarness, type Harness } from './harness';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

const POSTINGS: readonly [string, string][] = [
  ['https://www.linkedin.com/jobs/view/4398765432/', 'linkedin:4398765432'],
  ['https://au.linkedin.com/jobs/view/data-platform-engineer-at-koala-reach-4412345678', 'linkedin:4412345678'],
  ['https://au.seek.com/job/82345678', 'seek:82345678'],
  ['https://www.totaljobs.com/job/data-analyst/harrowgate-analytics-job107712345', 'totaljobs:107712345'],
  ['https://job-boards.greenhouse.io/fernwood/jobs/6012345', 'greenhouse:6012345'],
  ['https://apply.workable.com/harbourline/j/3F7A1C9B2E/', 'workable:3F7A1C9B2E'],
  ['https://apply.workable.com/harbourline/j/7C4D2A9E1B/', 'workable:7C4D2A9E1B'],
];

describe('named sites, current layouts (real Chromium)', () => {
  it.each(POSTINGS)('%s gets exactly one full badge', async (href, jobKey) => {
    const page = await h.browser.context.newPage();
    await page.goto(href);
    await settledBadge(page, jobKey);
    expect(await page.locator('paylens-badge[data-variant="full"]').count()).toBe(1);
    expect(await page.locator(`paylens-badge[data-variant="full"][data-job-key="${jobKey}"]`).count()).toBe(1);
    await page.close();
  });

  it('on the LinkedIn logged-in view the badge sits right after the title paragraph', async () => {
    const page = await h.browser.context.newPage();
    await page.goto(POSTINGS[0]![0]);
    await settledBadge(page, POSTINGS[0]![1]);
    const previous = await page.evaluate(() => document.querySelector('paylens-badge')?.previousElementSibling?.textContent?.trim());
    expect(previous).toBe('Backend Platform Engineer');
    await page.close();
  });

  it('on a Workable shell the badge waits inside the app root, and moves after the title once the app renders', async () => {
    const page = await h.browser.context.newPage();
    await page.goto('https://apply.workable.com/harbourline/j/7C4D2A9E1B/');
    await settledBadge(page, 'workable:7C4D2A9E1B');
    expect(await page.evaluate(() => document.querySelector('paylens-badge')?.parentElement?.id)).toBe('app');
    // What the app does when it has fetched the job: replace #app's children.
    await page.evaluate(() => {
      document.getElementById('app')!.replaceChildren();
      document.getElementById('app')!.insertAdjacentHTML(
        'beforeend',
        '<main><h1 data-ui="job-title">Warehouse Operations Lead</h1><span data-ui="job-location">Lisbon, Lisbon, Portugal</span></main>',
      );
    });
    await page.waitForFunction(() => document.querySelector('paylens-badge')?.previousElementSibling?.getAttribute('data-ui') === 'job-title', null, { timeout: 15_000 });
    expect(await page.locator('paylens-badge[data-variant="full"]').count()).toBe(1);
    await page.close();
  });
});
