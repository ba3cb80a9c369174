/**
 * Main-thread cost of PayLens on the host page, measured in real Chromium: the page's
 * ScriptDuration + TaskDuration (Chrome DevTools Protocol Performance metrics) with PayLens on,
 * minus the same page with PayLens switched off for that site in settings (the content script
 * still loads, then stops). Pages: a 1,000-card listing, a page mutating every 10 ms for 5 s, and
 * the worst of the hostile e2e pages (tests/e2e/pages): a list that removes every badge as it
 * appears, and a virtualised list rewriting its cards in place every 100 ms.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { DEMO_ROOT, hostsOf } from './demo';
import { startPageServer } from './https-server';
import type { Table } from './bench-table';


const SITES_ROOT = resolve('tests/fixtures/sites');
const HOSTILE_ROOT = resolve('tests/e2e/pages');

/** Start collecting the page's metrics (before it loads); call the result to read them. */
async function startMetrics(page: Page): Promise<() => Promise<Record<string, number>>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return async () => {
    const { metrics: list } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    await cdp.detach();
    return Object.fromEntries(list.map((m) => [m.name, m.value]));
  };
}

async function setSite(browser: ExtensionBrowser, site: string, enabled: boolean): Promise<void> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.evaluate(
    async ([id, on]) => {
      const { settings } = (await chrome.storage.local.get('settings')) as { settings?: { sites?: Record<string, boolean> } };
      await chrome.storage.local.set({ settings: { ...settings, sites: { ...settings?.sites, [id as string]: on } } });
    },
    [site, enabled] as const,
  );
  await page.close();
}

interface Scenario {
  name: string;
  hostile?: boolean;
  url: string;
  site: string;
  /** wait for PayLens to finish (or, switched off, the same wall time) */
  settle(page: Page, on: boolean): Promise<void>;
}

async function cost(browser: ExtensionBrowser, s: Scenario, on: boolean, runs: number): Promise<{ script: number; task: number; wall: number; longTasks: number; longest: number }[]> {
  await setSite(browser, s.site, on);
  const out = [];
  for (let i = 0; i < runs; i++) {
    const page = await browser.context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __longTasks: number[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks.push(e.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    const read = await startMetrics(page);
    const t0 = Date.now();
    await page.goto(s.url);
    await s.settle(page, on);
    const m = await read();
    const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
    out.push({
      script: (m.ScriptDuration ?? 0) * 1000,
      task: (m.TaskDuration ?? 0) * 1000,
      wall: Date.now() - t0,
      longTasks: longTasks.length,
      longest: Math.max(0, ...longTasks),
    });
    await page.close();
  }
  return out;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** `only: 'hostile'` measures just the hostile pages (`npm run bench -- --only hostile`). */
export async function benchPageCost(table: Table, runs = 5, only?: 'hostile'): Promise<void> {
  const roots = [DEMO_ROOT, SITES_ROOT, HOSTILE_ROOT];
  const server = await startPageServer(roots);
  const browser = await launchWithExtension({
    extensionPath: resolve('.output-granted/chrome-mv3'),
    port: server.port,
    hosts: hostsOf(roots),
    headless: true,
  });
  const all: Scenario[] = [
    {
      name: '1,000-card listing (LinkedIn guest search)',
      url: 'https://www.linkedin.com/jobs/software-engineer-jobs-bengaluru?n=1000',
      site: 'linkedin',
      async settle(page, on) {
        if (on) {
          await page.waitForFunction(
            () =>
              document.querySelectorAll('paylens-badge[data-variant="card"]').length === 1000 &&
              !document.querySelector('paylens-badge[data-state="loading"]'),
            null,
            { timeout: 30_000, polling: 100 },
          );
        } else await page.waitForTimeout(1500);
      },
    },
    {
      name: 'page mutating every 10 ms, 5 s',
      url: 'https://www.hostile.example/jobs/qa',
      site: 'generic',
      async settle(page) {
        await page.waitForTimeout(5000);
      },
    },
    {
      name: 'hostile: list removing every badge as it appears (25 cards), 6 s',
      hostile: true,
      url: 'https://www.linkedin.com/jobs/removal-loop-jobs-bengaluru',
      site: 'linkedin',
      async settle(page) {
        await page.waitForTimeout(6000);
      },
    },
    {
      name: 'hostile: virtualised list rewriting its 10 cards in place every 100 ms, 6 s',
      hostile: true,
      url: 'https://www.linkedin.com/jobs/recycled-list-jobs-bengaluru?auto=100',
      site: 'linkedin',
      async settle(page) {
        await page.waitForTimeout(6000);
      },
    },
  ];
  const scenarios = all.filter((s) => !only || s.hostile);
  const rows: Record<string, string | number>[] = [];
  for (const s of scenarios) {
    const on = await cost(browser, s, true, runs);
    const off = await cost(browser, s, false, runs);
    const script = median(on.map((r) => r.script)) - median(off.map((r) => r.script));
    const task = median(on.map((r) => r.task)) - median(off.map((r) => r.task));
    rows.push({
      page: s.name,
      runs,
      'PayLens script time (median, on − off)': `${script.toFixed(0)} ms`,
      'PayLens task time (median, on − off)': `${task.toFixed(0)} ms`,
      'page script time with PayLens off': `${median(off.map((r) => r.script)).toFixed(0)} ms`,
      'long tasks > 50 ms (median on / off)': `${median(on.map((r) => r.longTasks))} / ${median(off.map((r) => r.longTasks))}`,
      'longest task (median on / off)': `${median(on.map((r) => r.longest)).toFixed(0)} / ${median(off.map((r) => r.longest)).toFixed(0)} ms`,
    });
  }
  await setSite(browser, 'linkedin', true);
  await setSite(browser, 'generic', true);
  table('Main-thread cost on the host page (CDP Performance metrics, real Chromium)', rows);
  await browser.close();
  await server.close();
}
