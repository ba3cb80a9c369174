import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { currencyForLocale } from '../../utils/locale-currency';
import { DEFAULT_SETTINGS, getSettings, isSiteEnabled, localeRegion, settingsItem, updateSettings } from '../../utils/settings';

describe('settings', () => {
  it('defaults: automatic currency, the posting\'s period, every site on, sharing off', async () => {
    const settings = await getSettings();
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(settings.sharing).toBe(false);
    expect(isSiteEnabled(settings, 'greenhouse')).toBe(true);
  });

  it('the automatic currency follows the browser language\'s region', () => {
    expect(currencyForLocale('en-IN')).toBe('INR');
    expect(currencyForLocale('en-US')).toBe('USD');
    expect(currencyForLocale('de-DE')).toBe('EUR');
    expect(currencyForLocale('en-GB')).toBe('GBP');
    expect(currencyForLocale('ja')).toBe('JPY');
    expect(localeRegion('not a locale!')).toBeNull();
  });

  it('migrates a stored v1 snapshot to v2', async () => {
    await fakeBrowser.storage.local.set({ settings: { currency: 'eur', period: 'month' }, settings$: { v: 1 } });
    await settingsItem.migrate();
    expect(await getSettings()).toEqual({
      displayCurrency: 'EUR',
      payPeriod: 'month',
      sites: {},
      sharing: false,
      indianFormat: true,
      badgeStyle: 'full',
    });
  });

  it('migrates v1 "auto" to the automatic currency', async () => {
    await fakeBrowser.storage.local.set({ settings: { currency: 'auto' }, settings$: { v: 1 } });
    await settingsItem.migrate();
    expect(await getSettings()).toMatchObject({ displayCurrency: null, payPeriod: 'auto' });
  });

  it('migrates a stored v2 snapshot to v3: keeps every choice, Indian format on, full badge', async () => {
    // exactly what 0.1.0 stored
    const v2 = { displayCurrency: 'GBP', payPeriod: 'hour', sites: { linkedin: false, naukri: true }, sharing: true };
    await fakeBrowser.storage.local.set({ settings: v2, settings$: { v: 2 } });
    await settingsItem.migrate();
    const stored = (await fakeBrowser.storage.local.get(['settings', 'settings$'])) as Record<string, unknown>;
    expect(stored.settings).toEqual({ ...v2, indianFormat: true, badgeStyle: 'full' });
    expect(stored['settings$']).toEqual({ v: 3 });
    const settings = await getSettings();
    expect(isSiteEnabled(settings, 'linkedin')).toBe(false);
    expect(settings.displayCurrency).toBe('GBP');
  });

  it('turning Indian formatting off and choosing the compact badge are remembered', async () => {
    await updateSettings({ indianFormat: false, badgeStyle: 'compact' });
    expect(await getSettings()).toMatchObject({ indianFormat: false, badgeStyle: 'compact' });
    // an unknown stored style reads as the default, never as garbage
    await fakeBrowser.storage.local.set({ settings: { ...(await getSettings()), badgeStyle: 'huge' } });
    expect((await getSettings()).badgeStyle).toBe('full');
  });

  it('switching a site off is remembered', async () => {
    await updateSettings({ sites: { greenhouse: false } });
    expect(isSiteEnabled(await getSettings(), 'greenhouse')).toBe(false);
    expect(isSiteEnabled(await getSettings(), 'generic')).toBe(true);
  });
});
