/**
 * Every site adapter, and the one function that picks the adapter for a URL.
 * Add an adapter: write utils/sites/<id>.ts, add it here, add its URL rows and a fixture.
 */
import { generic } from './generic';
import { greenhouse } from './greenhouse';
// Job boards
import { foundit } from './foundit';
import { glassdoor } from './glassdoor';
import { indeed } from './indeed';
import { instahyre } from './instahyre';
import { linkedin } from './linkedin';
import { naukri } from './naukri';
import { seek } from './seek';
import { stepstone } from './stepstone';
import { welcometothejungle } from './welcometothejungle';
import { wellfound } from './wellfound';
import { ycombinator } from './ycombinator';
import type { SiteAdapter } from './types';

const JOB_BOARDS: SiteAdapter[] = [linkedin, indeed, naukri, glassdoor, wellfound, foundit, instahyre, seek, stepstone, welcometothejungle, ycombinator];

export const adapters: readonly SiteAdapter[] = [greenhouse, ...JOB_BOARDS, generic].sort((a, b) => a.priority - b.priority);

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
