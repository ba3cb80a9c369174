/**
 * Everything a page yields, as the content script would see it: the site adapter's posting (or
 * cards on a listing page), else the generic adapter's posting (schema.org, then the DOM reader),
 * else its cards. Used by the CLI and the accuracy benchmark; the content script runs the same
 * adapters through its page loop.
 */
import type { JobPosting } from '../schemas';
import { adaptersFor, generic, isKnownSite } from './registry';
import { resolvePage, withSiteCountry } from './resolve';

export function extractPage(doc: Document, url: URL): JobPosting[] {
  // As in the browser: each site's own script on known sites, the all-sites script elsewhere.
  const role = resolvePage(adaptersFor(url), null, doc, url);
  if (role) {
    const { adapter } = role;
    if (role.job) {
      const posting = adapter.extract(doc, url);
      if (posting) return [withSiteCountry(adapter, url, posting)];
    }
    if (role.listing && adapter.extractCards) {
      const cards = adapter.extractCards(doc, url).map((c) => withSiteCountry(adapter, url, c.posting));
      if (cards.length) return cards;
    }
  }
  // Known sites never get the all-sites script: there only the schema.org part of generic reads.
  const known = isKnownSite(url);
  const posting = generic.extract(doc, url);
  if (posting && !(known && posting.source === 'dom')) return [withSiteCountry(generic, url, posting)];
  return known ? [] : (generic.extractCards?.(doc, url).map((c) => withSiteCountry(generic, url, c.posting)) ?? []);
}
