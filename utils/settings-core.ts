/**
 * The settings' shape, defaults and read-only access, without the WXT storage library: this is
 * what the content script imports (the storage item with its migrations, in settings.ts, would
 * add ~5 KB gzipped to every page). Both read the same `local:settings` key.
 */
import { browser } from 'wxt/browser';

export const SETTINGS_KEY = 'settings';
/** set (local storage) while the background installs the embedded dataset: badges say "preparing salary data…" */
export const DATASET_INSTALLING_KEY = 'datasetInstalling';

export const PAY_PERIOD_CHOICES = ['auto', 'year', 'month', 'hour'] as const;
export type PayPeriodChoice = (typeof PAY_PERIOD_CHOICES)[number];

export const BADGE_STYLES = ['full', 'compact'] as const;
export type BadgeStyle = (typeof BADGE_STYLES)[number];

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
  /** rupee amounts in lakhs and crores (₹23.7 LPA, ₹1.2 Cr); off: millions and thousands */
  indianFormat: boolean;
  /** the badge on a posting: the whole line, or the figure alone (details still a click away) */
  badgeStyle: BadgeStyle;
}

export const DEFAULT_SETTINGS: Settings = {
  displayCurrency: null,
  payPeriod: 'auto',
  sites: {},
  sharing: false,
  indianFormat: true,
  badgeStyle: 'full',
};

/** Any stored value (possibly partial, or an old shape not yet migrated) → complete Settings. */
export function completeSettings(stored: unknown): Settings {
  const s = (stored && typeof stored === 'object' ? stored : {}) as Partial<Settings>;
  return {
    displayCurrency: typeof s.displayCurrency === 'string' && /^[A-Z]{3}$/.test(s.displayCurrency) ? s.displayCurrency : null,
    payPeriod: PAY_PERIOD_CHOICES.includes(s.payPeriod as PayPeriodChoice) ? (s.payPeriod as PayPeriodChoice) : 'auto',
    sites: s.sites && typeof s.sites === 'object' ? { ...s.sites } : {},
    sharing: s.sharing === true,
    indianFormat: s.indianFormat !== false,
    badgeStyle: BADGE_STYLES.includes(s.badgeStyle as BadgeStyle) ? (s.badgeStyle as BadgeStyle) : 'full',
  };
}

export function isSiteEnabled(settings: Settings, siteId: string): boolean {
  return settings.sites[siteId] !== false;
}

/** Read the settings without the storage library (content script). */
export async function readSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return completeSettings(stored[SETTINGS_KEY]);
}

/** Call back when the settings change; returns the unwatch function. */
export function watchSettings(callback: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) callback();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
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
