/**
 * Workday Recruiting external career sites:
 *   https://<tenant>.wd<N>.myworkdayjobs.com/<locale?>/<site>/job/<location>/<title>_<reqid>
 *   https://<tenant>.wd<N>.myworkdayjobs.com/<locale?>/<site>/details/<title>_<reqid>
 *   https://wd<N>.myworkdaysite.com/<locale?>/recruiting/<tenant>/<site>/job/...
 * and the search results list /<locale?>/<site> (the listing). A client-rendered SPA: the body is
 * empty until the app renders, clicking a result changes the posting without reloading, and the
 * head's JSON-LD stays that of the page first loaded — so it is used only when its identifier is
 * the URL's requisition id.
 *
 * Checked against a real saved page: ../shared/fixtures/workday/autodesk_senior_industry_strategy_manager.html
 * (server HTML: JSON-LD with identifier.value = req id, empty body). The rendered DOM
 * (data-automation-id jobPostingHeader, locations, time, remoteType, postedOn, requisitionId,
 * jobPostingDescription; jobResults/jobTitle on the list) is from knowledge of the site; the
 * CXS API samples (../shared/fixtures/workday/cxs_*.json) confirm what the list shows
 * ("3 Locations", "Remote-USA", externalPath shapes).
 */
import type { JobPosting } from '../schemas';
import { adapterShell, assemblePosting, countryFromLocation, fieldByLabel, hrefOf, labelledFields, modeFromLabel, prettifySlug, elementPayText, trustedStructured, uniqueTexts } from './fields';
import { cleanText, textOf } from './dom';
import { jsonLdPosting } from './structured-data';
import type { JobCard, SiteAdapter } from './types';

const JOBS_HOST = /^([a-z0-9-]+)\.(?:wd\d{1,3}\.)?myworkdayjobs\.com$/i;
const SITE_HOST = /^(?:[a-z0-9-]+\.)*myworkdaysite\.com$/i;
const LOCALE = /^[a-z]{2}(?:-[A-Za-z]{2,4})?$/;
/** path segments that are not a career site name */
const RESERVED = new Set(['wday', 'job', 'details', 'login', 'userhome', 'apply', 'recruiting', 'en', 'cxs', 'assets', 'static']);
const REQ = /_([A-Za-z0-9][A-Za-z0-9-]{1,40})$/;

interface WorkdayPath {
  tenant: string;
  site: string;
  /** requisition id, for job pages */
  reqId: string | null;
  /** the location segment of the URL ("Montreal-QC-CAN"), when there is one */
  locationSegment: string | null;
}

/** Split a Workday URL into tenant, site and job parts; null when it is not a career-site page. */
function parse(url: URL): WorkdayPath | null {
  let segments = url.pathname.split('/').filter(Boolean);
  let tenant: string | null = null;
  const jobs = JOBS_HOST.exec(url.hostname);
  if (jobs) {
    tenant = jobs[1]!.toLowerCase();
    if (segments[0] && LOCALE.test(segments[0]) && segments.length > 1) segments = segments.slice(1);
  } else if (SITE_HOST.test(url.hostname)) {
    if (segments[0] && LOCALE.test(segments[0]) && segments[1] === 'recruiting') segments = segments.slice(1);
    if (segments[0] !== 'recruiting' || !segments[1]) return null;
    tenant = segments[1].toLowerCase();
    segments = segments.slice(2);
  } else return null;
  const site = segments[0];
  if (!site || RESERVED.has(site.toLowerCase()) || LOCALE.test(site)) return null;
  if (segments.length === 1) return { tenant, site, reqId: null, locationSegment: null };
  const kind = segments[1];
  // /<site>/job/<location>/<slug>_<req>, /<site>/job/<slug>_<req>, /<site>/details/<slug>_<req>
  if ((kind === 'job' && (segments.length === 3 || segments.length === 4)) || (kind === 'details' && segments.length === 3)) {
    const last = segments[segments.length - 1]!;
    const m = REQ.exec(last);
    if (!m) return null;
    return { tenant, site, reqId: m[1]!, locationSegment: segments.length === 4 ? segments[2]! : null };
  }
  return { tenant, site, reqId: null, locationSegment: 'other' };
}

function jobRef(url: URL): WorkdayPath | null {
  const p = parse(url);
  return p?.reqId ? p : null;
}

const key = (p: WorkdayPath) => `workday:${p.tenant}/${p.reqId}`;

/** The jobKey of a Workday job URL (also used for links to it from company pages). */
export function workdayJobKey(url: URL): string | null {
  const ref = jobRef(url);
  return ref ? key(ref) : null;
}

/** Selectors by data-automation-id, most stable first (checked against Workday markup 2023–2025). */
const SELECTORS = {
  title: ['[data-automation-id="jobPostingHeader"]', '[data-automation-id="jobPostingPage"] h2'],
  details: ['[data-automation-id="jobPostingPage"]', '[data-automation-id="job-posting-details"]', 'main'],
  locations: ['[data-automation-id="locations"] dd', '[data-automation-id="location"] dd'],
  remoteType: ['[data-automation-id="remoteType"] dd'],
  time: ['[data-automation-id="time"] dd'],
  description: ['[data-automation-id="jobPostingDescription"]'],
  requisition: ['[data-automation-id="requisitionId"] dd'],
  company: ['[data-automation-id="headerTitle"]', 'img[data-automation-id="logo"][alt]'],
} as const;
const READY = '[data-automation-id="jobPostingHeader"]';
const CARD_SELECTOR = 'a[data-automation-id="jobTitle"]';

function companyOf(doc: ParentNode): string | null {
  const header = textOf(doc, [SELECTORS.company[0]], 200);
  if (header) return header;
  const alt = cleanText(doc.querySelector(SELECTORS.company[1])?.getAttribute('alt'), 200);
  return alt && !/^(logo|company logo)$/i.test(alt) ? alt.replace(/\s+logo$/i, '') : null;
}

/** "Montreal-QC-CAN" → "Montreal, QC, CAN" (the URL's form of the shown location). */
function locationFromSegment(segment: string | null): string | null {
  if (!segment || segment === 'other') return null;
  let text: string;
  try {
    text = decodeURIComponent(segment);
  } catch {
    text = segment;
  }
  return cleanText(text.split(/-+/).join(', '), 300);
}

export function extractWorkdayCard(link: Element, url: URL): JobCard | null {
  const target = hrefOf(link, url);
  const ref = target ? jobRef(target) : null;
  const title = cleanText(link.textContent, 300);
  if (!ref || !title) return null;
  const item = link.closest('li') ?? link.parentElement;
  const locations = item ? uniqueTexts(Array.from(item.querySelectorAll('[data-automation-id="locations"] dd')).map((d) => d.textContent)) : [];
  const location = locations[0] ?? null;
  const posting = assemblePosting({
    site: 'workday',
    jobKey: key(ref),
    url: target!.href,
    title,
    company: companyOf(link.ownerDocument),
    companyFallback: prettifySlug(ref.tenant),
    location,
    locations,
    mode: modeFromLabel(location),
    country: countryFromLocation(location) ?? countryFromLocation(ref.locationSegment),
  });
  return posting ? { posting, anchor: link.closest('h3') ?? link } : null;
}

export const workday: SiteAdapter = adapterShell({
  id: 'workday',
  matches: ['https://*.myworkdayjobs.com/*', 'https://*.myworkdaysite.com/*'],
  isListingPage: (url) => {
    const p = parse(url);
    return p !== null && p.reqId === null && p.locationSegment === null;
  },
  jobKey: (url) => {
    const ref = jobRef(url);
    return ref ? key(ref) : null;
  },
  ready: READY,
  anchor: READY,
  cardSelector: CARD_SELECTOR,
  extractCard: extractWorkdayCard,
  extract(doc, url): JobPosting | null {
    const ref = jobRef(url);
    if (!ref) return null;
    // Mid-navigation the previous posting is still rendered under the new URL: never read it as this one.
    const shownReq = textOf(doc, SELECTORS.requisition, 60);
    if (shownReq && shownReq.toLowerCase() !== ref.reqId!.toLowerCase()) return null;
    const shownTitle = textOf(doc, SELECTORS.title, 300);
    const structured = trustedStructured(jsonLdPosting(doc), { id: ref.reqId, title: shownTitle });
    const root = doc.querySelector(SELECTORS.details.join(', ')) ?? doc;
    const fields = labelledFields(root);
    const locations = uniqueTexts(Array.from(doc.querySelectorAll(SELECTORS.locations.join(', '))).slice(0, 100).map((d) => d.textContent));
    const remoteType = textOf(doc, SELECTORS.remoteType, 100) ?? fieldByLabel(fields, /^remote type$|^workplace type$/)?.value;
    // Before the app renders (the server HTML) the URL still names the primary location as shown;
    // JSON-LD's addressLocality is often an internal site name ("AMER - Canada - Quebec - …").
    const location = locations.length > 1 ? locations.join(' | ') : (locations[0] ?? locationFromSegment(ref.locationSegment));
    return assemblePosting({
      site: 'workday',
      jobKey: key(ref),
      url,
      structured,
      title: shownTitle,
      company: companyOf(doc),
      companyFallback: prettifySlug(ref.tenant),
      location,
      locations,
      mode: modeFromLabel(remoteType),
      pay: (country) => elementPayText(doc.querySelector(SELECTORS.description.join(', ')), country),
      employmentType: textOf(doc, SELECTORS.time, 100),
      country: countryFromLocation(location) ?? countryFromLocation(ref.locationSegment),
    });
  },
});
