/**
 * Microsoft Careers: jobs.careers.microsoft.com/<region>/<lang>/job/<id>/<slug> (2023–2025 site,
 * search at /<region>/<lang>/search) and apply.careers.microsoft.com (the 2025 site on Eightfold:
 * /careers/job/<id>, /careers?pid=<id>; /careers without pid is the search). Both are SPAs.
 * The workplace is shown as "Work site: Up to 50% work from home" / "Microsoft on-site only" /
 * "100% work from home"; pay is in the description ("USD $98,300 - $193,200 per year").
 *
 * Built from knowledge of the sites (h1 title; labelled facts Date posted / Job number /
 * Work site / Employment type; Eightfold's .position-title / .position-location). No real page
 * was saved.
 */
import type { WorkMode } from '../schemas';
import { defineAtsAdapter, fieldByLabel } from './fields';

const CLASSIC_HOST = 'jobs.careers.microsoft.com';
const EIGHTFOLD_HOST = 'apply.careers.microsoft.com';
const CLASSIC_JOB = /^\/[a-z]{2,6}\/[a-z]{2}(?:-[a-z]{2})?\/job\/(\d{5,12})(?:\/[^/]*)?\/?$/i;
const CLASSIC_LIST = /^\/[a-z]{2,6}\/[a-z]{2}(?:-[a-z]{2})?\/search\/?$/i;
const EIGHTFOLD_JOB = /^\/careers\/job\/(\d{5,20})\/?$/;

/** Microsoft's "Work site" labels. */
function workSite(text: string | null | undefined): WorkMode | undefined {
  if (!text) return undefined;
  if (/^100% work from home$|^remote/i.test(text)) return 'remote';
  if (/work from home/i.test(text)) return 'hybrid';
  if (/on-?site only|^on-?site$/i.test(text)) return 'onsite';
  return undefined;
}

export const microsoft = defineAtsAdapter({
  id: 'microsoft',
  matches: ['https://jobs.careers.microsoft.com/*', 'https://apply.careers.microsoft.com/*'],
  parseJob(url) {
    if (url.hostname === CLASSIC_HOST) {
      const m = CLASSIC_JOB.exec(url.pathname);
      return m ? { id: m[1]! } : null;
    }
    if (url.hostname === EIGHTFOLD_HOST) {
      const m = EIGHTFOLD_JOB.exec(url.pathname);
      if (m) return { id: m[1]! };
      const pid = /^\/careers\/?$/.test(url.pathname) ? url.searchParams.get('pid') : null;
      return pid && /^\d{5,20}$/.test(pid) ? { id: pid } : null;
    }
    return null;
  },
  isListingPage: (url) =>
    (url.hostname === CLASSIC_HOST && CLASSIC_LIST.test(url.pathname)) ||
    (url.hostname === EIGHTFOLD_HOST && /^\/careers\/?$/.test(url.pathname)),
  ready: 'main h1, h1.position-title, .position-title',
  spa: true,
  selectors: {
    title: ['h1.position-title', '.position-title', 'main h1', 'h1'],
    // the line under the title ("Redmond, Washington, United States + 1 more")
    location: ['.position-location', '[data-testid="job-location"]', 'main h1 + p'],
    pay: ['[data-testid="job-description"]', '.position-job-description', 'main'],
    fields: ['main', 'body'],
  },
  labels: {
    location: /^locations?$/,
    employmentType: /^employment type$/,
  },
  company: () => 'Microsoft',
  override: (_doc, fields) => ({ mode: workSite(fieldByLabel(fields, /^work ?site$/)?.value) }),
  card: {
    selector: '[role="listitem"], .position-card',
    title: ['h2', 'h3', '.position-title'],
    location: ['.position-location'],
  },
});
