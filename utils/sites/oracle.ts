/**
 * Oracle Recruiting Cloud (Oracle Fusion HCM "Candidate Experience"):
 *   https://<pod>.fa.<dc>.oraclecloud.com/hcmUI/CandidateExperience/<lang>/sites/<site>/job/<id>
 *   …/sites/<site>/requisitions/preview/<id>   (a posting opened over the search results)
 * and the search results …/sites/<site>/requisitions (the listing). A Knockout SPA: the posting
 * renders late and changes without reloading. Requisition ids are per pod, so the jobKey carries
 * the host's first label.
 *
 * Built from knowledge of the Candidate Experience markup (h1.job-details__title,
 * .job-meta__item / job-details__subtitle location, job-tile list items linking to /job/<id>).
 * No real page was saved.
 */
import { defineAtsAdapter, fieldByLabel } from './fields';

const HOST = /^([a-z0-9-]+)(?:\.[a-z0-9-]+)*\.oraclecloud\.com$/i;
const BASE = '/hcmUI/CandidateExperience/[a-z]{2}(?:-[A-Za-z]{2})?/sites/[A-Za-z0-9_-]+';
const JOB_PATH = new RegExp(`^${BASE}/(?:job|requisitions/preview)/(\\d{1,12})(?:/[^/]*)?/?$`, 'i');
const LIST_PATH = new RegExp(`^${BASE}(?:/requisitions|/jobs)?/?$`, 'i');

export const oracle = defineAtsAdapter({
  id: 'oracle',
  matches: ['https://*.oraclecloud.com/hcmUI/CandidateExperience/*'],
  parseJob(url) {
    const host = HOST.exec(url.hostname);
    const m = host ? JOB_PATH.exec(url.pathname) : null;
    return host && m ? { id: m[1]!, key: `oracle:${host[1]!.toLowerCase()}/${m[1]!}` } : null;
  },
  isListingPage: (url) => HOST.test(url.hostname) && LIST_PATH.test(url.pathname),
  ready: '.job-details__title, h1.job-details__title, [data-qa="jobDetailsTitle"]',
  spa: true,
  selectors: {
    title: ['[data-qa="jobDetailsTitle"]', 'h1.job-details__title', '.job-details__title', 'main h1'],
    location: ['[data-qa="jobDetailsLocation"]', '.job-details__subtitle', '.job-meta__subitem'],
    company: ['.app-header__logo img[alt]', 'header img[alt]'],
    fields: ['.job-details', '.job-details__content', 'main'],
  },
  labels: {
    location: /^(locations?|primary location)$/,
    mode: /^(workplace type|work location type|remote|workplace)$/,
    pay: /^(salary|pay range|compensation)\b/,
    employmentType: /^(worker type|job schedule|schedule|employment type)$/,
  },
  override: (_doc, fields) => ({
    // "Other locations" are listed apart from the primary one.
    locations: (() => {
      const primary = fieldByLabel(fields, /^(locations?|primary location)$/)?.value;
      const other = fieldByLabel(fields, /^other locations?$/)?.value;
      return primary && other ? [primary, ...other.split(/\s*[|;]\s*/)] : undefined;
    })(),
  }),
  card: {
    selector: 'a[href*="/job/"], a[href*="/requisitions/preview/"]',
    title: ['.job-tile__title', '.job-list-item__job-info-value', 'h3', 'span'],
  },
});
