import { describe, expect, it } from 'vitest';
import {
  ALL_SITES_SCRIPT_ID,
  requestAllSitesPermission,
  revokeAllSitesPermission,
  syncAllSitesRegistration,
} from '../../utils/all-sites';
import { contentScriptMatches } from '../../utils/sites/registry';
import { extras } from './helpers/fake-extras';

describe('detection on all sites (opt-in)', () => {
  it('registers nothing until the user grants the permission', async () => {
    expect(await syncAllSitesRegistration()).toBe('unregistered');
    expect(extras.registered.size).toBe(0);
  });

  it('registers the content script for all https pages, except the known sites, once granted', async () => {
    expect(await requestAllSitesPermission()).toBe(true);
    expect(await syncAllSitesRegistration()).toBe('registered');
    const script = extras.registered.get(ALL_SITES_SCRIPT_ID);
    expect(script).toMatchObject({ js: ['content-scripts/jobs.js'], matches: ['https://*/*'], excludeMatches: contentScriptMatches, allFrames: true });
    // Syncing again does not register twice (registering a duplicate id throws).
    expect(await syncAllSitesRegistration()).toBe('registered');
  });

  it('stays off when the user denies, and unregisters when revoked', async () => {
    extras.userAllows = false;
    expect(await requestAllSitesPermission()).toBe(false);
    expect(await syncAllSitesRegistration()).toBe('unregistered');
    extras.userAllows = true;
    await requestAllSitesPermission();
    await syncAllSitesRegistration();
    await revokeAllSitesPermission();
    expect(await syncAllSitesRegistration()).toBe('unregistered');
    expect(extras.registered.size).toBe(0);
  });
});
