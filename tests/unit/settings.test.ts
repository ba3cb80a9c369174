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
    expect(await getSettings()).toEqual({ displayCurrency: 'EUR', payPeriod: 'month', sites: {}, sharing: false });
  });

  it('migrates v1 "auto" to the automatic currency', async () => {
    await fakeBrowser.storage.local.set({ settings: { currency: 'auto' }, settings$: { v: 1 } });
    await settingsItem.migrate();
    expect(await getSettings()).toMatchObject({ displayCurrency: null, payPeriod: 'auto' });
  });

  it('switching a site off is remembered', async () => {
    await updateSettings({ sites: { greenhouse: false } });
    expect(isSiteEnabled(await getSettings(), 'greenhouse')).toBe(false);
    expect(isSiteEnabled(await getSettings(), 'generic')).toBe(true);
  });
});
