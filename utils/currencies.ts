/**
 * The currencies PayLens can show figures in: every one with a current exchange rate (the ECB's
 * reference rates, plus the Federal Reserve's for the ones the ECB does not quote; see
 * utils/normalize/rates.generated.ts), named in the user's language by Intl.DisplayNames.
 */
import { hasRate } from './normalize/currency';
import { EUR_RATES } from './normalize/rates.generated';

/** ISO 4217 codes with a current rate, EUR included. */
export const DISPLAY_CURRENCIES: readonly string[] = ['EUR', ...Object.keys(EUR_RATES)].filter(
  (code, i, all) => hasRate(code) && all.indexOf(code) === i,
);

/** "Indian rupee" for INR in English, "Indische Rupie" in German; the code when Intl has no name. */
export function currencyName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale, 'en'], { type: 'currency' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The display currencies as {code, name}, sorted by name in `locale`. */
export function currencyChoices(locale: string): { code: string; name: string }[] {
  const collator = new Intl.Collator(locale);
  return DISPLAY_CURRENCIES.map((code) => ({ code, name: currencyName(code, locale) })).sort((a, b) =>
    collator.compare(a.name, b.name),
  );
}
