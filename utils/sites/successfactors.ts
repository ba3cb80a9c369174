/**
 * SAP SuccessFactors Recruiting:
 * - the classic career site on career<N>.successfactors.com / .eu (and *.sapsf.com/.eu):
 *   /career?company=<id>&career_ns=job_listing&career_job_req_id=<req> (a posting; the same path
 *   without career_job_req_id is the search);
 * - Recruiting Marketing ("RMK", formerly jobs2web) sites: /job/<City>-<Title-slug>/<id>/ and
 *   /search/ — on *.jobs2web.com and SAP's own jobs.sap.com. RMK sites on a company's own domain
 *   are left to the generic adapter: they carry the same schema.org microdata.
 * Requisition ids are per company instance, so the jobKey carries the company (or the host).
 *
 * Built from knowledge of the markup: RMK job pages are schema.org JobPosting microdata with
 * data-careersite-propertyid="title|location|…" spans and search rows tr.data-row with
 * a.jobTitle-link / .jobLocation; the classic site shows an h1 and a labelled field table.
 * No real page was saved.
 */
import { defineAtsAdapter } from './fields';
import { structuredPosting } from './structured-data';
import { metaContent } from './dom';

const CLASSIC_HOST = /^(?:career\d{0,3}|performancemanager\d{0,3}|[a-z0-9-]+)\.(?:successfactors|sapsf)\.(?:com|eu)$/i;
const RMK_HOST = /^(?:[a-z0-9-]+\.jobs2web\.com|jobs\.sap\.com)$/i;
const RMK_JOB = /^\/(?:[a-z]{2}_[A-Z]{2}\/)?job\/[^/]+\/(\d{5,15})\/?$/;
const RMK_LIST = /^\/(?:[a-z]{2}_[A-Z]{2}\/)?(search|go\/[^/]+\/\d+)\/?$/;

function classic(url: URL): { company: string | null; req: string | null } | null {
  if (!CLASSIC_HOST.test(url.hostname) || !/^\/career\/?$/i.test(url.pathname)) return null;
  const req = url.searchParams.get('career_job_req_id');
  return { company: url.searchParams.get('company'), req: req && /^\d{1,12}$/.test(req) ? req : null };
}

export const successfactors = defineAtsAdapter({
  // Career Site Builder and jobs2web pages mark the posting up with schema.org microdata.
  reader: structuredPosting,
  id: 'successfactors',
  matches: ['https://*.successfactors.com/*', 'https://*.successfactors.eu/*', 'https://*.sapsf.com/*', 'https://*.sapsf.eu/*', 'https://*.jobs2web.com/*', 'https://jobs.sap.com/*'],
  parseJob(url) {
    const c = classic(url);
    if (c?.req) {
      const company = (c.company ?? url.hostname).toLowerCase();
      return { id: c.req, key: `successfactors:${company}/${c.req}`, slug: c.company?.replace(/P\d*$/, '') ?? null };
    }
    if (RMK_HOST.test(url.hostname)) {
      const m = RMK_JOB.exec(url.pathname);
      if (m) return { id: m[1]!, key: `successfactors:${url.hostname.toLowerCase()}/${m[1]!}` };
    }
    return null;
  },
  isListingPage(url) {
    const c = classic(url);
    if (c) return c.req === null && !!c.company;
    return RMK_HOST.test(url.hostname) && RMK_LIST.test(url.pathname);
  },
  ready: '[data-careersite-propertyid="title"], [itemprop="title"], .jobTitle, h1',
  selectors: {
    title: ['[data-careersite-propertyid="title"]', '[itemprop="title"]', 'h1.jobTitle', '.jobTitle', 'main h1', 'h1'],
    location: ['[data-careersite-propertyid="location"]', '.jobGeoLocation', '[data-careersite-propertyid="city"]'],
    company: ['[itemprop="hiringOrganization"] [itemprop="name"]'],
    employmentType: ['[data-careersite-propertyid="shifttype"]', '[data-careersite-propertyid="employmenttype"]'],
    fields: ['#jobReqCareerPage', '.jobDisplay', 'main', 'body'],
  },
  labels: {
    location: /^(location|job location|work location)s?$/,
    mode: /^(remote|workplace|work arrangement|remote work)/,
    pay: /^(salary|pay range|compensation|base pay)\b/,
    employmentType: /^(employment type|job type|shift type)$/,
  },
  company: (doc) => metaContent(doc, 'og:site_name'),
  card: {
    selector: 'a.jobTitle-link, tr.data-row a[href*="/job/"]',
    title: ['span'],
  },
});
