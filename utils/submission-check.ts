/**
 * Bounds on the user's own salary submissions, checked in the background only (it needs the
 * exchange-rate table, which the content scripts' zod/mini schemas must not carry). The schema
 * (utils/schemas.ts SubmissionInput) checks shape; this checks that the amounts are a salary.
 */
import { annualize, convertCurrency, hasRate } from './normalize/currency';
import type { SubmissionInput } from './schemas';

/** Gross annual pay in US dollars that a real salary lies within (base; total may be larger). */
export const ANNUAL_USD_BOUNDS = { base: [100, 10_000_000], total: [100, 200_000_000] } as const;

export class SubmissionError extends Error {
  constructor(
    readonly field: keyof SubmissionInput,
    message: string,
  ) {
    super(message);
  }
}

const PER: Record<SubmissionInput['period'], string> = { year: 'a year', month: 'a month', hour: 'an hour' };

/** The submission's gross annual base and total in its currency, or a SubmissionError naming the field. */
export function checkSubmission(input: SubmissionInput): { annualBase: number; annualTotal: number | null } {
  if (!hasRate(input.currency)) {
    throw new SubmissionError('currency', `PayLens does not know the currency "${input.currency}": use an ISO code such as INR, USD or EUR.`);
  }
  const annualBase = annualize(input.base, input.period);
  const annualTotal = input.total === null ? null : annualize(input.total, input.period);
  const inUsd = (annual: number) => convertCurrency(annual, input.currency, 'USD') ?? NaN;
  const [baseLo, baseHi] = ANNUAL_USD_BOUNDS.base;
  const base = inUsd(annualBase);
  if (!(base >= baseLo && base <= baseHi)) {
    throw new SubmissionError(
      'base',
      `${input.base} ${input.currency} ${PER[input.period]} is not a plausible base salary: check the amount, the currency and the pay period.`,
    );
  }
  if (annualTotal !== null) {
    if (annualTotal < annualBase) throw new SubmissionError('total', 'Total pay includes base pay, so it cannot be less than the base.');
    const total = inUsd(annualTotal);
    if (!(total <= ANNUAL_USD_BOUNDS.total[1])) {
      throw new SubmissionError('total', `${input.total} ${input.currency} ${PER[input.period]} is not a plausible total pay: check the amount.`);
    }
  }
  return { annualBase, annualTotal };
}
