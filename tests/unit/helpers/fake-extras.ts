/**
 * What WXT's fakeBrowser lacks (permissions, scripting, i18n, action.openPopup), faked in memory
 * so tests can exercise the real code paths; `resetExtras()` runs before every test.
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '../../../public/_locales/en/messages.json';

export const extras = {
  grantedOrigins: new Set<string>(),
  registered: new Map<string, chrome.scripting.RegisteredContentScript>(),
  /** what permissions.request answers (a user clicking Allow or Deny) */
  userAllows: true,
  openPopupFails: false,
  /** what browser.i18n answers from: public/_locales/<uiLanguage>/messages.json */
  messages: en as Record<string, { message: string }>,
  uiLanguage: 'en-US',
};

export function resetExtras(): void {
  extras.grantedOrigins.clear();
  extras.registered.clear();
  extras.userAllows = true;
  extras.openPopupFails = false;
  extras.messages = en as Record<string, { message: string }>;
  extras.uiLanguage = 'en-US';
}

/** browser.i18n.getMessage as the browsers do it: the message, $1…$9 replaced, "" when missing. */
function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = extras.messages[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return entry.message.replace(/\$(\d)/g, (_, d: string) => subs[Number(d) - 1] ?? '').replace(/\$\$/g, '$');
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
  b.i18n = { getMessage, getUILanguage: () => extras.uiLanguage };
  b.action.openPopup = vi.fn(async () => {
    if (extras.openPopupFails) throw new Error('Could not find an active browser window.');
  });
}
