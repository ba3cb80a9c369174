/**
 * StepStone (www.stepstone.de and .at/.be/.nl): job pages
 * /stellenangebote--<slug>--<id>-inline.html and search pages (/jobs/<keyword>[/in-<city>],
 * /work/<keyword>, the legacy /5/ergebnisliste.html). StepStone marks its markup with data-at
 * attributes; the CSS classes are hashed ("res-ilw16f").
 *
 * Checked against a real saved page: a 2026 search result page (../shared/fixtures/stepstone:
 * article[data-at=job-item] with job-item-title/-company-name/-location/-work-from-home). The job
 * page (header-job-title, metadata-company-name/-location/-salary) is built from knowledge of
 * the site's markup.
 */
import type { JobPosting } from '../schemas';
import { adapterShell, assemblePosting, firstOf, hrefOf, modeFromLabels, modeFromLocation, payTextsOf, shownPosting, textsOf, visibleTextOf } from './fields';
import type { JobCard, SiteAdapter } from './types';

const HOSTS: Record<string, string> = { 'www.stepstone.de': 'DE', 'www.stepstone.at': 'AT', 'www.stepstone.be': 'BE', 'www.stepstone.nl': 'NL' };
const JOB_PATH = /^\/stellenangebote--.+--(\d{5,12})(?:-inline)?\.html$/i;
/** /jobs/… and /work/… (2020+); /5/ergebnisliste.html (to 2019, legacy) */
const SEARCH_PATH = /^\/(?:jobs\/[^/]+(?:\/[^/]+)?|work\/[^/]+(?:\/[^/]+)?|5\/ergebnisliste\.html|jobs)\/?$/i;
const JOB_ID = /^\d{5,12}$/;

const SELECTORS = {
  title: ['[data-at="header-job-title"]', '.listing-content h1', 'main h1'],
  company: ['[data-at="metadata-company-name"]', '[data-at="header-company-name"]'],
  location: ['[data-at="metadata-location"]'],
  salary: ['[data-at="metadata-salary"]', '[data-at="section-text-gehalt-content"]', '[data-at="job-ad-salary"]'],
  workplace: ['[data-at="metadata-work-from-home"]', '[data-at="metadata-home-office"]'],
  workType: ['[data-at="metadata-work-type"]'],
} as const;

const CARD_SELECTOR = 'article[data-at="job-item"]';

const CARD = {
  title: ['[data-at="job-item-title"]', 'h2 a'],
  company: ['[data-at="job-item-company-name"]'],
  location: ['[data-at="job-item-location"]'],
  workplace: ['[data-at="job-item-work-from-home"]'],
  salary: ['[data-at="job-item-salary-info"]', '[data-at="job-item-salary"]'],
} as const;

function country(url: URL): string | null {
  return HOSTS[url.hostname] ?? null;
}

function jobId(url: URL): string | null {
  if (!country(url)) return null;
  return JOB_PATH.exec(url.pathname)?.[1] ?? null;
}

function isSearch(url: URL): boolean {
  return country(url) !== null && SEARCH_PATH.test(url.pathname);
}

function extract(doc: Document, url: URL): JobPosting | null {
  const id = jobId(url);
  if (!id) return null;
  const shown = shownPosting(doc, doc, SELECTORS.title);
  if (!shown) return null;
  const { title: domTitle, structured } = shown;
  const location = visibleTextOf(doc, SELECTORS.location, 300);
  // "Vollzeit, Home Office möglich": the work-type line carries the home-office label too.
  const workType = visibleTextOf(doc, SELECTORS.workType, 100);
  return assemblePosting({ site: 'stepstone', jobKey: `stepstone:${id}`, url: url.href, structured,
    title: domTitle,
    company: visibleTextOf(doc, SELECTORS.company, 200),
    location,
    mode:
      modeFromLabels(textsOf(doc, SELECTORS.workplace, 60)) ??
      modeFromLabels(workType?.split(/\s*,\s*/) ?? []) ??
      modeFromLocation(location),
    payTexts: payTextsOf(doc, SELECTORS.salary, country(url)),
    employmentType: workType,
  });
}

function cardId(card: Element, link: URL | null): string | null {
  const own = /^job-item-(\d{5,12})$/.exec(card.id)?.[1];
  if (own) return own;
  const id = link ? (JOB_PATH.exec(link.pathname)?.[1] ?? null) : null;
  return id && JOB_ID.test(id) ? id : null;
}

function extractCard(card: Element, url: URL): JobCard | null {
  const anchor = firstOf(card, CARD.title);
  const link = hrefOf(anchor, url);
  const id = cardId(card, link);
  const title = visibleTextOf(card, CARD.title, 300);
  if (!anchor || !id || !title) return null;
  const location = visibleTextOf(card, CARD.location, 300);
  const posting = assemblePosting({
    site: 'stepstone', jobKey: `stepstone:${id}`, url: link && country(link) ? `${link.origin}${link.pathname}` : url.href,
      title,
      company: visibleTextOf(card, CARD.company, 200),
      location,
      // "Hamburg, Kiel, Bremen" is one location line on StepStone: several cities of one job.
      locations: location ? location.split(/\s*,\s*/).filter(Boolean) : [],
      mode: modeFromLabels(textsOf(card, CARD.workplace, 60)) ?? modeFromLocation(location),
      payTexts: payTextsOf(card, CARD.salary, country(url)),
      datePosted: card.querySelector('[data-at="job-item-timeago"] time[datetime]')?.getAttribute('datetime') ?? null,
  });
  return posting ? { posting, anchor } : null;
}

export const stepstone: SiteAdapter = adapterShell({
  id: 'stepstone',
  matches: ['https://www.stepstone.de/*', 'https://www.stepstone.at/*', 'https://www.stepstone.be/*', 'https://www.stepstone.nl/*'],
  siteCountry: country,
  isListingPage: isSearch,
  jobKey: (url) => {
    const id = jobId(url);
    return id ? `stepstone:${id}` : null;
  },
  ready: SELECTORS.title[0],
  anchor: SELECTORS.title.join(', '),
  extract,
  cardSelector: CARD_SELECTOR,
  extractCard,
});
