import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeText, expandedText, settledBadge, startHarness, type Harness } from './harness';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

describe('badge on job pages (real Chromium, real match patterns)', () => {
  it('appears on a Greenhouse posting, right after the title, once', async () => {
    const page = await h.browser.context.newPage();
    await page.goto('https://boards.greenhouse.io/ridgeline/jobs/4012345');
    const badge = await settledBadge(page, 'greenhouse:4012345');
    expect(await page.locator('paylens-badge').count()).toBe(1);
    expect(await badge.getAttribute('data-state')).toMatch(/^(ok|no-data)$/);
    const [text] = await badgeText(page);
    // A real number from the embedded dataset, saying what it is, for whom, and on what evidence.
    expect(text).toMatch(/^PayLens estimate ~₹[\d.]+ (LPA|Cr) for Senior Software Engineers \(in India\) · based on \d+ salaries · Details · Check yours$/);
    // Placed right after the posting's title.
    const previous = await page.evaluate(() => document.querySelector('paylens-badge')?.previousElementSibling?.className);
    expect(previous).toBe('app-title');
    // The page's CSS does not leak in (the page sets letter-spacing on every div).
    const spacing = await page.evaluate(() => {
      const inner = document.querySelector('paylens-badge')!.shadowRoot!.querySelector('.pl')!;
      return getComputedStyle(inner).letterSpacing;
    });
    expect(spacing).toBe('normal');
    // The README's screenshot comes from this run.
    await page.screenshot({ path: 'tests/e2e/screenshots/greenhouse-posting.png', clip: { x: 0, y: 0, width: 1000, height: 420 } });
    await page.close();
  });

  it('shows the posted range, labelled as posted, on a posting that publishes one', async () => {
    const page = await h.browser.context.newPage();
    await page.goto('https://boards.greenhouse.io/ridgeline/jobs/4012377');
    const badge = await settledBadge(page, 'greenhouse:4012377');
    const text = await expandedText(badge);
    expect(text).toMatch(/Posted by the employer: \$232k.\$290k/);
    await page.close();
  });

  it('appears on a company career page carrying JSON-LD (detection on all sites granted)', async () => {
    const page = await h.browser.context.newPage();
    await page.goto('https://careers.northwind.example/jobs/data-engineer-berlin');
    await settledBadge(page, 'generic:careers.northwind.example/jobs/data-engineer-berlin');
    expect(await page.locator('paylens-badge').count()).toBe(1);
    await page.close();
  });

  it('does not appear on a page that is not a job posting', async () => {
    const page = await h.browser.context.newPage();
    await page.goto('https://www.northwind.example/');
    // Control: the same browser does badge a posting within this time.
    const control = await h.browser.context.newPage();
    await control.goto('https://careers.northwind.example/jobs/data-engineer-berlin');
    await settledBadge(control, 'generic:careers.northwind.example/jobs/data-engineer-berlin');
    await page.waitForTimeout(500);
    expect(await page.locator('paylens-badge').count()).toBe(0);
    await page.close();
    await control.close();
  });

  it('replaces the badge when the page pushState-navigates to another posting', async () => {
    const page = await h.browser.context.newPage();
    await page.goto('https://boards.greenhouse.io/lumenwave/jobs/5567044');
    await settledBadge(page, 'greenhouse:5567044');
    await page.evaluate(() => window.postMessage({ goto: '/lumenwave/jobs/5567012' }, '*'));
    await settledBadge(page, 'greenhouse:5567012');
    expect(await page.locator('paylens-badge').count()).toBe(1);
    expect(await page.locator('paylens-badge[data-job-key="greenhouse:5567044"]').count()).toBe(0);
    const text = await expandedText(page.locator('paylens-badge'));
    expect(text).toMatch(/\$142k.\$178k/);
    await page.close();
  });

  it('stays correct on a hostile page: markup in the title stays text, nothing runs', async () => {
    const page = await h.browser.context.newPage();
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.goto('https://www.hostile.example/jobs/qa');
    await settledBadge(page, 'generic:www.hostile.example/jobs/qa');
    expect(await page.locator('paylens-badge').count()).toBe(1);
    expect(dialogs).toBe(0);
    await page.close();
  });

  it('stays correct on a 50,000-element page', async () => {
    const page = await h.browser.context.newPage();
    await page.goto('https://www.hostile.example/jobs/huge');
    expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeGreaterThan(50_000);
    await settledBadge(page, 'generic:www.hostile.example/jobs/huge');
    expect(await page.locator('paylens-badge').count()).toBe(1);
    const [text] = await badgeText(page);
    expect(text).toMatch(/^PayLens estimate ~\$[\d.]+k for Operations Managers/);
    await page.close();
  });
});

describe('Check yours', () => {
  it('opens the popup for the posting', async () => {
    const page = await h.browser.context.newPage();
    await page.goto('https://boards.greenhouse.io/ridgeline/jobs/4012377');
    const badge = await settledBadge(page, 'greenhouse:4012377');
    await badge.locator('.pl-check').click();
    // The toolbar popup is not a tab Playwright can see: look for its target.
    const cdp = await h.browser.context.newCDPSession(page);
    const popupOpen = async () => {
      const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { url: string }[] };
      return targetInfos.some((t) => t.url === `chrome-extension://${h.browser.extensionId}/popup.html`);
    };
    await expect.poll(popupOpen, { timeout: 10_000 }).toBe(true);
    await cdp.detach();
    await page.close();
  });
});

// The popup and the options page: tests/e2e/pages.test.ts.
