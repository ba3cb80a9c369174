/**
 * Detection on every site (company career pages, served by the generic adapter) is opt-in: the
 * user grants the optional host permission on the welcome page or in options, and the background
 * then registers the same content script for all https pages, except the known sites that the
 * manifest already covers.
 */
import { browser } from 'wxt/browser';
import { contentScriptMatches } from './sites/registry';

import { ALL_SITES_ORIGINS, hasAllSitesPermission } from './all-sites-permission';

// the permission itself is in all-sites-permission.ts, so the popup and options pages can ask for
// it without bundling every site adapter (the registry below)
export { ALL_SITES_ORIGINS, hasAllSitesPermission, requestAllSitesPermission, revokeAllSitesPermission } from './all-sites-permission';
export const ALL_SITES_SCRIPT_ID = 'paylens-all-sites';
const CONTENT_SCRIPT_FILE = 'content-scripts/jobs.js';

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
