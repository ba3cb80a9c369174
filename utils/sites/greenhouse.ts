/**
 * Greenhouse job boards: boards.greenhouse.io (classic), job-boards.greenhouse.io and
 * job-boards.eu.greenhouse.io (2024 React boards).
 * Checked against a real page: the classic board (../shared/fixtures/greenhouse, 2024).
 *
 * Board listings (/<board>, and the embeddable board /embed/job_board?for=<board> that company
 * sites put in an iframe) are built from knowledge of the markup: classic `.opening` rows
 * (a[href], span.location) under department sections, React `tr.job-post` rows (a > p.body--medium
 * title, p.body__secondary location). The saved board API responses (../shared/fixtures/greenhouse/
 * boards_api_*.json) confirm what a row carries (title, location name, absolute_url, which on
 * embedding sites is "<company page>?gh_jid=<id>"). A card's jobKey is the job page's.
 */
import type { JobPosting } from '../schemas';
import { parseSalaryText } from '../normalize/salary-text';
import { collectCards, countryFromLocation, hrefOf, modeFromLabel, plausibleSalary, prettifySlug } from './fields';
import { cleanText, metaContent, textOf } from './dom';
import { jsonLdPosting } from './structured-data';
import type { JobCard, SiteAdapter } from './types';

const HOSTS = /^(boards|job-boards|job-boards\.eu|boards\.eu)\.greenhouse\.io$/;
/** /<board>/jobs/<id> */
const JOB_PATH = /^\/([a-z0-9_-]+)\/jobs\/(\d{4,20})\/?$/i;

/** Selectors, most stable first. Classic: .app-title/.company-name/.location (2024). */
const SELECTORS = {
  title: ['h1.app-title', '.job__title h1', 'h1.section-header', '#header h1', 'main h1'],
  company: ['#header .company-name', '.company-name'],
  location: ['#header .location', '.job__location', '.location'],
  payRange: ['.pay-range', '.job__pay-range'],
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

function payText(doc: Document): string | null {
  for (const selector of SELECTORS.payRange) {
    const range = doc.querySelector(selector);
    if (!range) continue;
    // "Annual Salary:" sits beside the range in the classic board's pay-transparency block.
    const label = cleanText(range.parentElement?.querySelector('.title')?.textContent, 100);
    const text = cleanText(Array.from(range.childNodes).map((n) => n.textContent ?? '').join(' '), 300);
    if (text) return label ? `${label} ${text}` : text;
  }
  return null;
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
    const companyText = textOf(doc, SELECTORS.company, 200)?.replace(/^at\s+/i, '') ?? null;
    const location = textOf(doc, SELECTORS.location, 500) ?? structured?.location ?? null;
    const locations = location
      ? location.split(/\s*[|;]\s*/).filter(Boolean)
      : (structured?.locations ?? []);
    let postedSalary = structured?.postedSalary ?? null;
    if (!postedSalary) {
      const text = payText(doc);
      const parsed = text ? parseSalaryText(text, 'US') : null;
      if (text && parsed) postedSalary = { ...parsed, raw: text };
    }
    return {
      site: 'greenhouse',
      jobKey: `greenhouse:${id.id}`,
      url: url.href,
      title,
      company: structured?.company ?? companyText,
      location,
      locations,
      mode: structured?.mode ?? null,
      postedSalary: plausibleSalary(postedSalary, countryFromLocation(location)),
      employmentType: structured?.employmentType ?? null,
      datePosted: structured?.datePosted ?? null,
      source: structured ? 'json-ld' : 'dom',
    };
  },
};
