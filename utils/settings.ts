/**
 * User settings, as a WXT storage item (`storage.defineItem`, versioned, with migrations), for
 * the background and the extension pages. The content script reads the same key through
 * settings-core.ts, which has the shape and defaults.
 */
import { storage } from 'wxt/utils/storage';
import { completeSettings, DEFAULT_SETTINGS, PAY_PERIOD_CHOICES, SETTINGS_KEY, type Settings } from './settings-core';

export * from './settings-core';

/** v1 (0.0.x prototype): one currency field with 'auto', and the period. */
export interface SettingsV1 {
  currency: string;
  period?: 'year' | 'month' | 'hour';
}

export function migrateSettingsV1(old: SettingsV1 | null | undefined): Settings {
  const currency = typeof old?.currency === 'string' ? old.currency.toUpperCase() : 'AUTO';
  return {
    ...DEFAULT_SETTINGS,
    displayCurrency: /^[A-Z]{3}$/.test(currency) && currency !== 'AUTO' ? currency : null,
    payPeriod: old?.period && PAY_PERIOD_CHOICES.includes(old.period) ? old.period : 'auto',
  };
}

export const settingsItem = storage.defineItem<Settings>(`local:${SETTINGS_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: {
    2: (old: SettingsV1) => migrateSettingsV1(old),
  },
});

/** Settings with every field present (a partial stored value is completed with defaults). */
export async function getSettings(): Promise<Settings> {
  return completeSettings(await settingsItem.getValue());
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = completeSettings({ ...(await getSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}
