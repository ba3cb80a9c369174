/**
 * The popup in real Chromium: time to first render (Preact's first paint of the page, from
 * navigation start), to the current tab's posting known, and to its estimate painted — with the
 * service worker running and just after it was stopped. The popup is opened as a page for the tab
 * of a demo job posting (`popup.html?tab=<id>`), as the toolbar popup would be for that tab.
 */
import { stopServiceWorker } from './browser';
import { benchBrowser, ms, quantile, type Table } from './bench-table';

export async function benchPopup(table: Table, runs = 15): Promise<void> {
  const { browser, close } = await benchBrowser();
  const job = await browser.context.newPage();
  await job.goto('https://boards.greenhouse.io/ridgeline/jobs/4012345');
  await job.locator('paylens-badge[data-variant="full"]:not([data-state="loading"])').waitFor({ timeout: 20_000 });
  const popup = await browser.context.newPage();
  const base = `chrome-extension://${browser.extensionId}/popup.html`;
  await popup.goto(base);
  const tabId = await popup.evaluate(async () => (await chrome.tabs.query({ url: 'https://boards.greenhouse.io/*' }))[0]?.id);
  const measure = async () => {
    await popup.goto(`${base}?tab=${tabId}`);
    await popup.locator('[data-testid="posting"] .figure, [data-testid="posting"] .error').first().waitFor({ timeout: 20_000 });
    // no named helper inside evaluate: tsx would wrap it in a __name() the page does not have
    const [rendered, posting, estimate] = await popup.evaluate((names) => names.map((n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN), [
      'paylens:popup-rendered',
      'paylens:popup-posting',
      'paylens:popup-estimate',
    ]);
    return { rendered: rendered!, posting: posting!, estimate: estimate! };
  };
  await measure(); // warm-up
  const rows: Record<string, string | number>[] = [];
  for (const mode of ['warm', 'cold service worker'] as const) {
    const r = { rendered: [] as number[], posting: [] as number[], estimate: [] as number[] };
    for (let i = 0; i < runs; i++) {
      if (mode !== 'warm') {
        await stopServiceWorker(browser);
        await popup.waitForTimeout(100);
      }
      const m = await measure();
      r.rendered.push(m.rendered);
      r.posting.push(m.posting);
      r.estimate.push(m.estimate);
    }
    for (const list of Object.values(r)) list.sort((a, b) => a - b);
    rows.push({
      mode,
      opens: runs,
      'first render p50': ms(quantile(r.rendered, 0.5)),
      'first render p95': ms(quantile(r.rendered, 0.95)),
      'posting known p50': ms(quantile(r.posting, 0.5)),
      'estimate painted p50': ms(quantile(r.estimate, 0.5)),
      'estimate painted p95': ms(quantile(r.estimate, 0.95)),
    });
  }
  table('Popup timing from navigation start (popup.html for a Greenhouse posting tab)', rows);
  await close();
}
