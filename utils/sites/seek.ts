/**
 * SEEK (au.seek.com and nz.seek.com since 2025; www.seek.com.au, www.seek.co.nz before): job pages /job/<id>, and search pages
 * (/<keyword>-jobs, /<keyword>-jobs/in-<place>, /jobs?keywords=…) whose split view shows the job
 * in `jobId`. SEEK marks its markup with data-automation attributes, stable for years.
 *
 * Checked against a real saved page: a 2019 search result page (../shared/fixtures/seek:
 * article[data-automation=normalJob] cards with jobTitle/jobCompany/jobLocation/jobArea/jobSalary).
 * And the current job page (au.seek.com/job/<id>, browser-saved 2026): hashed class names, no
 * JobPosting JSON-LD (only a WebSite SearchAction), data-automation job-detail-title /
 * advertiser-name / job-detail-location ("<a>Melbourne VIC</a> (Remote)") / job-detail-work-type;
 * "job-detail-add-expected-salary" is a sign-in prompt, not pay. The split-view pane and
 * job-detail-salary are built from knowledge of the site's markup.
 */
import type { JobPosting } from '../schemas';
import {
  hrefOf,
  assemblePosting,
  collectCards,
  firstOf,
  modeFromLabels,
  modeFromLocation,
  payTextsOf,
  trustedStructured,
  textsOf,
  visibleText,
  visibleTextOf,
} from './fields';
import { cleanText } from './dom';
import { jsonLdPosting } from './structured-data';
import type { JobCard, SiteAdapter } from './types';

/** host → market; au./nz.seek.com checked 2026, the .com.au/.co.nz hosts still redirect there */
const HOSTS: Record<string, string> = {
  'au.seek.com': 'AU',
  'nz.seek.com': 'NZ',
  'www.seek.com.au': 'AU',
  'seek.com.au': 'AU',
  'www.seek.co.nz': 'NZ',
  'seek.co.nz': 'NZ',
};
const JOB_PATH = /^\/job\/(\d{5,12})\/?$/;
const SEARCH_PATH = /^\/(?:[a-z0-9-]+-)?jobs(?:-in-[a-z0-9-]+)?(?:\/[a-z0-9&%'-]+){0,3}\/?$/i;
const JOB_ID = /^\d{5,12}$/;

const SELECTORS = {
  details: ['[data-automation="splitViewJobDetailsWrapper"]', '[data-automation="jobDetailsPage"]'],
  // job-detail-* only: the result cards beside the split-view pane use jobTitle/jobCompany/…
  // job-detail-title, advertiser-name, job-detail-location, job-detail-work-type: checked 2026
  title: ['[data-automation="job-detail-title"]', '[data-automation="job-title"]'],
  company: ['[data-automation="advertiser-name"]'],
  location: ['[data-automation="job-detail-location"]'],
  salary: ['[data-automation="job-detail-salary"]'],
  workplace: ['[data-automation="job-detail-work-arrangement"]', '[data-automation="job-detail-workplace"]'],
  workType: ['[data-automation="job-detail-work-type"]'],
} as const;

/**
 * data-automation normalJob/premiumJob (2019 and since); data-card-type=JobCard (2023+);
 * data-automation=jobCard (named in public scrapers' SEEK selector notes of 2025, not seen in a capture)
 */
const CARD_SELECTOR =
  'article[data-automation="normalJob"], article[data-automation="premiumJob"], article[data-card-type="JobCard"], article[data-automation="jobCard"]';

const CARD = {
  title: ['a[data-automation="jobTitle"]', '[data-automation="jobTitle"]'],
  company: ['[data-automation="jobCompany"]', '[data-automation="advertiser-name"]'],
  /** "Sydney" + area "Parramatta & Western Suburbs" → "Sydney, Parramatta & Western Suburbs" */
  location: ['[data-automation="jobLocation"], [data-automation="jobArea"], [data-automation="jobSuburb"]'],
  salary: ['[data-automation="jobSalary"]'],
  workplace: ['[data-automation="jobWorkArrangement"]', '[data-testid="work-arrangement"]'],
  date: ['[data-automation="jobListingDate"]'],
} as const;

function country(url: URL): string | null {
  return HOSTS[url.hostname] ?? null;
}

function isSearch(url: URL): boolean {
  return country(url) !== null && SEARCH_PATH.test(url.pathname);
}

function jobId(url: URL): string | null {
  if (!country(url)) return null;
  const page = JOB_PATH.exec(url.pathname)?.[1];
  if (page) return page;
  const pane = SEARCH_PATH.test(url.pathname) ? url.searchParams.get('jobId') : null;
  return pane && JOB_ID.test(pane) ? pane : null;
}

function extract(doc: Document, url: URL): JobPosting | null {
  const id = jobId(url);
  if (!id) return null;
  const onPage = JOB_PATH.test(url.pathname);
  const details = onPage ? doc : (firstOf(doc, SELECTORS.details) ?? doc);
  const domTitle = visibleTextOf(details, SELECTORS.title, 300);
  const structured = onPage ? trustedStructured(jsonLdPosting(doc), { title: domTitle }) : null;
  if (!domTitle && !structured) return null;
  const location = visibleTextOf(details, SELECTORS.location, 300);
  return assemblePosting({ site: 'seek', jobKey: `seek:${id}`, url: url.href, structured,
    title: domTitle,
    company: visibleTextOf(details, SELECTORS.company, 200),
    location,
    mode: modeFromLabels(textsOf(details, SELECTORS.workplace, 60)) ?? modeFromLocation(location),
    payTexts: payTextsOf(details, SELECTORS.salary, country(url)),
    employmentType: visibleTextOf(details, SELECTORS.workType, 100),
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
  const title = visibleTextOf(card, CARD.title, 300) ?? cleanText(card.getAttribute('aria-label'), 300);
  if (!anchor || !id || !title) return null;
  const places = textsOf(card, CARD.location, 150, 6);
  const location = places.length ? places.join(', ') : null;
  const posting = assemblePosting({
    site: 'seek', jobKey: `seek:${id}`, url: `${url.origin}/job/${id}`,
      title,
      company: visibleTextOf(card, CARD.company, 200),
      location,
      locations: location ? [location] : [],
      // "Melbourne VIC (Hybrid)": the workplace label follows the location link.
      mode:
        modeFromLabels(textsOf(card, CARD.workplace, 60)) ??
        modeFromLocation(location) ??
        modeFromLocation(visibleText(firstOf(card, CARD.location)?.parentElement, 200)),
      payTexts: payTextsOf(card, CARD.salary, country(url)),
  });
  return posting ? { posting, anchor } : null;
}

export const seek: SiteAdapter = {
  id: 'seek',
  priority: 10,
  matches: ['https://au.seek.com/*', 'https://nz.seek.com/*', 'https://www.seek.com.au/*', 'https://www.seek.co.nz/*'],
  siteCountry: country,
  isJobPage: (url) => jobId(url) !== null,
  isListingPage: isSearch,
  jobKey: (url) => {
    const id = jobId(url);
    return id ? `seek:${id}` : null;
  },
  ready: SELECTORS.title.slice(0, 1).join(', '),
  anchor: SELECTORS.title.slice(0, 1).join(', '),
  extract,
  cardSelector: CARD_SELECTOR,
  extractCard,
  extractCards: (doc, url) => collectCards(doc, CARD_SELECTOR, (card) => extractCard(card, url)),
};
