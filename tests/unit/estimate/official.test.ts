/**
 * Official statistics outside the US, over the committed dataset (public/data): UK, Canada,
 * Singapore and Australia answers for common jobs rest on the official source of the country, in
 * its currency, in a plausible range; a thin survey cell elsewhere is labelled low confidence.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../../scripts/lib/dataset-files';
import { MemoryCellSource } from '../../../utils/estimate/dataset-file';
import { estimateDetailed } from '../../../utils/estimate/estimator';
import { normalizePosting } from '../../../utils/normalize/posting';
import type { EstimateOk } from '../../../utils/schemas';

const DATA = resolve(import.meta.dirname, '../../../public/data');
const hasDataset = existsSync(resolve(DATA, 'dataset-meta.json'));
const source = hasDataset ? (() => {
  const { cells, meta } = readDataset(DATA);
  return MemoryCellSource.fromFiles(cells, meta);
})() : null;

async function ask(title: string, location: string): Promise<EstimateOk> {
  const { estimate } = await estimateDetailed(normalizePosting({ title, location }), source!, { displayPeriod: 'year' });
  if (estimate.status !== 'ok') throw new Error(`${title}, ${location}: no-data (${estimate.reason})`);
  return estimate;
}

const SOURCE = { GB: 'UK ONS Annual Survey of Hours and Earnings', CA: 'Canada Job Bank wages', SG: 'Singapore Ministry of Manpower', AU: 'Australian Bureau of Statistics' };

// [title, location, source, currency, plausible p50 range] — ranges from the published tables
// (before inflation to the reference date), wide enough for the level and date adjustments
const CASES: [string, string, keyof typeof SOURCE, string, number, number][] = [
  ['Software Engineer', 'Toronto', 'CA', 'CAD', 95_000, 125_000], // Job Bank 21231: $53.85/h ≈ C$105k
  ['Registered Nurse', 'Toronto', 'CA', 'CAD', 72_000, 95_000], // 31301 Toronto: $40/h ≈ C$78k
  ['Accountant', 'Vancouver, BC', 'CA', 'CAD', 65_000, 100_000],
  ['Cashier', 'Montreal, QC', 'CA', 'CAD', 28_000, 42_000],
  ['Truck Driver', 'Calgary, AB', 'CA', 'CAD', 45_000, 70_000],
  ['Teacher', 'Ottawa', 'CA', 'CAD', 75_000, 110_000],
  ['Software Developer', 'Singapore', 'SG', 'SGD', 95_000, 120_000], // MOM 25121: S$8,750/month ≈ S$105k
  ['Registered Nurse', 'Singapore', 'SG', 'SGD', 55_000, 75_000],
  ['Accountant', 'Singapore', 'SG', 'SGD', 60_000, 100_000],
  ['Cashier', 'Singapore', 'SG', 'SGD', 20_000, 30_000],
  ['Truck Driver', 'Singapore', 'SG', 'SGD', 25_000, 45_000],
  ['Software Engineer', 'London', 'GB', 'GBP', 45_000, 65_000], // ASHE 2134 full-time median £54.7k
  ['Registered Nurse', 'London', 'GB', 'GBP', 35_000, 50_000],
  ['Accountant', 'Manchester', 'GB', 'GBP', 42_000, 60_000],
  ['Cashier', 'Leeds', 'GB', 'GBP', 19_000, 27_000],
  ['Truck Driver', 'Birmingham, UK', 'GB', 'GBP', 32_000, 47_000],
  ['Teacher', 'Bristol, UK', 'GB', 'GBP', 38_000, 52_000],
  ['Software Engineer', 'Sydney NSW', 'AU', 'AUD', 100_000, 150_000], // ABS 261 mean A$131.7k
  ['Registered Nurse', 'Melbourne', 'AU', 'AUD', 95_000, 130_000],
  ['Accountant', 'Brisbane', 'AU', 'AUD', 85_000, 115_000],
  ['Cashier', 'Perth, Australia', 'AU', 'AUD', 45_000, 65_000],
  ['Truck Driver', 'Adelaide', 'AU', 'AUD', 65_000, 90_000],
  ['Teacher', 'Melbourne', 'AU', 'AUD', 90_000, 120_000],
];

describe.skipIf(!hasDataset)('official statistics outside the US', () => {
  it.each(CASES)('%s in %s rests on %s official statistics, in range', async (title, location, cc, currency, lo, hi) => {
    const e = await ask(title, location);
    expect(e.figures).toBe('statistics');
    expect(e.n).toBeNull();
    expect(e.currency).toBe(currency);
    expect(e.sources.map((s) => s.name).some((n) => n.startsWith(SOURCE[cc]))).toBe(true);
    expect(e.p50).toBeGreaterThanOrEqual(lo);
    expect(e.p50).toBeLessThanOrEqual(hi);
    expect(e.p25).toBeLessThanOrEqual(e.p50);
    expect(e.p75).toBeGreaterThanOrEqual(e.p50);
  });

  it('uses the Canadian economic region where Job Bank has it, and says so', async () => {
    const e = await ask('Registered Nurse', 'Mississauga, ON');
    expect(e.scope.label).toBe('in the Toronto area');
    const province = await ask('Software Engineer', 'Toronto');
    // Job Bank has no Toronto row for software engineers in this compilation: Ontario's
    expect(province.scope.label).toBe('in Ontario');
  });

  it('says UK ASHE figures are total pay (they include bonuses) and Singapore figures base pay', async () => {
    expect((await ask('Accountant', 'London')).basis).toBe('total');
    expect((await ask('Software Developer', 'Singapore')).basis).toBe('base');
  });

  it('moves a senior title above the official median and an entry title below it', async () => {
    const mid = await ask('Software Engineer', 'London');
    const senior = await ask('Senior Software Engineer', 'London');
    const entry = await ask('Junior Software Engineer', 'London');
    expect(senior.p50).toBeGreaterThan(mid.p50);
    expect(entry.p50).toBeLessThan(mid.p50);
  });

  it('the NOTICE credits each official source with its attribution line and says how codes were mapped', () => {
    const notice = readFileSync(resolve(DATA, 'NOTICE.md'), 'utf8');
    for (const line of [
      'Source: Office for National Statistics licensed under the Open Government Licence v3.0',
      'Contains information licensed under the Open Government Licence – Canada',
      'Source: Ministry of Manpower, Singapore',
      'Source: Australian Bureau of Statistics, Employee Earnings and Hours, May 2023',
    ]) expect(notice).toContain(line);
    expect(notice).toContain('SSOC 2020 (Singapore) by title');
    expect(notice).toContain('ANZSCO (Australia) by title');
  });

  it('a country figure from fewer than 20 survey salaries is labelled low confidence', async () => {
    const e = await ask('Data Engineer', 'Hyderabad');
    expect(e.figures).toBe('salaries');
    expect(e.n).toBeLessThan(20);
    expect(e.confidence).toBe('low');
  });
});
