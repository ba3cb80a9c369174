/**
 * Builds utils/normalize/rates.generated.ts from the raw exchange-rate files in ../shared/data:
 *
 * - ECB euro reference rates (ecb-eurofxref/eurofxref-hist.zip, daily, 1999 → latest day):
 *   annual averages of the daily rates per year from FIRST_YEAR, plus the latest day's rate.
 * - FRED H.10 monthly rates (fred-exchange-rates-datahub/monthly.csv, currency units per USD)
 *   for currencies the ECB does not quote (TWD, LKR): annual mean of the months × the ECB annual
 *   mean USD/EUR; the latest is the month holding the ECB's latest date × that day's USD/EUR.
 *
 * Output is deterministic (sorted, fixed precision, no timestamps): running it twice gives the
 * same bytes. Run: `node --import tsx scripts/build-rates.ts` from the repo root.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync, strFromU8 } from 'fflate';

const FIRST_YEAR = 2015;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const data = resolve(root, '../shared/data');
const out = resolve(root, 'utils/normalize/rates.generated.ts');

/** FRED series (by country name) for currencies ECB lacks, with a sanity range in units per USD. */
const FRED_ONLY: Record<string, { country: string; range: [number, number] }> = {
  LKR: { country: 'Sri Lanka', range: [100, 500] },
  TWD: { country: 'Taiwan', range: [20, 45] },
};

const sig = (x: number) => Number(x.toPrecision(6));

// -- ECB daily history --------------------------------------------------------------------------
const zip = unzipSync(readFileSync(resolve(data, 'ecb-eurofxref/eurofxref-hist.zip')));
const csvName = Object.keys(zip).find((n) => n.endsWith('.csv'));
if (!csvName) throw new Error('eurofxref-hist.zip holds no CSV');
const lines = strFromU8(zip[csvName]!).trim().split(/\r?\n/);
const header = lines[0]!.split(',').map((h) => h.trim());
const codes = header.slice(1).filter((c) => /^[A-Z]{3}$/.test(c));

let latestDate = '';
const latest = new Map<string, number>();
const sums = new Map<string, Map<number, { sum: number; n: number }>>();
for (const line of lines.slice(1)) {
  const cells = line.split(',');
  const date = cells[0]!.trim();
  if (!/^\d{4}-\d\d-\d\d$/.test(date)) continue;
  const year = Number(date.slice(0, 4));
  const isLatest = date > latestDate;
  if (isLatest) {
    latestDate = date;
    latest.clear();
  }
  codes.forEach((code, i) => {
    const v = Number(cells[i + 1]);
    if (!Number.isFinite(v) || v <= 0) return;
    if (isLatest || date === latestDate) latest.set(code, v);
    if (year < FIRST_YEAR) return;
    const byYear = sums.get(code) ?? new Map();
    const s = byYear.get(year) ?? { sum: 0, n: 0 };
    s.sum += v;
    s.n += 1;
    byYear.set(year, s);
    sums.set(code, byYear);
  });
}
const lastYear = Number(latestDate.slice(0, 4));
const years = Array.from({ length: lastYear - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);

// cross-check against the separately shipped latest-day file
const latestFile = readFileSync(resolve(data, 'ecb-eurofxref/eurofxref.csv'), 'utf8').trim().split(/\r?\n/);
const lfHead = latestFile[0]!.split(',').map((s) => s.trim());
const lfRow = latestFile[1]!.split(',').map((s) => s.trim());
const lfUsd = Number(lfRow[lfHead.indexOf('USD')]);
if (lfUsd !== latest.get('USD')) throw new Error(`eurofxref.csv USD ${lfUsd} ≠ history ${latest.get('USD')}`);

const table = new Map<string, number[]>();
for (const code of codes) {
  const byYear = sums.get(code);
  if (!byYear) continue; // not quoted since FIRST_YEAR
  const row = years.map((y) => {
    const s = byYear.get(y);
    return s ? sig(s.sum / s.n) : 0;
  });
  row.push(latest.has(code) ? sig(latest.get(code)!) : 0);
  table.set(code, row);
}
const usdYear = (y: number) => {
  const s = sums.get('USD')?.get(y);
  return s ? s.sum / s.n : NaN;
};

// -- FRED monthly for currencies ECB lacks ------------------------------------------------------
const fred = readFileSync(resolve(data, 'fred-exchange-rates-datahub/monthly.csv'), 'utf8').trim().split(/\r?\n/);
const asOfMonth = `${latestDate.slice(0, 7)}-01`;
for (const [code, { country, range }] of Object.entries(FRED_ONLY)) {
  const months: [string, number][] = [];
  for (const line of fred.slice(1)) {
    const [date, name, value] = line.split(',');
    if (name !== country || !date) continue;
    const v = Number(value);
    if (!Number.isFinite(v) || v <= 0) continue;
    if (date >= `${FIRST_YEAR}-01-01` && (v < range[0] || v > range[1]))
      throw new Error(`${country} ${date} = ${v}: outside ${range.join('–')} units per USD (direction changed?)`);
    months.push([date, v]);
  }
  const row = years.map((y) => {
    const vs = months.filter(([d]) => d.startsWith(`${y}-`) && d <= asOfMonth).map(([, v]) => v);
    return vs.length ? sig((vs.reduce((a, b) => a + b, 0) / vs.length) * usdYear(y)) : 0;
  });
  const upTo = months.filter(([d]) => d <= asOfMonth).at(-1);
  row.push(upTo ? sig(upTo[1] * latest.get('USD')!) : 0);
  table.set(code, row);
}

// -- write ---------------------------------------------------------------------------------------
const body = [...table.keys()]
  .sort()
  .map((code) => `  ${code}: [${table.get(code)!.join(', ')}],`)
  .join('\n');
const text = `// Generated by scripts/build-rates.ts from ../shared/data — do not edit by hand.
// Sources: European Central Bank euro foreign exchange reference rates (Source: ECB), and for
// ${Object.keys(FRED_ONLY).join(', ')} the Federal Reserve H.10 monthly rates via FRED / datahub core/exchange-rates (PDDL 1.0).

/** Date of the latest rates (the ECB's latest reference day); ${lastYear} averages are year-to-date. */
export const RATES_AS_OF = '${latestDate}';
/** Year of the first entry of every row of EUR_RATES. */
export const RATES_FIRST_YEAR = ${FIRST_YEAR};
/**
 * Units of each currency per 1 EUR: annual averages for ${FIRST_YEAR}–${lastYear} (0 = not quoted that year),
 * then the rate at RATES_AS_OF (0 = no longer quoted).
 */
export const EUR_RATES: Record<string, readonly number[]> = {
${body}
};
`;
writeFileSync(out, text);
console.log(`wrote ${out}: ${table.size} currencies + EUR, ${FIRST_YEAR}–${lastYear}, as of ${latestDate}, ${text.length} bytes`);
