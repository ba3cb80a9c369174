/**
 * Money for the whole product: dated exchange rates (built from ECB/FRED files by
 * scripts/build-rates.ts), period conversion, and the one money formatter.
 *
 * Formatting: `Intl.NumberFormat` gives the symbol, grouping (en-IN lakh grouping for INR) and
 * where the symbol goes (`formatToParts`); the short forms are our rules on top of it —
 * `$188k`, `€75k`, `£60k`, `$1.2M`, `₹19.5 LPA`, `₹1.2 Cr`, `₹1.6L/mo`, `€6.3k/mo`, `$45/hr`.
 * There is no table of currency symbols here: the symbol always comes from Intl.
 */
import type { DisplayPeriod, Period } from '../schemas';
import { EUR_RATES, RATES_AS_OF as GENERATED_AS_OF, RATES_FIRST_YEAR } from './rates.generated';

/** YYYY-MM-DD of the rates used for display conversion (the latest ECB reference day). */
export const RATES_AS_OF: string = GENERATED_AS_OF;

const LAST_YEAR = Number(RATES_AS_OF.slice(0, 4));

/** Units of `code` per 1 EUR: that year's average, or the latest; null when not quoted. */
function eurRate(code: string, year?: number): number | null {
  if (code === 'EUR') return 1;
  const row = EUR_RATES[code];
  if (!row) return null;
  let v: number | undefined;
  if (year === undefined || year > LAST_YEAR) v = row[row.length - 1];
  else if (Number.isInteger(year) && year >= RATES_FIRST_YEAR) v = row[year - RATES_FIRST_YEAR];
  return v ? v : null;
}

/** True when a current rate exists for `code` (ISO 4217), so amounts in it can be converted. */
export function hasRate(code: string): boolean {
  return eurRate(code) !== null;
}

/**
 * `amount` in `from` expressed in `to`, through EUR cross rates. `year` uses that year's
 * annual average (year-to-date for the current year; later years use the latest rate); without
 * it, the rate at RATES_AS_OF. Null when either rate is missing or the amount is not finite.
 */
export function convertCurrency(amount: number, from: string, to: string, year?: number): number | null {
  if (!Number.isFinite(amount)) return null;
  if (from === to) return amount;
  const f = eurRate(from, year);
  const t = eurRate(to, year);
  return f === null || t === null ? null : (amount / f) * t;
}

const PER_YEAR: Record<Period, number> = { hour: 2080, day: 260, week: 52, month: 12, year: 1 };

/** A pay figure per `period` as a yearly one: hour×2080, day×260, week×52, month×12. */
export function annualize(amount: number, period: Period): number {
  return amount * PER_YEAR[period];
}

/** A yearly figure per `period` (the inverse of annualize for the display periods). */
export function fromAnnual(annual: number, period: DisplayPeriod): number {
  return annual / PER_YEAR[period];
}

// -- formatting ---------------------------------------------------------------------------------
export interface MoneyFormatOptions {
  /** Adds `/mo` or `/hr` (`/yr` in the full style; INR in lakhs reads `LPA`). */
  period?: DisplayPeriod;
  /** `short` (default): `$188k`, `₹19.5 LPA`; `full`: `$188,000`, `₹19,50,000`. */
  style?: 'short' | 'full';
  /** BCP 47 locale for Intl; default `en-IN` for INR in the Indian system, else `en-US`. */
  locale?: string;
  /** rupees in lakhs and crores (default; `₹19.5 LPA`, `₹19,50,000`); false: `₹1.95M`, `₹1,950,000` */
  indian?: boolean;
}

const formatters = new Map<string, Intl.NumberFormat>();
function nf(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    try {
      f = new Intl.NumberFormat(locale, options);
    } catch {
      f = new Intl.NumberFormat('en-US', { ...options, currency: options.currency ? 'USD' : undefined });
    }
    formatters.set(key, f);
  }
  return f;
}

const validCode = (c: string) => /^[A-Z]{3}$/.test(c);

/** Where Intl puts the currency for this locale: [text before the number, text after it]. */
function affixes(currency: string, locale: string): [string, string] {
  if (!validCode(currency)) return [`${currency} `, ''];
  const parts = nf(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).formatToParts(1);
  const num = parts.findIndex((p) => p.type === 'integer');
  const text = (ps: Intl.NumberFormatPart[]) =>
    ps.filter((p) => p.type === 'currency' || p.type === 'literal').map((p) => p.value).join('');
  return [text(parts.slice(0, num)), text(parts.slice(num + 1))];
}

const PERIOD_SUFFIX: Record<DisplayPeriod, string> = { year: '/yr', month: '/mo', hour: '/hr' };

/**
 * The short number with our unit: 188000 → "188k", 6300 → "6.3k", 1200000 → "1.2M", 45.5 → "45.50";
 * rupees from a lakh → "19.5L" / "19.5 LPA" (per year) / "1.2 Cr", below a lakh grouped in full;
 * hourly figures in full ("¥1,500"). Returns [number with unit, whether the unit already says the period].
 */
function shortNumber(amount: number, currency: string, locale: string, period?: DisplayPeriod, indian = true): [string, boolean] {
  const fmt = (v: number, digits: number) => nf(locale, { maximumFractionDigits: digits }).format(v);
  const lakhs = indian && currency === 'INR';
  if (lakhs && amount >= 1e7) return [`${fmt(amount / 1e7, 2)} Cr`, false];
  if (lakhs && amount >= 1e5)
    return period === 'year' ? [`${fmt(amount / 1e5, 1)} LPA`, true] : [`${fmt(amount / 1e5, 1)}L`, false];
  if (period !== 'hour' && !lakhs) {
    if (amount >= 1e6) return [`${fmt(amount / 1e6, amount < 1e8 ? 1 : 0)}M`, false];
    if (amount >= 1e3) return [`${fmt(amount / 1e3, amount < 1e5 ? 1 : 0)}k`, false];
  }
  if (amount >= 100 || Number.isInteger(Math.round(amount * 100) / 100)) return [fmt(Math.round(amount), 0), false];
  const digits = nf(locale, { style: 'currency', currency: validCode(currency) ? currency : 'USD' }).resolvedOptions()
    .maximumFractionDigits;
  return [nf(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(amount), false];
}

/** The Indian unit an amount is read in, so a range can share it: crore, lakh, or none. */
const indianUnit = (currency: string, amount: number, indian = true): string =>
  currency !== 'INR' || !indian ? '' : amount >= 1e7 ? 'Cr' : amount >= 1e5 ? 'L' : '';

/** "/mo", "/hr"; a yearly figure says nothing in the short style and "/yr" in the full one. */
const periodSuffix = (period: DisplayPeriod | undefined, style: 'short' | 'full') =>
  !period || (period === 'year' && style === 'short') ? '' : PERIOD_SUFFIX[period];

/**
 * One amount of money for display, e.g. `formatMoney(1950000, 'INR', { period: 'year' })` →
 * `₹19.5 LPA`; `formatMoney(188000, 'USD')` → `$188k`; `formatMoney(45, 'USD', { period: 'hour' })`
 * → `$45/hr`; `{ style: 'full' }` → `$188,000`. Never throws; a non-finite amount reads `—`.
 */
export function formatMoney(amount: number, currency: string, opts: MoneyFormatOptions = {}): string {
  if (!Number.isFinite(amount)) return '—';
  if (amount < 0) return `-${formatMoney(-amount, currency, opts)}`;
  const style = opts.style ?? 'short';
  const indian = opts.indian !== false;
  const locale = opts.locale ?? (currency === 'INR' && indian ? 'en-IN' : 'en-US');
  const [pre, post] = affixes(currency, locale);
  if (style === 'full') {
    const digits = Math.abs(amount) >= 100 || Number.isInteger(amount) ? 0 : undefined;
    const body = validCode(currency)
      ? nf(locale, { style: 'currency', currency, maximumFractionDigits: digits, minimumFractionDigits: digits })
          .format(amount)
      : `${pre}${nf(locale, { maximumFractionDigits: 2 }).format(amount)}`;
    return body + (opts.period ? PERIOD_SUFFIX[opts.period] : '');
  }
  const [num, saysPeriod] = shortNumber(amount, currency, locale, opts.period, indian);
  return `${pre}${num}${post}${saysPeriod ? '' : periodSuffix(opts.period, style)}`;
}

/**
 * A range with the currency and unit written once where that reads naturally:
 * `₹15–25 LPA`, `₹1.2–1.5 Cr`, `$150k–$200k`, `€6.3k–€7k/mo`, `$45–$55/hr`. Equal bounds format as one amount.
 */
export function formatRange(min: number, max: number, currency: string, opts: MoneyFormatOptions = {}): string {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return formatMoney(Number.isFinite(min) ? min : max, currency, opts);
  if (min === max) return formatMoney(min, currency, opts);
  const style = opts.style ?? 'short';
  const indian = opts.indian !== false;
  const locale = opts.locale ?? (currency === 'INR' && indian ? 'en-IN' : 'en-US');
  const unit = indianUnit(currency, min, indian);
  if (style === 'short' && unit && unit === indianUnit(currency, max, indian) && min > 0) {
    // rupees in one unit: symbol once before, unit once after ("₹15–25 LPA", "₹1.2–1.5 Cr")
    const [pre, post] = affixes(currency, locale);
    const [a] = shortNumber(min, currency, locale, opts.period);
    const [b, saysPeriod] = shortNumber(max, currency, locale, opts.period);
    const bare = a.replace(/[^\d.,\s]+$/, '').trim();
    return `${pre}${bare}–${b}${post}${saysPeriod ? '' : periodSuffix(opts.period, style)}`;
  }
  const each = { ...opts, period: currency === 'INR' && indian && opts.period === 'year' ? opts.period : undefined };
  const suffix = each.period ? '' : periodSuffix(opts.period, style);
  return `${formatMoney(min, currency, each)}–${formatMoney(max, currency, each)}${suffix}`;
}

/**
 * Gross annual pay, in US dollars at the reference rates, that a posted figure can be: outside
 * these it is a page's mistake or a trap (1e-300, 1e308, "$3 a year", "$50,000 an hour").
 */
export const POSTED_ANNUAL_USD_BOUNDS = [100, 50_000_000] as const;

/**
 * Bounds per period for figures whose currency has no rate (or is not stated): wide enough for
 * any currency's amounts (an IDR yearly salary of 1.2e9, a KRW hourly wage of 30,000), narrow
 * enough that 1e-300 or 1e308 never pass.
 */
const PERIOD_BOUNDS: Record<Period | 'any', readonly [number, number]> = {
  hour: [0.5, 40_000],
  day: [2, 500_000],
  week: [10, 2_500_000],
  month: [20, 5e9],
  year: [300, 5e10],
  any: [0.5, 5e10],
};

/**
 * Whether every amount a posted salary states is plausible pay for its period in its currency:
 * the one magnitude check (fields.ts `checkSalary` on every page's figures, normalizePosting on
 * what reaches the background). With a rated currency, the amount as gross annual US dollars;
 * without one, the period's bounds.
 */
export function plausiblePay(salary: { min: number | null; max: number | null; currency: string | null; period: Period | null }): boolean {
  for (const amount of [salary.min, salary.max]) {
    if (amount === null) continue;
    if (!Number.isFinite(amount)) return false;
    const usd = salary.currency ? convertCurrency(annualize(amount, salary.period ?? 'year'), salary.currency, 'USD') : null;
    const [lo, hi] = usd === null ? PERIOD_BOUNDS[salary.period ?? 'any'] : POSTED_ANNUAL_USD_BOUNDS;
    const value = usd ?? amount;
    if (!Number.isFinite(value) || value < lo || value > hi) return false;
  }
  return true;
}
