/**
 * Greenhouse job boards: boards.greenhouse.io (classic), job-boards.greenhouse.io and
 * job-boards.eu.greenhouse.io (2024 React boards).
 * Checked against a real page: the classic board (../shared/fixtures/greenhouse, 2024). The new
 * board's job page (job-boards.greenhouse.io/<co>/jobs/<id>, a Remix app) is learned from public
 * scrapers' captures and tests of 2025–26: no JSON-LD, <title> "Job Application for <title> at
 * <company>", og:title = the job title, h1.section-header inside .job__title, .job__location,
 * the description in .job__description, the company logo <img alt="<company> Logo">, pay in a
 * .pay-range block, and the server-rendered loader data `window.__remixContext` with the job post
 * (company_name, job_post_location, pay_ranges [{min, max, currency_type, title}], published_at).
 *
 * Board listings (/<board>, and the embeddable board /embed/job_board?for=<board> that company
 * sites put in an iframe) are built from knowledge of the markup: classic `.opening` rows
 * (a[href], span.location) under department sections, React `tr.job-post` rows (a > p.body--medium
 * title, p.body__secondary location). The saved board API responses (../shared/fixtures/greenhouse/
 * boards_api_*.json) confirm what a row carries (title, location name, absolute_url, which on
 * embedding sites is "<company page>?gh_jid=<id>"). A card's jobKey is the job page's.
 */
import type { JobPosting, PayText } from '../schemas';
import { collectCards, countryFromLocation, firstOf, hrefOf, modeFromLabel, payText, plausibleSalary, prettifySlug, spacedText } from './fields';
import { modeFromDescription } from './description-mode';
import { cleanText, metaContent, textOf } from './dom';
import { jsonLdPosting } from './structured-data';
import type { JobCard, SiteAdapter } from './types';

const HOSTS = /^(boards|job-boards|job-boards\.eu|boards\.eu)\.greenhouse\.io$/;
/** /<board>/jobs/<id> */
const JOB_PATH = /^\/([a-z0-9_-]+)\/jobs\/(\d{4,20})\/?$/i;

/**
 * Selectors, most stable first. Classic: .app-title/.company-name/.location (checked 2024). New
 * board: .job__title h1, .job__location, .job__description, img.logo / .logo img (learned from
 * 2025–26 captures in public scrapers' tests).
 */
const SELECTORS = {
  title: ['h1.app-title', '.job__title h1', 'h1.section-header', '#header h1', 'main h1'],
  company: ['#header .company-name', '.company-name'],
  location: ['#header .location', '.job__location', '.location', '[class*="job__location"]'],
  /** the classic block is .content-pay-transparency > .pay-input > .title + .pay-range */
  payRange: ['.pay-range', '.job__pay-range', '[class*="pay-range"]', '[class*="pay-transparency"]'],
  logo: ['img.logo[alt]', '.logo img[alt]', 'header img[alt$=" Logo"]', 'img[alt$=" Logo"]'],
  description: ['.job__description', '#content', '.job-post-container', 'main'],
} as const;

function jobId(url: URL): { board: string; id: string } | null {
  if (!HOSTS.test(url.hostname)) return null;
  const m = JOB_PATH.exec(url.pathname);
  if (m) return { board: m[1]!.toLowerCase(), id: m[2]! };
  // Embedded application frame: /embed/job_app?for=<board>&token=<id>
  if (url.pathname === '/embed/job_app') {
    const board = url.searchParams.get('for');
    const id = url.searchParams.get('token');
    if (board && id && /^\d{4,20}$/.test(id)) return { board: board.toLowerCase(), id };
  }
  return null;
}

/** The jobKey of a Greenhouse job URL (also used for links to it from company pages). */
export function greenhouseJobKey(url: URL): string | null {
  const id = jobId(url);
  return id ? `greenhouse:${id.id}` : null;
}

/** The embeddable board a company page frames: /embed/job_board?for=<board> */
function embedBoard(url: URL): string | null {
  if (!HOSTS.test(url.hostname) || !/^\/embed\/job_board\/?$/.test(url.pathname)) return null;
  const board = url.searchParams.get('for');
  return board && /^[a-z0-9_-]+$/i.test(board) ? board.toLowerCase() : null;
}

/** /<board> (not /embed, which is the embed endpoints' prefix) */
function boardOf(url: URL): string | null {
  if (!HOSTS.test(url.hostname)) return null;
  const m = /^\/([a-z0-9_-]+)\/?$/i.exec(url.pathname);
  if (m && m[1]!.toLowerCase() !== 'embed') return m[1]!.toLowerCase();
  return embedBoard(url);
}

/**
 * A board row's job id: /<board>/jobs/<id> on Greenhouse, or the company page's ?gh_jid=<id>
 * that embedded boards link to (same id, so the same jobKey as the job page).
 */
function cardJobId(target: URL): string | null {
  const own = jobId(target);
  if (own) return own.id;
  const ghJid = target.searchParams.get('gh_jid');
  return ghJid && /^\d{4,20}$/.test(ghJid) ? ghJid : null;
}

/** Board selectors, most stable first: React rows (2024) then classic rows (legacy, still served 2024). */
const CARD_SELECTOR = 'tr.job-post, div.opening';
const CARD = {
  title: ['p.body--medium', '.job-post p:first-child'],
  location: ['p.body__secondary', 'p.body--metadata', '.location'],
} as const;

/** "Current Job Openings at Lumenwave" / "Jobs at Kestrel" */
function boardCompany(doc: Document): string | null {
  const candidates = [textOf(doc, ['#board_title', 'main h1', 'h1'], 200), metaContent(doc, 'og:title'), cleanText(doc.querySelector('title')?.textContent, 200)];
  for (const text of candidates) {
    const m = text ? /(?:openings|jobs|careers|positions)\s+at\s+(.+)$/i.exec(text) : null;
    if (m) return cleanText(m[1], 200);
  }
  return null;
}

export function extractGreenhouseCard(card: Element, url: URL): JobCard | null {
  const link = card.querySelector('a[href]');
  const target = hrefOf(link, url);
  const id = target ? cardJobId(target) : null;
  if (!link || !target || !id) return null;
  let titleEl: Element = link;
  let title: string | null = null;
  const titleP = link.querySelector(CARD.title.join(', '));
  if (titleP) {
    // React rows put a "New" tag inside the title paragraph.
    titleEl = titleP;
    const clone = titleP.cloneNode(true) as Element;
    for (const tag of Array.from(clone.querySelectorAll('.tag-container, .tag')).slice(0, 5)) tag.remove();
    title = cleanText(clone.textContent, 300);
  } else title = cleanText(link.textContent, 300);
  if (!title) return null;
  const location = textOf(card, CARD.location, 500);
  const board = boardOf(url) ?? jobId(target)?.board ?? null;
  return {
    posting: {
      site: 'greenhouse',
      jobKey: `greenhouse:${id}`,
      url: target.href,
      title,
      company: boardCompany(card.ownerDocument) ?? prettifySlug(board),
      location,
      locations: location ? location.split(/\s*[|;]\s*/).filter(Boolean).slice(0, 100) : [],
      mode: modeFromLabel(location),
      postedSalary: null,
      employmentType: null,
      datePosted: null,
      source: 'dom',
    },
    anchor: titleEl,
  };
}

function shownPay(doc: Document): string | null {
  for (const selector of SELECTORS.payRange) {
    for (const range of Array.from(doc.querySelectorAll(selector)).slice(0, 6)) {
      // "Annual Salary:" sits beside the range in the classic board's pay-transparency block.
      const label = cleanText(range.parentElement?.querySelector('.title')?.textContent, 100);
      const text = cleanText(Array.from(range.childNodes).map((n) => n.textContent ?? '').join(' '), 300);
      if (text && /\d/.test(text)) return label && !text.includes(label) ? `${label} ${text}` : text;
    }
  }
  return null;
}

/** What the new board's server-rendered loader data says about the job post. */
interface RemixPost {
  company: string | null;
  location: string | null;
  pay: string | null;
  datePosted: string | null;
}

const MAX_SCRIPT = 3_000_000;

/** A JSON string field's first value in `text` ("company_name":"Kestrel \u0026 Co"). */
function jsonField(text: string, name: string): string | null {
  const m = new RegExp(`"${name}":"((?:[^"\\\\]|\\\\.){0,400})"`).exec(text);
  if (!m) return null;
  try {
    return cleanText(JSON.parse(`"${m[1]}"`), 300);
  } catch {
    return null;
  }
}

/** The JSON array after `"name":` (balanced brackets, strings skipped), parsed, or null. */
function jsonArray(text: string, name: string): unknown[] | null {
  const at = text.indexOf(`"${name}":[`);
  if (at < 0) return null;
  const start = at + name.length + 3;
  let depth = 0;
  let inString = false;
  for (let i = start; i < Math.min(text.length, start + 20_000); i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '[') depth++;
    else if (c === ']' && --depth === 0) {
      try {
        const value: unknown = JSON.parse(text.slice(start, i + 1));
        return Array.isArray(value) ? value : null;
      } catch {
        return null;
      }
    }
  }
  return null;
}

/**
 * The job post in `window.__remixContext` (new boards). Only when it is about this job: after a
 * client-side navigation the first page's loader data stays behind.
 */
function remixPost(doc: Document, id: string): RemixPost | null {
  for (const script of Array.from(doc.querySelectorAll('script:not([src])')).slice(0, 60)) {
    const text = (script.textContent ?? '').slice(0, MAX_SCRIPT);
    if (!text.includes('__remixContext') || !text.includes(id)) continue;
    const ranges = jsonArray(text, 'pay_ranges') ?? [];
    let pay: string | null = null;
    for (const r of ranges.slice(0, 5)) {
      if (!r || typeof r !== 'object') continue;
      const { min, max, currency_type: currency, title } = r as Record<string, unknown>;
      const parts = [title, min, '-', max, currency].filter((v) => typeof v === 'string' || typeof v === 'number');
      if (typeof min !== 'string' && typeof max !== 'string') continue;
      pay = cleanText(parts.join(' '), 300);
      break;
    }
    const published = jsonField(text, 'published_at') ?? jsonField(text, 'first_published');
    return {
      company: jsonField(text, 'company_name'),
      location: jsonField(text, 'job_post_location'),
      pay,
      datePosted: published && /^\d{4}-\d{2}-\d{2}/.test(published) ? published : null,
    };
  }
  return null;
}

/** The company as the new board shows it: "<Company> Logo", or "Job Application for … at <Company>". */
function shownCompany(doc: Document): string | null {
  for (const selector of SELECTORS.logo) {
    const alt = cleanText(doc.querySelector(selector)?.getAttribute('alt'), 200)?.replace(/\s+logo$/i, '');
    if (alt && !/^logo$/i.test(alt)) return alt;
  }
  const title = cleanText(doc.querySelector('title')?.textContent, 300);
  const m = title ? /^job application for .+ at (.+)$/i.exec(title) : null;
  return m ? cleanText(m[1], 200) : null;
}

export const greenhouse: SiteAdapter = {
  id: 'greenhouse',
  priority: 10,
  matches: ['https://boards.greenhouse.io/*', 'https://job-boards.greenhouse.io/*', 'https://job-boards.eu.greenhouse.io/*'],
  isJobPage: (url) => jobId(url) !== null,
  isListingPage: (url) => boardOf(url) !== null,
  jobKey: (url) => {
    const id = jobId(url);
    return id ? `greenhouse:${id.id}` : null;
  },
  ready: 'h1.app-title, .job__title h1, main h1, #header h1',
  anchor: 'h1.app-title, .job__title h1, main h1, #header h1',
  cardSelector: CARD_SELECTOR,
  extractCard: extractGreenhouseCard,
  extractCards: (doc, url) => collectCards(doc, CARD_SELECTOR, (el) => extractGreenhouseCard(el, url)),
  extract(doc, url): JobPosting | null {
    const id = jobId(url);
    if (!id) return null;
    const structured = jsonLdPosting(doc);
    const title = textOf(doc, SELECTORS.title, 300) ?? structured?.title;
    if (!title) return null;
    const remix = remixPost(doc, id.id);
    const companyText = textOf(doc, SELECTORS.company, 200)?.replace(/^at\s+/i, '') ?? null;
    const location = textOf(doc, SELECTORS.location, 500) ?? remix?.location ?? structured?.location ?? null;
    const locations = location ? location.split(/\s*[|;]\s*/).filter(Boolean) : (structured?.locations ?? []);
    const country = countryFromLocation(locations[0] ?? location) ?? 'US';
    const shownCountry = countryFromLocation(location);
    const postedSalary = plausibleSalary(structured?.postedSalary, shownCountry);
    // without structured pay: the pay-transparency block, then the loader data's (read in the background)
    const payTexts = postedSalary
      ? []
      : [payText(shownPay(doc), country), payText(remix?.pay, country)]
          .filter((p): p is PayText => p !== null)
          .map((p) => ({ ...p, postingCountry: shownCountry }));
    // the first of these that exists (not `main` when the description has its own block: the
    // application form's questions are not the posting's text)
    const description = spacedText(firstOf(doc, SELECTORS.description), 30_000);
    const mode =
      structured?.mode ??
      modeFromLabel(location) ??
      (locations.length > 1 ? null : modeFromLabel(locations[0]?.split(/\s+-\s+|\s*[,(]\s*/)[0])) ??
      modeFromDescription(description);
    return {
      site: 'greenhouse',
      jobKey: `greenhouse:${id.id}`,
      url: url.href,
      title,
      company: structured?.company ?? companyText ?? remix?.company ?? shownCompany(doc) ?? prettifySlug(id.board),
      location,
      locations,
      mode,
      postedSalary,
      employmentType: structured?.employmentType ?? null,
      datePosted: structured?.datePosted ?? remix?.datePosted ?? null,
      source: structured ? 'json-ld' : 'dom',
      ...(payTexts.length ? { payTexts } : {}),
    };
  },
};
