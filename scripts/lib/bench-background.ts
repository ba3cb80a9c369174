/**
 * The background in real Chromium: dataset install time on a fresh profile, the service
 * worker's heap after install, estimate latency warm (cached and computed), and the first
 * estimate after the worker was stopped (a cold start). Messages are sent from an extension page
 * in @webext-core/messaging's wire format, as the content script sends them.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, stopServiceWorker } from './browser';
import { DEMO_ROOT, hostsOf } from './demo';
import { startPageServer } from './https-server';

type Table = (title: string, rows: Record<string, string | number>[]) => void;

const posting = (title: string, location: string) => ({
  site: 'generic',
  jobKey: `generic:bench.example/${encodeURIComponent(title + location)}`,
  url: 'https://bench.example/job',
  title,
  company: null,
  location,
  locations: [location],
  mode: null,
  postedSalary: null,
  employmentType: null,
  datePosted: null,
  source: 'json-ld',
});

const TITLES = ['Software Engineer', 'Senior Data Scientist', 'Product Manager', 'Registered Nurse', 'Account Executive', 'DevOps Engineer', 'Data Analyst', 'Staff Software Engineer', 'UX Designer', 'Accountant'];
const PLACES = ['Bengaluru, India', 'Seattle, WA', 'Berlin, Germany', 'London, UK', 'Austin, TX', 'Remote - US', 'Pune', 'Toronto, ON'];

async function send(page: Page, type: string, data: unknown): Promise<{ ms: number; res: unknown }> {
  return page.evaluate(
    async ([t, d]) => {
      const t0 = performance.now();
      const reply = (await chrome.runtime.sendMessage({ id: Math.random(), type: t, data: d, timestamp: Date.now() })) as { res?: unknown };
      return { ms: performance.now() - t0, res: reply?.res };
    },
    [type, data] as const,
  );
}

/** The extension service worker's used JS heap, through the DevTools protocol (Runtime.getHeapUsage). */
async function workerHeap(page: Page): Promise<number | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
    const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
    if (!sw) return null;
    const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: sw.targetId, flatten: false })) as { sessionId: string };
    const answer = new Promise<number | null>((done) => {
      cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
        if (event.sessionId !== sessionId) return;
        const msg = JSON.parse(event.message) as { id?: number; result?: { usedSize: number } };
        if (msg.id === 1) done(msg.result?.usedSize ?? null);
      });
      setTimeout(() => done(null), 5000);
    });
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 1, method: 'Runtime.getHeapUsage' }) });
    return await answer;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

const q = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((s.length - 1) * p + 0.5))]!;
};

export async function benchBackground(table: Table): Promise<void> {
  const server = await startPageServer([DEMO_ROOT]);
  const t0 = Date.now();
  const browser = await launchWithExtension({
    extensionPath: resolve('.output-granted/chrome-mv3'),
    port: server.port,
    hosts: hostsOf([DEMO_ROOT]),
    headless: true,
  });
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  // Install: from the worker's start on a fresh profile until the dataset is in IndexedDB.
  let installMs = NaN;
  for (;;) {
    const info = (await send(page, 'getDatasetInfo', undefined)).res as { ok: boolean; value?: { version: string | null; cells: number } };
    if (info?.ok && info.value?.version) {
      installMs = Date.now() - t0;
      break;
    }
    if (Date.now() - t0 > 60_000) break;
    await page.waitForTimeout(25);
  }
  const heap = await workerHeap(page).catch(() => null);
  // the worker's own account of the install: fetch + parse of the files, then the IndexedDB writes
  const timing = await page.evaluate(
    () =>
      new Promise<{ fetchMs: number; writeMs: number } | null>((done) => {
        const open = indexedDB.open('paylens');
        open.onerror = () => done(null);
        open.onsuccess = () => {
          try {
            const get = open.result.transaction('meta').objectStore('meta').get('datasetInstallTiming');
            get.onsuccess = () => done((get.result?.value as { fetchMs: number; writeMs: number } | undefined) ?? null);
            get.onerror = () => done(null);
          } catch {
            done(null);
          }
        };
      }),
  );

  const computed: number[] = [];
  const cached: number[] = [];
  let i = 0;
  for (const title of TITLES) {
    for (const place of PLACES) {
      const p = posting(title, place);
      computed.push((await send(page, 'getEstimate', p)).ms);
      cached.push((await send(page, 'getEstimate', p)).ms);
      i++;
    }
  }
  const cold: number[] = [];
  for (let k = 0; k < 10; k++) {
    await stopServiceWorker(browser);
    await page.waitForTimeout(200);
    cold.push((await send(page, 'getEstimate', posting(TITLES[k % TITLES.length]!, `Cold ${k}, Seattle, WA`))).ms);
  }
  const ms = (n: number) => `${n.toFixed(2)} ms`;
  table('Background (real Chromium; message round trip from an extension page)', [
    { measure: 'dataset install on a fresh profile (worker start → cells in IndexedDB)', value: `${installMs} ms` },
    { measure: 'of which in the worker: fetch + parse the files / IndexedDB writes', value: timing ? `${timing.fetchMs} ms / ${timing.writeMs} ms` : 'n/a' },
    { measure: 'service worker JS heap after install', value: heap === null ? 'n/a (the DevTools protocol did not answer)' : `${(heap / 1048576).toFixed(1)} MB` },
    { measure: `estimate, computed (cache miss), ${i} postings: p50 / p95`, value: `${ms(q(computed, 0.5))} / ${ms(q(computed, 0.95))}` },
    { measure: `estimate, warm cache hit, ${i} postings: p50 / p95`, value: `${ms(q(cached, 0.5))} / ${ms(q(cached, 0.95))}` },
    { measure: 'first estimate after the worker was stopped (10 cold starts): p50 / max', value: `${ms(q(cold, 0.5))} / ${ms(Math.max(...cold))}` },
  ]);
  await browser.close();
  await server.close();
}
