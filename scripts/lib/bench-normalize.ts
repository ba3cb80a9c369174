/** Normalisations per second for each normaliser, over the case tables in tests/unit/normalize. */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

type Table = (title: string, rows: Record<string, string | number>[]) => void;

function cases<T>(name: string): T[] {
  const path = new URL(`../../tests/unit/normalize/${name}`, import.meta.url);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T[]) : [];
}

function rate(inputs: unknown[], fn: (input: never) => unknown): number {
  if (!inputs.length) return NaN;
  // Warm up first: lazily built indexes (the gazetteer) and the JIT are not what this measures.
  const warm = performance.now();
  while (performance.now() - warm < 300) for (const input of inputs) fn(input as never);
  const budgetMs = 1000;
  let count = 0;
  const start = performance.now();
  while (performance.now() - start < budgetMs) {
    for (const input of inputs) fn(input as never);
    count += inputs.length;
  }
  return count / ((performance.now() - start) / 1000);
}

export async function benchNormalizersAsync(table: Table): Promise<void> {
  const { normalizeTitle } = await import('../../utils/normalize/title');
  const { normalizeLocation } = await import('../../utils/normalize/location');
  const { normalizeCompany } = await import('../../utils/normalize/company');
  const { parseSalaryText } = await import('../../utils/normalize/salary-text');
  const titles = cases<{ title: string; company: string | null }>('title-cases.json');
  const locations = cases<{ text: string; siteCountry: string | null }>('location-cases.json');
  const companies = cases<{ name: string }>('company-cases.json');
  const salaries = cases<{ text: string; country: string | null }>('salary-cases.json');
  const fmt = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en') : 'n/a');
  table('Normalisers (single core, case-table inputs)', [
    { normaliser: 'title', inputs: titles.length, 'per second': fmt(rate(titles, (c: { title: string; company: string | null }) => normalizeTitle(c.title, c.company))) },
    { normaliser: 'location', inputs: locations.length, 'per second': fmt(rate(locations, (c: { text: string; siteCountry: string | null }) => normalizeLocation(c.text, c.siteCountry))) },
    { normaliser: 'company', inputs: companies.length, 'per second': fmt(rate(companies, (c: { name: string }) => normalizeCompany(c.name))) },
    { normaliser: 'salary text', inputs: salaries.length, 'per second': fmt(rate(salaries, (c: { text: string; country: string | null }) => parseSalaryText(c.text, c.country))) },
  ]);
}

/** Minified + gzipped size of a module with everything it imports (what it adds to a bundle). */
async function bundledSize(entry: string): Promise<{ raw: number; gz: number }> {
  const out = await build({
    entryPoints: [new URL(`../../${entry}`, import.meta.url).pathname],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    target: 'es2022',
    logLevel: 'silent',
  });
  const code = out.outputFiles[0]!.contents;
  return { raw: code.length, gz: gzipSync(code, { level: 9 }).length };
}

export async function benchNormalizers(table: Table): Promise<void> {
  await benchNormalizersAsync(table);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const rows: Record<string, string | number>[] = [];
  for (const [what, entry] of [
    ['location normaliser + gazetteer + DOL wage areas', 'utils/normalize/location.ts'],
    ['title normaliser + tables + O*NET fallback', 'utils/normalize/title.ts'],
    ['company normaliser + aliases', 'utils/normalize/company.ts'],
    ['salary-text parser + tables (background only: content scripts send pay texts)', 'utils/normalize/salary-text.ts'],
    ['currency: rates + formatter', 'utils/normalize/currency.ts'],
  ] as const) {
    const size = await bundledSize(entry);
    rows.push({ module: what, 'minified': kb(size.raw), 'gzipped': kb(size.gz) });
  }
  table('What the normalisers and their tables add to the background bundle (esbuild, minified)', rows);
}
