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

/** v2 (0.1.0): currency, period, per-site switches and sharing. */
export type SettingsV2 = Omit<Settings, 'indianFormat' | 'badgeStyle'>;

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
export function migrateSettingsV2(old: SettingsV2 | null | undefined): Settings {
  const kept = completeSettings(old);
  return { ...kept, indianFormat: true, badgeStyle: 'full' };
}

export const settingsItem = storage.defineItem<Settings>(`local:${SETTINGS_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: 3,
  migrations: {
    2: (old: SettingsV1) => migrateSettingsV1(old),
    3: (old: SettingsV2) => migrateSettingsV2(old),
  },
});

/** Settings with every field present (a partial stored value is completed with defaults). */
export async function getSettings(): Promise<Settings> {
  return completeSettings(await settingsItem.getValue());
}

let writing: Promise<unknown> = Promise.resolve();

/** Apply a change; changes made in quick succession are applied one after the other (none lost). */
export function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const run = writing.then(async () => {
    const next = completeSettings({ ...(await getSettings()), ...patch });
    await settingsItem.setValue(next);
    return next;
  });
  writing = run.catch(() => undefined);
  return run;
}
