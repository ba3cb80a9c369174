/**
 * BambooHR careers: <company>.bamboohr.com/careers/<id> (and the legacy
 * /jobs/view.php?id=<id>), the board /careers. Job ids are per company, so the jobKey carries
 * the subdomain.
 *
 * Built from knowledge of BambooHR's careers site (2023+ React board: the posting header with
 * an h2 title and an icon-labelled details list "Location / Department / Employment Type /
 * Compensation / Location Type"; the legacy .BambooHR-ATS-* markup). No real page was saved.
 */
import type { JobPosting } from '../schemas';
import { adapterShell, assemblePosting, fieldByLabel, hrefOf, labelledFields, modeFromLabel, prettifySlug, splitLocations, titleParts } from './fields';
import { cleanText, metaContent, textOf } from './dom';
import { jsonLdPosting } from './structured-data';
import type { JobCard, SiteAdapter } from './types';

const HOST = /^([a-z0-9-]+)\.bamboohr\.com$/i;
const NOT_COMPANIES = new Set(['www', 'api', 'app', 'help', 'partners', 'marketplace']);
const JOB_PATH = /^\/careers\/(\d{1,10})(?:\/detail)?\/?$/;
const LEGACY_JOB_PATH = /^\/jobs\/view\.php$/;
const BOARD_PATH = /^\/(careers|jobs)\/?$/;

/** Selectors, most stable first. `.BambooHR-ATS-*` is the legacy (pre-2023) embed/board markup. */
const SELECTORS = {
  title: ['[data-testid="job-title"]', '.BambooHR-ATS-Jobs-Item h2', 'main h2', 'main h1', 'h2', 'h1'],
  details: ['[data-testid="job-details"]', 'main aside', 'main', '.BambooHR-ATS-board'],
  company: ['header img[alt]'],
} as const;
const READY = '[data-testid="job-title"], main h2, main h1, .BambooHR-ATS-Jobs-Item h2';
const CARD_SELECTOR = 'a[href*="/careers/"]';

function company(url: URL): string | null {
  const m = HOST.exec(url.hostname);
  return m && !NOT_COMPANIES.has(m[1]!.toLowerCase()) ? m[1]!.toLowerCase() : null;
}

function jobId(url: URL): { company: string; id: string } | null {
  const c = company(url);
  if (!c) return null;
  const m = JOB_PATH.exec(url.pathname);
  if (m) return { company: c, id: m[1]! };
  const legacy = LEGACY_JOB_PATH.test(url.pathname) ? url.searchParams.get('id') : null;
  return legacy && /^\d{1,10}$/.test(legacy) ? { company: c, id: legacy } : null;
}

const key = (j: { company: string; id: string }) => `bamboohr:${j.company}/${j.id}`;

function companyName(doc: Document): string | null {
  const alt = cleanText(doc.querySelector(SELECTORS.company[0])?.getAttribute('alt'), 200);
  if (alt && !/^(logo|company logo|bamboohr)$/i.test(alt)) return alt.replace(/\s+logo$/i, '');
  const site = metaContent(doc, 'og:site_name');
  if (site && !/bamboohr/i.test(site)) return site;
  // "<Title> - <Company>" / "Careers - <Company>"
  const parts = titleParts(doc, /\s+[-|]\s+(?!.*\s[-|]\s)/);
  return parts && !/bamboohr/i.test(parts.rest) ? parts.rest : null;
}

export function extractBambooCard(link: Element, url: URL): JobCard | null {
  const target = hrefOf(link, url);
  const id = target ? jobId(target) : null;
  const titleEl = link.querySelector('h3, h2, [data-testid="job-title"]') ?? link;
  const title = cleanText(titleEl.textContent, 300);
  if (!id || !title || id.company !== company(url)) return null;
  const row = link.closest('li, tr, [role="row"]') ?? link.parentElement;
  const fields = labelledFields(row);
  const location = fieldByLabel(fields, /location/)?.value ?? textOf(row ?? link, ['[data-testid="job-location"]', '.BambooHR-ATS-Location'], 300);
  const posting = assemblePosting({
    site: 'bamboohr',
    jobKey: key(id),
    url: target!.href,
    title,
    company: companyName(link.ownerDocument),
    companyFallback: prettifySlug(id.company),
    location,
    locations: splitLocations(location),
  });
  return posting ? { posting, anchor: titleEl } : null;
}

export const bamboohr: SiteAdapter = adapterShell({
  id: 'bamboohr',
  matches: ['https://*.bamboohr.com/*'],
  isListingPage: (url) => company(url) !== null && BOARD_PATH.test(url.pathname),
  jobKey: (url) => {
    const id = jobId(url);
    return id ? key(id) : null;
  },
  ready: READY,
  anchor: READY,
  cardSelector: CARD_SELECTOR,
  extractCard: extractBambooCard,
  extract(doc, url): JobPosting | null {
    const id = jobId(url);
    if (!id) return null;
    const structured = jsonLdPosting(doc);
    const details = doc.querySelector(SELECTORS.details.join(', ')) ?? doc;
    const fields = labelledFields(details);
    const location = fieldByLabel(fields, /^(job )?location$/)?.value ?? null;
    return assemblePosting({
      site: 'bamboohr',
      jobKey: key(id),
      url,
      structured,
      title: textOf(doc, SELECTORS.title, 300),
      company: companyName(doc),
      companyFallback: prettifySlug(id.company),
      location,
      locations: splitLocations(location),
      mode: modeFromLabel(fieldByLabel(fields, /^(location type|workplace|remote)\b/)?.value),
      payText: fieldByLabel(fields, /^(compensation|salary|pay)\b/)?.value ?? null,
      employmentType: fieldByLabel(fields, /^employment (type|status)$|^job type$/)?.value ?? null,
    });
  },
});
