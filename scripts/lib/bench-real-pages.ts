/**
 * The real saved pages of ../shared/fixtures in real Chromium with the granted test build:
 * each page is answered at its own real URL (Playwright fulfils the document request from the
 * saved file and refuses every other request: the page is offline), so the manifest's real
 * match patterns decide which content script runs. Prints, with the counts behind each score:
 * postings on a host PayLens knows with exactly one full badge; badges on not-a-job pages
 * (should be 0); listings' card badges against the cards the manifest expects.
 * The fixtures measure; nothing here is tuned to them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchWithExtension } from './browser';
import type { Table } from './bench-table';

const FIXTURES = fileURLToPath(new URL('../../../shared/fixtures/', import.meta.url));

interface Entry {
  file: string;
  site: string;
  kind: 'posting' | 'listing' | 'not-a-job' | 'api-response';
  url?: string;
  expected?: unknown;
}

/** A WebExtension match pattern ("*://*.linkedin.com/jobs/*") as a test on a URL. */
function matches(pattern: string, url: URL): boolean {
  if (pattern === '<all_urls>') return /^https?:$/.test(url.protocol);
  const m = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  if (scheme !== '*' && `${scheme}:` !== url.protocol) return false;
  const hostOk = host === '*' || (host.startsWith('*.') ? url.hostname === host.slice(2) || url.hostname.endsWith(host.slice(1)) : url.hostname === host);
  const re = new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return hostOk && re.test(url.pathname + url.search);
}

function cardsExpected(entry: Entry): number | null {
  const e = entry.expected as { cards?: unknown[] } | unknown[] | undefined;
  if (Array.isArray(e)) return e.length;
  if (e && Array.isArray((e as { cards?: unknown[] }).cards)) return (e as { cards: unknown[] }).cards.length;
  return null;
}

export async function benchRealPages(table: Table, settleMs = 6_000): Promise<void> {
  const manifestPath = `${FIXTURES}MANIFEST.json`;
  if (!existsSync(manifestPath)) {
    console.log(`Real pages in Chromium: skipped — no fixture manifest at ${manifestPath}.`);
    return;
  }
  const extensionPath = resolve('.output-granted/chrome-mv3');
  const manifest = JSON.parse(readFileSync(`${extensionPath}/manifest.json`, 'utf8')) as {
    content_scripts?: { matches: string[]; exclude_matches?: string[] }[];
  };
  // the named sites' scripts; the all-sites reader (<all_urls>, under the opt-in) is counted apart
  const named = (manifest.content_scripts ?? []).filter((c) => !c.matches.includes('<all_urls>') && !c.matches.includes('*://*/*'));
  const knows = (url: URL) => named.some((c) => c.matches.some((p) => matches(p, url)) && !(c.exclude_matches ?? []).some((p) => matches(p, url)));

  const entries = (JSON.parse(readFileSync(manifestPath, 'utf8')) as Entry[]).filter((e) => e.url && e.kind !== 'api-response');
  const browser = await launchWithExtension({ extensionPath, port: 9, hosts: [], headless: true });
  const rows: Record<string, string | number>[] = [];
  try {
    for (const entry of entries) {
      const url = new URL(entry.url!);
      const html = readFileSync(`${FIXTURES}${entry.file}`);
      const page = await browser.context.newPage();
      await page.route('**/*', (route) =>
        route.request().isNavigationRequest() && route.request().frame() === page.mainFrame()
          ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
          : route.abort(),
      );
      let error = '';
      try {
        await page.goto(url.href, { waitUntil: 'domcontentloaded', timeout: 15_000 });
        // settle: until no badge is loading and the count stays still, or settleMs
        const start = Date.now();
        let last = -1;
        let still = 0;
        while (Date.now() - start < settleMs) {
          const [n, loading] = await page.evaluate(() => [
            document.querySelectorAll('paylens-badge').length,
            document.querySelectorAll('paylens-badge[data-state="loading"]').length,
          ]);
          still = n === last && loading === 0 ? still + 1 : 0;
          last = n;
          if (still >= 4 && n > 0) break;
          await page.waitForTimeout(250);
        }
      } catch (e) {
        error = String(e).split('\n')[0]!.slice(0, 60);
      }
      const counts = await page
        .evaluate(() => ({
          full: document.querySelectorAll('paylens-badge[data-variant="full"]').length,
          card: document.querySelectorAll('paylens-badge[data-variant="card"]').length,
          states: [...document.querySelectorAll('paylens-badge')].map((b) => b.getAttribute('data-state') ?? '?'),
        }))
        .catch(() => ({ full: -1, card: -1, states: [] as string[] }));
      await page.close();
      const states = new Map<string, number>();
      for (const s of counts.states) states.set(s, (states.get(s) ?? 0) + 1);
      rows.push({
        page: entry.file,
        kind: entry.kind,
        'known host': knows(url) ? 'yes' : 'no',
        'full badges': counts.full,
        'card badges': counts.card,
        'cards expected': entry.kind === 'listing' ? (cardsExpected(entry) ?? '?') : '—',
        states: [...states].map(([k, v]) => `${k} ×${v}`).join(', ') || '—',
        error: error || '—',
      });
    }
  } finally {
    await browser.close();
  }
  const postings = rows.filter((r) => r.kind === 'posting' && r['known host'] === 'yes');
  const one = postings.filter((r) => r['full badges'] === 1).length;
  const notJob = rows.filter((r) => r.kind === 'not-a-job');
  const notJobBadges = notJob.reduce((s, r) => s + Math.max(0, Number(r['full badges'])) + Math.max(0, Number(r['card badges'])), 0);
  const listings = rows.filter((r) => r.kind === 'listing' && r['known host'] === 'yes' && typeof r['cards expected'] === 'number');
  const cardsWant = listings.reduce((s, r) => s + Number(r['cards expected']), 0);
  const cardsGot = listings.reduce((s, r) => s + Math.min(Number(r['cards expected']), Math.max(0, Number(r['card badges']))), 0);
  table('Real saved pages in real Chromium (../shared/fixtures at their own URLs, offline; granted test build)', [
    { measure: 'postings on a known host with exactly one full badge', value: `${one}/${postings.length}` },
    { measure: 'badges on not-a-job pages (should be 0)', value: `${notJobBadges} on ${notJob.length} pages` },
    { measure: 'listing cards with a card badge, known hosts (capped at the cards expected)', value: `${cardsGot}/${cardsWant} over ${listings.length} listings` },
  ]);
  table('Real saved pages in real Chromium, per page', rows);
}
