/**
 * Personio job pages: <company>.jobs.personio.de/job/<id> and <company>.jobs.personio.com/job/<id>
 * (ids are per company, so the jobKey carries the subdomain), the list at the site root.
 *
 * Built from knowledge of Personio's job pages (JSON-LD JobPosting; an h1 with a detail line
 * "Full-time · Permanent · Berlin"; the list as links to /job/<id>). No real page was saved.
 */
import { defineAtsAdapter, titleParts } from './fields';
import { metaContent } from './dom';

const HOST = /^([a-z0-9-]+)\.jobs\.personio\.(de|com)$/i;
const JOB_PATH = /^\/job\/(\d{3,12})\/?$/;

function company(url: URL): string | null {
  const m = HOST.exec(url.hostname);
  return m ? m[1]!.toLowerCase() : null;
}

export const personio = defineAtsAdapter({
  id: 'personio',
  matches: ['https://*.jobs.personio.de/*', 'https://*.jobs.personio.com/*'],
  parseJob(url) {
    const c = company(url);
    const m = c ? JOB_PATH.exec(url.pathname) : null;
    return c && m ? { id: m[1]!, key: `personio:${c}/${m[1]!}`, slug: c } : null;
  },
  isListingPage: (url) => company(url) !== null && /^\/(search)?\/?$/.test(url.pathname),
  ready: 'main h1, h1',
  selectors: {
    title: ['[data-test-id="job-title"]', 'main h1', 'h1'],
    location: ['[data-test-id="job-location"]'],
    fields: ['main', 'body'],
  },
  labels: {
    location: /^(office|location|standort)s?$/,
    mode: /^(remote|workplace|arbeitsort)$/,
    pay: /^(salary|gehalt|compensation)\b/,
    employmentType: /^(employment type|schedule|beschäftigungsart)$/,
  },
  company: (doc) => metaContent(doc, 'og:site_name') ?? titleParts(doc, /\s+[-|–]\s+(?!.*\s[-|–]\s)/)?.rest ?? null,
  card: {
    selector: 'a[href*="/job/"]',
    title: ['[data-test-id="job-title"]', 'h3', 'h2'],
    location: ['[data-test-id="job-location"]', '.job-location'],
  },
});
