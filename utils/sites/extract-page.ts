/**
 * Everything a page yields, as the content script would see it: the site adapter's posting (or
 * cards on a listing page), else the generic schema.org adapter's posting. Used by the CLI and
 * the accuracy benchmark; the content script runs the same adapters through its page loop.
 */
import type { JobPosting } from '../schemas';
import { generic, resolveAdapter } from './registry';

export function extractPage(doc: Document, url: URL): JobPosting[] {
  const adapter = resolveAdapter(url);
  if (adapter) {
    if (adapter.isJobPage(url)) {
      const posting = adapter.extract(doc, url);
      if (posting) return [posting];
    }
    if (adapter.isListingPage(url) && adapter.extractCards) {
      const cards = adapter.extractCards(doc, url).map((c) => c.posting);
      if (cards.length) return cards;
    }
  }
  const posting = generic.extract(doc, url);
  return posting ? [posting] : [];
}
