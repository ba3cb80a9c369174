/**
 * Bringing amounts to the reference date with World Bank CPI inflation (FP.CPI.TOTL.ZG, via
 * datahub core/cpi — whose `CPI` column holds annual inflation rates in %, not index levels).
 *
 * Method (written into NOTICE.md): per currency, the CPI of its home economy (EUR → "Euro area",
 * USD → United States, INR → India…). A chained index idx[y] = idx[y-1] × (1 + r[y]/100) stands for
 * the year's average price level, placed at mid-year (y + 0.5). An amount observed at time t
 * (fractional year) is multiplied by idx(ref)/idx(t), with idx interpolated geometrically between
 * mid-years and extrapolated past the last published year with the last published rate.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvObjects } from './csv';

export interface Inflation {
  /** Multiplier taking an amount in `currency` at time `from` (fractional year) to time `to`. */
  factor(currency: string, from: number, to: number): number;
  /** ISO3 economy whose CPI a currency follows, or null (then the factor is 1). */
  economyOf(currency: string): string | null;
  /** Last year with a published rate for a currency's economy. */
  lastYear(currency: string): number | null;
}

/** Currencies whose home economy is not the first two letters of the code. */
const CURRENCY_ECONOMY: Record<string, string> = { EUR: 'EMU', USD: 'USA', XOF: 'WAF', XAF: 'CAF' };

/**
 * Aggregates the World Bank publishes late: a missing year is filled with the median rate of the
 * members that have it ("Euro area" has no 2024 rate in this file; most members do).
 */
const COMPOSITE_MEMBERS: Record<string, string[]> = {
  EMU: ['AUT', 'BEL', 'CYP', 'DEU', 'ESP', 'EST', 'FIN', 'FRA', 'GRC', 'HRV', 'IRL', 'ITA', 'LTU', 'LUX', 'LVA', 'MLT', 'NLD', 'PRT', 'SVK', 'SVN'],
};

export function loadInflation(dataDir: string): Inflation {
  const cpi = csvObjects(readFileSync(join(dataDir, 'worldbank-inflation-datahub/cpi.csv'), 'utf8')).rows;
  const ppp = csvObjects(readFileSync(join(dataDir, 'worldbank_ppp/ppp-gdp.csv'), 'utf8')).rows;
  // ISO2 → ISO3 by joining the two World Bank files on the economy name
  const iso3ByName = new Map<string, string>();
  const rates = new Map<string, Map<number, number>>();
  for (const r of cpi) {
    const code = r['Country Code']!;
    iso3ByName.set(r.Country!, code);
    const rate = Number(r.CPI);
    if (r.CPI === '' || !Number.isFinite(rate)) continue;
    let m = rates.get(code);
    if (!m) rates.set(code, (m = new Map()));
    m.set(Number(r.Year), rate);
  }
  for (const [composite, members] of Object.entries(COMPOSITE_MEMBERS)) {
    const own = rates.get(composite) ?? new Map<number, number>();
    const years = new Set(members.flatMap((m) => [...(rates.get(m)?.keys() ?? [])]));
    for (const y of years) {
      if (own.has(y)) continue;
      const xs = members.map((m) => rates.get(m)?.get(y)).filter((x): x is number => x !== undefined).sort((a, b) => a - b);
      if (xs.length < members.length / 2) continue;
      const mid = xs.length >> 1;
      own.set(y, xs.length % 2 ? xs[mid]! : (xs[mid - 1]! + xs[mid]!) / 2);
    }
    rates.set(composite, own);
  }
  const iso3ByIso2 = new Map<string, string>();
  for (const r of ppp) {
    const iso3 = iso3ByName.get(r.Country!);
    if (iso3 && /^[A-Z]{2}$/.test(r['Country ID'] ?? '')) iso3ByIso2.set(r['Country ID']!, iso3);
  }

  const economyOf = (currency: string): string | null => {
    const e = CURRENCY_ECONOMY[currency] ?? iso3ByIso2.get(currency.slice(0, 2));
    return e && rates.has(e) ? e : null;
  };

  // chained log-index per economy: logIdx[y] at mid-year y + 0.5
  const indexCache = new Map<string, { first: number; last: number; logIdx: Map<number, number>; lastRate: number }>();
  const indexOf = (economy: string) => {
    let ix = indexCache.get(economy);
    if (ix) return ix;
    const m = rates.get(economy)!;
    const years = [...m.keys()].sort((a, b) => a - b);
    const first = years[0]!;
    const last = years[years.length - 1]!;
    const logIdx = new Map<number, number>();
    let acc = 0;
    let lastRate = 0;
    for (let y = first; y <= last; y++) {
      const r = m.get(y);
      // a gap year: carry the previous rate (rare; documented as such)
      lastRate = r ?? lastRate;
      if (y > first) acc += Math.log1p(lastRate / 100);
      logIdx.set(y, acc);
    }
    ix = { first, last, logIdx, lastRate };
    indexCache.set(economy, ix);
    return ix;
  };

  const logIndexAt = (economy: string, t: number): number => {
    const ix = indexOf(economy);
    const y = t - 0.5;
    if (y >= ix.last) return ix.logIdx.get(ix.last)! + (y - ix.last) * Math.log1p(ix.lastRate / 100);
    if (y <= ix.first) return 0;
    const y0 = Math.floor(y);
    const a = ix.logIdx.get(y0)!;
    const b = ix.logIdx.get(y0 + 1)!;
    return a + (b - a) * (y - y0);
  };

  return {
    economyOf,
    lastYear: (currency) => {
      const e = economyOf(currency);
      return e ? indexOf(e).last : null;
    },
    factor(currency, from, to) {
      const e = economyOf(currency);
      if (!e) return 1;
      return Math.exp(logIndexAt(e, to) - logIndexAt(e, from));
    },
  };
}
