/**
 * The posted range against the market: the posted midpoint's % difference from p50, and whether
 * the whole range sits below p25 (posted max < p25), above p75 (posted min > p75) or overlaps
 * the band. Compared in one currency, one period and one basis: every figure is annualised
 * (hour × 2080, day × 260, week × 52, month × 12) and converted with the dated exchange rates.
 */
import { annualize, convertCurrency } from '../normalize/currency';
import type { EstimateOk, Period, PostedSalary } from '../schemas';
import type { Basis } from './types';

export interface Market {
  /** annual p25/p50/p75 in `currency` */
  p25: number;
  p50: number;
  p75: number;
  currency: string;
  basis: Basis;
}

export type VerdictResult =
  | { verdict: NonNullable<EstimateOk['verdict']>; reason: null; postedAnnual: { min: number | null; max: number | null } }
  | { verdict: null; reason: string; postedAnnual: { min: number | null; max: number | null } | null };

/** The pay basis a posted range is on: CTC (India's cost to company) is total pay. */
export function postedBasis(posted: PostedSalary): Basis {
  return posted.flags.includes('ctc') ? 'total' : 'base';
}

/**
 * The period of a posted figure that does not say: the one whose annual figure is nearest the
 * market median (the salary parser already reads k/LPA/lakh as annual; this is for bare numbers).
 */
function inferPeriod(amount: number, marketAnnual: number): Period {
  const candidates: Period[] = ['year', 'month', 'hour'];
  let best: Period = 'year';
  let bestGap = Infinity;
  for (const p of candidates) {
    const gap = Math.abs(Math.log(annualize(amount, p) / marketAnnual));
    if (gap < bestGap) {
      best = p;
      bestGap = gap;
    }
  }
  return best;
}

export function verdictFor(
  posted: PostedSalary | null | undefined,
  market: Market,
  fallbackCurrency: string | null,
): VerdictResult {
  if (!posted || (posted.min === null && posted.max === null)) return { verdict: null, reason: 'the posting shows no salary', postedAnnual: null };
  if (posted.flags.includes('estimate')) {
    return { verdict: null, reason: "the posted figure is the job site's own estimate, not the employer's range", postedAnnual: null };
  }
  const currency = posted.currency ?? fallbackCurrency;
  if (!currency) return { verdict: null, reason: 'the posted salary has no currency', postedAnnual: null };
  const basis = postedBasis(posted);
  const any = (posted.min ?? posted.max)!;
  const period = posted.period ?? inferPeriod(convertCurrency(any, currency, market.currency) ?? any, market.p50);
  const annual = (x: number | null) => {
    if (x === null) return null;
    return convertCurrency(annualize(x, period), currency, market.currency);
  };
  const min = annual(posted.min);
  const max = annual(posted.max);
  if ((posted.min !== null && min === null) || (posted.max !== null && max === null)) {
    return { verdict: null, reason: `no exchange rate from ${currency} to ${market.currency}`, postedAnnual: null };
  }
  const postedAnnual = { min, max };
  if (basis !== market.basis) {
    return {
      verdict: null,
      reason:
        basis === 'total'
          ? 'bases differ: the posted range is total pay (CTC) and the market figure is base pay'
          : 'bases differ: the posted range is base pay and the market figure is total pay',
      postedAnnual,
    };
  }
  const lo = min ?? max!;
  const hi = max ?? min!;
  const mid = (lo + hi) / 2;
  const midpointPct = Math.round((mid / market.p50 - 1) * 100) + 0; // + 0: never -0
  const position = hi < market.p25 ? 'below' : lo > market.p75 ? 'above' : 'within';
  return { verdict: { midpointPct, position }, reason: null, postedAnnual };
}
