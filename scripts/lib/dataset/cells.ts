/**
 * Observations → cells. Each reported salary joins the cells of its role family at its level
 * and at all levels (`*`), in its country, its world region and globally; each H-1B filing joins
 * its employer's cells and the all-employers cells of its state. Per cell: outliers outside the
 * log-space fences are dropped, then weighted log quartiles, n (deduplicated salaries) and the
 * effective n (after source weights). Cells below the evidence rule are not kept.
 */
import { ALL_LEVELS, cellKey, geoKey, type Basis, type DataLevel, type DatasetCell } from '../../../utils/estimate/types';
import { weightedQuantile } from '../../../utils/estimate/stats';
import { MIN_CELL_N, OUTLIER_FENCE_K, OUTLIER_MIN_ROWS } from './constants';

/** One salary, normalised: gross annual at the reference date, in its country's currency. */
export interface Obs {
  /** index into SOURCES */
  source: number;
  family: string;
  level: DataLevel | null;
  country: string;
  region: string | null;
  state: string | null;
  /** city/metro name outside the US ("Kyiv"): joins `m:<country>:<name>` cells */
  city: string | null;
  /** canonical company id (H-1B filings) */
  company: string | null;
  basis: Basis;
  kind: 'salaries' | 'offered-floor';
  /** currency of `ln` (the country's cell currency) */
  currency: string;
  /** ln(gross annual amount) at the reference date */
  ln: number;
  weight: number;
}

/** Currency of a cell: its country's (when that has exchange rates), else US dollars. */
export type CellCurrency = (geo: string) => string;
/** ln of the exchange rate from one currency to another at the reference year. */
export type LogRate = (from: string, to: string) => number;

interface Acc {
  family: string;
  level: string;
  geo: string;
  company: string;
  basis: Basis;
  kind: 'salaries' | 'offered-floor';
  currency: string;
  values: number[];
  weights: number[];
  sources: number[];
}

/** The cell keys an observation joins. */
export function keysOf(o: Obs): { level: string; geo: string; company: string }[] {
  const levels = o.level ? [o.level, ALL_LEVELS] : [ALL_LEVELS];
  const out: { level: string; geo: string; company: string }[] = [];
  if (o.kind === 'offered-floor') {
    if (!o.state) return out;
    for (const level of levels) {
      if (o.company) out.push({ level, geo: geoKey.state(o.state), company: o.company });
      out.push({ level, geo: geoKey.state(o.state), company: '*' });
    }
    return out;
  }
  const geos = [
    ...(o.city ? [geoKey.city(o.country, o.city)] : []),
    geoKey.country(o.country),
    ...(o.region ? [geoKey.region(o.region)] : []),
    geoKey.global,
  ];
  for (const level of levels) for (const geo of geos) out.push({ level, geo, company: '' });
  return out;
}

export interface CellStats {
  trimmed: number;
  belowEvidence: number;
}

/**
 * Aggregate observations into cells (only cells meeting the evidence rule). Region and global
 * cells pool countries with different pay levels: with `countryIndex`, each salary enters them
 * divided by its country's pay index (ln, vs the US, learned from the country cells), so those
 * cells hold US-equivalent pay and the estimator scales them back to the posting's country.
 */
export function aggregate(
  obs: readonly Obs[],
  cellCurrency: CellCurrency,
  logRate: LogRate,
  asOf: string,
  stats: CellStats = { trimmed: 0, belowEvidence: 0 },
  countryIndex: (cc: string) => number = () => 0,
): DatasetCell[] {
  const accs = new Map<string, Acc>();
  for (const o of obs) {
    for (const { level, geo, company } of keysOf(o)) {
      const key = cellKey(o.family, level, geo, company, o.basis);
      let a = accs.get(key);
      if (!a) {
        const currency = cellCurrency(geo);
        a = { family: o.family, level, geo, company, basis: o.basis, kind: o.kind, currency, values: [], weights: [], sources: [] };
        accs.set(key, a);
      }
      const pooled = company === '' && (geo === 'global' || geo.startsWith('r:'));
      const ln = o.currency === a.currency ? o.ln : o.ln + logRate(o.currency, a.currency);
      a.values.push(pooled ? ln - countryIndex(o.country) : ln);
      a.weights.push(o.weight);
      a.sources.push(o.source);
    }
  }
  const cells: DatasetCell[] = [];
  for (const [key, a] of accs) {
    const cell = summarise(key, a, asOf, stats);
    if (cell) cells.push(cell);
  }
  return cells;
}

function summarise(key: string, a: Acc, asOf: string, stats: CellStats): DatasetCell | null {
  if (a.values.length < MIN_CELL_N) {
    stats.belowEvidence++;
    return null;
  }
  const order = a.values.map((_, i) => i).sort((i, j) => a.values[i]! - a.values[j]! || a.sources[i]! - a.sources[j]!);
  let values = order.map((i) => a.values[i]!);
  let weights = order.map((i) => a.weights[i]!);
  let sources = order.map((i) => a.sources[i]!);
  if (values.length >= OUTLIER_MIN_ROWS) {
    const q1 = weightedQuantile(values, weights, 0.25);
    const q3 = weightedQuantile(values, weights, 0.75);
    const lo = q1 - OUTLIER_FENCE_K * (q3 - q1);
    const hi = q3 + OUTLIER_FENCE_K * (q3 - q1);
    const keep = values.map((v) => v >= lo && v <= hi);
    stats.trimmed += keep.filter((k) => !k).length;
    values = values.filter((_, i) => keep[i]);
    weights = weights.filter((_, i) => keep[i]);
    sources = sources.filter((_, i) => keep[i]);
  }
  if (values.length < MIN_CELL_N) {
    stats.belowEvidence++;
    return null;
  }
  const nEff = weights.reduce((s, w) => s + w, 0);
  return {
    key,
    family: a.family,
    level: a.level,
    geo: a.geo,
    company: a.company === '' ? null : a.company,
    basis: a.basis,
    kind: a.kind,
    logP25: weightedQuantile(values, weights, 0.25),
    logP50: weightedQuantile(values, weights, 0.5),
    logP75: weightedQuantile(values, weights, 0.75),
    currency: a.currency,
    n: values.length,
    nEff,
    sources: [...new Set(sources)].sort((x, y) => x - y),
    asOf,
  };
}
