/**
 * User settings, as WXT storage items (`storage.defineItem`, versioned, with migrations).
 * Read by the content script (per-site enable), the background and the extension pages.
 */
import { storage } from 'wxt/utils/storage';

export const PAY_PERIOD_CHOICES = ['auto', 'year', 'month', 'hour'] as const;
export type PayPeriodChoice = (typeof PAY_PERIOD_CHOICES)[number];

export interface Settings {
  /** ISO 4217 display currency; null = automatic (the posting's local currency on badges, the
   *  browser language's region elsewhere: en-IN → INR, en-US → USD) */
  displayCurrency: string | null;
  /** the period figures are shown in; 'auto' = the period the posting uses, else yearly */
  payPeriod: PayPeriodChoice;
  /** per-site switch by adapter id; a site missing here is enabled */
  sites: Record<string, boolean>;
  /** share my submissions (anonymously) — off unless the user turns it on */
  sharing: boolean;
}

/** v1 (0.0.x prototype): one currency field with 'auto', and the period. */
export interface SettingsV1 {
  currency: string;
  period?: 'year' | 'month' | 'hour';
}

export const DEFAULT_SETTINGS: Settings = {
  displayCurrency: null,
  payPeriod: 'auto',
  sites: {},
  sharing: false,
};

export function migrateSettingsV1(old: SettingsV1 | null | undefined): Settings {
  const currency = typeof old?.currency === 'string' ? old.currency.toUpperCase() : 'AUTO';
  return {
    ...DEFAULT_SETTINGS,
    displayCurrency: /^[A-Z]{3}$/.test(currency) && currency !== 'AUTO' ? currency : null,
    payPeriod: old?.period && PAY_PERIOD_CHOICES.includes(old.period) ? old.period : 'auto',
  };
}

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: {
    2: (old: SettingsV1) => migrateSettingsV1(old),
  },
});

/** Settings with every field present (a partial stored value is completed with defaults). */
export async function getSettings(): Promise<Settings> {
  const stored = await settingsItem.getValue();
  return { ...DEFAULT_SETTINGS, ...stored, sites: { ...stored.sites } };
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await getSettings()), ...patch };
  await settingsItem.setValue(next);
  return next;
}

export function isSiteEnabled(settings: Settings, siteId: string): boolean {
  return settings.sites[siteId] !== false;
}

/** The region of a BCP 47 locale ("en-IN" → "IN"), inferring the likely one ("ja" → "JP"). */
export function localeRegion(locale: string): string | null {
  try {
    const loc = new Intl.Locale(locale);
    return loc.region ?? loc.maximize().region ?? null;
  } catch {
    return null;
  }
}
