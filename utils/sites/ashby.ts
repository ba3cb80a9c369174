/**
 * Ashby hosted job boards: jobs.ashbyhq.com/<company>/<posting uuid> (and /application), and the
 * board /<company>. A React SPA: the server sends an empty shell and the posting hydrates later,
 * so `ready` waits for the rendered title; moving between postings does not reload the page.
 *
 * Built from knowledge of Ashby's markup (its documented `ashby-*` theming classes:
 * ashby-job-posting-heading, ashby-job-posting-left-pane with h2-labelled sections,
 * ashby-job-posting-brief-list/-title/-details on the board). The only saved real data is the
 * posting API (../shared/fixtures/ashby/posting_api_ramp_jobs.json), which confirms the fields
 * (location, secondary locations, workplace type, compensation summary) the page renders.
 */
import type { JobPosting } from '../schemas';
import { adapterShell, assemblePosting, fieldByLabel, hrefOf, labelledFields, modeFromLabel, modeFromLabels, prettifySlug, splitLocations, titleParts, trustedStructured, uniqueTexts } from './fields';
import { cleanText, metaContent, textOf } from './dom';
import { jsonLdPosting } from './structured-data';
import type { JobCard, SiteAdapter } from './types';

const HOST = 'jobs.ashbyhq.com';
export const ASHBY_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const JOB_PATH = /^\/([A-Za-z0-9._%-]+)\/([0-9a-f-]{36})(?:\/application)?\/?$/i;
const BOARD_PATH = /^\/([A-Za-z0-9._%-]+)\/?$/;

/** Selectors, most stable first: Ashby's theming classes (stable across customers, 2023–2025). */
const SELECTORS = {
  title: ['h1.ashby-job-posting-heading', '.ashby-job-posting-heading', '[data-testid="job-title"]'],
  leftPane: ['.ashby-job-posting-left-pane'],
  logo: ['.ashby-job-board-logo img[alt]', 'header img[alt]'],
} as const;
const READY = 'h1.ashby-job-posting-heading, .ashby-job-posting-heading';

const CARD_SELECTOR = '.ashby-job-posting-brief';
const EMPLOYMENT = /^(full[\s-]?time|part[\s-]?time|contract(or)?|intern(ship)?|temporary|freelance|seasonal)$/i;

function jobId(url: URL): { company: string; id: string } | null {
  if (url.hostname !== HOST) return null;
  const m = JOB_PATH.exec(url.pathname);
  if (!m || !ASHBY_UUID.test(m[2]!)) return null;
  return { company: m[1]!, id: m[2]!.toLowerCase() };
}

/** The jobKey of an Ashby job URL (also used for links to it from company pages). */
export function ashbyJobKey(url: URL): string | null {
  const id = jobId(url);
  return id ? `ashby:${id.id}` : null;
}

function companyOf(doc: Document): string | null {
  const site = metaContent(doc, 'og:site_name');
  if (site && !/^ashby$/i.test(site)) return site;
  const alt = cleanText(doc.querySelector(SELECTORS.logo.join(', '))?.getAttribute('alt'), 200);
  if (alt && !/^(logo|ashby)$/i.test(alt)) return alt.replace(/\s+logo$/i, '');
  // "<Title> @ <Company>" / "<Company> Jobs"
  const parts = titleParts(doc, /\s+@\s+/);
  if (parts) return parts.rest;
  const title = cleanText(doc.querySelector('title')?.textContent, 200);
  return title && /\sjobs$/i.test(title) ? title.replace(/\s+jobs$/i, '') : null;
}

/**
 * A board card's details line: "Engineering • New York • Full time • Hybrid". The department
 * is optional, so the location is the last part that is neither the employment type nor the
 * workplace label.
 */
function readDetails(text: string | null): { location: string | null; mode: JobPosting['mode']; employmentType: string | null } {
  const parts = (text ?? '').split(/\s*•\s*/).map((p) => cleanText(p, 200)).filter((p): p is string => !!p);
  const rest = parts.filter((p) => !modeFromLabel(p) && !EMPLOYMENT.test(p));
  return {
    location: rest.length ? rest[rest.length - 1]! : null,
    mode: modeFromLabels(parts),
    employmentType: parts.find((p) => EMPLOYMENT.test(p)) ?? null,
  };
}

export function extractAshbyCard(card: Element, url: URL): JobCard | null {
  const link = card.closest('a[href]') ?? card.querySelector('a[href]');
  const target = hrefOf(link, url);
  const id = target ? jobId(target) : null;
  const titleEl = card.querySelector('.ashby-job-posting-brief-title, h3');
  const title = cleanText(titleEl?.textContent, 300);
  if (!id || !titleEl || !title) return null;
  const details = readDetails(textOf(card, ['.ashby-job-posting-brief-details'], 500));
  const posting = assemblePosting({
    site: 'ashby',
    jobKey: `ashby:${id.id}`,
    url: target!.href,
    title,
    company: companyOf(card.ownerDocument),
    companyFallback: prettifySlug(id.company),
    location: details.location,
    mode: details.mode,
    employmentType: details.employmentType,
  });
  return posting ? { posting, anchor: titleEl } : null;
}

export const ashby: SiteAdapter = adapterShell({
  id: 'ashby',
  matches: ['https://jobs.ashbyhq.com/*'],
  isListingPage: (url) => url.hostname === HOST && BOARD_PATH.test(url.pathname) && url.pathname !== '/',
  jobKey: (url) => {
    const id = jobId(url);
    return id ? `ashby:${id.id}` : null;
  },
  ready: READY,
  anchor: READY,
  cardSelector: CARD_SELECTOR,
  extractCard: extractAshbyCard,
  extract(doc, url): JobPosting | null {
    const id = jobId(url);
    if (!id) return null;
    const shownTitle = textOf(doc, SELECTORS.title, 300);
    // Client-side navigation keeps the first page's JSON-LD: trust it only for this posting.
    const structured = trustedStructured(jsonLdPosting(doc), { id: id.id, title: shownTitle });
    const pane = doc.querySelector(SELECTORS.leftPane[0]);
    const fields = labelledFields(pane);
    const locationField = fieldByLabel(fields, /^locations?$/);
    // Primary and secondary locations render as separate paragraphs/items in the section.
    const locationItems = locationField
      ? uniqueTexts(Array.from(locationField.element.parentElement?.querySelectorAll('p, li') ?? []).map((e) => e.textContent))
      : [];
    const location = locationField?.value ?? null;
    return assemblePosting({
      site: 'ashby',
      jobKey: `ashby:${id.id}`,
      url,
      structured,
      title: shownTitle,
      company: companyOf(doc),
      companyFallback: prettifySlug(id.company),
      location: locationItems.length > 1 ? locationItems.join(' | ') : location,
      locations: locationItems.length > 1 ? locationItems : splitLocations(location),
      mode: modeFromLabel(fieldByLabel(fields, /^(location type|workplace( type)?)$/)?.value),
      payText: fieldByLabel(fields, /^(compensation|salary|pay)\b/)?.value ?? null,
      employmentType: fieldByLabel(fields, /^(employment type|type)$/)?.value ?? null,
    });
  },
});
