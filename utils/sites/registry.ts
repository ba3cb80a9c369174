/**
 * Every site adapter, and the one function that picks the adapter for a URL.
 * Add an adapter: write utils/sites/<id>.ts, add it here, add its URL rows and a fixture.
 */
import { generic } from './generic';
import { greenhouse } from './greenhouse';
import type { SiteAdapter } from './types';

export const adapters: readonly SiteAdapter[] = [greenhouse, generic].sort((a, b) => a.priority - b.priority);

export { contentScriptMatches } from './match-patterns';

/** The adapter for a page: the highest-priority one that claims it as a job or listing page. */
export function resolveAdapter(url: URL): SiteAdapter | null {
  for (const adapter of adapters) {
    if (adapter.id === 'generic') continue;
    if (adapter.isJobPage(url) || adapter.isListingPage(url)) return adapter;
  }
  return null;
}

export { generic };
