/**
 * `npm run bench`: the numbers behind the performance budgets in ../shared/ARCHITECTURE.md.
 * Prints tables; there are no pass/fail thresholds here or in tests.
 *
 *   npm run bench                 everything (builds the granted build first)
 *   npm run bench -- --only size,badge,normalize
 *   npm run bench -- --only server   (the sharing service, on the PostgreSQL at DATABASE_URL)
 *   npm run bench -- --only hostile  (main-thread cost of the hostile e2e pages, PayLens on and off)
 */
import { execSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchWithExtension, stopServiceWorker } from './lib/browser';
import { DEMO_ROOT, hostsOf } from './lib/demo';
import { startPageServer } from './lib/https-server';
import { benchAccuracy } from './lib/bench-accuracy';
import { benchBackground } from './lib/bench-background';
import { benchEstimate } from './lib/bench-estimate';
import { benchNormalizers } from './lib/bench-normalize';
import { benchPageCost } from './lib/bench-page-cost';
import { benchServer } from './lib/bench-server';

const only = (() => {
  const i = process.argv.indexOf('--only');
  return i > 0 ? new Set(process.argv[i + 1]!.split(',')) : null;
})();
const wants = (name: string) => !only || only.has(name);

function table(title: string, rows: Record<string, string | number>[]): void {
  console.log(`\n## ${title}\n`);
  if (!rows.length) return;
  const cols = Object.keys(rows[0]!);
  const widths = cols.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c]).length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(cols));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(cols.map((c) => String(r[c]))));
}

export function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(1)} ms` : 'n/a');
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function sizes(dir: string): void {
  const rows: Record<string, string>[] = [];
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((n) => (statSync(`${d}/${n}`).isDirectory() ? walk(`${d}/${n}`) : [`${d}/${n}`]));
  for (const file of walk(dir).filter((f) => /\.(js|css)$/.test(f)).sort()) {
    const buf = readFileSync(file);
    rows.push({ file: file.slice(dir.length + 1), raw: kb(buf.length), gzipped: kb(gzipSync(buf, { level: 9 }).length) });
  }
  table('Bundle sizes (Chrome MV3 build; content script budget: 30 KB gzipped)', rows);
}

/** Injected into the page's main world before its scripts: timestamps for the badge. */
const PROBE = `(() => {
  const t = { attached: null, settled: null, longTasks: 0 };
  window.__paylensBench = t;
  try { new PerformanceObserver((l) => { t.longTasks += l.getEntries().length; }).observe({ type: 'longtask', buffered: true }); } catch {}
  const check = () => {
    const host = document.querySelector('paylens-badge[data-variant="full"]');
    if (host && t.attached === null) t.attached = performance.now();
    if (host && t.settled === null && /^(ok|no-data|error)$/.test(host.getAttribute('data-state') || '')) t.settled = performance.now();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-state'] });
})();`;

async function badgeTiming(runs: number): Promise<void> {
  const server = await startPageServer([DEMO_ROOT]);
  const browser = await launchWithExtension({
    extensionPath: resolve('.output-granted/chrome-mv3'),
    port: server.port,
    hosts: hostsOf([DEMO_ROOT]),
    headless: true,
  });
  const url = 'https://boards.greenhouse.io/ridgeline/jobs/4012345';
  const page = await browser.context.newPage();
  await page.addInitScript(PROBE);
  const measure = async () => {
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { __paylensBench: { settled: number | null } }).__paylensBench.settled !== null, null, { timeout: 20_000 });
    return page.evaluate(() => {
      const t = (window as unknown as { __paylensBench: { attached: number; settled: number; longTasks: number } }).__paylensBench;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return { attached: t.attached - nav.domContentLoadedEventStart, settled: t.settled - nav.domContentLoadedEventStart, longTasks: t.longTasks };
    });
  };
  await measure(); // warm-up: the worker and the page's code are loaded once
  const results: Record<string, string | number>[] = [];
  for (const mode of ['warm', 'cold service worker'] as const) {
    const attached: number[] = [];
    const settled: number[] = [];
    let longTasks = 0;
    for (let i = 0; i < runs; i++) {
      if (mode !== 'warm') {
        await stopServiceWorker(browser);
        await page.waitForTimeout(100);
      }
      const r = await measure();
      attached.push(r.attached);
      settled.push(r.settled);
      longTasks += r.longTasks;
    }
    attached.sort((a, b) => a - b);
    settled.sort((a, b) => a - b);
    results.push({
      mode,
      loads: runs,
      'host attached p50': ms(quantile(attached, 0.5)),
      'host attached p95': ms(quantile(attached, 0.95)),
      'answer painted p50': ms(quantile(settled, 0.5)),
      'answer painted p95': ms(quantile(settled, 0.95)),
      'long tasks (page total)': longTasks,
    });
  }
  table(`Badge timing from DOMContentLoaded, ${url} (budget: ≤ 50 ms warm, ≤ 150 ms cold)`, results);
  await browser.close();
  await server.close();
}

async function main(): Promise<void> {
  if (wants('size') || wants('badge') || wants('page-cost') || wants('hostile') || wants('background')) {
    if (!process.argv.includes('--no-build')) {
      execSync('npx wxt build', { stdio: 'ignore' });
      execSync('npx wxt build', { stdio: 'ignore', env: { ...process.env, PAYLENS_TEST_BUILD: '1' } });
    }
  }
  if (wants('size')) sizes(resolve('.output/chrome-mv3'));
  if (wants('badge')) await badgeTiming(20);
  if (wants('page-cost')) await benchPageCost(table);
  else if (wants('hostile')) await benchPageCost(table, 5, 'hostile');
  if (wants('normalize')) await benchNormalizers(table);
  if (wants('accuracy')) await benchAccuracy(table);
  if (wants('background')) await benchBackground(table);
  if (wants('estimate')) await benchEstimate(table);
  if (wants('server')) await benchServer(table);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
