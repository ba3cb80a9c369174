/**
 * Detection on every site (company career pages, served by the generic adapter) is opt-in: the
 * user grants the optional host permission on the welcome page or in options, and the background
 * then registers the same content script for all https pages, except the known sites that the
 * manifest already covers.
 */
import { browser } from 'wxt/browser';
import { contentScriptMatches } from './sites/registry';

export const ALL_SITES_ORIGINS = ['https://*/*'];
export const ALL_SITES_SCRIPT_ID = 'paylens-all-sites';
const CONTENT_SCRIPT_FILE = 'content-scripts/jobs.js';

export async function hasAllSitesPermission(): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: ALL_SITES_ORIGINS });
  } catch {
    return false;
  }
}

/** Must be called from a user gesture (a click) in an extension page. */
export async function requestAllSitesPermission(): Promise<boolean> {
  return browser.permissions.request({ origins: ALL_SITES_ORIGINS });
}

export async function revokeAllSitesPermission(): Promise<boolean> {
  return browser.permissions.remove({ origins: ALL_SITES_ORIGINS });
}

/** Make the dynamic registration match the permission: registered iff granted. */
export async function syncAllSitesRegistration(): Promise<'registered' | 'unregistered'> {
  const granted = await hasAllSitesPermission();
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [ALL_SITES_SCRIPT_ID] });
  if (granted && existing.length === 0) {
    await browser.scripting.registerContentScripts([
      {
        id: ALL_SITES_SCRIPT_ID,
        js: [CONTENT_SCRIPT_FILE],
        matches: ALL_SITES_ORIGINS,
        excludeMatches: contentScriptMatches,
        runAt: 'document_end',
        allFrames: true,
        persistAcrossSessions: true,
      },
    ]);
  } else if (!granted && existing.length > 0) {
    await browser.scripting.unregisterContentScripts({ ids: [ALL_SITES_SCRIPT_ID] });
  }
  return granted ? 'registered' : 'unregistered';
}
