/**
 * A country's wage level relative to the US, from ILOSTAT's average monthly earnings of employees
 * (indicator EAR_4MTH_SEX_GEO_CUR_NB_A, sex Total, area National, latest year per country), shipped
 * in dataset-meta.json as `wageIndex`: ln(the country's average earnings in its own currency ÷ the
 * US average in dollars), both at the reference date. The estimator places a US national DOL
 * figure on it where a country has no official statistics of its own (low confidence, said so):
 * ln pay = ln US average + country ln + slope × (ln US pay − ln US average), the slope fitted on
 * the official statistics of the UK, Canada, Singapore and Australia (fitWageRule).
 *
 * Units: the extract gives "2021 PPP $" only. The US series is nominal dollars (it rises 65%
 * 2014–2024, far above real wage growth), so each year's figure is local currency ÷ that year's
 * PPP factor (2021 ICP benchmark): local currency = PPP $ × the World Bank PPP factor (GDP, LCU per
 * international $) of the same year. Both sides are then brought to the reference date with their
 * currency's CPI inflation (inflation.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { currencyOfCountry } from '../../../utils/normalize/location';
import { csvObjects } from './csv';
import type { Inflation } from './inflation';
import { countryCodeLookup, homeCurrency } from './observations';
import { median } from '../../../utils/estimate/stats';
import { ALL_LEVELS, type DatasetCell } from '../../../utils/estimate/types';

/** One national, all-sexes row of the ILOSTAT extract. */
export interface EarningsRow {
  /** ISO 3166 alpha-2 */
  country: string;
  year: number;
  /** average monthly earnings of employees, PPP $ of that year */
  earningsPpp: number;
}

export interface WageLevel {
  /** ln(country's average earnings in local currency ÷ US average in US dollars), at the reference date */
  ln: number;
  /** the ILOSTAT year it rests on */
  year: number;
}

export interface WageLevelInputs {
  /** PPP factor (local currency per international $) of a country in a year, or null */
  ppp: (cc: string, year: number) => number | null;
  /** the currency the country's figures are kept in, or null (then the country is left out) */
  currencyOf: (cc: string) => string | null;
  /** CPI multiplier of a currency from one time (fractional year) to another */
  inflation: (currency: string, from: number, to: number) => number;
  /** the reference date as a fractional year */
  refT: number;
}

/** UN names of the extract that the shared country lookup does not know. */
const ILOSTAT_NAMES: Record<string, string> = {
  'Bolivia (Plurinational State of)': 'BO',
  'Brunei Darussalam': 'BN',
  'Tanzania, United Republic of': 'TZ',
};

/** The latest year per country (the extract has one source per country and year). */
export function latestPerCountry(rows: readonly EarningsRow[]): Map<string, EarningsRow> {
  const out = new Map<string, EarningsRow>();
  for (const r of rows) {
    if (!(r.earningsPpp > 0) || !Number.isFinite(r.year)) continue;
    const prev = out.get(r.country);
    if (!prev || r.year > prev.year) out.set(r.country, r);
  }
  return out;
}

export interface WageIndex {
  /** ln of the US average annual earnings (× 12), US dollars at the reference date */
  usLogAnnual: number;
  usYear: number;
  countries: Record<string, WageLevel>;
}

/** ln wage level of each country vs the US (see the file comment); null without a US row. */
export function wageLevelIndex(rows: readonly EarningsRow[], inputs: WageLevelInputs): WageIndex | null {
  const latest = latestPerCountry(rows);
  const us = latest.get('US');
  if (!us) return null;
  const mid = (year: number) => year + 0.5;
  const usLog = Math.log(us.earningsPpp * inputs.inflation('USD', mid(us.year), inputs.refT));
  const out: Record<string, WageLevel> = {};
  for (const cc of [...latest.keys()].sort()) {
    if (cc === 'US') continue;
    const r = latest.get(cc)!;
    const currency = inputs.currencyOf(cc);
    const ppp = inputs.ppp(cc, r.year);
    if (!currency || !(ppp !== null && ppp > 0)) continue;
    const local = r.earningsPpp * ppp * inputs.inflation(currency, mid(r.year), inputs.refT);
    out[cc] = { ln: Number((Math.log(local) - usLog).toFixed(4)), year: r.year };
  }
  return { usLogAnnual: Number((usLog + Math.log(12)).toFixed(4)), usYear: us.year, countries: out };
}

/** The national, all-sexes rows of ../shared/data/ilostat_earnings_urban_rural. */
export function readIlostat(dataDir: string): { rows: EarningsRow[]; unknownCountries: string[] } {
  const text = readFileSync(join(dataDir, 'ilostat_earnings_urban_rural/ilostat_wage.csv'), 'utf8');
  const lookup = countryCodeLookup();
  const rows: EarningsRow[] = [];
  const unknown = new Set<string>();
  for (const r of csvObjects(text).rows) {
    if (r.sex !== 'Total' || r.area_type !== 'National') continue;
    const cc = ILOSTAT_NAMES[r.country!] ?? lookup(r.country!);
    if (!cc) {
      unknown.add(r.country!);
      continue;
    }
    rows.push({ country: cc, year: Number(r.year), earningsPpp: Number(r.earnings_ppp) });
  }
  return { rows, unknownCountries: [...unknown].sort() };
}

/** World Bank PPP factors (GDP, LCU per international $) by ISO2 and year. */
export function readPpp(dataDir: string): (cc: string, year: number) => number | null {
  const by = new Map<string, number>();
  for (const r of csvObjects(readFileSync(join(dataDir, 'worldbank_ppp/ppp-gdp.csv'), 'utf8')).rows) {
    const v = Number(r.PPP);
    if (/^[A-Z]{2}$/.test(r['Country ID'] ?? '') && r.PPP !== '' && Number.isFinite(v)) by.set(`${r['Country ID']}|${r.Year}`, v);
  }
  return (cc, year) => by.get(`${cc}|${year}`) ?? null;
}

/** The shipped index: ILOSTAT × World Bank PPP × CPI, countries whose currency has exchange rates. */
export function buildWageIndex(dataDir: string, inflation: Inflation, refT: number): { index: WageIndex | null; countries: number; unknownCountries: string[] } {
  const { rows, unknownCountries } = readIlostat(dataDir);
  const index = wageLevelIndex(rows, {
    ppp: readPpp(dataDir),
    // a currency without exchange rates would be kept in dollars (homeCurrency): leave the country out
    currencyOf: (cc) => {
      const c = currencyOfCountry(cc);
      return c && homeCurrency(cc) === c ? c : null;
    },
    inflation: (c, from, to) => inflation.factor(c, from, to),
    refT,
  });
  return { index, countries: latestPerCountry(rows).size, unknownCountries };
}

/** An official statistic abroad beside the US national figure for the same occupation (log, annual). */
export interface OfficialPair {
  country: string;
  family: string;
  /** ln US national DOL median, US dollars */
  us: number;
  /** ln official median, the country's currency */
  official: number;
  /** the US figure is a national DOL cell (the occupations the scaled rule answers for), not a median of states */
  national: boolean;
}

/**
 * Every all-levels official cell abroad (`o:XX`) with the US national DOL median of its occupation:
 * the US national statistic cell, else the median of the US state statistic cells.
 */
export function officialPairs(cells: readonly DatasetCell[], statFamily: Readonly<Record<string, string>>): OfficialPair[] {
  const usMedians = usDolMedians(cells);
  const out: OfficialPair[] = [];
  for (const c of cells) {
    if (c.kind !== 'statistic' || c.level !== ALL_LEVELS || c.company || !c.geo.startsWith('o:')) continue;
    const us = usMedians.get(statFamily[c.family] ?? c.family);
    if (!us) continue;
    out.push({ country: c.geo.slice(2), family: c.family, us: us.ln, official: c.logP50, national: us.national });
  }
  return out.sort((a, b) => (a.country < b.country ? -1 : a.country > b.country ? 1 : a.family < b.family ? -1 : a.family > b.family ? 1 : 0));
}

/** Each statistic family's US DOL median (ln, US dollars): its national cell, else the median of its state cells. */
export function usDolMedians(cells: readonly DatasetCell[]): Map<string, { ln: number; national: boolean }> {
  const national = new Map<string, number>();
  const states = new Map<string, number[]>();
  for (const c of cells) {
    if (c.kind !== 'statistic' || c.level !== ALL_LEVELS || c.company || c.basis !== 'base') continue;
    if (c.geo === 'c:US') national.set(c.family, c.logP50);
    else if (c.geo.startsWith('s:US-')) (states.get(c.family) ?? states.set(c.family, []).get(c.family)!).push(c.logP50);
  }
  const out = new Map<string, { ln: number; national: boolean }>();
  for (const [f, xs] of states) out.set(f, { ln: median(xs), national: false });
  for (const [f, ln] of national) out.set(f, { ln, national: true });
  return out;
}

/** A country needs this many official occupations to count in the fit. */
export const WAGE_FIT_MIN_PAIRS = 10;

/**
 * The scaled rule's slope (WageLevelParams) and a candidate offset, from official statistics:
 * - slope: pooled within-country least squares of ln official on ln US pay (each country demeaned),
 *   over every country with enough pairs — how much of a US pay difference between occupations
 *   a country shows;
 * - offset: the median gap between official figures and the sloped, level-scaled US figures, over
 *   the countries that also have a wage level (ILOSTAT).
 * Null when the pairs cannot fit either.
 */
export function fitWageRule(pairs: readonly OfficialPair[], index: Pick<WageIndex, 'usLogAnnual' | 'countries'>): { slope: number; offset: number; slopeOn: string[]; offsetOn: string[] } | null {
  const byCountry = new Map<string, OfficialPair[]>();
  for (const p of pairs) (byCountry.get(p.country) ?? byCountry.set(p.country, []).get(p.country)!).push(p);
  let sxy = 0;
  let sxx = 0;
  const slopeOn: string[] = [];
  for (const [cc, ps] of [...byCountry].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (ps.length < WAGE_FIT_MIN_PAIRS) continue;
    slopeOn.push(cc);
    const mx = ps.reduce((s, p) => s + p.us, 0) / ps.length;
    const my = ps.reduce((s, p) => s + p.official, 0) / ps.length;
    for (const p of ps) {
      sxy += (p.us - mx) * (p.official - my);
      sxx += (p.us - mx) ** 2;
    }
  }
  if (!(sxx > 0)) return null;
  const slope = sxy / sxx;
  const gaps: number[] = [];
  const offsetOn: string[] = [];
  for (const cc of slopeOn) {
    const level = index.countries[cc];
    if (!level) continue;
    offsetOn.push(cc);
    for (const p of byCountry.get(cc)!) gaps.push(p.official - (index.usLogAnnual + level.ln + slope * (p.us - index.usLogAnnual)));
  }
  if (!gaps.length) return null;
  return { slope: Number(slope.toFixed(4)), offset: Number(median(gaps).toFixed(4)), slopeOn, offsetOn };
}
