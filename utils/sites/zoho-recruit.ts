/**
 * Zoho Recruit career portals: <company>.zohorecruit.com/jobs/Careers/<id>/<slug> (also
 * .zohorecruit.in, .eu, .com.au), the list /jobs/Careers. Job ids are long numbers (global).
 * The posting shows a labelled field list (Job Type, Industry, Salary, City, State/Province,
 * Country, Remote Job) — the location is assembled from City / State / Country when there is no
 * single Location field.
 *
 * Built from knowledge of Zoho Recruit's careers portal (JSON-LD JobPosting on recent templates,
 * an h1 title, the field list as label/value pairs). No real page was saved.
 */
import { defineAtsAdapter, fieldByLabel, titleParts } from './fields';
import { metaContent } from './dom';

const HOST = /^([a-z0-9-]+)\.zohorecruit\.(com|in|eu|com\.au|jp|com\.cn)$/i;
const JOB_PATH = /^\/jobs\/Careers\/(\d{6,24})(?:\/[^/]*)?\/?$/i;
const LIST_PATH = /^\/(jobs\/Careers|careers)\/?$/i;

function company(url: URL): string | null {
  const m = HOST.exec(url.hostname);
  return m && m[1] !== 'www' ? m[1]!.toLowerCase() : null;
}

export const zohoRecruit = defineAtsAdapter({
  id: 'zoho-recruit',
  matches: ['https://*.zohorecruit.com/*', 'https://*.zohorecruit.in/*', 'https://*.zohorecruit.eu/*', 'https://*.zohorecruit.com.au/*'],
  siteCountry: (url) => (/\.zohorecruit\.in$/i.test(url.hostname) ? 'IN' : null),
  parseJob(url) {
    const c = company(url);
    const m = c ? JOB_PATH.exec(url.pathname) : null;
    return c && m ? { id: m[1]!, slug: c } : null;
  },
  isListingPage: (url) => company(url) !== null && LIST_PATH.test(url.pathname),
  ready: '#jobTitle, .job-title, main h1, h1',
  selectors: {
    title: ['#jobTitle', '[data-testid="job-title"]', '.job-title', 'main h1', 'h1'],
    fields: ['#jobdetails', '.job-details', 'main', 'body'],
  },
  labels: {
    location: /^(job )?locations?$/,
    mode: /^(workplace|work ?mode|location type)$/,
    pay: /^(salary|pay|compensation|ctc)\b/,
    employmentType: /^(job type|employment type)$/,
  },
  override(_doc, fields) {
    const parts = [/^city$/, /^(state|state\/province|province)$/, /^country$/]
      .map((re) => fieldByLabel(fields, re)?.value)
      .filter((v): v is string => !!v);
    const remote = fieldByLabel(fields, /^remote( job)?$/)?.value;
    return {
      location: fieldByLabel(fields, /^(job )?locations?$/) ? undefined : parts.join(', ') || undefined,
      mode: remote && /^(yes|true|checked)$/i.test(remote) ? 'remote' : undefined,
    };
  },
  company: (doc) => metaContent(doc, 'og:site_name') ?? titleParts(doc, /\s+[-|–]\s+(?!.*\s[-|–]\s)/)?.rest ?? null,
  card: {
    selector: 'a[href*="/jobs/Careers/"]',
    title: ['h3', 'h2', 'span'],
  },
});
