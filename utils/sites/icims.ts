/**
 * iCIMS career portals: <prefix>-<company>.icims.com/jobs/<id>/<slug>/job (also /jobs/<id>/job),
 * search results at /jobs/search. The portal page is a frame host: the posting renders inside
 * <iframe id="icims_content_iframe" src="…same URL…?in_iframe=1">, on the same host. So the
 * outer page yields nothing here (extract → null when that iframe is present) and the content
 * script must run in that frame (`allFrames: true`), where this adapter reads the posting.
 * Job ids are per portal, so the jobKey carries the host's first label.
 *
 * Built from knowledge of iCIMS markup (h1.iCIMS_Header, .iCIMS_JobHeaderGroup with
 * dt/dd or "header left/right" label+value pairs, .iCIMS_JobsTable cards, JSON-LD JobPosting
 * on many portals). No real page was saved.
 */
import type { JobPosting } from '../schemas';
import { adapterShell, assemblePosting, countryFromLocation, fieldByLabel, hrefOf, labelledFields, modeFromLabel, prettifySlug, splitLocations, valueAfterLabel } from './fields';
import { cleanText, metaContent, textOf } from './dom';
import { jsonLdPosting } from './structured-data';
import type { JobCard, SiteAdapter } from './types';

const HOST = /^([a-z0-9-]+)\.icims\.com$/i;
const NOT_PORTALS = new Set(['www', 'login', 'community', 'developer', 'api', 'cdn']);
const JOB_PATH = /^\/jobs\/(\d{1,12})(?:\/[^/]+)?\/job\/?$/i;
const SEARCH_PATH = /^\/jobs\/(search|intro)\/?$/i;

const SELECTORS = {
  title: ['h1.iCIMS_Header', '.iCIMS_JobHeaderGroup h1', '.iCIMS_Header', 'main h1', 'h1'],
  header: ['.iCIMS_JobHeaderGroup', '.iCIMS_JobHeader', '.iCIMS_MainWrapper'],
  /** the template without dt/dd: "<div class='header left'><span>Job Locations</span><span>…</span>" */
  headerLeft: ['.header.left', '.col-xs-6.header.left'],
  description: ['.iCIMS_JobContent', '.iCIMS_InfoMsg_Job'],
  frame: ['iframe#icims_content_iframe', 'iframe[src*="in_iframe=1"]'],
} as const;
const READY = 'h1.iCIMS_Header, .iCIMS_JobHeaderGroup, .iCIMS_JobContent';
const CARD_SELECTOR = '.iCIMS_JobsTable .iCIMS_JobCardItem, .iCIMS_JobsTable > .row, li.iCIMS_JobCardItem';

function portal(url: URL): string | null {
  const m = HOST.exec(url.hostname);
  return m && !NOT_PORTALS.has(m[1]!.toLowerCase()) ? m[1]!.toLowerCase() : null;
}

function jobId(url: URL): { portal: string; id: string } | null {
  const p = portal(url);
  const m = p ? JOB_PATH.exec(url.pathname) : null;
  return p && m ? { portal: p, id: m[1]! } : null;
}

/** "careers-acme" → "Acme" (last resort for the company). */
function portalCompany(p: string): string | null {
  return prettifySlug(p.replace(/^(careers|jobs|uscareers|external|careers\d*|global)-/, '').replace(/-?(careers|jobs)$/, ''));
}

const key = (j: { portal: string; id: string }) => `icims:${j.portal}/${j.id}`;

export function extractIcimsCard(card: Element, url: URL): JobCard | null {
  const link = card.querySelector('a[href*="/jobs/"]');
  const target = hrefOf(link, url);
  const id = target ? jobId(target) : null;
  const titleEl = card.querySelector('h3, h2, .title a') ?? link;
  const title = cleanText(titleEl?.textContent?.replace(/^\s*Title\s*/, ''), 300);
  if (!id || !titleEl || !title) return null;
  const fields = labelledFields(card);
  const location =
    fieldByLabel(fields, /location/)?.value ??
    valueAfterLabel(textOf(card, ['.header.left'], 300), /job locations?|locations?/) ??
    null;
  const posting = assemblePosting({
    site: 'icims',
    jobKey: key(id),
    url: target!.href.replace(/([?&])in_iframe=1&?/, '$1').replace(/[?&]$/, ''),
    title,
    companyFallback: portalCompany(id.portal),
    location,
    locations: splitLocations(location),
    country: countryFromLocation(location),
  });
  return posting ? { posting, anchor: titleEl } : null;
}

export const icims: SiteAdapter = adapterShell({
  id: 'icims',
  matches: ['https://*.icims.com/*'],
  isListingPage: (url) => portal(url) !== null && SEARCH_PATH.test(url.pathname),
  jobKey: (url) => {
    const id = jobId(url);
    return id ? key(id) : null;
  },
  ready: READY,
  anchor: 'h1.iCIMS_Header, .iCIMS_JobHeaderGroup h1, .iCIMS_Header, h1',
  cardSelector: CARD_SELECTOR,
  extractCard: extractIcimsCard,
  extract(doc, url): JobPosting | null {
    const id = jobId(url);
    if (!id) return null;
    // The portal frame host: the posting is in the iframe, which this adapter reads on its own.
    if (doc.querySelector(SELECTORS.frame.join(', ')) && !doc.querySelector(SELECTORS.header.join(', '))) return null;
    const structured = jsonLdPosting(doc);
    const header = doc.querySelector(SELECTORS.header.join(', ')) ?? doc;
    const fields = labelledFields(header);
    const location =
      fieldByLabel(fields, /^(job )?locations?$/)?.value ??
      valueAfterLabel(textOf(doc, SELECTORS.headerLeft, 300), /job locations?|locations?/) ??
      null;
    // "Salary Range: $68,000 - $82,000", or the Min/Max fields some portals show apart
    const payFields = fields.filter((f) => /\b(salary|pay|compensation|wage|hourly rate)\b/.test(f.label));
    const min = payFields.find((f) => /\bmin/.test(f.label))?.value;
    const max = payFields.find((f) => /\bmax/.test(f.label))?.value;
    const pay = min && max ? [`${min} - ${max}`] : payFields.map((f) => f.value);
    const remote = fieldByLabel(fields, /remote|workplace|work ?mode|location type/)?.value;
    return assemblePosting({
      site: 'icims',
      jobKey: key(id),
      url,
      structured,
      title: textOf(doc, SELECTORS.title, 300),
      company: metaContent(doc, 'og:site_name'),
      companyFallback: portalCompany(id.portal),
      location,
      locations: splitLocations(location),
      mode: modeFromLabel(remote),
      payText: pay.length ? pay.join(' | ') : null,
      employmentType: fieldByLabel(fields, /^(position |job |schedule )?type$|^employment type$/)?.value ?? null,
      country: countryFromLocation(location),
    });
  },
});
