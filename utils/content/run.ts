/**
 * One content script per known site (or small group of sites): the same page loop, badge and
 * validation in each, with only that site's adapters bundled, so a page pays for its own site and
 * not for thirty others (the content-script budget is 30 KB gzipped). The `jobs` script carries
 * the embedded-ATS and generic schema.org adapters and is registered at run time for all sites
 * once the user opts in.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteAdapter } from '../sites/types';
import { extensionAlive } from './lifetime';
import { startPageLoop } from './page-loop';

export function runJobsScript(ctx: ContentScriptContext, adapters: readonly SiteAdapter[], fallback: SiteAdapter | null = null): void {
  // A page can match two registrations (a known site and all-sites): run one loop.
  const flag = '__paylensLoaded';
  const w = window as unknown as Record<string, boolean>;
  if (w[flag]) return;
  w[flag] = true;
  ctx.onInvalidated(() => {
    // Only a real end (extension reloaded or removed) lets another loop start: WXT's invalidation
    // can be forged by the page (lifetime.ts), and then this loop keeps running.
    if (!extensionAlive()) w[flag] = false;
  });
  startPageLoop(ctx, adapters, fallback);
}
