/**
 * Log-space statistics shared by the dataset build and the estimator: weighted quantiles, the
 * sampling variance of a cell's median, and empirical-Bayes shrinkage of a cell towards its
 * parent's prediction. Pure functions, no I/O.
 */

/** IQR of a standard normal: (p75 − p25) = 1.349 σ. */
export const IQR_PER_SIGMA = 1.3489795003921634;

/**
 * Weighted quantile of values sorted ascending: the value where the cumulative weight, counted
 * at each value's midpoint, reaches q of the total (linear between neighbours). With equal
 * weights this is the usual "Hazen" quantile (i − 0.5)/n.
 */
export function weightedQuantile(sorted: readonly number[], weights: readonly number[], q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  if (n === 1) return sorted[0]!;
  let total = 0;
  for (let i = 0; i < n; i++) total += weights[i]!;
  const target = q * total;
  let cum = 0;
  let prevMid = 0;
  let prevVal = sorted[0]!;
  for (let i = 0; i < n; i++) {
    const w = weights[i]!;
    const mid = cum + w / 2;
    if (mid >= target) {
      if (i === 0) return sorted[0]!;
      const span = mid - prevMid;
      const f = span > 0 ? (target - prevMid) / span : 0;
      return prevVal + (sorted[i]! - prevVal) * f;
    }
    cum += w;
    prevMid = mid;
    prevVal = sorted[i]!;
  }
  return sorted[n - 1]!;
}

/** A distribution summary in log space: median `m`, lower half-spread `lo` (m − ln p25), upper `hi` (ln p75 − m). */
export interface LogDist {
  m: number;
  lo: number;
  hi: number;
  /** effective sample size; null for an official statistic (treated as exact) */
  nEff: number | null;
}

/** Sampling variance of a cell's log median: (π/2)·σ²/n, σ from the cell's IQR. 0 for official statistics. */
export function medianVariance(d: LogDist): number {
  if (d.nEff === null) return 0;
  const sigma = Math.max(0.05, (d.lo + d.hi) / IQR_PER_SIGMA);
  return ((Math.PI / 2) * sigma * sigma) / Math.max(1, d.nEff);
}

/**
 * Weight a cell keeps against its parent's prediction: τ² / (τ² + v), where τ² is the
 * between-cell variance learned for this link and v the cell's own sampling variance.
 */
export function shrinkWeight(cell: LogDist, tau2: number): number {
  const v = medianVariance(cell);
  if (v === 0) return 1;
  return tau2 / (tau2 + v);
}

/** The cell shrunk towards `prior` (same currency): location and both half-spreads move together. */
export function shrink(cell: LogDist, prior: LogDist, tau2: number): { dist: LogDist; weight: number } {
  const w = shrinkWeight(cell, tau2);
  return {
    weight: w,
    dist: {
      m: w * cell.m + (1 - w) * prior.m,
      lo: w * cell.lo + (1 - w) * prior.lo,
      hi: w * cell.hi + (1 - w) * prior.hi,
      nEff: cell.nEff,
    },
  };
}

/** `cell` kept at weight `w` against `prior` (location and both half-spreads). */
export function mix(cell: LogDist, prior: LogDist, w: number): LogDist {
  return { m: w * cell.m + (1 - w) * prior.m, lo: w * cell.lo + (1 - w) * prior.lo, hi: w * cell.hi + (1 - w) * prior.hi, nEff: cell.nEff };
}

export const shift = (d: LogDist, by: number): LogDist => ({ ...d, m: d.m + by });

/** Median of numbers (sorted copy). */
export function median(values: readonly number[]): number {
  if (!values.length) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
