import { currencyOfCountry } from './normalize/location';
import { localeRegion } from './settings-core';

/** The currency of a browser language's region: en-IN → INR, en-US → USD, de-DE → EUR. */
export function currencyForLocale(locale: string): string | null {
  const region = localeRegion(locale);
  return region ? currencyOfCountry(region) : null;
}
