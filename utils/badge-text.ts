/**
 * The badge's figures as text, made in the background with the one money formatter
 * (utils/normalize/currency.ts): the content script only shows them, so the formatter and its
 * tables stay out of every content script.
 */
import { formatMoney, formatRange } from './normalize/currency';
import { postedOnScale } from './estimate/scale';
import type { BadgeText, Estimate, PostedSalary } from './schemas';

const PERIOD_WORD = { hour: 'hour', day: 'day', week: 'week', month: 'month', year: 'year' } as const;

/** The posting's own published pay, as the employer states it ("$300k–$425k"). */
/** How the user wants figures written (settings): rupees in lakhs/crores or not. */
export interface TextOptions {
  indian?: boolean;
}

export function postedText(salary: PostedSalary, opts: TextOptions = {}): string | null {
  const { min, max, currency, period } = salary;
  if (!currency || (min === null && max === null)) return salary.raw || null;
  const displayPeriod = period === 'hour' || period === 'month' || period === 'year' ? period : undefined;
  const f = { period: displayPeriod, indian: opts.indian };
  let text: string;
  if (min !== null && max !== null && min !== max) text = formatRange(min, max, currency, f);
  else if (min !== null && max === null) text = `from ${formatMoney(min, currency, f)}`;
  else if (min === null && max !== null) text = `up to ${formatMoney(max, currency, f)}`;
  else text = formatMoney((min ?? max)!, currency, f);
  if (period && !displayPeriod) text += ` per ${PERIOD_WORD[period]}`;
  const notes = salary.flags.filter((f) => ['estimate', 'ctc', 'net', 'equity'].includes(f));
  return notes.length ? `${text} (${notes.join(', ').replace('estimate', "site's estimate")})` : text;
}

/** The badge's text for an estimate and the posting's published pay (as normalised: plausible or null). */
export function badgeText(estimate: Estimate, postedSalary: PostedSalary | null, textOptions: TextOptions = {}): BadgeText {
  const posted = postedSalary ? postedText(postedSalary, textOptions) : null;
  if (estimate.status !== 'ok') return { figure: null, band: null, posted };
  const opts = { period: estimate.period, indian: textOptions.indian };
  return {
    figure: formatMoney(estimate.p50, estimate.currency, { ...opts, style: 'short' }),
    band: formatRange(estimate.p25, estimate.p75, estimate.currency, opts),
    posted,
    scale: {
      low: formatMoney(estimate.p25, estimate.currency, opts),
      median: formatMoney(estimate.p50, estimate.currency, opts),
      high: formatMoney(estimate.p75, estimate.currency, opts),
      posted: postedOnScale(postedSalary, estimate),
    },
  };
}
