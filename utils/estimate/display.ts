/**
 * Display conversion: a cell's annual figures (its own currency, at the dataset's reference date)
 * → the currency and period the badge shows. The currency is the user's setting when set, else the
 * posting's local currency, else the cell's; the period is the posting's (an hourly posting is
 * shown hourly), else the user's setting, else a year.
 */
import { convertCurrency, fromAnnual, hasRate } from '../normalize/currency';
import type { DisplayPeriod, PostedSalary } from '../schemas';

export interface DisplayChoice {
  currency: string;
  period: DisplayPeriod;
}

export function chooseDisplay(opts: {
  cellCurrency: string;
  localCurrency: string | null;
  setting: string | null | undefined;
  posted: PostedSalary | null | undefined;
  periodSetting: DisplayPeriod | null | undefined;
  /** the period when neither the posting nor the settings give one (interns: an hour) */
  fallbackPeriod?: DisplayPeriod;
}): DisplayChoice {
  const usable = (c: string | null | undefined): c is string =>
    !!c && (c === opts.cellCurrency || (hasRate(c) && hasRate(opts.cellCurrency)));
  const currency = [opts.setting, opts.localCurrency].find(usable) ?? opts.cellCurrency;
  const pp = opts.posted?.period;
  const period: DisplayPeriod = pp === 'hour' || pp === 'month' || pp === 'year' ? pp : (opts.periodSetting ?? opts.fallbackPeriod ?? 'year');
  return { currency, period };
}

/** Round to 3 significant figures (a badge number, not an accounting one). */
export function roundForDisplay(x: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  const digits = Math.floor(Math.log10(Math.abs(x)));
  const step = 10 ** (digits - 2);
  // toFixed takes 0–100 digits: amounts below 1e-98 (never a salary) keep their 3 figures as is
  return Number((Math.round(x / step) * step).toFixed(Math.min(100, Math.max(0, 2 - digits))));
}

/** An annual amount in `from` → the display currency and period (unrounded); null when not convertible. */
export function toDisplay(annual: number, from: string, display: DisplayChoice): number | null {
  const converted = convertCurrency(annual, from, display.currency);
  return converted === null ? null : fromAnnual(converted, display.period);
}
