/**
 * JazzHR career pages: <company>.applytojob.com/apply/<id>/<slug> (ids are global, e.g.
 * "UDW4BwOqBc"), the board /apply (and /apply/jobs).
 *
 * Built from knowledge of JazzHR's "applytojob" pages (JSON-LD JobPosting; .job-header h1 with
 * ul.job-attributes-list items titled Location / Type / Department; the board's .list-group-item
 * links). No real page was saved.
 */
import { defineAtsAdapter } from './fields';
import { metaContent } from './dom';

const HOST = /^([a-z0-9-]+)\.applytojob\.com$/i;
const JOB_PATH = /^\/apply\/([A-Za-z0-9]{6,16})(?:\/[^/]*)?\/?$/;
const NOT_IDS = new Set(['jobs', 'job']);

function company(url: URL): string | null {
  const m = HOST.exec(url.hostname);
  return m && m[1] !== 'www' ? m[1]!.toLowerCase() : null;
}

export const jazzhr = defineAtsAdapter({
  id: 'jazzhr',
  matches: ['https://*.applytojob.com/*'],
  parseJob(url) {
    const c = company(url);
    const m = c ? JOB_PATH.exec(url.pathname) : null;
    return c && m && !NOT_IDS.has(m[1]!.toLowerCase()) ? { id: m[1]!, slug: c } : null;
  },
  isListingPage: (url) => company(url) !== null && /^\/apply(\/jobs)?\/?$/.test(url.pathname),
  ready: '.job-header h1, #resumator-job-title, main h1, h1',
  selectors: {
    title: ['.job-header h1', '#resumator-job-title', 'main h1', 'h1'],
    location: ['.job-attributes-list [title="Location"]', '#resumator-job-location'],
    mode: ['.job-attributes-list [title="Remote"]', '.job-attributes-list [title="Workplace"]'],
    pay: ['.job-attributes-list [title="Salary"]', '.job-attributes-list [title="Pay"]', '#resumator-job-salary'],
    employmentType: ['.job-attributes-list [title="Type"]', '#resumator-job-type'],
  },
  company: (doc) => metaContent(doc, 'og:site_name'),
  card: {
    selector: '.list-group-item a[href*="/apply/"], a.job-title-link[href*="/apply/"], #resumator-jobs .resumator-job-title a',
    title: ['h4', 'h3'],
  },
});
