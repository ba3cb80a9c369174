/**
 * Recruitee careers sites: <company>.recruitee.com/o/<offer slug> (the application form
 * /o/<slug>/c/new shows the same offer), the board at the site root. Offer slugs are unique per
 * company only, so the jobKey carries the subdomain. Custom career domains on Recruitee are left
 * to the generic adapter (their JSON-LD is the same).
 *
 * Built from knowledge of Recruitee's markup (JSON-LD JobPosting in the offer page; the 2023
 * careers-site offer header with an h1 and labelled facts "Location / Employment type / Remote";
 * board offers as links to /o/<slug>). The real careers page ../shared/fixtures/climeworks
 * (a company site fed by Recruitee's API) confirms the /o/<slug> URL shape.
 */
import { defineAtsAdapter, titleParts } from './fields';
import { metaContent } from './dom';

const HOST = /^([a-z0-9-]+)\.recruitee\.com$/i;
const NOT_COMPANIES = new Set(['www', 'app', 'api', 'support', 'blog', 'careers']);
const JOB_PATH = /^\/o\/([a-z0-9][a-z0-9-]{0,150})(?:\/c\/new)?\/?$/i;

function company(url: URL): string | null {
  const m = HOST.exec(url.hostname);
  return m && !NOT_COMPANIES.has(m[1]!.toLowerCase()) ? m[1]!.toLowerCase() : null;
}

export const recruitee = defineAtsAdapter({
  id: 'recruitee',
  matches: ['https://*.recruitee.com/*'],
  parseJob(url) {
    const c = company(url);
    const m = c ? JOB_PATH.exec(url.pathname) : null;
    return c && m ? { id: m[1]!.toLowerCase(), key: `recruitee:${c}/${m[1]!.toLowerCase()}`, slug: c } : null;
  },
  isListingPage: (url) => company(url) !== null && /^\/?$/.test(url.pathname),
  ready: 'main h1, h1',
  selectors: {
    // data-testid attributes appear on the 2023+ careers site; h1 is the offer title on both.
    title: ['[data-testid="offer-title"]', 'main h1', 'h1'],
    location: ['[data-testid="offer-location"]'],
    fields: ['main', 'body'],
  },
  labels: {
    location: /^locations?$/,
    mode: /^(remote|workplace|work ?type|location type)$/,
    pay: /^(salary|compensation|pay)\b/,
    employmentType: /^(employment type|contract type|type)$/,
  },
  company: (doc) => metaContent(doc, 'og:site_name') ?? titleParts(doc, /\s+[-|–]\s+(?!.*\s[-|–]\s)/)?.rest ?? null,
  card: {
    selector: 'a[href*="/o/"]',
    title: ['h2', 'h3', '[data-testid="offer-title"]'],
    location: ['[data-testid="offer-location"]', '.location'],
  },
});
