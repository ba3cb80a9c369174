/**
 * Totaljobs (www.totaljobs.com, StepStone group): job pages /job/<title-slug>/<company-slug>-job<id>
 * (also the short /job/<id>), and search pages /jobs/<keyword>[/in-<place>], /jobs/in-<place>,
 * /jobs?keywords=…; the site's country is GB. Like StepStone, the markup is marked with data-at /
 * data-testid attributes and the CSS classes are hashed ("res-sfoyn7").
 *
 * Checked against a real saved page: a search result page of 2025 (../shared/fixtures/totaljobs,
 * browser-saved, 25 cards): article[data-testid="job-item"][id="job-item-<id>"] with
 * job-item-title (a link, sometimes to a sister site such as caterer.com), job-item-company-name,
 * job-item-location, job-item-salary-info ("£34000 - £35000 per annum", "Unspecified", bare
 * "31,988 - 33,672"), job-item-timeago <time datetime>; the facet column's "at least £10,000"
 * salary filters are not card data. The job page (header-job-title, metadata-company-name,
 * metadata-location, metadata-salary, JSON-LD JobPosting) is built from the StepStone group's
 * shared job-ad markup, not from a Totaljobs capture.
 */
import type { JobPosting, PayText } from '../schemas';
import {
  hrefOf,
  assemblePosting,
  collectCards,
  firstOf,
  modeFromLabels,
  modeFromLocation,
  figuresPayText,
  trustedStructured,
  textsOf,
  visibleText,
  visibleTextOf,
} from './fields';
import { cleanText } from './dom';
import { jsonLdPosting } from './structured-data';
import type { JobCard, SiteAdapter } from './types';

const HOSTS = new Set(['www.totaljobs.com', 'totaljobs.com']);
const COUNTRY = 'GB';
/** /job/<slug>/<company>-job<id>, /job/<slug>-job<id>, /job/<id> */
const JOB_PATH = /^\/job\/(?:[^/]+\/)*?(?:[^/]*?-job)?(\d{6,12})\/?$/i;
/** /jobs, /jobs/<keyword>, /jobs/<keyword>/in-<place>, /jobs/in-<place> */
const SEARCH_PATH = /^\/jobs(?:\/[a-z0-9%+-]+){0,2}\/?$/i;
const JOB_ID = /^\d{6,12}$/;

/** StepStone-group job-ad page, most stable first (not checked against a Totaljobs capture). */
const SELECTORS = {
  title: ['[data-at="header-job-title"]', '[data-testid="job-ad-title"]', 'main h1'],
  company: ['[data-at="metadata-company-name"]', '[data-at="header-company-name"]'],
  location: ['[data-at="metadata-location"]'],
  salary: ['[data-at="metadata-salary"]', '[data-at="job-ad-salary"]'],
  workplace: ['[data-at="metadata-work-from-home"]', '[data-at="metadata-home-office"]'],
  workType: ['[data-at="metadata-work-type"]'],
} as const;

/** Result cards, checked 2025: data-testid and data-at "job-item" on the same <article>. */
const CARD_SELECTOR = 'article[data-testid="job-item"], article[data-at="job-item"]';

/** Card fields, checked 2025. */
const CARD = {
  title: ['[data-testid="job-item-title"]', '[data-at="job-item-title"]', 'h2 a'],
  company: ['[data-at="job-item-company-name"]'],
  location: ['[data-at="job-item-location"]'],
  workplace: ['[data-at="job-item-work-from-home"]'],
  salary: ['[data-at="job-item-salary-info"]', '[data-at="job-item-salary"]'],
  date: ['[data-at="job-item-timeago"] time[datetime]'],
} as const;

/** Hosts of the group's sister sites a Totaljobs card may link to (same job ids). */
const SISTER_HOSTS = /^(?:www\.)?(?:totaljobs\.com|caterer\.com|cwjobs\.co\.uk|jobsite\.co\.uk|retailchoice\.com|milkround\.com)$/;

function isTotaljobs(url: URL): boolean {
  return HOSTS.has(url.hostname);
}

function jobId(url: URL): string | null {
  if (!isTotaljobs(url)) return null;
  return JOB_PATH.exec(url.pathname)?.[1] ?? null;
}

function isSearch(url: URL): boolean {
  return isTotaljobs(url) && SEARCH_PATH.test(url.pathname);
}

/**
 * Pay as the card or page shows it, read as `figures`: a range of bare figures ("31,988 -
 * 33,672") is kept as shown, with no currency or period (the site does not say; the estimator
 * must not guess a verdict from it).
 */
function payIn(root: ParentNode, selectors: readonly string[]): PayText[] {
  const out: PayText[] = [];
  for (const selector of selectors) {
    for (const el of Array.from(root.querySelectorAll(selector)).slice(0, 4)) {
      const pay = figuresPayText(visibleText(el, 300), COUNTRY);
      if (pay) out.push(pay);
    }
  }
  return out;
}

function extract(doc: Document, url: URL): JobPosting | null {
  const id = jobId(url);
  if (!id) return null;
  const domTitle = visibleTextOf(doc, SELECTORS.title, 300);
  const structured = trustedStructured(jsonLdPosting(doc), { title: domTitle });
  if (!domTitle && !structured) return null;
  const location = visibleTextOf(doc, SELECTORS.location, 300);
  const workType = visibleTextOf(doc, SELECTORS.workType, 100);
  return assemblePosting({ site: 'totaljobs', jobKey: `totaljobs:${id}`, url: url.href, structured,
    title: domTitle,
    company: visibleTextOf(doc, SELECTORS.company, 200),
    location,
    mode:
      modeFromLabels(textsOf(doc, SELECTORS.workplace, 60)) ??
      modeFromLabels(workType?.split(/\s*,\s*/) ?? []) ??
      modeFromLocation(location),
    payTexts: payIn(doc, SELECTORS.salary),
    employmentType: workType,
  });
}

function cardId(card: Element, link: URL | null): string | null {
  const own = /^job-item-(\d{6,12})$/.exec(card.id)?.[1];
  if (own) return own;
  const id = link && SISTER_HOSTS.test(link.hostname) ? (JOB_PATH.exec(link.pathname)?.[1] ?? null) : null;
  return id && JOB_ID.test(id) ? id : null;
}

function extractCard(card: Element, url: URL): JobCard | null {
  const anchor = firstOf(card, CARD.title);
  const link = hrefOf(anchor, url);
  const id = cardId(card, link);
  const title = visibleTextOf(card, CARD.title, 300);
  if (!anchor || !id || !title) return null;
  const location = visibleTextOf(card, CARD.location, 300);
  const jobUrl = link && SISTER_HOSTS.test(link.hostname) ? `${link.origin}${link.pathname}` : `${url.origin}/job/${id}`;
  const posting = assemblePosting({
    site: 'totaljobs', jobKey: `totaljobs:${id}`, url: jobUrl,
      title,
      company: visibleTextOf(card, CARD.company, 200),
      location,
      locations: location ? [location] : [],
      mode: modeFromLabels(textsOf(card, CARD.workplace, 60)) ?? modeFromLocation(location),
      payTexts: payIn(card, CARD.salary),
      datePosted: firstOf(card, CARD.date)?.getAttribute('datetime') ?? null,
  });
  return posting ? { posting, anchor } : null;
}

export const totaljobs: SiteAdapter = {
  id: 'totaljobs',
  priority: 10,
  matches: ['https://www.totaljobs.com/*'],
  siteCountry: (url) => (isTotaljobs(url) ? COUNTRY : null),
  isJobPage: (url) => jobId(url) !== null,
  isListingPage: isSearch,
  jobKey: (url) => {
    const id = jobId(url);
    return id ? `totaljobs:${id}` : null;
  },
  ready: SELECTORS.title.join(', '),
  anchor: SELECTORS.title.join(', '),
  extract,
  cardSelector: CARD_SELECTOR,
  extractCard,
  extractCards: (doc, url) => collectCards(doc, CARD_SELECTOR, (card) => extractCard(card, url)),
};
