/**
 * "Where do I fall?": the market estimate for the user's own role, level and place, and the
 * user's pay on it — % from the median and a percentile read off the estimate's quartiles
 * (log-normal on each side of the median, so a skewed band stays skewed). The user's own
 * submissions never join this estimate: they would be compared with themselves.
 */
import { normalizePosting } from '../normalize/posting';
import type { TitleLookup } from '../normalize/title-lookup';
import type { PayComparison, SubmissionInput } from '../schemas';
import { estimateDetailed } from './estimator';
import { payOnScale, positionOf } from './scale';
import type { CellSource } from './types';

export { normalCdf, payOnScale, percentileOf, positionOf, postedOnScale } from './scale';

export interface CompareOptions {
  userCountry?: string | null;
  /** the dataset's title tables (titles outside the role-family rules) */
  titles?: TitleLookup | null;
  /** the currency to show the market in (default: the user's own) */
  displayCurrency?: string | null;
}

/** The market for this submission's role × level × place, and where its pay falls on it. */
export async function comparePay(
  input: Pick<SubmissionInput, 'title' | 'company' | 'location' | 'level' | 'base' | 'total' | 'period' | 'currency'>,
  source: CellSource,
  options: CompareOptions = {},
): Promise<PayComparison> {
  const query = normalizePosting({ title: input.title, company: input.company, location: input.location }, options.userCountry ?? null, options.titles ?? null);
  if (input.level !== 'unknown') query.level = input.level;
  const { estimate } = await estimateDetailed(query, source, {
    displayCurrency: options.displayCurrency ?? input.currency,
    displayPeriod: 'year',
  });
  if (estimate.status !== 'ok') return { estimate, position: null };
  const pay = payOnScale(input, estimate);
  return { estimate, position: pay === null || pay <= 0 ? null : positionOf(pay, estimate) };
}

