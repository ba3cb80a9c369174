/**
 * The badge's details card, loaded on the first open: entrypoints/badge-details.ts is built as a
 * file of its own, listed in web_accessible_resources, and imported as a module into the content
 * script's world (`import(runtime.getURL(…))`), where it leaves its renderer on DETAILS_GLOBAL.
 * The page's scripts live in another world and can neither see nor replace it.
 */
import { browser } from 'wxt/browser';
import type { DetailsRenderer } from '../../components/Badge';

export const DETAILS_GLOBAL = '__paylensBadgeDetails';
export const DETAILS_FILE = '/badge-details.js';

let loading: Promise<DetailsRenderer> | null = null;

export function loadDetails(): Promise<DetailsRenderer> {
  loading ??= (async () => {
    const world = globalThis as Record<string, unknown>;
    if (typeof world[DETAILS_GLOBAL] !== 'function') {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a file of this build, not a typed public path
      await import(/* @vite-ignore */ browser.runtime.getURL(DETAILS_FILE as any));
    }
    const renderer = world[DETAILS_GLOBAL];
    if (typeof renderer !== 'function') throw new Error('PayLens: the details card did not load');
    return renderer as DetailsRenderer;
  })().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
