/**
 * Glassdoor: job pages /job-listing/<slug>.htm?jl=<id>, search pages /Job/…-jobs-SRCH_….htm and
 * company job lists /Jobs/<Co>-Jobs-E<id>.htm (the right pane shows `jl`/`jobListingId`), on the
 * country domains (glassdoor.com, .co.in, .co.uk, .de, .ca, .com.au, …). Pay shown as
 * "$120K - $150K (Employer est.)" or "(Glassdoor est.)" carries the "estimate" flag.
 *
 * Checked against a real page only for a Cloudflare challenge served on a search URL
 * (../shared/fixtures/glassdoor), which must yield nothing. The job page (data-test attributes,
 * JobDetails_* / EmployerProfile_* CSS-module classes) and the result cards
 * (li[data-test=jobListing], react-job-listing before 2023) are built from knowledge of the
 * site's markup.
 */
import type { JobPosting, PayText } from '../schemas';
import { adapterShell, assemblePosting, firstOf, hrefOf, leafTexts, modeFromLabels, modeFromLocation, payTextsOf, trustedStructured, visibleTextOf } from './fields';
import { cleanText } from './dom';
import { jsonLdPosting } from './structured-data';
import type { JobCard, SiteAdapter } from './types';

/** glassdoor.<tld> → ISO country (www.glassdoor.com is the US site). */
const TLD_COUNTRY: Record<string, string> = {
  com: 'US', 'co.in': 'IN', 'co.uk': 'GB', de: 'DE', ca: 'CA', 'com.au': 'AU', fr: 'FR', ie: 'IE', nl: 'NL',
  sg: 'SG', 'co.nz': 'NZ', 'com.br': 'BR', 'com.mx': 'MX', es: 'ES', it: 'IT', at: 'AT', ch: 'CH', be: 'BE', 'com.hk': 'HK',
};
const HOST = /^(?:(?:www|[a-z]{2})\.)?glassdoor\.([a-z.]+)$/;
const JOB_PATH = /^\/job-listing\/[^/]+\.htm$/i;
const SEARCH_PATH = /^\/(?:Job\/[^/]*(?:-jobs-SRCH_[^/]*|jobs)\.htm|Jobs\/[^/]+-Jobs-E\d+(?:_[^/]*)?\.htm)$/;
const JOB_ID = /^\d{6,20}$/;

const SELECTORS = {
  details: ['[data-test="job-details"]', '[class*="JobDetails_jobDetailsContainer"]', '#JDCol'],
  title: ['[data-test="job-title"]', 'h1[id^="jd-job-title"]', '[class*="JobDetails_jobTitle"]', 'main h1'],
  company: ['[data-test="employer-name"]', '[class*="EmployerProfile_employerName"]', '[data-test="employerName"]'],
  location: ['[data-test="location"]', '[class*="JobDetails_location"]'],
  salary: ['[data-test="detailSalary"]', '[class*="JobDetails_salaryEstimate"]', '[class*="SalaryEstimate_salaryRange"]', '[data-test="salary-estimate"]'],
  header: ['[class*="JobDetails_jobDetailsHeader"]', 'header'],
} as const;

/** li[data-test=jobListing] (2023+); li.react-job-listing (2019–2022, legacy) */
const CARD_SELECTOR = 'li[data-test="jobListing"], li.react-job-listing';
/** the job's own title on job pages and in the search page's details pane (not on cards) */
const PANE_TITLE = 'h1[id^="jd-job-title"], [data-test="job-details"] [data-test="job-title"], [class*="JobDetails_jobTitle"]';

const CARD = {
  title: ['a[data-test="job-title"]', '[class*="JobCard_jobTitle"]', 'a[data-test="job-link"] span', 'a.jobLink span' /* 2019–2022 */, 'a.jobLink'],
  company: ['[class*="EmployerProfile_compactEmployerName"]', '[data-test="employer-short-name"]', '[class*="EmployerProfile_employerName"]', '.jobEmpolyerName', '.job-search-key-l2wjgv'],
  location: ['[data-test="emp-location"]', '[class*="JobCard_location"]', '.loc'],
  salary: ['[data-test="detailSalary"]', '[class*="JobCard_salaryEstimate"]', '.salaryEstimate'],
  link: ['a[data-test="job-title"]', 'a[data-test="job-link"]', 'a.jobLink', 'a[href*="jl="]'],
} as const;

function country(url: URL): string | null {
  const m = HOST.exec(url.hostname);
  return m ? (TLD_COUNTRY[m[1]!] ?? null) : null;
}

function isGlassdoor(url: URL): boolean {
  return country(url) !== null;
}

function idParam(url: URL): string | null {
  const id = url.searchParams.get('jl') ?? url.searchParams.get('jobListingId');
  return id && JOB_ID.test(id) ? id : null;
}

function isSearch(url: URL): boolean {
  return isGlassdoor(url) && SEARCH_PATH.test(url.pathname);
}

function jobId(url: URL): string | null {
  if (!isGlassdoor(url)) return null;
  if (JOB_PATH.test(url.pathname) || SEARCH_PATH.test(url.pathname)) return idParam(url);
  return null;
}

/** "Acme Corp 4.1 ★" → "Acme Corp" (the rating sits inside the employer element). */
function companyName(text: string | null): string | null {
  return cleanText(text?.replace(/\s*\d(?:[.,]\d)?\s*★?\s*$/, ''), 200);
}

/** Glassdoor pay is an estimate when it says so: "(Employer est.)", "(Glassdoor est.)". */
function flagEstimate(pays: PayText[]): PayText[] {
  return pays.map((pay) => (pay.flags.includes('estimate') || !/\best\.|\bestimate/i.test(pay.text) ? pay : { ...pay, flags: [...pay.flags, 'estimate'] }));
}

function extract(doc: Document, url: URL): JobPosting | null {
  const id = jobId(url);
  if (!id) return null;
  // On search pages only the details pane is read (the list's cards carry the same data-test).
  const details = JOB_PATH.test(url.pathname) ? doc : firstOf(doc, SELECTORS.details);
  if (!details) return null;
  const domTitle = visibleTextOf(details, SELECTORS.title, 300);
  const structured = JOB_PATH.test(url.pathname) ? trustedStructured(jsonLdPosting(doc), { title: domTitle }) : null;
  if (!domTitle && !structured) return null;
  const location = visibleTextOf(details, SELECTORS.location, 300);
  return assemblePosting({ site: 'glassdoor', jobKey: `glassdoor:${id}`, url: url.href, structured,
    title: domTitle,
    company: companyName(visibleTextOf(details, SELECTORS.company, 200)),
    location,
    mode: modeFromLocation(location) ?? modeFromLabels(leafTexts(firstOf(details, SELECTORS.header), 100)),
    payTexts: flagEstimate(payTextsOf(details, SELECTORS.salary, country(url))),
  });
}

function cardId(card: Element, link: URL | null): string | null {
  for (const attr of ['data-jobid', 'data-id', 'data-job-id']) {
    const v = card.getAttribute(attr);
    if (v && JOB_ID.test(v)) return v;
  }
  return link ? idParam(link) : null;
}

function extractCard(card: Element, url: URL): JobCard | null {
  const linkEl = firstOf(card, CARD.link);
  const link = hrefOf(linkEl, url);
  const id = cardId(card, link);
  const anchor = firstOf(card, CARD.title);
  const title = visibleTextOf(card, CARD.title, 300) ?? cleanText(card.getAttribute('data-normalize-job-title'), 300);
  if (!id || !anchor || !title) return null;
  const location = visibleTextOf(card, CARD.location, 300) ?? cleanText(card.getAttribute('data-job-loc'), 300);
  const jobUrl = link && isGlassdoor(link) && JOB_PATH.test(link.pathname) ? link.href : `${url.origin}/job-listing/j.htm?jl=${id}`;
  const posting = assemblePosting({
    site: 'glassdoor', jobKey: `glassdoor:${id}`, url: jobUrl,
      title,
      company: companyName(visibleTextOf(card, CARD.company, 200)),
      location,
      mode: modeFromLocation(location),
      payTexts: flagEstimate(payTextsOf(card, CARD.salary, country(url))),
  });
  return posting ? { posting, anchor } : null;
}

export const glassdoor: SiteAdapter = adapterShell({
  id: 'glassdoor',
  matches: ['https://*.glassdoor.com/*', 'https://*.glassdoor.co.in/*', 'https://*.glassdoor.co.uk/*', 'https://*.glassdoor.de/*', 'https://*.glassdoor.ca/*', 'https://*.glassdoor.com.au/*', 'https://*.glassdoor.fr/*', 'https://*.glassdoor.ie/*', 'https://*.glassdoor.nl/*', 'https://*.glassdoor.sg/*', 'https://*.glassdoor.co.nz/*', 'https://*.glassdoor.com.br/*', 'https://*.glassdoor.com.mx/*', 'https://*.glassdoor.es/*', 'https://*.glassdoor.it/*', 'https://*.glassdoor.at/*', 'https://*.glassdoor.ch/*', 'https://*.glassdoor.be/*', 'https://*.glassdoor.com.hk/*'],
  siteCountry: country,
  isListingPage: isSearch,
  jobKey: (url) => {
    const id = jobId(url);
    return id ? `glassdoor:${id}` : null;
  },
  // Never a selector the result cards match: querySelector takes the first match in page order.
  ready: PANE_TITLE,
  anchor: PANE_TITLE,
  extract,
  cardSelector: CARD_SELECTOR,
  extractCard,
});
