/**
 * Meta Careers: www.metacareers.com/jobs/<id>/ (also /v2/jobs/<id>/ and
 * /profile/job_details/<id>), the search /jobs and /jobsearch (the listing). A React SPA with
 * generated class names; pay is shown as "$56.25/hour to $77,000/year + bonus + equity +
 * benefits" near the end of the description.
 *
 * Built from knowledge of the site: JSON-LD JobPosting first; the DOM fallback is semantic
 * (main headings, the "Locations" block) because the class names are generated. No real page
 * was saved.
 */
import { defineAtsAdapter } from './fields';

const HOST = /^(www\.)?metacareers\.com$/;
const JOB_PATH = /^\/(?:v2\/)?(?:jobs|profile\/job_details)\/(\d{6,20})\/?$/;
const LIST_PATH = /^\/(?:v2\/)?(jobs|jobsearch)\/?$/;

export const meta = defineAtsAdapter({
  id: 'meta',
  matches: ['https://www.metacareers.com/*', 'https://metacareers.com/*'],
  parseJob(url) {
    const m = HOST.test(url.hostname) ? JOB_PATH.exec(url.pathname) : null;
    return m ? { id: m[1]! } : null;
  },
  isListingPage: (url) => HOST.test(url.hostname) && LIST_PATH.test(url.pathname),
  ready: 'main h1, [role="main"] h1, main h2',
  spa: true,
  selectors: {
    title: ['[data-testid="job-title"]', 'main h1', '[role="main"] h1', 'main h2'],
    locations: ['[data-testid="job-location"]', '[aria-label="Locations"] li'],
    pay: ['[data-testid="job-compensation"]', 'main'],
    fields: ['main', 'body'],
  },
  labels: { location: /^locations?$/ },
  company: () => 'Meta',
  card: {
    selector: 'a[href*="/jobs/"]',
    title: ['[data-testid="job-title"]', 'h3', 'h4'],
  },
});
