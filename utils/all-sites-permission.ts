/**
 * The optional host permission behind detection on all sites: check, ask (from a click in an
 * extension page), give back. No site adapters here: the popup and options import this.
 */
import { browser } from 'wxt/browser';

export const ALL_SITES_ORIGINS = ['https://*/*'];

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
