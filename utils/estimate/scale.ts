/**
 * Amounts on an estimate's scale (its currency, period and basis) and where one falls in its
 * distribution. Pure and small: the popup imports this without the estimator.
 */
import { annualize, convertCurrency, fromAnnual } from '../normalize/currency';
import type { EstimateOk, PayComparison, PostedSalary, SubmissionInput } from '../schemas';

/** z-score of the 75th percentile of a standard normal. */
const Z75 = 0.6744897501960817;

/** Standard normal CDF (Abramowitz–Stegun 7.1.26 erf, |error| < 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/** The percentile (1–99) of `pay` in a market with these quartiles (same currency and period). */
export function percentileOf(pay: number, market: { p25: number; p50: number; p75: number }): number {
  const lnPay = Math.log(pay);
  const m = Math.log(market.p50);
  const sigma = lnPay < m ? (m - Math.log(market.p25)) / Z75 : (Math.log(market.p75) - m) / Z75;
  const z = sigma > 0 ? (lnPay - m) / sigma : lnPay === m ? 0 : Math.sign(lnPay - m) * Infinity;
  return Math.min(99, Math.max(1, Math.round(normalCdf(z) * 100)));
}

/** The user's pay on an estimate's scale: its currency, period and basis. Null without a rate. */
export function payOnScale(
  input: Pick<SubmissionInput, 'base' | 'total' | 'period' | 'currency'>,
  estimate: Pick<EstimateOk, 'currency' | 'period' | 'basis'>,
): number | null {
  const annual = annualize(estimate.basis === 'total' ? (input.total ?? input.base) : input.base, input.period);
  const converted = convertCurrency(annual, input.currency, estimate.currency);
  return converted === null ? null : fromAnnual(converted, estimate.period);
}

export function positionOf(pay: number, estimate: EstimateOk): NonNullable<PayComparison['position']> {
  return {
    pay,
    pctFromMedian: Math.round((pay / estimate.p50 - 1) * 100),
    percentile: percentileOf(pay, estimate),
    basis: estimate.basis,
  };
}

/** A posting's published range on an estimate's scale (its currency and period); null when it cannot be put there. */
export function postedOnScale(
  posted: PostedSalary | null | undefined,
  estimate: Pick<EstimateOk, 'currency' | 'period'>,
): { min: number | null; max: number | null } | null {
  if (!posted?.currency || (posted.min === null && posted.max === null) || posted.flags.includes('estimate')) return null;
  const period = posted.period ?? 'year';
  const on = (x: number | null) => {
    if (x === null) return null;
    const converted = convertCurrency(annualize(x, period), posted.currency!, estimate.currency);
    return converted === null ? null : fromAnnual(converted, estimate.period);
  };
  const min = on(posted.min);
  const max = on(posted.max);
  return min === null && max === null ? null : { min, max };
}
