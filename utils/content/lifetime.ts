/**
 * How long a content script lives, and where the page is. Neither may be decided by the page:
 *
 * - WXT ends a content script when the document receives its "content script started" event
 *   (`<runtime id>:<entrypoint>:wxt:content-script-started`), which any page script can forge.
 *   The page loop ends only when the extension context is really gone (`browser.runtime.id`
 *   unavailable: the extension was reloaded, updated or removed).
 * - WXT's `wxt:locationchange` fires from the Navigation API's `navigate` event, before
 *   `location.href` changes, and stops with WXT's context. `watchLocation` reports a change once
 *   `location.href` really is the new address, and keeps working after a forged event.
 */
import { browser } from 'wxt/browser';

/** a fallback for browsers without the Navigation API, and for anything it does not report */
const POLL_MS = 1000;

/** True while this content script can still reach its extension. */
export function extensionAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

/**
 * Call `onChange` after every change of `location.href` (pushState, replaceState, back/forward,
 * hash changes), with the new address already in place; `onTick` runs on every poll.
 */
export function watchLocation(onChange: () => void, signal: AbortSignal, onTick?: () => void): void {
  let last = location.href;
  const check = () => {
    if (location.href === last) return;
    last = location.href;
    onChange();
  };
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  // `currententrychange` fires after the current entry (and so location.href) was updated.
  if (typeof navigation?.addEventListener === 'function') navigation.addEventListener('currententrychange', check, { signal });
  window.addEventListener('popstate', check, { signal });
  window.addEventListener('hashchange', check, { signal });
  const timer = setInterval(() => {
    check();
    onTick?.();
  }, POLL_MS);
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });
}
