/**
 * Wellfound (formerly AngelList Talent): job pages /jobs/<id>-<slug> and
 * /company/<co>/jobs/<id>-<slug>; listing pages /jobs, /role/…, /location/…, /remote and
 * /company/<co>/jobs, whose results are grouped by startup (div[data-test=StartupResult], one
 * card per job link inside).
 *
 * Checked against a real page only for the DataDome captcha served on /jobs
 * (../shared/fixtures/wellfound), which must yield nothing. The job page and the result list
 * are built from knowledge of the site's markup (JSON-LD first; styled CSS-module classes
 * matched on their stable part).
 */
import type { JobPosting } from '../schemas';
import { adapterShell, assemblePosting, countryFromLocation, firstOf, hrefOf, modeFromLabels, modeFromLocation, payTextsOf, shownPosting, textsOf, visibleText, visibleTextOf } from './fields';
import type { JobCard, SiteAdapter } from './types';

const HOST = /^(?:www\.)?wellfound\.com$/;
const JOB_PATH = /^\/(?:company\/[a-z0-9_-]+\/)?jobs\/(\d{2,12})(?:-[^/]*)?\/?$/i;
const LISTING_PATH = /^\/(?:jobs|remote|role\/(?:r\/|l\/)?[a-z0-9_-]+(?:\/[a-z0-9_-]+)?|location\/[a-z0-9_-]+|company\/[a-z0-9_-]+\/jobs)\/?$/i;

const SELECTORS = {
  title: ['[data-test="JobTitle"]', 'main h1', 'h1'],
  company: ['[data-test="StartupName"]', 'main a[href^="/company/"] h2', 'main a[href^="/company/"]'],
  location: ['[data-test="JobLocation"]', '[class*="styles_location"]', '[class*="JobLocation"]'],
  salary: ['[data-test="Compensation"]', '[class*="styles_compensation"]', '[class*="Compensation"]'],
  labels: ['[class*="styles_tag"]', '[class*="styles_pill"]', '[class*="Tag"]'],
} as const;

/** One card per job link inside a startup's result block. */
const CARD_SELECTOR = '[data-test="StartupResult"] a[href*="/jobs/"]';

const CARD = {
  row: '[class*="styles_jobListing"], [class*="styles_result"], [data-test="JobListing"]',
  company: ['h2', '[data-test="StartupName"]', 'a[href^="/company/"]'],
  location: ['[class*="styles_location"]', '[data-test="Location"]'],
  salary: ['[class*="styles_compensation"]', '[data-test="Compensation"]'],
} as const;

function jobId(url: URL): string | null {
  if (!HOST.test(url.hostname)) return null;
  return JOB_PATH.exec(url.pathname)?.[1] ?? null;
}

function isListing(url: URL): boolean {
  return HOST.test(url.hostname) && LISTING_PATH.test(url.pathname);
}

function extract(doc: Document, url: URL): JobPosting | null {
  const id = jobId(url);
  if (!id) return null;
  const shown = shownPosting(doc, doc, SELECTORS.title);
  if (!shown) return null;
  const { title: domTitle, structured } = shown;
  const location = visibleTextOf(doc, SELECTORS.location, 300);
  const country = countryFromLocation(location ?? structured?.location);
  return assemblePosting({ site: 'wellfound', jobKey: `wellfound:${id}`, url: url.href, structured,
    title: domTitle,
    company: visibleTextOf(doc, SELECTORS.company, 200),
    location,
    mode: modeFromLocation(location) ?? modeFromLabels(textsOf(doc, SELECTORS.labels, 60)),
    payTexts: payTextsOf(doc, SELECTORS.salary, country),
  });
}

function extractCard(link: Element, url: URL): JobCard | null {
  const href = hrefOf(link, url);
  const id = href && HOST.test(href.hostname) ? (JOB_PATH.exec(href.pathname)?.[1] ?? null) : null;
  const title = visibleText(link.querySelector('h3, h4, span') ?? link, 300);
  if (!id || !title) return null;
  const row = link.closest(CARD.row) ?? link.parentElement?.parentElement ?? link;
  const startup = link.closest('[data-test="StartupResult"]');
  const location = visibleTextOf(row, CARD.location, 300);
  const posting = assemblePosting({
    site: 'wellfound', jobKey: `wellfound:${id}`, url: `${href!.origin}${href!.pathname}`,
      title,
      company: startup ? visibleTextOf(startup, CARD.company, 200) : null,
      location,
      mode: modeFromLocation(location),
      payTexts: payTextsOf(row, CARD.salary, countryFromLocation(location)),
  });
  return posting ? { posting, anchor: link } : null;
}

export const wellfound: SiteAdapter = adapterShell({
  id: 'wellfound',
  matches: ['https://wellfound.com/*'],
  isListingPage: isListing,
  jobKey: (url) => {
    const id = jobId(url);
    return id ? `wellfound:${id}` : null;
  },
  ready: 'main h1, h1',
  anchor: 'main h1, h1',
  extract,
  cardSelector: CARD_SELECTOR,
  extractCard,
});
