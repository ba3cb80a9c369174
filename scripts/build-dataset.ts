/**
 * `npm run data:build`: builds the embedded salary dataset from the raw public data in
 * ../shared/data (relative to the repo root) into public/data — cells.json, dataset-meta.json
 * and NOTICE.md. Same inputs → byte-identical output.
 *
 *   node --import tsx scripts/build-dataset.ts [--data ../shared/data] [--out public/data]
 */
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { buildDataset, writeDataset } from './lib/dataset/build';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const root = resolve(import.meta.dirname, '..');
const dataDir = resolve(root, arg('data', '../shared/data'));
const outDir = resolve(root, arg('out', 'public/data'));

const started = performance.now();
const result = await buildDataset(dataDir);
writeDataset(outDir, result);
const kb = (s: string) => `${(Buffer.byteLength(s) / 1024).toFixed(0)} KB`;
const gz = (s: string) => `${(gzipSync(s, { level: 9 }).length / 1024).toFixed(0)} KB`;
console.log(`dataset ${result.meta.version} → ${outDir}`);
for (const [i, text] of result.files.cells.entries()) console.log(`  cells-${i + 1}.json ${kb(text)} (${gz(text)} gzipped)`);
for (const [i, text] of result.files.titles.entries()) console.log(`  titles-${i + 1}.json ${kb(text)} (${gz(text)} gzipped)`);
console.log(`  dataset-meta.json ${kb(result.files.meta)} (${gz(result.files.meta)} gzipped)`);
console.log(`  cells: ${result.cells.length} — ${Object.entries(result.meta.counts).map(([k, n]) => `${k} ${n}`).join(', ')}`);
const order = result.report.levelOrder;
console.log(
  `  levels in order: ${order.checked} level cells checked, ${Object.values(order.moved).reduce((a, b) => a + (b ?? 0), 0)} moved in ${order.groups} family × place groups` +
    ` (${Object.entries(order.moved).map(([l, n]) => `${l} ${n}`).join(', ') || 'none'}); ${order.ratiosFixed} level ratios fixed`,
);
for (const s of result.report.skipped) console.log(`  skipped ${s.source}: ${s.reason}`);
console.log(`  timings (ms): ${Object.entries(result.report.timings).map(([k, v]) => `${k} ${v}`).join(', ')}; total ${Math.round(performance.now() - started)}`);
