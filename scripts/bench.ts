/**
 * `npm run bench`: the numbers behind the performance budgets in ../shared/ARCHITECTURE.md.
 * Prints tables; there are no pass/fail thresholds here or in tests.
 *
 *   npm run bench                 everything (builds the granted build first)
 *   npm run bench -- --only size,badge,normalize
 *   npm run bench -- --only server   (the sharing service, on the PostgreSQL at DATABASE_URL)
 *   npm run bench -- --only hostile  (main-thread cost of the hostile e2e pages, PayLens on and off)
 *   npm run bench -- --only popup    (the popup's time to first render and to its estimate)
 *   npm run bench -- --only cold-profile (a cold service worker's CPU by function, from a Chrome trace)
 *   npm run bench -- --only real-pages (../shared/fixtures' saved pages at their real URLs in Chromium: badges per page)
 */
import { execSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchWithExtension, stopServiceWorker } from './lib/browser';
import { DEMO_ROOT, hostsOf } from './lib/demo';
import { benchAccuracy } from './lib/bench-accuracy';
import { benchBackground } from './lib/bench-background';
import { benchColdProfile } from './lib/bench-cold-profile';
import { benchEstimate } from './lib/bench-estimate';
import { benchNormalizers } from './lib/bench-normalize';
import { benchPageCost } from './lib/bench-page-cost';
import { benchPopup } from './lib/bench-popup';
import { benchRealPages } from './lib/bench-real-pages';
import { benchServer } from './lib/bench-server';
import { benchBrowser, ms, quantile, table } from './lib/bench-table';
import { breakdownRows, readMarks } from './lib/bench-breakdown';

const only = (() => {
  const i = process.argv.indexOf('--only');
  return i > 0 ? new Set(process.argv[i + 1]!.split(',')) : null;
})();
const wants = (name: string) => !only || only.has(name);

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

const CONTENT_BUDGET = 30 * 1024;

/** Every .js/.css file of a build with its raw and gzip -9 size (bytes). */
function bundleFiles(dir: string): { file: string; raw: number; gz: number }[] {
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((n) => (statSync(`${d}/${n}`).isDirectory() ? walk(`${d}/${n}`) : [`${d}/${n}`]));
  return walk(dir)
    .filter((f) => /\.(js|css)$/.test(f))
    .sort()
    .map((file) => {
      const buf = readFileSync(file);
      return { file: file.slice(dir.length + 1), raw: buf.length, gz: gzipSync(buf, { level: 9 }).length };
    });
}

/**
 * Bundle sizes of the Chrome and the Firefox build: every file of the Chrome build, then each
 * content script in both builds side by side and the largest of them against the 30 KiB budget
 * (KiB = 1024 bytes, gzip -9, as ../shared/ARCHITECTURE.md counts it).
 */
function sizes(builds: { name: string; dir: string }[]): void {
  const [first] = builds;
  table(
    `Bundle sizes (${first!.name} build; content script budget: 30 KiB gzipped)`,
    bundleFiles(first!.dir).map((f) => ({ file: f.file, raw: kb(f.raw), gzipped: kb(f.gz) })),
  );
  const byBuild = builds.map((b) => ({ ...b, files: bundleFiles(b.dir).filter((f) => /^content-scripts\/.*\.js$/.test(f.file)) }));
  const names = [...new Set(byBuild.flatMap((b) => b.files.map((f) => f.file)))].sort();
  const rows = names.map((file) => {
    const row: Record<string, string> = { 'content script': file.replace(/^content-scripts\//, '') };
    for (const b of byBuild) {
      const f = b.files.find((x) => x.file === file);
      row[`${b.name} gzipped`] = f ? `${(f.gz / 1024).toFixed(2)} KiB` : '—';
    }
    return row;
  });
  const all = byBuild.flatMap((b) => b.files.map((f) => ({ ...f, build: b.name })));
  const largest = all.reduce((a, b) => (b.gz > a.gz ? b : a), all[0]!);
  table('Content scripts, gzip -9, both builds (budget: each ≤ 30 KiB)', rows);
  table('Largest content script', [
    {
      build: largest.build,
      file: largest.file.replace(/^content-scripts\//, ''),
      gzipped: `${(largest.gz / 1024).toFixed(2)} KiB (${largest.gz} B)`,
      budget: '30 KiB (30720 B)',
      'over budget': largest.gz > CONTENT_BUDGET ? `+${largest.gz - CONTENT_BUDGET} B` : 'no',
    },
  ]);
}

/**
 * The embedded dataset as shipped (a build's data/ folder): every file raw and gzip -9, the whole
 * against its 2 MiB gzipped budget, the largest file against 3 MiB, and background.js against 1 MiB.
 */
function datasetSizes(name: string, dir: string): void {
  const dataDir = `${dir}/data`;
  const files = readdirSync(dataDir)
    .sort()
    .map((f) => {
      const buf = readFileSync(`${dataDir}/${f}`);
      return { file: f, raw: buf.length, gz: gzipSync(buf, { level: 9 }).length };
    });
  const mib = (n: number) => `${(n / 1048576).toFixed(3)} MiB`;
  table(`Embedded dataset (${name} build, data/)`, files.map((f) => ({ file: f.file, raw: mib(f.raw), gzipped: mib(f.gz) })));
  const total = files.reduce((s, f) => s + f.gz, 0);
  const largest = files.reduce((a, b) => (b.raw > a.raw ? b : a), files[0]!);
  const background = statSync(`${dir}/background.js`).size;
  table('Dataset and background budgets', [
    { measure: 'whole dataset, gzipped (budget ≤ 2 MiB)', value: `${mib(total)} (${total} B)` },
    { measure: 'largest file (budget < 3 MiB)', value: `${largest.file} ${mib(largest.raw)} (${largest.raw} B)` },
    { measure: 'background.js (budget ≤ 1 MiB)', value: `${mib(background)} (${background} B)` },
  ]);
}

/** Injected into the page's main world before its scripts: timestamps for the badge. */
const PROBE = `(() => {
  const t = { attached: null, settled: null, state: null, texts: [], longTasks: 0 };
  window.__paylensBench = t;
  try { new PerformanceObserver((l) => { t.longTasks += l.getEntries().length; }).observe({ type: 'longtask', buffered: true }); } catch {}
  const check = () => {
    const host = document.querySelector('paylens-badge[data-variant="full"]');
    if (host && t.attached === null) t.attached = performance.now();
    if (host && t.settled === null && /^(ok|no-data|error)$/.test(host.getAttribute('data-state') || '')) {
      t.settled = performance.now();
      t.state = host.getAttribute('data-state');
    }
    const text = host && host.shadowRoot ? host.shadowRoot.textContent.trim() : '';
    if (text && t.texts[t.texts.length - 1] !== text) t.texts.push(text);
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-state'] });
  // the badge's own text changes inside its (open) shadow root: loading → preparing → the figure
  const watched = new WeakSet();
  new MutationObserver(() => {
    const host = document.querySelector('paylens-badge[data-variant="full"]');
    if (!host || !host.shadowRoot || watched.has(host)) return;
    watched.add(host);
    check();
    new MutationObserver(check).observe(host.shadowRoot, { childList: true, subtree: true, characterData: true });
  }).observe(document, { childList: true, subtree: true });
})();`;

interface Probe {
  attached: number;
  settled: number;
  state: string | null;
  texts: string[];
  longTasks: number;
}

/** Wait for the badge's answer and read the probe, times from DOMContentLoaded. */
async function readProbe(page: import('playwright-core').Page): Promise<Probe> {
  await page.waitForFunction(() => (window as unknown as { __paylensBench: { settled: number | null } }).__paylensBench.settled !== null, null, { timeout: 20_000 });
  return page.evaluate(() => {
    const t = (window as unknown as { __paylensBench: Probe }).__paylensBench;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return { ...t, attached: t.attached - nav.domContentLoadedEventStart, settled: t.settled - nav.domContentLoadedEventStart };
  });
}

/**
 * First run after install: a new profile each time, the posting opened as soon as the extension's
 * worker is up (the dataset install started by onInstalled is still going in).
 */
async function firstRunTiming(runs: number, url: string, server: { port: number }): Promise<Record<string, string | number>> {
  const settled: number[] = [];
  const attached: number[] = [];
  const states = new Map<string, number>();
  let preparing = 0;
  let longTasks = 0;
  for (let i = 0; i < runs; i++) {
    const browser = await launchWithExtension({ extensionPath: resolve('.output-granted/chrome-mv3'), port: server.port, hosts: hostsOf([DEMO_ROOT]), headless: true });
    const page = await browser.context.newPage();
    await page.addInitScript(PROBE);
    await page.goto(url);
    const r = await readProbe(page);
    settled.push(r.settled);
    attached.push(r.attached);
    states.set(r.state ?? '?', (states.get(r.state ?? '?') ?? 0) + 1);
    if (r.texts.some((x) => /preparing salary data/.test(x))) preparing++;
    longTasks += r.longTasks;
    await browser.close();
  }
  attached.sort((a, b) => a - b);
  settled.sort((a, b) => a - b);
  return {
    mode: 'first run after install',
    loads: runs,
    'host attached p50': ms(quantile(attached, 0.5)),
    'host attached p95': ms(quantile(attached, 0.95)),
    'answer painted p50': ms(quantile(settled, 0.5)),
    'answer painted p95': ms(quantile(settled, 0.95)),
    'final states': [...states].map(([k, v]) => `${k} ×${v}`).join(', ') + (preparing ? ` (said "preparing" ${preparing}×)` : ''),
    'long tasks (page total)': longTasks,
  };
}

async function badgeTiming(runs: number): Promise<void> {
  const { browser, server } = await benchBrowser();
  const url = 'https://boards.greenhouse.io/ridgeline/jobs/4012345';
  const page = await browser.context.newPage();
  await page.addInitScript(PROBE);
  const measure = async () => {
    await page.goto(url);
    return readProbe(page);
  };
  await measure(); // warm-up: the worker and the page's code are loaded once
  const results: Record<string, string | number>[] = [];
  const breakdowns: [string, Awaited<ReturnType<typeof readMarks>>[]][] = [];
  for (const mode of ['warm', 'cold service worker'] as const) {
    const marks: Awaited<ReturnType<typeof readMarks>>[] = [];
    breakdowns.push([mode, marks]);
    const attached: number[] = [];
    const settled: number[] = [];
    const states = new Map<string, number>();
    let longTasks = 0;
    for (let i = 0; i < runs; i++) {
      if (mode !== 'warm') {
        await stopServiceWorker(browser);
        await page.waitForTimeout(100);
      }
      const r = await measure();
      // the answer is painted a moment after the state flips: let the last marks land
      await page.waitForTimeout(20);
      marks.push(await readMarks(page, browser).catch(() => new Map()));
      attached.push(r.attached);
      settled.push(r.settled);
      states.set(r.state ?? '?', (states.get(r.state ?? '?') ?? 0) + 1);
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
      'final states': [...states].map(([k, v]) => `${k} ×${v}`).join(', '),
      'long tasks (page total)': longTasks,
    });
  }
  await browser.close();
  for (const [mode, loads] of breakdowns) {
    table(`Where the time goes, ${mode} (${loads.length} loads; marks of the test build, utils/perf-trace.ts; each step from the one before)`, breakdownRows(loads));
  }
  results.push(await firstRunTiming(5, url, server));
  table(`Badge timing from DOMContentLoaded to the answer painted, ${url} (budget: ≤ 50 ms warm, ≤ 150 ms cold service worker, ≤ 2 s first run after install)`, results);
  await server.close();
}

async function main(): Promise<void> {
  if (wants('size') || wants('badge') || wants('page-cost') || wants('hostile') || wants('background') || wants('popup') || wants('real-pages') || wants('cold-profile')) {
    if (!process.argv.includes('--no-build')) {
      execSync('npx wxt build', { stdio: 'ignore' });
      if (wants('size')) execSync('npx wxt build -b firefox --mv3', { stdio: 'ignore' });
      execSync('npx wxt build', { stdio: 'ignore', env: { ...process.env, PAYLENS_TEST_BUILD: '1' } });
    }
  }
  if (wants('size')) {
    sizes([
      { name: 'Chrome MV3', dir: resolve('.output/chrome-mv3') },
      { name: 'Firefox MV3', dir: resolve('.output/firefox-mv3') },
    ]);
    datasetSizes('Firefox MV3', resolve('.output/firefox-mv3'));
  }
  if (wants('badge')) await badgeTiming(20);
  if (wants('cold-profile')) await benchColdProfile(table);
  if (wants('page-cost')) await benchPageCost(table);
  else if (wants('hostile')) await benchPageCost(table, 5, 'hostile');
  if (wants('normalize')) await benchNormalizers(table);
  if (wants('accuracy')) await benchAccuracy(table);
  if (wants('background')) await benchBackground(table);
  if (wants('estimate')) await benchEstimate(table);
  if (wants('server')) await benchServer(table);
  if (wants('popup')) await benchPopup(table);
  if (wants('real-pages')) await benchRealPages(table);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
