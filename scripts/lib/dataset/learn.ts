/**
 * The multipliers and shrinkage strengths the estimator uses, learned from the cells:
 *
 * - level ratios: for each family and level, the n-weighted mean over countries of
 *   ln(p50 at the level ÷ p50 of all levels) from survey cells where both exist; shrunk towards
 *   the pooled ratio of all families (pseudo-count LEVEL_RATIO_PRIOR_N salaries);
 * - upper spread: ln(p75/p50) ÷ ln(p50/p25) of US survey cells (for OFLC's p75);
 * - τ² per shrinkage link: the method-of-moments between-cell variance, mean(d² − v), of child
 *   medians around their parent's prediction (v = the child median's sampling variance);
 * - company premiums: the n-weighted mean of ln(employer's H-1B offered wage ÷ all employers')
 *   over the employer's role × state cells, shrunk towards 0 (pseudo-count COMPANY_PRIOR_N).
 *
 * The metro index comes from the OFLC points (build.ts), not from cells.
 */
import { ALL_LEVELS, DATA_LEVELS, type DataLevel, type DatasetCell, type InternRule, type LearnedParams, type ShrinkLink } from '../../../utils/estimate/types';
import { medianVariance, type LogDist } from '../../../utils/estimate/stats';
import { regionOfCountry } from '../../../utils/normalize/location';
import { TAU2_FLOOR } from './constants';
import { FAMILY_DEFS } from '../../../utils/normalize/title-tables';
import type { LogRate } from './cells';
import { orderRatios, type OrderReport } from './monotone';

export const LEVEL_RATIO_PRIOR_N = 20;
/** Cap on one country's weight in a level ratio (so the biggest survey country does not set every ratio). */
export const LEVEL_RATIO_PAIR_CAP = 50;
export const COMPANY_PRIOR_N = 10;
export const COUNTRY_PRIOR_N = 20;
/** Cap on one cell's weight in the country-index fit (the US cells would otherwise swamp the role effects). */
const COUNTRY_FIT_WEIGHT_CAP = 200;
const UPPER_SPREAD_MIN_N = 30;
export const UPPER_SPREAD_PRIOR_N = 200;

const dist = (c: DatasetCell): LogDist => ({
  m: c.logP50,
  lo: c.logP50 - c.logP25,
  hi: c.logP75 - c.logP50,
  nEff: c.kind === 'statistic' ? null : (c.nEff ?? c.n),
});

const round = (x: number, digits = 4) => Number(x.toFixed(digits));

/** Cells indexed by key. */
export type CellIndex = ReadonlyMap<string, DatasetCell>;

const keyOf = (c: DatasetCell, level: string, geo = c.geo, company = c.company ?? '') =>
  `${c.family}|${level}|${geo}|${company}|${c.basis}`;

/**
 * Level ratios. Survey country cells give every level; the vp ratio also takes H-1B filings
 * whose titles say VP or head of (their all-employers state cells against the same state's
 * all-levels cell), so a VP is estimated from VP pay rather than the manager median; the intern
 * ratio is the intern rule (`internRatios`: DOL level I ÷ median per occupation), not a survey
 * figure (the entry ratio less one DOL step where the entry figure is below level I). The result is put in ladder order (monotone.ts), the fixes counted in `order`.
 */
export function learnLevelRatios(
  cells: readonly DatasetCell[],
  index: CellIndex,
  internRatios: Record<string, { dol: number; step: number }> = {},
  order: OrderReport = { checked: 0, moved: {}, groups: 0, ratiosFixed: 0 },
  internRuleOut: { rules?: Record<string, InternRule> } = {},
): LearnedParams['levelRatios'] {
  const acc = new Map<string, { w: number; wd: number }>();
  const add = (k: string, w: number, d: number) => {
    const a = acc.get(k) ?? { w: 0, wd: 0 };
    a.w += w;
    a.wd += w * d;
    acc.set(k, a);
  };
  for (const c of cells) {
    if (c.level === ALL_LEVELS || c.level === 'intern') continue;
    const h1bVp = c.level === 'vp' && c.kind === 'offered-floor' && c.company === '*' && c.geo.startsWith('s:');
    if (!h1bVp && (!c.geo.startsWith('c:') || c.company !== null || c.kind !== 'salaries')) continue;
    const all = index.get(keyOf(c, ALL_LEVELS));
    if (!all) continue;
    // each country's pair counts, but no country outweighs the others by more than the cap
    const w = Math.min(LEVEL_RATIO_PAIR_CAP, 1 / (1 / (c.nEff ?? 1) + 1 / (all.nEff ?? 1)));
    const d = c.logP50 - all.logP50;
    add(`${c.family}|${c.level}`, w, d);
    add(`_default|${c.level}`, w, d);
  }
  const pooled: Partial<Record<DataLevel, number>> = {};
  for (const level of DATA_LEVELS) {
    const a = acc.get(`_default|${level}`);
    if (a && a.w > 0) pooled[level] = a.wd / a.w;
  }
  const rules: Record<string, InternRule> = {};
  /** The intern rule: DOL level I ÷ median, but where the entry figure is lower, one DOL step (level I ÷ II) below it. */
  const intern = (family: string, r: { dol: number; step: number } | undefined, entry: number | undefined) => {
    if (!r) return undefined;
    if (entry === undefined || r.dol <= entry + r.step) {
      rules[family] = 'dol-level-i';
      return r.dol;
    }
    rules[family] = 'entry-less-step';
    return entry + r.step;
  };
  const pooledIntern = intern('_default', internRatios._default, pooled.entry);
  if (pooledIntern !== undefined) pooled.intern = pooledIntern;
  const out: LearnedParams['levelRatios'] = { _default: roundAll(pooled) };
  const families = [...new Set(cells.map((c) => c.family))].sort();
  for (const f of families) {
    const own: Partial<Record<DataLevel, number>> = {};
    for (const level of DATA_LEVELS) {
      const a = acc.get(`${f}|${level}`);
      const p = pooled[level];
      if (!a || a.w <= 0 || p === undefined) continue;
      own[level] = (a.wd + LEVEL_RATIO_PRIOR_N * p) / (a.w + LEVEL_RATIO_PRIOR_N);
    }
    if (internRatios[f]) own.intern = intern(f, internRatios[f], own.entry ?? pooled.entry);
    if (Object.keys(own).length) out[f] = roundAll(own);
  }
  internRuleOut.rules = rules;
  return orderRatios(out, order);
}

function roundAll<T extends Record<string, number | undefined>>(o: T): T {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = round(v);
  return out as T;
}

/**
 * ln(p75/p50) ÷ ln(p50/p25) of the US all-level survey cells: pooled (n-weighted median over
 * families) and per family, shrunk towards the pooled value with UPPER_SPREAD_PRIOR_N salaries.
 */
export function learnUpperSpread(cells: readonly DatasetCell[]): Record<string, number> {
  const byFamily = new Map<string, { w: number; wu: number }>();
  const all: { u: number; w: number }[] = [];
  for (const c of cells) {
    if (c.geo !== 'c:US' || c.level !== ALL_LEVELS || c.kind !== 'salaries' || c.company !== null || (c.n ?? 0) < UPPER_SPREAD_MIN_N) continue;
    const lower = c.logP50 - c.logP25;
    if (lower <= 0) continue;
    const u = clampSpread((c.logP75 - c.logP50) / lower);
    const w = c.nEff ?? c.n ?? 1;
    const t = byFamily.get(c.family) ?? { w: 0, wu: 0 };
    t.w += w;
    t.wu += w * u;
    byFamily.set(c.family, t);
    all.push({ u, w: Math.min(w, 500) });
  }
  all.sort((a, b) => a.u - b.u);
  const total = all.reduce((s, x) => s + x.w, 0);
  let cum = 0;
  let pooled = 1;
  for (const x of all) {
    cum += x.w;
    if (cum >= total / 2) {
      pooled = x.u;
      break;
    }
  }
  const out: Record<string, number> = { _default: round(pooled) };
  for (const [f, t] of [...byFamily].sort(([a], [b]) => (a < b ? -1 : 1))) {
    out[f] = round((t.wu + UPPER_SPREAD_PRIOR_N * pooled) / (t.w + UPPER_SPREAD_PRIOR_N));
  }
  return out;
}

const clampSpread = (x: number) => Math.min(2, Math.max(0.6, x));

export function learnCompanyPremium(cells: readonly DatasetCell[], index: CellIndex): LearnedParams['companyPremium'] {
  const acc = new Map<string, { w: number; wd: number; n: number }>();
  for (const c of cells) {
    if (!c.company || c.company === '*' || c.level !== ALL_LEVELS) continue;
    const market = index.get(keyOf(c, ALL_LEVELS, c.geo, '*'));
    if (!market) continue;
    const w = c.nEff ?? c.n ?? 1;
    const a = acc.get(c.company) ?? { w: 0, wd: 0, n: 0 };
    a.w += w;
    a.wd += w * (c.logP50 - market.logP50);
    a.n += c.n ?? 0;
    acc.set(c.company, a);
  }
  const out: LearnedParams['companyPremium'] = {};
  for (const [company, a] of [...acc].sort(([x], [y]) => (x < y ? -1 : 1))) {
    out[company] = { logRatio: round(a.wd / (a.w + COMPANY_PRIOR_N)), n: a.n };
  }
  return out;
}

/** τ² for each link, from (child, parent prediction) pairs. */
export function learnTau2(
  cells: readonly DatasetCell[],
  index: CellIndex,
  levelRatios: LearnedParams['levelRatios'],
  companyPremium: LearnedParams['companyPremium'],
  logRate: LogRate,
  indexes: PayIndexes = { countryIndex: {}, regionIndex: {} },
): Record<ShrinkLink, number> {
  const pairs: Record<ShrinkLink, number[]> = {
    metro: [],
    globalLevel: [],
    region: [],
    regionLevel: [],
    country: [],
    countryLevel: [],
    company: [],
    companyLevel: [],
  };
  const ratioOf = (family: string, level: string) =>
    levelRatios[family]?.[level as DataLevel] ?? levelRatios._default?.[level as DataLevel] ?? 0;
  const push = (link: ShrinkLink, child: DatasetCell, prior: number) => {
    const d = child.logP50 - prior;
    pairs[link].push(d * d - medianVariance(dist(child)));
  };
  const inCurrency = (c: DatasetCell, to: string) => c.logP50 + (c.currency === to ? 0 : logRate(c.currency, to));
  for (const c of cells) {
    if (c.kind === 'statistic') continue;
    const specific = c.level !== ALL_LEVELS;
    if (c.company === '*' || (c.company && c.company !== '*')) {
      const market = (lvl: string) => index.get(keyOf(c, lvl, c.geo, '*'));
      if (c.company === '*') {
        const m0 = market(ALL_LEVELS);
        if (specific && m0) push('companyLevel', c, m0.logP50 + ratioOf(c.family, c.level));
        continue;
      }
      const premium = companyPremium[c.company]?.logRatio ?? 0;
      const ml = market(c.level);
      if (ml) push('company', c, ml.logP50 + premium);
      continue;
    }
    const kind = c.geo.includes(':') ? c.geo.slice(0, 1) : 'global';
    if (specific) {
      const all = index.get(keyOf(c, ALL_LEVELS));
      if (!all) continue;
      const link: ShrinkLink = kind === 'c' || kind === 'm' ? 'countryLevel' : kind === 'r' ? 'regionLevel' : 'globalLevel';
      push(link, c, all.logP50 + ratioOf(c.family, c.level));
      continue;
    }
    if (kind === 'm') {
      // a city outside the DOL areas against its country
      const country = index.get(keyOf(c, ALL_LEVELS, `c:${c.geo.split(':')[1]}`));
      if (country) push('metro', c, inCurrency(country, c.currency));
      continue;
    }
    if (kind === 'c' || kind === 'r') {
      const parent = index.get(keyOf(c, ALL_LEVELS, kind === 'r' ? 'global' : regionGeoOf(c)));
      if (!parent) continue;
      // pooled cells hold US-equivalent pay: a country's prediction is scaled by its index
      const cc = c.geo.slice(2);
      const scale = kind !== 'c' ? 0 : indexes.without ? indexes.without(cc, c.family, c.basis) : payIndex(cc, indexes);
      push(kind === 'c' ? 'country' : 'region', c, inCurrency(parent, c.currency) + scale);
    }
  }
  const out = {} as Record<ShrinkLink, number>;
  for (const link of Object.keys(pairs) as ShrinkLink[]) {
    const xs = pairs[link];
    const tau2 = xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : TAU2_FLOOR;
    out[link] = round(Math.max(TAU2_FLOOR, tau2), 5);
  }
  return out;
}

/** A country's pay index: its own, else its region's, else 0 (US level). */
export function payIndex(cc: string, indexes: Pick<PayIndexes, 'countryIndex' | 'regionIndex'>): number {
  const region = regionOfCountry(cc);
  return indexes.countryIndex[cc] ?? (region ? indexes.regionIndex[region] : undefined) ?? 0;
}

/** The region cell a country cell rolls up into ('global' when the country has no region). */
function regionGeoOf(c: DatasetCell): string {
  const region = regionOfCountry(c.geo.slice(2));
  return region ? `r:${region}` : 'global';
}

export interface PayIndexes {
  countryIndex: Record<string, number>;
  regionIndex: Record<string, number>;
  /**
   * A country's index learned without one role's cell (for τ²: a cell must not predict itself).
   * Not shipped.
   */
  without?: (cc: string, family: string, basis: string) => number;
}

/**
 * Country pay indexes: fit ln p50(role, basis, country) in US dollars = a(role, basis) + b(country)
 * over the all-level country cells of the surveys (weighted least squares, alternating, b(US) = 0);
 * each country's b is then shrunk towards its region's weighted mean with COUNTRY_PRIOR_N.
 */
export function learnCountryIndex(cells: readonly DatasetCell[], logRate: LogRate): PayIndexes {
  const points: { group: string; cc: string; y: number; w: number }[] = [];
  for (const c of cells) {
    if (!c.geo.startsWith('c:') || c.level !== ALL_LEVELS || c.company !== null || c.kind !== 'salaries') continue;
    points.push({
      group: `${c.family}|${c.basis}`,
      cc: c.geo.slice(2),
      y: c.logP50 + (c.currency === 'USD' ? 0 : logRate(c.currency, 'USD')),
      w: Math.min(COUNTRY_FIT_WEIGHT_CAP, c.nEff ?? c.n ?? 1),
    });
  }
  points.sort((p, q) => (p.group < q.group ? -1 : p.group > q.group ? 1 : p.cc < q.cc ? -1 : p.cc > q.cc ? 1 : 0));
  const b = new Map<string, number>();
  const a = new Map<string, number>();
  for (let iter = 0; iter < 50; iter++) {
    const sa = new Map<string, [number, number]>();
    for (const p of points) {
      const t = sa.get(p.group) ?? [0, 0];
      t[0] += p.w * (p.y - (b.get(p.cc) ?? 0));
      t[1] += p.w;
      sa.set(p.group, t);
    }
    for (const [g, [num, den]] of sa) a.set(g, num / den);
    const sb = new Map<string, [number, number]>();
    for (const p of points) {
      if (p.cc === 'US') continue;
      const t = sb.get(p.cc) ?? [0, 0];
      t[0] += p.w * (p.y - a.get(p.group)!);
      t[1] += p.w;
      sb.set(p.cc, t);
    }
    for (const [cc, [num, den]] of sb) b.set(cc, num / den);
  }
  // evidence behind a country's index: its cells in roles other countries also have
  const countriesOfGroup = new Map<string, Set<string>>();
  for (const p of points) (countriesOfGroup.get(p.group) ?? countriesOfGroup.set(p.group, new Set()).get(p.group)!).add(p.cc);
  const sums = new Map<string, { w: number; wr: number }>();
  for (const p of points) {
    if (p.cc === 'US' || countriesOfGroup.get(p.group)!.size < 2) continue;
    const t = sums.get(p.cc) ?? { w: 0, wr: 0 };
    t.w += p.w;
    t.wr += p.w * (p.y - a.get(p.group)!);
    sums.set(p.cc, t);
  }
  const regionSums = new Map<string, [number, number]>();
  for (const [cc, t] of [...sums].sort(([x], [y]) => (x < y ? -1 : 1))) {
    const region = regionOfCountry(cc);
    if (!region) continue;
    const r = regionSums.get(region) ?? [0, 0];
    r[0] += t.wr;
    r[1] += t.w;
    regionSums.set(region, r);
  }
  const regionIndex: Record<string, number> = {};
  for (const region of [...regionSums.keys()].sort()) {
    const [num, den] = regionSums.get(region)!;
    regionIndex[region] = round(num / den);
  }
  const shrunk = (cc: string, w: number, wr: number) => {
    const region = regionOfCountry(cc);
    const prior = region ? (regionIndex[region] ?? 0) : 0;
    return (wr + COUNTRY_PRIOR_N * prior) / (w + COUNTRY_PRIOR_N);
  };
  const countryIndex: Record<string, number> = { US: 0 };
  for (const cc of [...sums.keys()].sort()) countryIndex[cc] = round(shrunk(cc, sums.get(cc)!.w, sums.get(cc)!.wr));
  const byKey = new Map(points.map((p) => [`${p.cc}|${p.group}`, p]));
  return {
    countryIndex,
    regionIndex,
    without(cc, family, basis) {
      if (cc === 'US') return 0;
      const t = sums.get(cc) ?? { w: 0, wr: 0 };
      const p = byKey.get(`${cc}|${family}|${basis}`);
      const own = p && countriesOfGroup.get(p.group)!.size >= 2 ? p : null;
      return shrunk(cc, t.w - (own?.w ?? 0), t.wr - (own ? own.w * (own.y - a.get(own.group)!) : 0));
    },
  };
}

/** A country × family group index needs this many families with both figures (else the country's pooled one). */
export const OFFICIAL_INDEX_MIN_FAMILIES = 3;

/**
 * Pay level of a country with official statistics vs the US, from official figures on both sides:
 * the median over role families of ln(the country's official median in US dollars ÷ the US DOL
 * median, the median of its state figures), per family group (tech, office, care, frontline) and
 * pooled (`_all`). The estimator scales the role's pooled figure by it where the country has no
 * official figure for the role (a survey-learned index leans on who answers surveys there).
 */
export function learnOfficialIndex(
  cells: readonly DatasetCell[],
  logRate: LogRate,
  statFamily: Readonly<Record<string, string>>,
): Record<string, Record<string, number>> {
  const us = new Map<string, number[]>();
  for (const c of cells) {
    if (c.kind !== 'statistic' || c.level !== ALL_LEVELS || !c.geo.startsWith('s:US-')) continue;
    (us.get(c.family) ?? us.set(c.family, []).get(c.family)!).push(c.logP50);
  }
  const usMedian = new Map<string, number>();
  for (const [f, xs] of us) {
    const sorted = [...xs].sort((a, b) => a - b);
    usMedian.set(f, sorted[sorted.length >> 1]!);
  }
  const groupOf = new Map(FAMILY_DEFS.map((d) => [d.family, d.group as string]));
  const diffs = new Map<string, number[]>();
  for (const c of cells) {
    if (c.kind !== 'statistic' || c.level !== ALL_LEVELS || !c.geo.startsWith('o:')) continue;
    const ref = usMedian.get(statFamily[c.family] ?? c.family);
    if (ref === undefined) continue;
    const cc = c.geo.slice(2);
    const d = c.logP50 + (c.currency === 'USD' ? 0 : logRate(c.currency, 'USD')) - ref;
    for (const g of ['_all', groupOf.get(c.family) ?? '_all']) (diffs.get(`${cc}|${g}`) ?? diffs.set(`${cc}|${g}`, []).get(`${cc}|${g}`)!).push(d);
  }
  const out: Record<string, Record<string, number>> = {};
  for (const key of [...diffs.keys()].sort()) {
    const [cc, g] = key.split('|') as [string, string];
    const xs = [...diffs.get(key)!].sort((a, b) => a - b);
    if (xs.length < OFFICIAL_INDEX_MIN_FAMILIES) continue;
    const m = xs.length % 2 ? xs[xs.length >> 1]! : (xs[xs.length / 2 - 1]! + xs[xs.length / 2]!) / 2;
    (out[cc] ??= {})[g] = round(m);
  }
  return out;
}
