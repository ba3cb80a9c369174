/**
 * Rippling ATS: ats.rippling.com/<company>/jobs/<uuid> (also with a locale prefix,
 * /en-GB/<company>/jobs/<uuid>), the board /<company>/jobs. A Next.js page: server-rendered,
 * with client navigation between postings, so JSON-LD is trusted only for the posting shown.
 *
 * Built from knowledge of Rippling's job pages (JSON-LD JobPosting with baseSalary on many;
 * an h1 title, an icon-labelled location/workplace/employment-type row and a "Pay range"
 * block). No real page was saved.
 */
import { defineAtsAdapter } from './fields';
import { metaContent } from './dom';

const HOST = 'ats.rippling.com';
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const JOB_PATH = new RegExp(`^/(?:[a-z]{2}-[A-Z]{2}/)?([A-Za-z0-9._-]+)/jobs/(${UUID})(?:/apply)?/?$`, 'i');
const BOARD_PATH = /^\/(?:[a-z]{2}-[A-Z]{2}\/)?([A-Za-z0-9._-]+)\/jobs\/?$/;

export const rippling = defineAtsAdapter({
  id: 'rippling',
  matches: ['https://ats.rippling.com/*'],
  parseJob(url) {
    const m = url.hostname === HOST ? JOB_PATH.exec(url.pathname) : null;
    return m ? { id: m[2]!.toLowerCase(), slug: m[1]! } : null;
  },
  isListingPage: (url) => url.hostname === HOST && BOARD_PATH.test(url.pathname),
  ready: 'main h1, h1',
  spa: true,
  selectors: {
    title: ['[data-testid="job-title"]', 'main h1', 'h1'],
    location: ['[data-testid="job-location"]', '[data-icon="LOCATION_OUTLINE"] + *'],
    mode: ['[data-testid="job-workplace-type"]'],
    pay: ['[data-testid="pay-range"]'],
    employmentType: ['[data-testid="job-employment-type"]'],
    fields: ['main', 'body'],
  },
  labels: {
    location: /^locations?$/,
    mode: /^(workplace|workplace type|location type)$/,
    pay: /^(pay range|salary|compensation|pay)\b/,
    employmentType: /^(employment type|job type)$/,
  },
  company: (doc) => metaContent(doc, 'og:site_name'),
  card: {
    selector: 'a[href*="/jobs/"]',
    title: ['p', 'h3', 'h2'],
  },
});
