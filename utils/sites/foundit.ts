/**
 * foundit (formerly Monster India/Gulf/SEA): job pages /job/<slug>-<id> (and /job/<id>) on
 * www.foundit.in, .sg, .my, .ae, .hk. Job pages only; siteCountry from the domain.
 *
 * Built from knowledge of the site's markup, not checked against a saved page: its job pages
 * carry a schema.org JobPosting in JSON-LD, read first; the DOM fallback uses the heading and
 * the job-header fields matched on the stable part of their class names.
 */
import type { JobPosting } from '../schemas';
import { adapterShell, assemblePosting, modeFromLabels, modeFromLocation, payTextsOf, shownPosting, textsOf, visibleTextOf } from './fields';
import type { SiteAdapter } from './types';

const HOSTS: Record<string, string> = {
  'www.foundit.in': 'IN',
  'www.foundit.sg': 'SG',
  'www.foundit.my': 'MY',
  'www.foundit.ae': 'AE',
  'www.foundit.hk': 'HK',
};
/** /job/<slug>-<id> or /job/<id>; the id is numeric */
const JOB_PATH = /^\/job\/(?:[a-z0-9-]*?-)?(\d{5,12})\/?$/i;

const SELECTORS = {
  title: ['[data-testid="job-title"]', '.jdTitle', '[class*="jobTitle"] h1', 'main h1', 'h1'],
  company: ['[data-testid="company-name"]', '.jdCompanyName', '[class*="companyName"] a', '[class*="companyName"]'],
  location: ['[data-testid="job-location"]', '[class*="jobLocation"]', '[class*="location"] a', '[class*="location"]'],
  salary: ['[data-testid="job-salary"]', '[class*="salary"]'],
  workplace: ['[data-testid="work-mode"]', '[class*="workMode"]', '[class*="wfh"]'],
} as const;

function country(url: URL): string | null {
  return HOSTS[url.hostname] ?? null;
}

function jobId(url: URL): string | null {
  if (!country(url)) return null;
  return JOB_PATH.exec(url.pathname)?.[1] ?? null;
}

function extract(doc: Document, url: URL): JobPosting | null {
  const id = jobId(url);
  if (!id) return null;
  const shown = shownPosting(doc, doc, SELECTORS.title);
  if (!shown) return null;
  const { title: domTitle, structured } = shown;
  const location = visibleTextOf(doc, SELECTORS.location, 300);
  return assemblePosting({ site: 'foundit', jobKey: `foundit:${id}`, url: url.href, structured,
    title: domTitle,
    company: visibleTextOf(doc, SELECTORS.company, 200),
    location,
    mode: modeFromLabels(textsOf(doc, SELECTORS.workplace, 60)) ?? modeFromLocation(location),
    payTexts: payTextsOf(doc, SELECTORS.salary, country(url)),
  });
}

export const foundit: SiteAdapter = adapterShell({
  id: 'foundit',
  matches: ['https://www.foundit.in/*', 'https://www.foundit.sg/*', 'https://www.foundit.my/*', 'https://www.foundit.ae/*', 'https://www.foundit.hk/*'],
  siteCountry: country,
  isListingPage: () => false,
  jobKey: (url) => {
    const id = jobId(url);
    return id ? `foundit:${id}` : null;
  },
  ready: 'h1',
  anchor: SELECTORS.title.join(', '),
  extract,
});
