/**
 * What WXT's fakeBrowser lacks (permissions, scripting, i18n, action.openPopup), faked in memory
 * so tests can exercise the real code paths; `resetExtras()` runs before every test.
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

export const extras = {
  grantedOrigins: new Set<string>(),
  registered: new Map<string, chrome.scripting.RegisteredContentScript>(),
  /** what permissions.request answers (a user clicking Allow or Deny) */
  userAllows: true,
  openPopupFails: false,
};

export function resetExtras(): void {
  extras.grantedOrigins.clear();
  extras.registered.clear();
  extras.userAllows = true;
  extras.openPopupFails = false;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const b = fakeBrowser as unknown as Record<string, any>;

export function installExtras(): void {
  b.permissions.contains = vi.fn(async ({ origins = [] }: { origins?: string[] }) => origins.every((o) => extras.grantedOrigins.has(o)));
  b.permissions.request = vi.fn(async ({ origins = [] }: { origins?: string[] }) => {
    if (!extras.userAllows) return false;
    origins.forEach((o) => extras.grantedOrigins.add(o));
    return true;
  });
  b.permissions.remove = vi.fn(async ({ origins = [] }: { origins?: string[] }) => {
    origins.forEach((o) => extras.grantedOrigins.delete(o));
    return true;
  });
  b.scripting.getRegisteredContentScripts = vi.fn(async ({ ids }: { ids?: string[] } = {}) =>
    [...extras.registered.values()].filter((s) => !ids || ids.includes(s.id)),
  );
  b.scripting.registerContentScripts = vi.fn(async (scripts: chrome.scripting.RegisteredContentScript[]) => {
    for (const s of scripts) {
      if (extras.registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
      extras.registered.set(s.id, s);
    }
  });
  b.scripting.unregisterContentScripts = vi.fn(async ({ ids }: { ids: string[] }) => {
    ids.forEach((id) => extras.registered.delete(id));
  });
  b.i18n = { getMessage: (key: string) => key, getUILanguage: () => 'en-US' };
  b.action.openPopup = vi.fn(async () => {
    if (extras.openPopupFails) throw new Error('Could not find an active browser window.');
  });
}
