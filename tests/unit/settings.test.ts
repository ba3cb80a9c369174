import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { currencyForLocale } from '../../utils/locale-currency';
import {
  completeSettings,
  DEFAULT_SETTINGS,
  getSettings,
  isHostHidden,
  isSiteEnabled,
  localeRegion,
  readSettings,
  settingsItem,
  updateSettings,
  withHostHidden,
} from '../../utils/settings';

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
      hiddenHosts: [],
    });
  });

  it('migrates v1 "auto" to the automatic currency', async () => {
    await fakeBrowser.storage.local.set({ settings: { currency: 'auto' }, settings$: { v: 1 } });
    await settingsItem.migrate();
    expect(await getSettings()).toMatchObject({ displayCurrency: null, payPeriod: 'auto' });
  });

  it('migrates a stored v2 snapshot (through v3) to v4: keeps every choice, Indian format on, full badge, nothing hidden', async () => {
    // exactly what 0.1.0 stored
    const v2 = { displayCurrency: 'GBP', payPeriod: 'hour', sites: { linkedin: false, naukri: true }, sharing: true };
    await fakeBrowser.storage.local.set({ settings: v2, settings$: { v: 2 } });
    await settingsItem.migrate();
    const stored = (await fakeBrowser.storage.local.get(['settings', 'settings$'])) as Record<string, unknown>;
    expect(stored.settings).toEqual({ ...v2, indianFormat: true, badgeStyle: 'full', hiddenHosts: [] });
    expect(stored['settings$']).toEqual({ v: 4 });
    const settings = await getSettings();
    expect(isSiteEnabled(settings, 'linkedin')).toBe(false);
    expect(settings.displayCurrency).toBe('GBP');
  });

  it('migrates a stored v3 snapshot to v4: keeps every choice, no host hidden', async () => {
    // exactly what the v3 settings item stored (before "Hide on <host>")
    const v3 = { displayCurrency: 'EUR', payPeriod: 'month', sites: { generic: false }, sharing: false, indianFormat: false, badgeStyle: 'compact' };
    await fakeBrowser.storage.local.set({ settings: v3, settings$: { v: 3 } });
    await settingsItem.migrate();
    const stored = (await fakeBrowser.storage.local.get(['settings', 'settings$'])) as Record<string, unknown>;
    expect(stored.settings).toEqual({ ...v3, hiddenHosts: [] });
    expect(stored['settings$']).toEqual({ v: 4 });
    const settings = await getSettings();
    expect(isHostHidden(settings, 'jobs.example.com')).toBe(false);
    expect(isSiteEnabled(settings, 'generic')).toBe(false);
  });

  it('a stored value without the hidden hosts (not yet migrated, or written by an older page) hides nothing', async () => {
    await fakeBrowser.storage.local.set({ settings: { displayCurrency: 'USD', payPeriod: 'year', sites: {}, sharing: false, indianFormat: true, badgeStyle: 'full' } });
    expect((await getSettings()).hiddenHosts).toEqual([]);
    expect((await readSettings()).hiddenHosts).toEqual([]);
    expect(completeSettings(undefined).hiddenHosts).toEqual([]);
    expect(completeSettings({ hiddenHosts: 'jobs.example.com' }).hiddenHosts).toEqual([]);
  });

  it('hiding a host is remembered; each stored entry is checked on its own, so one bad entry un-hides nothing', async () => {
    await updateSettings((current) => ({ hiddenHosts: withHostHidden(current, 'jobs.example.com', true) }));
    await updateSettings((current) => ({ hiddenHosts: withHostHidden(current, 'careers.example.org', true) }));
    let settings = await getSettings();
    expect(settings.hiddenHosts).toEqual(['jobs.example.com', 'careers.example.org']);
    expect(isHostHidden(settings, 'jobs.example.com')).toBe(true);
    expect(isHostHidden(settings, 'JOBS.example.com')).toBe(true);
    // another host of the same company is not hidden: it says "Hide on jobs.example.com"
    expect(isHostHidden(settings, 'www.example.com')).toBe(false);
    // a hand-edited or corrupted list: the good entries stay, duplicates go
    const stored = ['jobs.example.com', 'https://evil.example/', 'UPPER.example', 'a b', 42, null, '', 'jobs.example.com', 'x'.repeat(300), 'careers.example.org'];
    await fakeBrowser.storage.local.set({ settings: { ...settings, hiddenHosts: stored } });
    settings = await getSettings();
    expect(settings.hiddenHosts).toEqual(['jobs.example.com', 'careers.example.org']);
    // shown again: only that host leaves the list
    await updateSettings((current) => ({ hiddenHosts: withHostHidden(current, 'jobs.example.com', false) }));
    expect((await getSettings()).hiddenHosts).toEqual(['careers.example.org']);
  });

  it('quick edits of the hidden hosts are applied one after the other, none lost', async () => {
    await Promise.all(['a.example', 'b.example', 'c.example'].map((host) => updateSettings((current) => ({ hiddenHosts: withHostHidden(current, host, true) }))));
    expect((await getSettings()).hiddenHosts).toEqual(['a.example', 'b.example', 'c.example']);
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
