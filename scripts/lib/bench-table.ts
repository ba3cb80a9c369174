/**
 * What every part of `npm run bench` prints with: one Markdown table per measurement, the
 * quantile of a sorted sample, milliseconds as text, and the browser the
 * browser parts measure in. scripts/bench.ts passes `table` to each
 * part (scripts/lib/bench-*.ts).
 */
import { resolve } from 'node:path';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { DEMO_ROOT, hostsOf } from './demo';
import { startPageServer } from './https-server';

export type Table = (title: string, rows: Record<string, string | number>[]) => void;

/** A Markdown table under a heading: one row per record, the columns of the first. */
export const table: Table = (title, rows) => {
  console.log(`\n## ${title}\n`);
  if (!rows.length) return;
  const cols = Object.keys(rows[0]!);
  const widths = cols.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c]).length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(cols));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(cols.map((c) => String(r[c]))));
};

/** The q-quantile of values sorted ascending (linear between neighbours); NaN for none. */
export function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/** "12.3 ms", or "n/a" for a measurement that did not happen. */
export const ms = (n: number): string => (Number.isFinite(n) ? `${n.toFixed(1)} ms` : 'n/a');

/**
 * The granted test build (`npm run build:granted`) in a fresh headless Chromium profile, on the
 * demo pages served from loopback: what the browser parts of the bench measure.
 */
export async function benchBrowser(extraArgs: string[] = []): Promise<{ browser: ExtensionBrowser; server: { port: number; close(): Promise<void> }; close(): Promise<void> }> {
  const server = await startPageServer([DEMO_ROOT]);
  const browser = await launchWithExtension({
    extensionPath: resolve('.output-granted/chrome-mv3'),
    port: server.port,
    hosts: hostsOf([DEMO_ROOT]),
    headless: true,
    extraArgs,
  });
  return {
    browser,
    server,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
