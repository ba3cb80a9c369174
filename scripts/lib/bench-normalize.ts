/** Normalisations per second for each normaliser, over the case tables in tests/unit/normalize. */
import { existsSync, readFileSync } from 'node:fs';

type Table = (title: string, rows: Record<string, string | number>[]) => void;

function cases<T>(name: string): T[] {
  const path = new URL(`../../tests/unit/normalize/${name}`, import.meta.url);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T[]) : [];
}

function rate(inputs: unknown[], fn: (input: never) => unknown): number {
  if (!inputs.length) return NaN;
  const budgetMs = 400;
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

export function benchNormalizers(table: Table): Promise<void> {
  return benchNormalizersAsync(table);
}
