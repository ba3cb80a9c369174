/**
 * Instahyre (www.instahyre.com): job pages /job-<id>-<slug>/. Job pages only; Indian site.
 *
 * Built from knowledge of the site's markup, not checked against a saved page: the public job
 * page carries a schema.org JobPosting in JSON-LD, read first; the DOM fallback reads the
 * heading ("<Title> at <Company>" when the company is not shown apart) and the job-info fields.
 */
import type { JobPosting } from '../schemas';
import { adapterShell, assemblePosting, modeFromLabels, modeFromLocation, payTextsOf, textsOf, trustedStructured, visibleTextOf } from './fields';
import { cleanText } from './dom';
import { jsonLdPosting } from './structured-data';
import type { SiteAdapter } from './types';

const HOST = /^(?:www\.)?instahyre\.com$/;
const JOB_PATH = /^\/job-(\d{3,10})-[a-z0-9-]+\/?$/i;

const SELECTORS = {
  title: ['[data-testid="job-title"]', '.job-title', 'main h1', 'h1'],
  company: ['[data-testid="company-name"]', '.company-name', '.employer-name', 'a[href^="/employer/"]'],
  location: ['[data-testid="job-locations"]', '.job-locations', '.job-location', '.locations'],
  salary: ['[data-testid="job-salary"]', '.job-salary', '.salary'],
  workplace: ['.work-mode', '.job-type'],
} as const;

function jobId(url: URL): string | null {
  if (!HOST.test(url.hostname)) return null;
  return JOB_PATH.exec(url.pathname)?.[1] ?? null;
}

/** "Backend Engineer at Acme" → title and company, when the page shows them together. */
function splitHeading(text: string | null): { title: string | null; company: string | null } {
  const m = text ? /^(.{2,200}?)\s+at\s+(.{2,120})$/.exec(text) : null;
  return m ? { title: cleanText(m[1], 300), company: cleanText(m[2], 200) } : { title: text, company: null };
}

function extract(doc: Document, url: URL): JobPosting | null {
  const id = jobId(url);
  if (!id) return null;
  const heading = visibleTextOf(doc, SELECTORS.title, 300);
  const company = visibleTextOf(doc, SELECTORS.company, 200);
  const parts = company ? { title: heading, company } : splitHeading(heading);
  const structured = trustedStructured(jsonLdPosting(doc), { title: parts.title });
  if (!parts.title && !structured) return null;
  const location = visibleTextOf(doc, SELECTORS.location, 300);
  return assemblePosting({ site: 'instahyre', jobKey: `instahyre:${id}`, url: url.href, structured,
    title: parts.title,
    company: parts.company,
    location,
    mode: modeFromLabels(textsOf(doc, SELECTORS.workplace, 60)) ?? modeFromLocation(location),
    payTexts: payTextsOf(doc, SELECTORS.salary, 'IN'),
  });
}

export const instahyre: SiteAdapter = adapterShell({
  id: 'instahyre',
  matches: ['https://www.instahyre.com/*'],
  siteCountry: () => 'IN',
  isListingPage: () => false,
  jobKey: (url) => {
    const id = jobId(url);
    return id ? `instahyre:${id}` : null;
  },
  ready: 'h1',
  anchor: SELECTORS.title.join(', '),
  extract,
});
