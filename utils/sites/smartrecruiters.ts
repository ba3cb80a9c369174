/**
 * SmartRecruiters: job ads at jobs.smartrecruiters.com/<Company>/<posting id>-<slug> (ids are
 * 12–16 digits, unique across companies), company boards at careers.smartrecruiters.com/<Company>
 * (jobs.smartrecruiters.com/<Company> redirects there).
 *
 * Built from knowledge of the site's markup: the job ad is schema.org microdata
 * (itemtype JobPosting: itemprop title, hiringOrganization, datePosted, jobLocation/address,
 * employmentType) with h1.job-title, <spl-job-location formattedaddress="…"> and
 * li.job-detail labels; board cards are li.opening-job with h4.job-title. No real page was saved.
 */
import type { JobPosting } from '../schemas';
import { adapterShell, assemblePosting, attrOf, hrefOf, modeFromLabels, prettifySlug, elementPayText, spacedTextOf, textsOf } from './fields';
import { cleanText, metaContent, textOf } from './dom';
import { structuredPosting } from './structured-data';
import type { JobCard, SiteAdapter } from './types';

const HOSTS = /^(jobs|careers)\.smartrecruiters\.com$/;
const JOB_PATH = /^\/([A-Za-z0-9._-]+)\/(\d{10,20})(?:-[^/]*)?\/?$/;
const BOARD_PATH = /^\/([A-Za-z0-9._-]+)\/?$/;
const NOT_COMPANIES = new Set(['oneclick-ui', 'sr-jobs', 'search', 'api', 'login']);

/** Selectors, most stable first (microdata is read by structuredPosting before these). */
const SELECTORS = {
  title: ['h1[itemprop="title"]', 'h1.job-title', 'main h1'],
  location: ['spl-job-location[formattedaddress]'],
  locationText: ['[itemprop="jobLocation"]', '.job-location', '.job-details .job-detail:first-child'],
  details: ['.job-details li', '.job-detail', 'ul.job-details > *'],
  company: ['[itemprop="hiringOrganization"] [itemprop="name"]'],
  pay: ['.job-salary', '[data-test="job-salary"]', '.salary'],
  /** pay is usually written in the job ad's text */
  description: ['[itemprop="description"]', '.job-sections'],
} as const;
const READY = 'h1.job-title, h1[itemprop="title"], main h1';
const CARD_SELECTOR = 'li.opening-job, .opening-job';

function jobId(url: URL): { company: string; id: string } | null {
  if (!HOSTS.test(url.hostname)) return null;
  const m = JOB_PATH.exec(url.pathname);
  if (!m || NOT_COMPANIES.has(m[1]!.toLowerCase())) return null;
  return { company: m[1]!, id: m[2]! };
}

function companyOf(doc: Document): string | null {
  return textOf(doc, SELECTORS.company, 200) ?? metaContent(doc, 'og:site_name');
}

export function extractSmartRecruitersCard(card: Element, url: URL): JobCard | null {
  const link = card.localName === 'a' ? card : card.querySelector('a[href]');
  const target = hrefOf(link, url);
  const id = target ? jobId(target) : null;
  const titleEl = card.querySelector('.job-title, h4, h3');
  const title = cleanText(titleEl?.textContent, 300);
  if (!id || !titleEl || !title) return null;
  const location = attrOf(card, SELECTORS.location, 'formattedaddress') ?? textOf(card, ['.job-desc', '.details-desc'], 300);
  const posting = assemblePosting({
    site: 'smartrecruiters',
    jobKey: `smartrecruiters:${id.id}`,
    url: target!.href,
    title,
    company: companyOf(card.ownerDocument),
    companyFallback: prettifySlug(id.company),
    location,
    mode: modeFromLabels(textsOf(card, ['.job-desc', '.details-desc'], 200, 10)),
  });
  return posting ? { posting, anchor: titleEl } : null;
}

export const smartrecruiters: SiteAdapter = adapterShell({
  id: 'smartrecruiters',
  matches: ['https://jobs.smartrecruiters.com/*', 'https://careers.smartrecruiters.com/*'],
  isListingPage: (url) => {
    const m = HOSTS.test(url.hostname) ? BOARD_PATH.exec(url.pathname) : null;
    return !!m && !NOT_COMPANIES.has(m[1]!.toLowerCase());
  },
  jobKey: (url) => {
    const id = jobId(url);
    return id ? `smartrecruiters:${id.id}` : null;
  },
  ready: READY,
  anchor: READY,
  cardSelector: CARD_SELECTOR,
  extractCard: extractSmartRecruitersCard,
  extract(doc, url): JobPosting | null {
    const id = jobId(url);
    if (!id) return null;
    const structured = structuredPosting(doc);
    const details = textsOf(doc, SELECTORS.details, 200, 20);
    return assemblePosting({
      site: 'smartrecruiters',
      jobKey: `smartrecruiters:${id.id}`,
      url,
      structured,
      title: textOf(doc, SELECTORS.title, 300),
      company: companyOf(doc),
      companyFallback: prettifySlug(id.company),
      location: attrOf(doc, SELECTORS.location, 'formattedaddress') ?? textOf(doc, SELECTORS.locationText, 300),
      mode: modeFromLabels(details),
      payText: spacedTextOf(doc, SELECTORS.pay, 500),
      pay: (country) => elementPayText(doc.querySelector(SELECTORS.description.join(', ')), country),
    });
  },
});
