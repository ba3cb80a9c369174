/**
 * Teamtailor career sites on <company>.teamtailor.com: job pages /jobs/<id>-<slug> (ids are
 * global), the list /jobs. Custom career domains served by Teamtailor are left to the generic
 * adapter (same JSON-LD).
 *
 * Checked against a real saved page: ../shared/fixtures/teamtailor/adaptiveteams_marketing_manager.html
 * (2025: JSON-LD JobPosting that is invalid JSON — a raw newline in the description, read by the
 * lenient parse — with 25 jobLocations and TELECOMMUTE; cookie-consent <h1>s before the job's
 * h1[data-controller="fit-title"]; a <dl> with "Locations: Multiple locations" and
 * "Remote status: Fully Remote"). The /jobs list markup is from knowledge of the site.
 */
import { defineAtsAdapter } from './fields';
import { metaContent } from './dom';

const HOST = /^([a-z0-9-]+)\.teamtailor\.com$/i;
const NOT_COMPANIES = new Set(['www', 'app', 'api', 'support', 'career', 'status']);
const JOB_PATH = /^\/(?:[a-z]{2}(?:-[A-Za-z]{2})?\/)?jobs\/(\d{3,12})(?:-[^/]*)?\/?$/;
const LIST_PATH = /^\/(?:[a-z]{2}(?:-[A-Za-z]{2})?\/)?jobs\/?$/;

function company(url: URL): string | null {
  const m = HOST.exec(url.hostname);
  return m && !NOT_COMPANIES.has(m[1]!.toLowerCase()) ? m[1]!.toLowerCase() : null;
}

export const teamtailor = defineAtsAdapter({
  id: 'teamtailor',
  matches: ['https://*.teamtailor.com/*'],
  parseJob(url) {
    const c = company(url);
    const m = c ? JOB_PATH.exec(url.pathname) : null;
    return c && m ? { id: m[1]!, slug: c } : null;
  },
  isListingPage: (url) => company(url) !== null && LIST_PATH.test(url.pathname),
  // Cookie-consent dialogs put their own <h1>s first: the job's h1 carries fit-title.
  ready: 'h1[data-controller="fit-title"], section.block-cover h1',
  selectors: {
    title: ['h1[data-controller="fit-title"]', 'section.block-cover h1', 'main h1'],
    company: ['meta[property="og:site_name"]'],
    // the description (pay is written in it); checked 2025
    pay: ['[data-controller="careersite--responsive-video"]', 'section .prose'],
    fields: ['main dl', 'section dl', 'dl'],
  },
  labels: {
    location: /^locations?$/,
    mode: /^remote status$|^workplace$/,
    pay: /^(salary|compensation|pay)\b/,
    employmentType: /^(employment type|employment|type)$/,
  },
  company: (doc) => metaContent(doc, 'og:site_name'),
  card: {
    selector: '#jobs_list_container li, ul[id^="jobs"] > li',
    title: ['a span[title]', 'a'],
  },
});
