import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandedText, settledBadge, startHarness, type Harness } from './harness';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

describe('embedded boards and single-page apps', () => {
  it('badges a Greenhouse posting embedded in a company page, inside the frame that shows it', async () => {
    const page = await h.browser.context.newPage();
    await page.goto('https://careers.tidalwave.example/jobs/?gh_jid=4412345');
    const frame = page.frameLocator('#grnhse_iframe');
    const badge = frame.locator('paylens-badge[data-variant="full"][data-job-key="greenhouse:4412345"]:not([data-state="loading"])');
    await badge.waitFor({ timeout: 15_000 });
    const text = await expandedText(badge);
    expect(text).toMatch(/£62k.£78k/);
    // The company page itself gets no second badge for the same posting.
    expect(await page.locator('paylens-badge').count()).toBe(0);
    await page.close();
  });

  it('never paints a late answer into the next posting after a quick SPA navigation', async () => {
    const page = await h.browser.context.newPage();
    await page.goto('https://boards.greenhouse.io/lumenwave/jobs/5567044');
    // Navigate away at once, before the first answer could land.
    await page.evaluate(() => window.postMessage({ goto: '/lumenwave/jobs/5567012' }, '*'));
    const badge = await settledBadge(page, 'greenhouse:5567012');
    await page.waitForTimeout(300);
    // One badge, for the posting on screen, showing that posting's own posted range.
    expect(await page.locator('paylens-badge').count()).toBe(1);
    expect(await badge.getAttribute('data-job-key')).toBe('greenhouse:5567012');
    const text = await expandedText(badge);
    expect(text).toMatch(/\$142k.\$178k/);
    expect(text).toMatch(/Frontend|Software Engineer/);
    await page.close();
  });
});
