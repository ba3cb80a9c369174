import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settledBadge, startHarness, type Harness } from './harness';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

const LISTING = 'https://www.linkedin.com/jobs/software-engineer-jobs-bengaluru';

describe('listing pages', () => {
  it('puts one compact badge on every card, including 200 cards appended lazily', async () => {
    const page = await h.browser.context.newPage();
    await page.goto(LISTING);
    const cards = page.locator('paylens-badge[data-variant="card"]');
    await expect.poll(() => cards.count(), { timeout: 15_000 }).toBe(25);
    for (let batch = 0; batch < 7; batch++) {
      await page.evaluate(() => window.postMessage({ more: 25 }, '*'));
      await page.waitForTimeout(50);
    }
    await expect.poll(() => cards.count(), { timeout: 15_000 }).toBe(200);
    // One badge per job, each next to its own card, all answered.
    const keys = await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-job-key')));
    expect(new Set(keys).size).toBe(200);
    expect(keys[0]).toBe('linkedin:4200000000');
    await expect
      .poll(() => page.locator('paylens-badge[data-variant="card"][data-state="loading"]').count(), { timeout: 15_000 })
      .toBe(0);
    const placed = await page.evaluate(() =>
      [...document.querySelectorAll('paylens-badge[data-variant="card"]')].every((b) => {
        const card = b.closest('[data-entity-urn]');
        return card !== null && card.getAttribute('data-entity-urn')!.endsWith(b.getAttribute('data-job-key')!.split(':')[1]!);
      }),
    );
    expect(placed).toBe(true);
    // Card badges share one stylesheet object rather than a <style> each.
    const sheets = await page.evaluate(() => {
      const roots = [...document.querySelectorAll('paylens-badge[data-variant="card"]')].map((b) => b.shadowRoot!);
      return { styles: roots.filter((r) => r.querySelector('style')).length, adopted: new Set(roots.map((r) => r.adoptedStyleSheets[0])).size };
    });
    expect(sheets).toEqual({ styles: 0, adopted: 1 });
    await page.close();
  });

  it('a card re-rendered by the page gets its badge back, once', async () => {
    const page = await h.browser.context.newPage();
    await page.goto(LISTING);
    const cards = page.locator('paylens-badge[data-variant="card"]');
    await expect.poll(() => cards.count(), { timeout: 15_000 }).toBe(25);
    await page.evaluate(() => window.postMessage({ rerender: 3 }, '*'));
    await page.waitForTimeout(100);
    await expect.poll(() => page.locator('paylens-badge[data-job-key="linkedin:4200000003"]').count(), { timeout: 10_000 }).toBe(1);
    expect(await cards.count()).toBe(25);
    await page.close();
  });

  it('the posting page\'s badge comes back after the host re-renders its header, without duplicates', async () => {
    const page = await h.browser.context.newPage();
    await page.goto('https://boards.greenhouse.io/ridgeline/jobs/4012345');
    await settledBadge(page, 'greenhouse:4012345');
    await page.evaluate(() => {
      const header = document.querySelector('#header')!;
      // What a framework's re-render does: rebuild the node, dropping what it does not know.
      const clean = header.cloneNode(true) as Element;
      clean.querySelectorAll('paylens-badge').forEach((b) => b.remove());
      header.replaceWith(clean);
    });
    await settledBadge(page, 'greenhouse:4012345');
    expect(await page.locator('paylens-badge').count()).toBe(1);
    await page.close();
  });
});
