/**
 * Where a badge's time goes, from the marks the test build records (utils/perf-trace.ts): the
 * content script's on the page's timeline, the background's on the service worker's, put on one
 * clock (each timeline's timeOrigin + mark) and counted from the page's DOMContentLoaded.
 */
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './browser';
import { ms, quantile } from './bench-table';

type Marks = Map<string, number>;

/** Absolute times (epoch ms) of the page's and the worker's `paylens:` marks, plus `dcl` and `sw-start`. */
export async function readMarks(page: Page, browser: ExtensionBrowser): Promise<Marks> {
  const marks: Marks = new Map();
  const fromPage = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return {
      origin: performance.timeOrigin,
      dcl: nav.domContentLoadedEventStart,
      marks: performance.getEntriesByType('mark').map((m) => [m.name, m.startTime] as const),
    };
  });
  marks.set('dcl', fromPage.origin + fromPage.dcl);
  for (const [name, t] of fromPage.marks) if (name.startsWith('paylens:cs-')) marks.set(name.slice(8), fromPage.origin + t);
  const worker = await browser.serviceWorker();
  const fromWorker = await worker.evaluate(() => ({
    origin: performance.timeOrigin,
    marks: performance.getEntriesByType('mark').map((m) => [m.name, m.startTime] as const),
  }));
  marks.set('sw-start', fromWorker.origin);
  // the last of each name: a warm worker has marks of earlier loads
  for (const [name, t] of fromWorker.marks) if (name.startsWith('paylens:sw-')) marks.set(name.slice(8), fromWorker.origin + t);
  return marks;
}

/**
 * Steps of the path, each from the latest present of `from` to `to`. Work the background does in
 * parallel (the database and dataset check, started as the worker starts) is marked so: it is
 * not on the path unless the step after it waits.
 */
const STEPS: { step: string; from: string[]; to: string }[] = [
  { step: 'DOMContentLoaded → content script starts', from: ['dcl'], to: 'cs-start' },
  { step: 'content script: settings read', from: ['cs-start'], to: 'cs-settings' },
  { step: 'content script: posting ready in the DOM', from: ['cs-settings'], to: 'cs-ready' },
  { step: 'content script: extract', from: ['cs-ready'], to: 'cs-extracted' },
  { step: 'content script: request sent', from: ['cs-extracted'], to: 'cs-send' },
  { step: 'worker start (browser: first message sent → worker global created)', from: ['cs-wake', 'cs-send'], to: 'sw-start' },
  { step: 'worker script load + top-level evaluation', from: ['sw-start'], to: 'sw-main' },
  { step: 'background main (listeners registered)', from: ['sw-main'], to: 'sw-listening' },
  { step: '(parallel) IndexedDB open + dataset checked this session', from: ['sw-listening'], to: 'sw-db-open' },
  { step: '(parallel, first check only) packaged dataset meta read', from: ['sw-db-open'], to: 'sw-meta-fetched' },
  { step: 'request delivered to the handler (from the later of worker ready, request sent)', from: ['sw-listening', 'cs-send'], to: 'sw-message-getEstimate' },
  { step: 'posting normalised (title tables if needed)', from: ['sw-message-getEstimate'], to: 'sw-normalized' },
  { step: 'dataset check, waited for after normalising', from: ['sw-normalized'], to: 'sw-dataset' },
  { step: 'settings read', from: ['sw-dataset'], to: 'sw-settings' },
  { step: 'posted range kept (postings seen)', from: ['sw-settings'], to: 'sw-seen' },
  { step: 'estimate cache read', from: ['sw-seen'], to: 'sw-cache-hit' },
  { step: 'estimate computed (cache miss)', from: ['sw-cache-miss'], to: 'sw-computed' },
  { step: 'badge text', from: ['sw-cache-hit', 'sw-computed'], to: 'sw-answer' },
  { step: 'answer delivered to the content script', from: ['sw-answer'], to: 'cs-answer' },
  { step: 'badge painted', from: ['cs-answer'], to: 'cs-painted' },
];

/** One row per step: p50 and p95 over the loads (a step missing from a load is left out of it). */
export function breakdownRows(loads: Marks[]): Record<string, string | number>[] {
  const rows: Record<string, string | number>[] = [];
  for (const { step, from, to } of STEPS) {
    const values: number[] = [];
    for (const m of loads) {
      const end = m.get(to);
      const marks = from.map((f) => m.get(f)).filter((t): t is number => t !== undefined);
      const start = marks.length ? Math.max(...marks) : undefined;
      // a warm worker's marks of its start belong to an earlier load: not this one's steps
      const dcl = m.get('dcl') ?? -Infinity;
      if (end !== undefined && start !== undefined && start >= dcl - 5) values.push(end - start);
    }
    if (!values.length) continue;
    values.sort((a, b) => a - b);
    rows.push({ step, loads: values.length, p50: ms(quantile(values, 0.5)), p95: ms(quantile(values, 0.95)) });
  }
  const total = loads.map((m) => (m.get('cs-painted') ?? NaN) - (m.get('dcl') ?? NaN)).filter(Number.isFinite).sort((a, b) => a - b);
  rows.push({ step: 'total: DOMContentLoaded → painted', loads: total.length, p50: ms(quantile(total, 0.5)), p95: ms(quantile(total, 0.95)) });
  return rows;
}
