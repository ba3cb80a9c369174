/**
 * The generic fallback for every other page (company career sites): schema.org `JobPosting`
 * in JSON-LD, then microdata, then the DOM reader (dom-reader.ts: a posting's heading, apply
 * control and sections; job cards on listing pages). Lowest priority; runs only where the user
 * opted in to detection on all sites (optional host permission), so it has no manifest matches
 * of its own. A page is a listing when the DOM reader finds job cards on it (`pageKind`).
 */
import type { JobPosting } from '../schemas';
import { readCards, readPosting } from './dom-reader';
import { assemblePosting } from './fields';
import { structuredPosting } from './structured-data';
import { enrichStructured } from './structured-extras';
import type { JobCard, SiteAdapter } from './types';

/** Query parameters that never change which posting a page shows. */
const NOISE_PARAMS = /^(utm_|ref$|source$|src$|gclid$|fbclid$|mc_|_hs|trk)/i;

export function genericJobKey(url: URL): string {
  const params = Array.from(url.searchParams.entries())
    .filter(([k]) => !NOISE_PARAMS.test(k))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  const path = url.pathname.replace(/\/+$/, '') || '/';
  return `generic:${url.hostname}${path}${params ? `?${params}` : ''}`.slice(0, 300);
}

/**
 * The page loop re-reads a listing on every batch of mutations: the cards are read again only
 * when the page's links changed (their count, or a card's anchor left the page).
 */
let lastRead: { doc: Document; href: string; links: number; cards: JobCard[] } | null = null;

function domCards(doc: Document, url: URL): JobCard[] {
  if (structuredPosting(doc)) return [];
  const links = doc.querySelectorAll('a[href]').length;
  const last = lastRead;
  if (last && last.doc === doc && last.href === url.href && last.links === links && last.cards.every((c) => c.anchor.isConnected)) return last.cards;
  const cards = readCards(doc, url, genericJobKey);
  lastRead = { doc, href: url.href, links, cards };
  return cards;
}

export const generic: SiteAdapter = {
  id: 'generic',
  priority: 1000,
  matches: [],
  isJobPage: (url) => url.protocol === 'https:' || url.protocol === 'http:',
  isListingPage: () => false,
  pageKind: (doc, url) => (domCards(doc, url).length ? 'listing' : null),
  jobKey: (url) => genericJobKey(url),
  ready: 'body',
  anchor: 'main h1, article h1, h1',
  extract(doc, url): JobPosting | null {
    const structured = enrichStructured(doc, structuredPosting(doc));
    return structured ? assemblePosting({ site: 'generic', jobKey: genericJobKey(url), url, structured }) : readPosting(doc, url, genericJobKey(url));
  },
  extractCards: domCards,
};
