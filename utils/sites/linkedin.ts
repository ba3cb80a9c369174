/**
 * LinkedIn jobs: /jobs/view/<id> (also slug forms "…-at-google-3561224688", /comm/ email links,
 * country subdomains bg./in./uk.linkedin.com), the logged-in two-pane /jobs/search/,
 * /jobs/search-results/ and /jobs/collections/ pages (the right pane is keyed by `currentJobId`:
 * a job page AND a listing page), and guest search pages (/jobs/<keyword>-jobs-<place>).
 *
 * Checked against real saved pages (../shared/fixtures/linkedin): the guest /jobs/view page
 * (2023, JSON-LD + top-card classes), guest search result lists of 2019 (result-card) and 2025
 * (base-card), the logged-in search result list (Ember markup, 2026 capture), a zero-results
 * search page and an anti-bot interstitial; the 2026 guest /jobs/view page (no JSON-LD; its
 * "similar jobs" cards show other jobs' pay), the 60-card 2026 guest search (raw response saved
 * 2026-08-09), and the logged-in 2025–26 server-driven-UI job view (browser-saved 2026: hashed
 * class names, the title in a <p>, no JSON-LD, no OG tags). The logged-in unified top card of
 * 2022–2024 is built from knowledge of the site's markup.
 */
import type { JobPosting, PayText } from '../schemas';
import {
  hrefOf,
  assemblePosting,
  blockText,
  collectCards,
  countryFromLocation,
  firstOf,
  modeFromLabels,
  modeFromLocation,
  descriptionPayText,
  payText,
  payTextsOf,
  titlePayText,
  trustedStructured,
  textsOf,
  visibleText,
  visibleTextOf,
} from './fields';
import { modeFromDescription } from './description-mode';
import { cleanText } from './dom';
import { jsonLdPosting } from './structured-data';
import type { JobCard, SiteAdapter } from './types';

const HOST = /^(?:[a-z]{2,3}\.|www\.)?linkedin\.com$/;
/** /jobs/view/<id>, /jobs/view/<slug>-<id>, /comm/jobs/view/<id> */
const VIEW_PATH = /^(?:\/comm)?\/jobs\/view\/(?:[^/]*?-)?(\d{6,20})\/?$/;
/** logged-in two-pane lists (the right pane shows `currentJobId`) */
const TWO_PANE_PATH = /^\/jobs\/(?:search|search-results|collections(?:\/[a-z0-9-]+)?)\/?$/i;
/** guest search: /jobs/search?keywords=…, /jobs/<keyword>-jobs, /jobs/<keyword>-jobs-<place> */
const GUEST_SEARCH_PATH = /^\/jobs\/(?:search\/?|[a-z0-9%-]+-jobs(?:-[a-z0-9%-]+)?\/?)$/i;
const JOB_ID = /^\d{6,20}$/;

/** Selectors, most stable first. Dated notes on the legacy ones. */
const SELECTORS = {
  /** the details pane of the two-pane pages, or the whole job page */
  details: ['.jobs-search__job-details--container', '.jobs-details', '.job-view-layout', '.jobs-search-two-pane__details', 'main'],
  title: [
    '.job-details-jobs-unified-top-card__job-title h1',
    '.job-details-jobs-unified-top-card__job-title',
    '.jobs-unified-top-card__job-title', // 2022–2023
    '.top-card-layout__title', // guest page (2023; checked again 2026, no JSON-LD)
    'h1.topcard__title', // guest page (2019–2021)
    '.jobs-details-top-card__job-title', // 2019–2021
    'main h1',
  ],
  company: [
    '.job-details-jobs-unified-top-card__company-name a',
    '.job-details-jobs-unified-top-card__company-name',
    '.jobs-unified-top-card__company-name', // 2022–2023
    '.topcard__org-name-link', // guest page (2023, 2026)
    '.topcard__flavor a[href*="/company/"]',
  ],
  location: [
    // 2024+: "Bengaluru, Karnataka, India · Reposted 2 weeks ago · Over 100 applicants"
    '.job-details-jobs-unified-top-card__primary-description-container .tvm__text',
    '.job-details-jobs-unified-top-card__tertiary-description-container .tvm__text',
    '.job-details-jobs-unified-top-card__bullet', // 2023
    '.jobs-unified-top-card__bullet', // 2022
    'span.topcard__flavor--bullet', // guest page (2023, 2026)
    '.jobs-details-top-card__bullet', // 2019–2021
  ],
  workplace: [
    '.job-details-preferences-and-skills__pill',
    '.job-details-fit-level-preferences button',
    '.job-details-jobs-unified-top-card__workplace-type', // 2023
    '.jobs-unified-top-card__workplace-type', // 2022
  ],
  salary: [
    '.job-details-preferences-and-skills__pill',
    '.job-details-fit-level-preferences button',
    '#SALARY .jobs-details__salary-main-rail-card',
    '.compensation__salary', // guest page
    '.salary.compensation__salary-range',
  ],
  // .show-more-less-html__markup: guest page, checked 2023 and 2026 (the first one is this job's)
  description: ['#job-details', '.jobs-description__content', '.jobs-box__html-content', '.show-more-less-html__markup', '.description__text'],
} as const;

/** Result cards, one selector per generation (nested matches are skipped). */
const CARD_SELECTOR = [
  'li[data-occludable-job-id]', // logged-in lists (2020+)
  '[data-entity-urn^="urn:li:jobPosting:"]', // guest search, base-card (2020+)
  'li.job-result-card[data-id]', // guest search (2019)
].join(', ');

/**
 * The logged-in job view of 2025–26 (server-driven UI, checked against a browser-saved capture of
 * 2026): every class name is hashed, so only these hooks are read. The top card is the company
 * link's row, then the title <p>, then "<place> · <posted> · <applicants>", then workplace/type
 * pills (buttons). Sections below it (similar jobs, premium insights, upsells with "€0" prices)
 * are other content and are never read.
 */
const SDUI = {
  /** checked 2026 */
  root: ['[data-view-name="job-detail-page"]', '[data-sdui-screen*="JobDetails"]'],
  /** checked 2026: the company's page link, "/company/<slug>/life/" */
  companyLink: 'a[href*="/company/"]',
  /** checked 2026: componentkey "JobDetails_AboutTheJob_<id>" holds the description */
  about: ['[componentkey^="JobDetails_AboutTheJob"]', '[data-sdui-component$=".aboutTheJob"]'],
  /** checked 2026: other jobs' cards and premium blocks, never this posting */
  foreign: '[data-view-name="job-card"], [componentkey*="SimilarJobs"], [data-view-name^="premium"], [data-sdui-component*="premium"]',
  /** the title <p> in the block after the company row (the badge goes after it); checked 2026 */
  anchor: '[data-view-name="job-detail-page"] div:has(> a[href*="/company/"]) + div p',
} as const;

const CARD = {
  title: [
    '.job-card-list__title strong',
    'a.job-card-container__link strong',
    '.artdeco-entity-lockup__title a',
    '.artdeco-entity-lockup__title',
    '.base-search-card__title',
    '.result-card__title',
  ],
  company: ['.artdeco-entity-lockup__subtitle', '.job-card-container__primary-description', '.base-search-card__subtitle', '.result-card__subtitle'],
  location: ['.job-card-container__metadata-wrapper li', '.artdeco-entity-lockup__caption li', '.job-search-card__location', '.job-result-card__location'],
  salary: ['.job-card-container__metadata-wrapper li', '.artdeco-entity-lockup__metadata', '.job-card-container__salary-info', '.job-search-card__salary-info'],
  link: ['a.job-card-container__link', 'a.job-card-list__title', 'a.base-card__full-link', 'a.result-card__full-card-link', 'a[href*="/jobs/view/"]'],
  anchor: ['.artdeco-entity-lockup__title', '.job-card-list__title', '.base-search-card__title', '.result-card__title', 'h3'],
  date: ['time[datetime]'],
} as const;

function viewId(url: URL): string | null {
  if (!HOST.test(url.hostname)) return null;
  return VIEW_PATH.exec(url.pathname)?.[1] ?? null;
}

function paneId(url: URL): string | null {
  if (!HOST.test(url.hostname) || !TWO_PANE_PATH.test(url.pathname)) return null;
  const id = url.searchParams.get('currentJobId');
  return id && JOB_ID.test(id) ? id : null;
}

function jobId(url: URL): string | null {
  return viewId(url) ?? paneId(url);
}

function isListing(url: URL): boolean {
  if (!HOST.test(url.hostname)) return false;
  return TWO_PANE_PATH.test(url.pathname) || GUEST_SEARCH_PATH.test(url.pathname);
}

/** The job id a card or link points at: data attributes first, then the link. */
function idFromCard(card: Element): string | null {
  const occludable = card.getAttribute('data-occludable-job-id');
  if (occludable && JOB_ID.test(occludable)) return occludable;
  const urn = card.getAttribute('data-entity-urn') ?? card.querySelector('[data-entity-urn]')?.getAttribute('data-entity-urn');
  const fromUrn = urn ? /jobPosting:(\d{6,20})$/.exec(urn)?.[1] : null;
  if (fromUrn) return fromUrn;
  const dataId = card.getAttribute('data-id') ?? card.querySelector('[data-job-id]')?.getAttribute('data-job-id');
  if (dataId && JOB_ID.test(dataId)) return dataId;
  const href = firstOf(card, CARD.link)?.getAttribute('href') ?? '';
  return /\/jobs\/view\/(?:[^/?]*?-)?(\d{6,20})/.exec(href)?.[1] ?? null;
}

/**
 * The pane may still show the previous job while the next one loads: when the details carry a
 * link to a job, it must be this one.
 */
function paneShows(details: ParentNode, id: string): boolean {
  const link = details.querySelector('.job-details-jobs-unified-top-card__job-title a[href*="/jobs/view/"], .jobs-unified-top-card__content--two-pane a[href*="/jobs/view/"]');
  if (!link) return true;
  return new RegExp(`/jobs/view/(?:[^/?]*-)?${id}(?:[/?]|$)`).test(link.getAttribute('href') ?? '');
}

function extract(doc: Document, url: URL): JobPosting | null {
  const id = jobId(url);
  if (!id) return null;
  const details = paneId(url) ? (firstOf(doc, SELECTORS.details) ?? doc) : doc;
  if (!paneShows(details, id)) return null;
  const domTitle = visibleTextOf(details, SELECTORS.title, 300);
  // The logged-in app has no JSON-LD; the guest page had it until 2025 (a fresh load each time).
  const structured = viewId(url) ? trustedStructured(jsonLdPosting(doc), { title: domTitle }) : null;
  if (!domTitle && !structured) return extractSdui(doc, url, id);
  const location = visibleTextOf(details, SELECTORS.location, 300);
  const pills = textsOf(details, SELECTORS.workplace, 200);
  const description = blockText(firstOf(details, SELECTORS.description));
  const mode = modeFromLabels(pills) ?? modeFromLocation(location) ?? modeFromDescription(description);
  const country = countryFromLocation(location ?? structured?.location);
  const title = structured?.title ?? domTitle;
  return assemblePosting({ site: 'linkedin', jobKey: `linkedin:${id}`, url: url.href, structured,
    title: domTitle,
    company: visibleTextOf(details, SELECTORS.company, 200),
    location,
    mode,
    payTexts: [...payTextsOf(details, SELECTORS.salary, country), ...titleSegmentPay(title, country), descriptionPayText(description, country)],
  });
}

/**
 * Pay a title states in a segment of its own ("Backend Developer | Node.js | Up to £85,000 +
 * bonus"), with an explicit currency. Figures inside the role's own words ("Junior Engineer
 * ($250k - $300k salary)", seen on a 2026 guest search card with no pay element) are ad copy,
 * not a posted range.
 */
function titleSegmentPay(title: string | null, country: string | null): PayText[] {
  // Not inside brackets, and not at a range's dash ("£50,000 - £60,000").
  const segments = title?.replace(/\([^()]*\)|\[[^[\]]*\]/g, ' ').split(/\s+[|·•]\s+|\s+[-–—]\s+(?=[A-Za-z])/) ?? [];
  const out: PayText[] = [];
  for (const segment of segments.slice(1)) {
    if (!/[£$€₹¥]|\b(?:USD|GBP|EUR|INR|AUD|CAD)\b/.test(segment)) continue;
    const pay = titlePayText(segment, country);
    if (pay) out.push({ ...pay, raw: title!.slice(0, 500) });
  }
  return out;
}

/** "Graduate Data Engineer | Flow Traders | LinkedIn" (maybe "(3) " first) → [title, company]. */
function titleParts(doc: Document): [string, string] | null {
  const text = cleanText(doc.querySelector('title')?.textContent, 400)?.replace(/^\(\d+\+?\)\s*/, '');
  const parts = text?.split(/\s+\|\s+/) ?? [];
  if (parts.length < 3 || !/^linkedin$/i.test(parts[parts.length - 1]!)) return null;
  return [parts.slice(0, parts.length - 2).join(' | '), parts[parts.length - 2]!];
}

const sameText = (a: string | null, b: string | null) => !!a && !!b && a.toLowerCase() === b.toLowerCase();

/**
 * The 2025–26 logged-in job view (see SDUI). Reads the top card only: the company link's
 * paragraph, the title paragraph after it (confirmed by the document title when it names the
 * job), the place before the first " · ", the pills, and pay from the pills or the "About the
 * job" section. Null while the page still shows another job (its componentkeys carry the id).
 */
function extractSdui(doc: Document, url: URL, id: string): JobPosting | null {
  const root = firstOf(doc, SDUI.root);
  if (!root) return null;
  const shownId = /_(\d{6,20})$/.exec(root.querySelector('[componentkey^="JobDetails_"]')?.getAttribute('componentkey') ?? '')?.[1];
  if (shownId && shownId !== id) return null;
  const paragraphs = Array.from(root.querySelectorAll('p'))
    .slice(0, 120)
    .filter((p) => !p.closest(SDUI.foreign));
  const companyAt = paragraphs.findIndex((p) => p.querySelector(SDUI.companyLink) || p.closest(SDUI.companyLink));
  if (companyAt < 0) return null;
  const company = visibleText(paragraphs[companyAt], 200);
  const fromTitle = titleParts(doc);
  let titleAt = -1;
  for (let i = companyAt + 1; i < Math.min(paragraphs.length, companyAt + 6); i++) {
    const text = visibleText(paragraphs[i], 300);
    if (!text || sameText(text, company) || text.includes(' · ')) continue;
    if (fromTitle && !sameText(text, fromTitle[0])) continue;
    titleAt = i;
    break;
  }
  if (titleAt < 0) return null;
  const titleEl = paragraphs[titleAt]!;
  const title = visibleText(titleEl, 300);
  let location: string | null = null;
  for (let i = titleAt + 1; i < Math.min(paragraphs.length, titleAt + 4) && !location; i++) {
    const line = visibleText(paragraphs[i], 300);
    if (line?.includes(' · ')) location = cleanText(line.split(' · ')[0], 200);
  }
  // The top card: the widest ancestor of the title that holds neither the description nor
  // another section.
  const about = firstOf(root, SDUI.about);
  let card: Element = titleEl;
  for (let up = card.parentElement, depth = 0; up && up !== root && depth < 8; up = up.parentElement, depth++) {
    if ((about && up.contains(about)) || up.querySelector(SDUI.foreign)) break;
    card = up;
  }
  const pills = textsOf(card, ['button'], 100, 12);
  const country = countryFromLocation(location);
  const description = blockText(about);
  return assemblePosting({ site: 'linkedin', jobKey: `linkedin:${id}`, url: url.href, structured: null,
    title,
    company: company ?? fromTitle?.[1] ?? null,
    location,
    mode: modeFromLabels(pills) ?? modeFromLocation(location) ?? modeFromDescription(description),
    payTexts: [...pills.map((pill) => payText(pill, country)), descriptionPayText(description, country)],
  });
}

function extractCard(card: Element, url: URL): JobCard | null {
  const id = idFromCard(card);
  if (!id) return null;
  const anchor = firstOf(card, CARD.anchor);
  const title = visibleTextOf(card, CARD.title, 300) ?? cleanText(firstOf(card, CARD.link)?.getAttribute('aria-label'), 300);
  if (!anchor || !title) return null;
  // Logged-in metadata items hold the location first, then pay ("$120K/yr - $150K/yr").
  const locationEl = firstOf(card, CARD.location);
  const location = visibleText(locationEl, 300);
  const country = countryFromLocation(location);
  const pay = Array.from(card.querySelectorAll(CARD.salary.join(', ')))
    .slice(0, 8)
    .filter((el) => el !== locationEl)
    .map((el) => payText(visibleText(el, 300), country));
  const href = hrefOf(firstOf(card, CARD.link), url);
  const jobUrl = new URL(`/jobs/view/${id}/`, href && HOST.test(href.hostname) ? href.origin : url.origin);
  const posting = assemblePosting({
    site: 'linkedin', jobKey: `linkedin:${id}`, url: jobUrl.href,
      title,
      company: visibleTextOf(card, CARD.company, 200),
      location,
      mode: modeFromLocation(location),
      payTexts: [...pay, ...titleSegmentPay(title, country)],
      datePosted: firstOf(card, CARD.date)?.getAttribute('datetime') ?? null,
  });
  return posting ? { posting, anchor } : null;
}

export const linkedin: SiteAdapter = {
  id: 'linkedin',
  priority: 10,
  matches: ['https://www.linkedin.com/*', 'https://*.linkedin.com/*'],
  isJobPage: (url) => jobId(url) !== null,
  isListingPage: isListing,
  jobKey: (url) => {
    const id = jobId(url);
    return id ? `linkedin:${id}` : null;
  },
  ready: [...SELECTORS.title.slice(0, -1), `${SDUI.root[0]} ${SDUI.companyLink}`].join(', '),
  anchor: [...SELECTORS.title.slice(0, -1), SDUI.anchor].join(', '),
  extract,
  cardSelector: CARD_SELECTOR,
  extractCard,
  extractCards: (doc, url) => collectCards(doc, CARD_SELECTOR, (card) => extractCard(card, url)),
};
