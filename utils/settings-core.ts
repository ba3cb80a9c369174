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
  /**
   * hosts ("jobs.example.com", exactly as the address bar's host) where PayLens draws nothing:
   * "Hide on jobs.example.com" on a badge the all-sites reader drew (those pages have no site
   * switch of their own). Lower-case, no duplicates.
   */
  hiddenHosts: string[];
}

/** at most this many hidden hosts are kept (the oldest go first) */
export const MAX_HIDDEN_HOSTS = 1_000;

/**
 * A host as a URL spells it (no scheme, port, path or upper case): what `new URL('https://' +
 * host).hostname` gives back unchanged. Plain code, not zod: this file is in every content script
 * (zod/mini would add ~3 KiB gzipped to each); settings.ts wraps it in the zod schema writes use.
 */
export function isCanonicalHost(host: unknown): host is string {
  if (typeof host !== 'string' || host.length === 0 || host.length > 253) return false;
  try {
    return new URL(`https://${host}/`).hostname === host;
  } catch {
    return false;
  }
}

export const DEFAULT_SETTINGS: Settings = {
  displayCurrency: null,
  payPeriod: 'auto',
  sites: {},
  sharing: false,
  indianFormat: true,
  badgeStyle: 'full',
  hiddenHosts: [],
};

/** The stored list, each entry checked on its own (one bad entry never un-hides the others). */
function validHosts(stored: unknown): string[] {
  if (!Array.isArray(stored)) return [];
  const hosts = [...new Set(stored.filter(isCanonicalHost))];
  return hosts.slice(-MAX_HIDDEN_HOSTS);
}

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
    hiddenHosts: validHosts(s.hiddenHosts),
  };
}

export function isSiteEnabled(settings: Settings, siteId: string): boolean {
  return settings.sites[siteId] !== false;
}

/** Is PayLens hidden on this host ("Hide on jobs.example.com")? */
export function isHostHidden(settings: Settings, host: string): boolean {
  return settings.hiddenHosts.includes(host.toLowerCase());
}

/** The hidden-host list with `host` added (hidden) or taken out (shown again). */
export function withHostHidden(settings: Settings, host: string, hidden: boolean): string[] {
  const rest = settings.hiddenHosts.filter((h) => h !== host);
  return hidden ? [...rest, host] : rest;
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
