/**
 * Darwinbox candidate portals (India): <company>.darwinbox.in (or .darwinbox.com)
 *   /ms/candidate/careers/<id>                      (classic portal)
 *   /ms/candidatev2/main/careers/jobDetails/<id>    (2023 portal)
 * and the lists /ms/candidate/careers, /ms/candidatev2/main/careers/allJobs. An Angular SPA;
 * job ids are hex strings, scoped here by the subdomain.
 *
 * Built from knowledge of Darwinbox's portal (a job header with the title, labelled facts —
 * Location, Employment Type, Experience, Salary/CTC — and job cards linking to the id).
 * No real page was saved.
 */
import { defineAtsAdapter, titleParts } from './fields';
import { metaContent } from './dom';

const HOST = /^([a-z0-9-]+)\.darwinbox\.(in|com)$/i;
const NOT_COMPANIES = new Set(['www', 'api', 'help', 'blog']);
const JOB_PATH = /^\/ms\/candidate(?:v2\/main)?\/careers\/(?:jobDetails\/)?([a-f0-9]{10,32})\/?$/i;
const LIST_PATH = /^\/ms\/candidate(?:v2\/main)?\/careers(?:\/allJobs)?\/?$/i;

function company(url: URL): string | null {
  const m = HOST.exec(url.hostname);
  return m && !NOT_COMPANIES.has(m[1]!.toLowerCase()) ? m[1]!.toLowerCase() : null;
}

export const darwinbox = defineAtsAdapter({
  id: 'darwinbox',
  matches: ['https://*.darwinbox.in/*', 'https://*.darwinbox.com/*'],
  siteCountry: () => 'IN',
  parseJob(url) {
    const c = company(url);
    const m = c ? JOB_PATH.exec(url.pathname) : null;
    return c && m ? { id: m[1]!.toLowerCase(), key: `darwinbox:${c}/${m[1]!.toLowerCase()}`, slug: c } : null;
  },
  isListingPage: (url) => company(url) !== null && LIST_PATH.test(url.pathname),
  ready: '.job-title, .job-details h1, main h1, h1',
  spa: true,
  selectors: {
    title: ['[data-testid="job-title"]', '.job-details h1', '.job-title', 'main h1', 'h1'],
    location: ['[data-testid="job-location"]', '.job-location'],
    fields: ['.job-details', '.job-description-container', 'main', 'body'],
  },
  labels: {
    location: /^(job )?locations?$/,
    mode: /^(work ?mode|workplace( type)?|location type|remote)$/,
    pay: /^(salary|ctc|compensation|pay)\b/,
    employmentType: /^(employment type|job type|employee type)$/,
  },
  company: (doc) => metaContent(doc, 'og:site_name') ?? titleParts(doc, /\s+[-|–]\s+(?!.*\s[-|–]\s)/)?.rest ?? null,
  card: {
    selector: 'a[href*="/careers/"]',
    title: ['.job-title', 'h3', 'h4', 'h2'],
    location: ['.job-location', '[data-testid="job-location"]'],
  },
});
