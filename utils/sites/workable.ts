/**
 * Workable hosted careers: apply.workable.com/<account>/j/<shortcode>/ (and …/apply/), the
 * account board apply.workable.com/<account>/. A React SPA: the server sends <title>/og:title
 * ("<Title> - <Company>") and an empty body; the posting renders later with data-ui attributes.
 *
 * Checked against real saved pages: ../shared/fixtures/workable/blueprint_sr_director_360_brand_marketing.html
 * and blueprint_board.html (2025 shells: og:title, meta name=subdomain, empty body). The rendered
 * markup (h1[data-ui="job-title"], [data-ui="job-location"], [data-ui="job-workplace"],
 * [data-ui="job-type"], board li[data-ui="job"]) is from knowledge of the site and public
 * scrapers' selectors of 2024–26 (h1/h2[data-ui="job-title"], span[data-ui="job-location"]).
 *
 * Timing: the shell's #app holds a loading spinner (.loader, checked 2025) until the app has
 * fetched the job. The badge must not wait for a render that may never come (a blocked script,
 * a saved page): the shell is "ready" too, the posting is read from og:title, and the badge goes
 * after the spinner, inside #app. When the app renders it replaces #app's children, the badge
 * goes with them, and the page loop re-reads the rendered page (title, location, pay) and
 * mounts the badge again after the title.
 */
import type { JobPosting } from '../schemas';
import {
  assemblePosting,
  collectCards,
  hrefOf,
  modeFromLabel,
  prettifySlug,
  spacedTextOf,
  splitLocations,
  titleParts,
  trustedStructured,
} from './fields';
import { cleanText, metaContent, textOf } from './dom';
import { jsonLdPosting } from './structured-data';
import type { JobCard, SiteAdapter } from './types';

const HOST = 'apply.workable.com';
const JOB_PATH = /^\/([A-Za-z0-9_-]+)\/j\/([A-Za-z0-9]{6,16})(?:\/apply)?\/?$/;
const BOARD_PATH = /^\/([A-Za-z0-9_-]+)\/?$/;
const NOT_ACCOUNTS = new Set(['api', 'j', 'login', 'static']);

/** Selectors, most stable first: Workable's data-ui attributes (2022–2025). */
const SELECTORS = {
  title: ['[data-ui="job-title"]', 'main h1', 'h1'],
  location: ['[data-ui="job-location"]'],
  workplace: ['[data-ui="job-workplace"]', '[data-ui="job-remote"]'],
  type: ['[data-ui="job-type"]'],
  pay: ['[data-ui="job-salary"]', '[data-ui="salary"]'],
  company: ['[data-ui="company-name"]', 'header [data-ui="logo"] img[alt]'],
} as const;
/** rendered title (2022–2026), else the shell's spinner (checked 2025) */
const READY = '[data-ui="job-title"], main h1, #app > .loader';
const CARD_SELECTOR = 'li[data-ui="job"], [data-ui="job-opening"]';

function jobId(url: URL): { account: string; id: string } | null {
  if (url.hostname !== HOST) return null;
  const m = JOB_PATH.exec(url.pathname);
  if (!m || NOT_ACCOUNTS.has(m[1]!.toLowerCase())) return null;
  return { account: m[1]!, id: m[2]!.toUpperCase() };
}

/** Company: the rendered name, else "<Title> - <Company>" on job pages / og:title on the board. */
function companyOf(doc: Document, onBoard: boolean): string | null {
  const shown = textOf(doc, [SELECTORS.company[0]], 200);
  if (shown) return shown;
  if (onBoard) {
    const og = metaContent(doc, 'og:title');
    if (og) return og;
    const title = cleanText(doc.querySelector('title')?.textContent, 200);
    return title?.replace(/\s+-\s+current openings$/i, '') ?? null;
  }
  return titleParts(doc, /\s+-\s+(?!.*\s-\s)/)?.rest ?? null;
}

export function extractWorkableCard(card: Element, url: URL): JobCard | null {
  const link = card.localName === 'a' ? card : card.querySelector('a[href*="/j/"]');
  const target = hrefOf(link, url);
  const id = target ? jobId(target) : null;
  const titleEl = card.querySelector('[data-ui="job-title"], h3, h2');
  const title = cleanText(titleEl?.textContent, 300);
  if (!id || !titleEl || !title) return null;
  const location = textOf(card, SELECTORS.location, 500);
  const posting = assemblePosting({
    site: 'workable',
    jobKey: `workable:${id.id}`,
    url: target!.href,
    title,
    company: companyOf(card.ownerDocument, true),
    companyFallback: prettifySlug(id.account),
    location,
    locations: splitLocations(location),
    mode: modeFromLabel(textOf(card, SELECTORS.workplace, 100)),
    employmentType: textOf(card, SELECTORS.type, 100),
  });
  return posting ? { posting, anchor: titleEl } : null;
}

export const workable: SiteAdapter = {
  id: 'workable',
  priority: 10,
  matches: ['https://apply.workable.com/*'],
  isJobPage: (url) => jobId(url) !== null,
  isListingPage: (url) => {
    const m = url.hostname === HOST ? BOARD_PATH.exec(url.pathname) : null;
    return !!m && !NOT_ACCOUNTS.has(m[1]!.toLowerCase());
  },
  jobKey: (url) => {
    const id = jobId(url);
    return id ? `workable:${id.id}` : null;
  },
  ready: READY,
  anchor: READY,
  cardSelector: CARD_SELECTOR,
  extractCard: extractWorkableCard,
  extractCards: (doc, url) => collectCards(doc, CARD_SELECTOR, (el) => extractWorkableCard(el, url)),
  extract(doc, url): JobPosting | null {
    const id = jobId(url);
    if (!id) return null;
    const shownTitle = textOf(doc, SELECTORS.title, 300);
    const structured = trustedStructured(jsonLdPosting(doc), { id: id.id, title: shownTitle });
    // The server shell has only "<Title> - <Company>" in og:title/<title>.
    const meta = shownTitle ? null : titleParts(doc, /\s+-\s+(?!.*\s-\s)/);
    const location = textOf(doc, SELECTORS.location, 500);
    return assemblePosting({
      site: 'workable',
      jobKey: `workable:${id.id}`,
      url,
      structured,
      title: shownTitle ?? meta?.first ?? null,
      titleFromMeta: !shownTitle,
      company: companyOf(doc, false),
      companyFallback: prettifySlug(id.account),
      location,
      locations: splitLocations(location),
      mode: modeFromLabel(textOf(doc, SELECTORS.workplace, 100)),
      payText: spacedTextOf(doc, SELECTORS.pay, 500),
      employmentType: textOf(doc, SELECTORS.type, 100),
    });
  },
};
