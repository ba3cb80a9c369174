/**
 * User settings, as a WXT storage item (`storage.defineItem`, versioned, with migrations), for
 * the background and the extension pages. The content script reads the same key through
 * settings-core.ts, which has the shape and defaults.
 */
import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import { completeSettings, DEFAULT_SETTINGS, isCanonicalHost, PAY_PERIOD_CHOICES, SETTINGS_KEY, type Settings } from './settings-core';

export * from './settings-core';

/** One host to hide ("jobs.example.com"), as the background checks it before storing it. */
export const HiddenHost = z.string().check(z.minLength(1), z.maxLength(253), z.refine(isCanonicalHost, 'not a bare host name'));

/** v1 (0.0.x prototype): one currency field with 'auto', and the period. */
export interface SettingsV1 {
  currency: string;
  period?: 'year' | 'month' | 'hour';
}

/** v2 (0.1.0): currency, period, per-site switches and sharing. */
export type SettingsV2 = Omit<Settings, 'indianFormat' | 'badgeStyle' | 'hiddenHosts'>;

/** v3: v2 + Indian formatting and the badge style. */
export type SettingsV3 = Omit<Settings, 'hiddenHosts'>;

export function migrateSettingsV1(old: SettingsV1 | null | undefined): SettingsV2 {
  const currency = typeof old?.currency === 'string' ? old.currency.toUpperCase() : 'AUTO';
  return {
    displayCurrency: /^[A-Z]{3}$/.test(currency) && currency !== 'AUTO' ? currency : null,
    payPeriod: old?.period && PAY_PERIOD_CHOICES.includes(old.period) ? old.period : 'auto',
    sites: {},
    sharing: false,
  };
}

/**
 * v3: Indian number formatting (on, as before: rupees were always in lakhs and crores) and the
 * badge style (full, as before). Everything a v2 user chose is kept.
 */
export function migrateSettingsV2(old: SettingsV2 | null | undefined): SettingsV3 {
  const { hiddenHosts: _none, ...kept } = completeSettings(old);
  return { ...kept, indianFormat: true, badgeStyle: 'full' };
}

/**
 * v4: the hosts hidden with "Hide on <host>" (none yet: nothing was hidden by host before).
 * Everything a v3 user chose is kept.
 */
export function migrateSettingsV3(old: SettingsV3 | null | undefined): Settings {
  return { ...completeSettings(old), hiddenHosts: [] };
}

export const settingsItem = storage.defineItem<Settings>(`local:${SETTINGS_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: 4,
  migrations: {
    2: (old: SettingsV1) => migrateSettingsV1(old),
    3: (old: SettingsV2) => migrateSettingsV2(old),
    4: (old: SettingsV3) => migrateSettingsV3(old),
  },
});

/** Settings with every field present (a partial stored value is completed with defaults). */
export async function getSettings(): Promise<Settings> {
  return completeSettings(await settingsItem.getValue());
}

let writing: Promise<unknown> = Promise.resolve();

/**
 * Apply a change; changes made in quick succession are applied one after the other (none lost).
 * A function is given the settings as they are when its turn comes (a list edited twice keeps both edits).
 */
export function updateSettings(patch: Partial<Settings> | ((current: Settings) => Partial<Settings>)): Promise<Settings> {
  const run = writing.then(async () => {
    const current = await getSettings();
    const next = completeSettings({ ...current, ...(typeof patch === 'function' ? patch(current) : patch) });
    await settingsItem.setValue(next);
    return next;
  });
  writing = run.catch(() => undefined);
  return run;
}
