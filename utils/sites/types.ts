import type { JobPosting } from '../schemas';

/** A job card on a listing page, with the element its compact badge goes next to. */
export interface JobCard {
  posting: JobPosting;
  anchor: Element;
}

/**
 * One site's knowledge, in the spirit of a Zotero translator: a cheap URL gate, a DOM-ready
 * signal, and a pure extractor that reads only its arguments (never `document`/`location`).
 */
export interface SiteAdapter {
  id: string;
  /** lower wins when several adapters match a URL */
  priority: number;
  /** match patterns; the content script's `matches` is their union (empty: opt-in sites only) */
  matches: readonly string[];
  /** the site's country for ambiguous place names and bare `$`, when the host says it */
  siteCountry?(url: URL): string | null;
  isJobPage(url: URL): boolean;
  isListingPage(url: URL): boolean;
  /**
   * For adapters the URL cannot decide (an ATS board embedded in a company page): what the DOM
   * says this page is. Called only when no adapter claims the URL.
   */
  pageKind?(doc: Document, url: URL): 'job' | 'listing' | null;
  /** identity of the posting shown now ("<site>:<id>"); SPAs change it without reloading */
  jobKey(url: URL, doc: Document): string | null;
  /** a selector meaning "the details are rendered" */
  ready: string;
  /** where the full badge goes: it is inserted after the first element matching this */
  anchor: string;
  extract(doc: Document, url: URL): JobPosting | null;
  extractCards?(doc: Document, url: URL): JobCard[];
  /**
   * Listing pages, card by card: a selector matching one card element, and the extractor for one
   * card. With these the content script handles only the cards a mutation added (work
   * proportional to what changed) instead of re-reading the whole list.
   */
  cardSelector?: string;
  extractCard?(card: Element, url: URL): JobCard | null;
}
