/**
 * Which adapter reads a page, and as what. The URL decides first (a cheap gate, in priority
 * order); adapters the URL cannot decide (embedded ATS boards) ask the DOM; the fallback (the
 * generic schema.org adapter, where the user opted in to all sites) takes the rest.
 */
import type { JobPosting } from '../schemas';
import type { SiteAdapter } from './types';

export interface PageRole {
  adapter: SiteAdapter;
  job: boolean;
  listing: boolean;
}

export function resolvePage(
  adapters: readonly SiteAdapter[],
  fallback: SiteAdapter | null,
  doc: Document | null,
  url: URL,
): PageRole | null {
  const byPriority = [...adapters].sort((a, b) => a.priority - b.priority);
  for (const adapter of byPriority) {
    const job = adapter.isJobPage(url);
    const listing = adapter.isListingPage(url);
    if (job || listing) return { adapter, job, listing };
  }
  if (doc) {
    for (const adapter of byPriority) {
      const kind = adapter.pageKind?.(doc, url) ?? null;
      if (kind) return { adapter, job: kind === 'job', listing: kind === 'listing' };
    }
  }
  if (!fallback) return null;
  // The fallback's DOM decides too (the generic reader: job cards on a page with no other data).
  const listing = fallback.isListingPage(url) || (doc !== null && fallback.pageKind?.(doc, url) === 'listing');
  return { adapter: fallback, job: fallback.isJobPage(url), listing };
}

/**
 * The posting with its site's country (JobPosting.siteCountry) from the adapter that read it:
 * the adapter's own value when it set one, else its `siteCountry(url)`, else null. Every posting
 * leaves the page through here (the page loop, the CLI, the bench).
 */
export function withSiteCountry(adapter: SiteAdapter, url: URL, posting: JobPosting): JobPosting {
  if (posting.siteCountry !== undefined) return posting;
  let siteCountry: string | null = null;
  try {
    siteCountry = adapter.siteCountry?.(url)?.toUpperCase() ?? null;
  } catch {
    siteCountry = null;
  }
  return { ...posting, siteCountry: siteCountry && /^[A-Z]{2}$/.test(siteCountry) ? siteCountry : null };
}
