/**
 * Y Combinator's job board: Work at a Startup (www.workatastartup.com/jobs/<id>) and the job
 * pages on ycombinator.com (/companies/<co>/jobs/<id>-<slug>). Job pages only.
 *
 * Checked against a real saved page: a logged-out Work at a Startup job page
 * (../shared/fixtures/ycombinator: no JSON-LD; "<title> at <Company> (S23)" heading, pay line,
 * chips marked by Font Awesome data-icon attributes). The ycombinator.com job page is built from
 * knowledge of the site's markup (JSON-LD JobPosting first, then the heading).
 */
import type { JobPosting, PayText, WorkMode } from '../schemas';
import { adapterShell, assemblePosting, firstOf, ownText, titlePayText, trustedStructured, visibleText, visibleTextOf } from './fields';
import { cleanText } from './dom';
import { jsonLdPosting } from './structured-data';
import type { SiteAdapter } from './types';

const WAAS_HOST = /^(?:www\.)?workatastartup\.com$/;
const YC_HOST = /^(?:www\.)?ycombinator\.com$/;
const WAAS_JOB = /^\/jobs\/(\d{1,10})\/?$/;
/** /companies/<co>/jobs/<id>-<slug>: the id is YC's short alphanumeric job id */
const YC_JOB = /^\/companies\/[a-z0-9_-]+\/jobs\/([A-Za-z0-9]{5,12})(?:-[^/]*)?\/?$/;

const SELECTORS = {
  title: ['main h1', 'h1'],
  company: ['h1 a[href^="/companies/"]', 'a[href^="/companies/"] h2', 'a[href^="/companies/"]'],
  /** chips are marked by their Font Awesome icon (2024+) */
  location: ['svg[data-icon="location-dot"] + span', 'svg[data-icon="location-dot"] ~ span', '[class*="location"]'],
  employmentType: ['svg[data-icon="clock"] + span'],
} as const;

function jobId(url: URL): string | null {
  if (WAAS_HOST.test(url.hostname)) return WAAS_JOB.exec(url.pathname)?.[1] ?? null;
  if (YC_HOST.test(url.hostname)) return YC_JOB.exec(url.pathname)?.[1] ?? null;
  return null;
}

/** "Backend Engineer (India) at" + <a>VectorShift</a> → "Backend Engineer (India)". */
function titleFrom(h1: Element | null): string | null {
  if (!h1) return null;
  const own = ownText(h1, 300);
  const text = own && h1.querySelector('a[href^="/companies/"]') ? own : visibleText(h1, 300);
  return cleanText(text?.replace(/\s+at$/i, '').replace(/\s+at\s+[^()]+\([A-Z]\d{2}\)$/, ''), 300);
}

/**
 * "IN / Remote (IN)", "San Francisco, CA, US / Remote (US)": a remote option beside a place is
 * remote_ok; "Remote (US)" alone is remote.
 */
function modeOf(location: string | null): WorkMode | null {
  if (!location) return null;
  const parts = location.split(/\s+\/\s+|;\s*/);
  const remote = parts.filter((p) => /^remote\b/i.test(p));
  if (!remote.length) return null;
  return remote.length === parts.length ? 'remote' : 'remote_ok';
}

/** The pay line right under the heading ("$20K - $30K"), read only with an explicit currency. */
function headerPay(h1: Element | null, country: string | null): (PayText | null)[] {
  const out: (PayText | null)[] = [];
  let el = h1?.nextElementSibling ?? null;
  for (let i = 0; el && i < 3; i++, el = el.nextElementSibling) out.push(titlePayText(visibleText(el, 200), country));
  return out;
}

function extract(doc: Document, url: URL): JobPosting | null {
  const id = jobId(url);
  if (!id) return null;
  const h1 = firstOf(doc, SELECTORS.title);
  const domTitle = titleFrom(h1);
  const structured = trustedStructured(jsonLdPosting(doc), { title: domTitle });
  if (!domTitle && !structured) return null;
  const location = visibleTextOf(doc, SELECTORS.location, 300);
  return assemblePosting({ site: 'ycombinator', jobKey: `ycombinator:${id}`, url: url.href, structured,
    title: domTitle,
    company: visibleTextOf(doc, SELECTORS.company, 200),
    location,
    locations: location ? location.split(/\s+\/\s+/).filter(Boolean) : [],
    mode: modeOf(location),
    // YC pay is in US dollars unless it says otherwise, wherever the job is.
    payTexts: headerPay(h1, 'US'),
    employmentType: visibleTextOf(doc, SELECTORS.employmentType, 100),
  });
}

export const ycombinator: SiteAdapter = adapterShell({
  id: 'ycombinator',
  matches: ['https://www.ycombinator.com/companies/*', 'https://www.workatastartup.com/*'],
  isListingPage: () => false,
  jobKey: (url) => {
    const id = jobId(url);
    return id ? `ycombinator:${id}` : null;
  },
  ready: 'h1',
  anchor: 'main h1, h1',
  extract,
});
