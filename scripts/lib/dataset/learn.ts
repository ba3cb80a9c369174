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
import { ALL_LEVELS, DATA_LEVELS, type DataLevel, type DatasetCell, type LearnedParams, type ShrinkLink } from '../../../utils/estimate/types';
import { medianVariance, type LogDist } from '../../../utils/estimate/stats';
import { regionOfCountry } from '../../../utils/normalize/location';
import { TAU2_FLOOR } from './constants';
import type { LogRate } from './cells';

export const LEVEL_RATIO_PRIOR_N = 20;
export const COMPANY_PRIOR_N = 10;
const UPPER_SPREAD_MIN_N = 30;

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

export function learnLevelRatios(cells: readonly DatasetCell[], index: CellIndex): LearnedParams['levelRatios'] {
  const acc = new Map<string, { w: number; wd: number }>();
  const add = (k: string, w: number, d: number) => {
    const a = acc.get(k) ?? { w: 0, wd: 0 };
    a.w += w;
    a.wd += w * d;
    acc.set(k, a);
  };
  for (const c of cells) {
    if (c.level === ALL_LEVELS || !c.geo.startsWith('c:') || c.company !== null || c.kind !== 'salaries') continue;
    const all = index.get(keyOf(c, ALL_LEVELS));
    if (!all) continue;
    const w = 1 / (1 / (c.nEff ?? 1) + 1 / (all.nEff ?? 1));
    const d = c.logP50 - all.logP50;
    add(`${c.family}|${c.level}`, w, d);
    add(`_default|${c.level}`, w, d);
  }
  const pooled: Partial<Record<DataLevel, number>> = {};
  for (const level of DATA_LEVELS) {
    const a = acc.get(`_default|${level}`);
    if (a && a.w > 0) pooled[level] = a.wd / a.w;
  }
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
    if (Object.keys(own).length) out[f] = roundAll(own);
  }
  return out;
}

function roundAll<T extends Record<string, number | undefined>>(o: T): T {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = round(v);
  return out as T;
}

export function learnUpperSpread(cells: readonly DatasetCell[]): Record<string, number> {
  const byFamily = new Map<string, number[]>();
  const all: number[] = [];
  for (const c of cells) {
    if (c.geo !== 'c:US' || c.level !== ALL_LEVELS || c.kind !== 'salaries' || (c.n ?? 0) < UPPER_SPREAD_MIN_N) continue;
    const lower = c.logP50 - c.logP25;
    if (lower <= 0) continue;
    const u = (c.logP75 - c.logP50) / lower;
    (byFamily.get(c.family) ?? byFamily.set(c.family, []).get(c.family)!).push(u);
    all.push(u);
  }
  const clamp = (x: number) => Math.min(2, Math.max(0.6, x));
  const med = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
  };
  const out: Record<string, number> = { _default: all.length ? round(clamp(med(all))) : 1 };
  for (const [f, xs] of [...byFamily].sort(([a], [b]) => (a < b ? -1 : 1))) out[f] = round(clamp(med(xs)));
  return out;
}

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
): Record<ShrinkLink, number> {
  const pairs: Record<ShrinkLink, number[]> = {
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
      const link: ShrinkLink = kind === 'c' ? 'countryLevel' : kind === 'r' ? 'regionLevel' : 'globalLevel';
      push(link, c, all.logP50 + ratioOf(c.family, c.level));
      continue;
    }
    if (kind === 'c' || kind === 'r') {
      const parent = index.get(keyOf(c, ALL_LEVELS, kind === 'r' ? 'global' : regionGeoOf(c)));
      if (!parent) continue;
      push(kind === 'c' ? 'country' : 'region', c, inCurrency(parent, c.currency));
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

/** The region cell a country cell rolls up into ('global' when the country has no region). */
function regionGeoOf(c: DatasetCell): string {
  const region = regionOfCountry(c.geo.slice(2));
  return region ? `r:${region}` : 'global';
}
