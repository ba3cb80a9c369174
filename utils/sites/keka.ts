/**
 * Keka Hire career pages (India): <company>.keka.com/careers/jobdetails/<id>, the board
 * /careers. An Angular SPA: the posting renders late. Job ids are per company, so the jobKey
 * carries the subdomain. Pay shown in India is usually "₹ x - y LPA" / CTC.
 *
 * Built from knowledge of Keka's careers portal (a job header with the title, a row of labelled
 * facts — Location, Employment type / Job type, Experience, Work mode — and job cards linking to
 * /careers/jobdetails/<id>). No real page was saved.
 */
import { defineAtsAdapter, titleParts } from './fields';
import { metaContent } from './dom';

const HOST = /^([a-z0-9-]+)\.keka\.com$/i;
const NOT_COMPANIES = new Set(['www', 'app', 'help', 'api', 'developers']);
const JOB_PATH = /^\/careers\/jobdetails\/(\d{1,10})\/?$/i;

function company(url: URL): string | null {
  const m = HOST.exec(url.hostname);
  return m && !NOT_COMPANIES.has(m[1]!.toLowerCase()) ? m[1]!.toLowerCase() : null;
}

export const keka = defineAtsAdapter({
  id: 'keka',
  matches: ['https://*.keka.com/*'],
  siteCountry: () => 'IN',
  parseJob(url) {
    const c = company(url);
    const m = c ? JOB_PATH.exec(url.pathname) : null;
    return c && m ? { id: m[1]!, key: `keka:${c}/${m[1]!}`, slug: c } : null;
  },
  isListingPage: (url) => company(url) !== null && /^\/careers\/?$/i.test(url.pathname),
  ready: '.job-details h1, .job-title, main h1, h1',
  spa: true,
  selectors: {
    title: ['[data-testid="job-title"]', '.job-details h1', '.job-title', 'main h1', 'h1'],
    location: ['[data-testid="job-location"]', '.job-location'],
    company: ['.company-name'],
    fields: ['.job-details', 'main', 'body'],
  },
  labels: {
    location: /^(job )?locations?$/,
    mode: /^(work ?mode|workplace( type)?|location type|remote)$/,
    pay: /^(salary|ctc|compensation|pay)\b/,
    employmentType: /^(employment type|job type)$/,
  },
  company: (doc) => metaContent(doc, 'og:site_name') ?? titleParts(doc, /\s+[-|–]\s+(?!.*\s[-|–]\s)/)?.rest ?? null,
  card: {
    selector: 'a[href*="/careers/jobdetails/"]',
    title: ['h3', 'h4', 'h2', '.job-title'],
    location: ['.job-location', '[data-testid="job-location"]'],
  },
});
