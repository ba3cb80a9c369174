/**
 * Naukri (www.naukri.com): job pages /job-listings-<slug>-<digits> and search result pages
 * (/<keyword>-jobs, /<keyword>-jobs-in-<city>, /jobs-in-<city>, with a page number suffix).
 * Naukri's job page uses CSS modules whose class names end in a hash that changes on deploys
 * ("styles_jd-header-title__rZwM1"): they are matched on their stable part.
 *
 * Checked against a real page only for what Naukri serves without JavaScript — an empty Next.js
 * shell (../shared/fixtures/naukri), which must yield nothing. The rendered job page
 * (styles_jd-header-* / styles_jhc__*) and the result cards (srp-jobtuple-wrapper; jobTuple
 * before 2023) are built from knowledge of the site's markup.
 */
import type { JobPosting } from '../schemas';
import { adapterShell, assemblePosting, firstOf, hrefOf, modeFromLabels, modeFromLocation, payTextsOf, shownPosting, textsOf, visibleTextOf } from './fields';
import { cleanText } from './dom';
import type { JobCard, SiteAdapter } from './types';

const HOST = /^(?:www\.)?naukri\.com$/;
const JOB_PATH = /^\/job-listings-[a-z0-9-]+?-(\d{8,16})\/?$/i;
const SEARCH_PATH = /^\/(?:[a-z0-9-]+-)?jobs(?:-in-[a-z0-9-]+?)?(?:-\d{1,4})?\/?$/i;
const COMPANY_PATH = /-jobs-careers-\d+/i;
const JOB_ID = /^\d{8,16}$/;

/** Job page selectors, most stable first (class names by their stable part, 2023+). */
const SELECTORS = {
  title: ['[class*="styles_jd-header-title"]', 'h1.jd-header-title', 'main h1'],
  company: ['[class*="styles_jd-header-comp-name"] > a', '[class*="styles_jd-header-comp-name"] a', '.jd-header-comp-name a'],
  locationLinks: ['[class*="styles_jhc__location"] a'],
  location: ['[class*="styles_jhc__location"]', '[class*="styles_jhc__loc_"]', '.jd-header-location'],
  salary: ['[class*="styles_jhc__salary"] span', '[class*="styles_jhc__salary"]', '.jd-header-salary'],
  workplace: ['[class*="styles_jhc__wfhmode"]', '[class*="styles_jhc__wfht"]'],
} as const;

/** srp-jobtuple-wrapper (2023+); article.jobTuple (2019–2022, legacy) */
const CARD_SELECTOR = 'div.srp-jobtuple-wrapper, article.jobTuple';

const CARD = {
  title: ['a.title', '.row1 a', 'a[href*="/job-listings-"]'],
  company: ['a.comp-name', '.comp-dtls-wrap a', 'a.subTitle' /* jobTuple, 2019–2022 */, '.companyInfo .subTitle'],
  location: ['.locWdth', '.loc-wrap', 'li.location span', '.location'],
  salary: ['.sal-wrap span', '.sal-wrap', '.sal', 'li.salary span', '.salary'],
  workplace: ['.wfh-wrap', '.wfh'],
} as const;

function jobId(url: URL): string | null {
  if (!HOST.test(url.hostname)) return null;
  return JOB_PATH.exec(url.pathname)?.[1] ?? null;
}

function isListing(url: URL): boolean {
  return HOST.test(url.hostname) && SEARCH_PATH.test(url.pathname) && !COMPANY_PATH.test(url.pathname);
}

function extract(doc: Document, url: URL): JobPosting | null {
  const id = jobId(url);
  if (!id) return null;
  const shown = shownPosting(doc, doc, SELECTORS.title);
  if (!shown) return null;
  const { title: domTitle, structured } = shown;
  const places = textsOf(doc, SELECTORS.locationLinks, 200);
  const location = places.length ? places.join(', ') : visibleTextOf(doc, SELECTORS.location, 300);
  const labels = textsOf(doc, SELECTORS.workplace, 60);
  return assemblePosting({ site: 'naukri', jobKey: `naukri:${id}`, url: url.href, structured,
    title: domTitle,
    company: visibleTextOf(doc, SELECTORS.company, 200),
    location,
    locations: places,
    mode: modeFromLabels(labels.flatMap((l) => l.split(/\s*[-–,]\s*/))) ?? modeFromLocation(location),
    payTexts: payTextsOf(doc, SELECTORS.salary, 'IN'),
  });
}

function cardId(card: Element, link: URL | null): string | null {
  const own = card.getAttribute('data-job-id');
  if (own && JOB_ID.test(own)) return own;
  return link ? (JOB_PATH.exec(link.pathname)?.[1] ?? null) : null;
}

function extractCard(card: Element, url: URL): JobCard | null {
  const anchor = firstOf(card, CARD.title);
  const link = hrefOf(anchor, url);
  const id = cardId(card, link);
  const title = cleanText(anchor?.getAttribute('title'), 300) ?? visibleTextOf(card, CARD.title, 300);
  if (!anchor || !id || !title) return null;
  const location = cleanText(firstOf(card, CARD.location)?.getAttribute('title'), 300) ?? visibleTextOf(card, CARD.location, 300);
  const posting = assemblePosting({
    site: 'naukri', jobKey: `naukri:${id}`, url: link && HOST.test(link.hostname) ? `${link.origin}${link.pathname}` : url.href,
      title,
      company: cleanText(firstOf(card, CARD.company)?.getAttribute('title'), 200) ?? visibleTextOf(card, CARD.company, 200),
      location,
      locations: location?.split(/\s*,\s*/).filter(Boolean) ?? [],
      mode: modeFromLabels(textsOf(card, CARD.workplace, 60)) ?? modeFromLocation(location),
      payTexts: payTextsOf(card, CARD.salary, 'IN'),
  });
  return posting ? { posting, anchor } : null;
}

export const naukri: SiteAdapter = adapterShell({
  id: 'naukri',
  matches: ['https://www.naukri.com/*'],
  siteCountry: () => 'IN',
  isListingPage: isListing,
  jobKey: (url) => {
    const id = jobId(url);
    return id ? `naukri:${id}` : null;
  },
  ready: SELECTORS.title.slice(0, 2).join(', '),
  anchor: SELECTORS.title.slice(0, 2).join(', '),
  extract,
  cardSelector: CARD_SELECTOR,
  extractCard,
});
