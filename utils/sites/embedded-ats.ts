/**
 * ATS boards embedded on company domains, recognised by fingerprint, not by host name:
 *
 * - Greenhouse: the `gh_jid=<id>` query parameter (the page shows that job), `#grnhse_app` /
 *   `iframe#grnhse_iframe`, the board script boards.greenhouse.io/embed/job_board/js?for=<board>,
 *   iframes on boards.greenhouse.io/embed/…;
 * - Lever: iframes on jobs.lever.co, the inline "lever jobs embed" list (#lever-jobs-container,
 *   li.lever-job > a.lever-job-title);
 * - Ashby: the embed script jobs.ashbyhq.com/<company>/embed, `#ashby_embed`, iframes on
 *   jobs.ashbyhq.com, the `ashby_jid=<uuid>` query parameter;
 * - Workday: iframes on *.myworkdayjobs.com.
 * - Company listing pages that link to ATS job pages (…?gh_jid=…, jobs.lever.co/<co>/<uuid>, …).
 *
 * Like the generic adapter it runs only where the user opted in to all sites (matches: []; the
 * registration excludes the known sites, and the CLI path skips it there: registry.isKnownSite), and
 * sits between the site adapters (10) and generic (1000). Postings keep the ATS's own jobKey
 * ("greenhouse:<id>", "lever:<uuid>"…), so a job reads as the same posting on the company page,
 * on the hosted board and in a card.
 *
 * When the posting or board is inside an ATS iframe, this adapter yields nothing for it: the
 * frame's own host adapter handles it (boards.greenhouse.io/embed/job_app?for=x&token=id and
 * /embed/job_board?for=x → greenhouse.ts; jobs.lever.co → lever.ts; jobs.ashbyhq.com → ashby.ts;
 * *.myworkdayjobs.com → workday.ts), which needs the content script in all frames.
 *
 * Built from knowledge of the embed snippets; the gh_jid listing shape is checked against a real
 * saved page (../shared/fixtures/pinterest/careers_jobs.html: cards linking to
 * /en/jobs/<id>/<slug>/?gh_jid=<id>).
 */
import type { JobPosting } from '../schemas';
import { ashbyJobKey, ASHBY_UUID } from './ashby';
import { assemblePosting, hrefOf, MAX_CARDS, prettifySlug, spacedTextOf, splitLocations, uniqueTexts } from './fields';
import { cleanText, metaContent, textOf } from './dom';
import { firstRun, locationIn } from './dom-reader';
import { greenhouseJobKey } from './greenhouse';
import { leverJobKey } from './lever';
import { structuredPosting } from './structured-data';
import type { JobCard, SiteAdapter } from './types';
import { workdayJobKey } from './workday';

export type EmbeddedAtsName = 'greenhouse' | 'lever' | 'ashby' | 'workday';

export interface EmbeddedAts {
  ats: EmbeddedAtsName;
  /** board / company / tenant slug, when the fingerprint names it */
  board: string | null;
  /** the ATS iframe that renders the board or posting (its own adapter reads it), if any */
  frame: string | null;
}

/** Fingerprints, most specific first. */
const FINGERPRINTS: readonly { ats: EmbeddedAtsName; selector: string; boardFrom?: RegExp }[] = [
  { ats: 'greenhouse', selector: 'iframe#grnhse_iframe, iframe[src*="greenhouse.io/embed/"]', boardFrom: /[?&]for=([a-z0-9_-]+)/i },
  { ats: 'greenhouse', selector: 'script[src*="greenhouse.io/embed/job_board/js"]', boardFrom: /[?&]for=([a-z0-9_-]+)/i },
  { ats: 'greenhouse', selector: '#grnhse_app' },
  { ats: 'lever', selector: 'iframe[src*="jobs.lever.co/"], iframe[src*="jobs.eu.lever.co/"]', boardFrom: /lever\.co\/([A-Za-z0-9._-]+)/ },
  { ats: 'lever', selector: '#lever-jobs-container, .lever-jobs-embed, li.lever-job' },
  { ats: 'ashby', selector: 'iframe#ashby_embed_iframe, iframe[src*="jobs.ashbyhq.com/"]', boardFrom: /ashbyhq\.com\/([A-Za-z0-9._%-]+)/ },
  { ats: 'ashby', selector: 'script[src*="jobs.ashbyhq.com/"][src*="/embed"]', boardFrom: /ashbyhq\.com\/([A-Za-z0-9._%-]+)\/embed/ },
  { ats: 'ashby', selector: '#ashby_embed' },
  { ats: 'workday', selector: 'iframe[src*=".myworkdayjobs.com/"], iframe[src*=".myworkdaysite.com/"]', boardFrom: /\/\/([a-z0-9-]+)\.(?:wd\d+\.)?myworkday/i },
];

/** Links from a company page to ATS job pages, read as cards. */
const ATS_LINKS =
  'a[href*="gh_jid="], a[href*="greenhouse.io/"][href*="/jobs/"], a[href*="jobs.lever.co/"], a[href*="jobs.eu.lever.co/"], a[href*="jobs.ashbyhq.com/"], a[href*="ashby_jid="], a[href*="myworkdayjobs.com/"][href*="/job/"]';
const CARD_SELECTOR = `li.lever-job, ${ATS_LINKS}`;
/** Link texts that are calls to action, not titles. */
const NOT_TITLES = /^(apply( now| here| today)?|learn more|view( job| details| role| position)?|details|read more|see (job|role|details)|open|more|→|›)$/i;

/** The ATS's own hosts belong to that ATS's adapter, never to this one. */
const ATS_HOSTS = /(^|\.)(greenhouse\.io|lever\.co|ashbyhq\.com|myworkdayjobs\.com|myworkdaysite\.com)$/i;

interface UrlJob {
  ats: 'greenhouse' | 'ashby';
  id: string;
}

/** The posting a company page shows, from the embed's query parameter. */
function urlJob(url: URL): UrlJob | null {
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || ATS_HOSTS.test(url.hostname)) return null;
  const gh = url.searchParams.get('gh_jid');
  if (gh && /^\d{4,20}$/.test(gh)) return { ats: 'greenhouse', id: gh };
  const ashbyJid = url.searchParams.get('ashby_jid');
  if (ashbyJid && ASHBY_UUID.test(ashbyJid)) return { ats: 'ashby', id: ashbyJid.toLowerCase() };
  return null;
}

/** Every ATS embed fingerprint on a page (bounded: a fixed list of selectors). */
export function detectEmbeddedAts(doc: Document): EmbeddedAts[] {
  const found: EmbeddedAts[] = [];
  for (const fp of FINGERPRINTS) {
    const el = doc.querySelector(fp.selector);
    if (!el) continue;
    const src = el.getAttribute('src') ?? '';
    const board = fp.boardFrom ? (fp.boardFrom.exec(src)?.[1]?.toLowerCase() ?? null) : null;
    const frame = el.localName === 'iframe' && src ? src : null;
    const same = found.find((f) => f.ats === fp.ats);
    if (same) {
      same.board ??= board;
      same.frame ??= frame;
    } else found.push({ ats: fp.ats, board, frame });
  }
  return found;
}

/**
 * What the content script needs on a page no site adapter claims (all-sites opt-in): whether an
 * embedded ATS posting or board is here, and whether it is inline (read here) or in a frame
 * (read by the frame's adapter). `null`: no ATS fingerprint; leave the page to `generic`.
 */
export function embeddedAtsOnPage(doc: Document, url: URL): { kind: 'job' | 'listing'; embeds: EmbeddedAts[] } | null {
  if (ATS_HOSTS.test(url.hostname)) return null;
  const embeds = detectEmbeddedAts(doc);
  if (urlJob(url)) return { kind: 'job', embeds };
  if (embeds.length || doc.querySelector(ATS_LINKS)) return { kind: 'listing', embeds };
  return null;
}

/** An ATS job URL → the jobKey that ATS's own adapter gives the job page. */
function atsJobKey(target: URL): string | null {
  const embedded = urlJob(target);
  if (embedded) return `${embedded.ats}:${embedded.id}`;
  // The ATS adapters' own URL → jobKey functions (only those: not their extractors).
  return greenhouseJobKey(target) ?? leverJobKey(target) ?? ashbyJobKey(target) ?? workdayJobKey(target);
}

function companyOf(doc: Document, embeds?: readonly EmbeddedAts[]): string | null {
  const site = metaContent(doc, 'og:site_name')?.replace(/\s+(careers|jobs)$/i, '');
  return site || prettifySlug((embeds ?? detectEmbeddedAts(doc)).find((e) => e.board)?.board);
}

/** Icons that mark a card's location line: <svg><use href="#map-marker">, <i class="fa-map-pin">. */
const LOCATION_ICONS = 'svg use, i[class*="map"], i[class*="location"], svg[class*="location"], svg[class*="map"]';

/** A card's location: a location-named element, else the line beside a location icon. */
function cardLocation(container: Element): string | null {
  const named =
    cleanText(container.getAttribute('data-location'), 300) ??
    textOf(container, ['[data-location]', '.location', '.job-location', '[class*="location"]', '[class*="Location"]'], 300);
  if (named) return named;
  for (const icon of Array.from(container.querySelectorAll(LOCATION_ICONS)).slice(0, 10)) {
    const ref = `${icon.getAttribute('href') ?? ''} ${icon.getAttribute('xlink:href') ?? ''} ${icon.getAttribute('class') ?? ''}`;
    if (!/map|location|pin|place/i.test(ref)) continue;
    const line = icon.closest('li, span, p, div');
    const text = line && line !== container ? cleanText(line.textContent, 300) : null;
    if (text) return text;
  }
  return null;
}

/** Ancestors known to hold several ATS links (the list, not a card): each is scanned once. */
const SHARED_PARENTS = new WeakSet<Element>();

/** The nearest ancestor that holds this link and no other ATS job link: the card (bounded). */
function cardContainer(link: Element): Element {
  let el: Element = link;
  for (let depth = 0; depth < 5 && el.parentElement && el.parentElement.localName !== 'body'; depth++) {
    const parent = el.parentElement;
    if (SHARED_PARENTS.has(parent)) break;
    if (parent.querySelectorAll(ATS_LINKS).length > 1) {
      SHARED_PARENTS.add(parent);
      break;
    }
    el = parent;
  }
  return el;
}

export function extractEmbeddedCard(card: Element, url: URL): JobCard | null {
  const doc = card.ownerDocument;
  // Lever's inline embed: <li class="lever-job"><a class="lever-job-title" href=…>…<span class="lever-job-tag">
  if (card.matches('li.lever-job')) {
    const link = card.querySelector('a[href]');
    const target = hrefOf(link, url);
    const key = target ? atsJobKey(target) : null;
    const title = cleanText(link?.textContent, 300);
    if (!link || !key || !title) return null;
    const location = cleanText(card.getAttribute('data-location'), 300) ?? textOf(card, ['.lever-job-tag'], 300);
    const posting = assemblePosting({
      site: 'embedded-ats',
      jobKey: key,
      url: target!.href,
      title,
      company: companyOf(doc),
      location,
      locations: splitLocations(location),
    });
    return posting ? { posting, anchor: link } : null;
  }
  if (card.closest('li.lever-job')) return null; // read with its list item
  const target = hrefOf(card, url);
  const key = target ? atsJobKey(target) : null;
  if (!key) return null;
  const container = cardContainer(card);
  const heading = container.querySelector('h2, h3, h4');
  // The link's first text run, not all of its text ("Engineer" + icon + "Berlin" + icon + "Full-time").
  let title = firstRun(card);
  let anchor: Element = card;
  if (!title || NOT_TITLES.test(title) || title.length < 3) {
    title = cleanText(heading?.textContent, 300);
    if (heading) anchor = heading;
  }
  if (!title || NOT_TITLES.test(title)) return null;
  const location = cardLocation(container) ?? locationIn(container, null, title);
  const posting = assemblePosting({
    site: 'embedded-ats',
    jobKey: key,
    url: target!.href,
    title,
    company: companyOf(doc),
    location,
    locations: splitLocations(location),
  });
  return posting ? { posting, anchor } : null;
}

/** Selectors for a posting rendered inline on the company page, most stable first. */
const SELECTORS = {
  title: ['main h1', 'article h1', '[role="main"] h1', 'h1'],
  location: ['[itemprop="jobLocation"]', '[data-testid*="location"]', '.job__location', 'main .location', '.location'],
  pay: ['.pay-range', '.content-pay-transparency', '[data-testid*="salary"]', '[data-testid*="compensation"]'],
} as const;

export const embeddedAts: SiteAdapter = {
  id: 'embedded-ats',
  priority: 500,
  matches: [],
  isJobPage: (url) => urlJob(url) !== null,
  // A board embedded on a company page has no URL shape: the DOM decides (pageKind), on opted-in
  // pages no site adapter claims.
  isListingPage: () => false,
  pageKind: (doc, url) => embeddedAtsOnPage(doc, url)?.kind ?? null,
  jobKey: (url) => {
    const job = urlJob(url);
    return job ? `${job.ats}:${job.id}` : null;
  },
  ready: 'h1, #grnhse_app, #ashby_embed, iframe[src*="greenhouse.io/embed/"], iframe[src*="jobs.ashbyhq.com/"]',
  anchor: 'main h1, article h1, h1',
  cardSelector: CARD_SELECTOR,
  extractCard: extractEmbeddedCard,
  extractCards(doc, url) {
    const cards: JobCard[] = [];
    const seen = new Set<string>();
    for (const el of Array.from(doc.querySelectorAll(CARD_SELECTOR)).slice(0, MAX_CARDS * 2)) {
      const card = extractEmbeddedCard(el, url);
      if (!card || seen.has(card.posting.jobKey)) continue;
      seen.add(card.posting.jobKey);
      cards.push(card);
      if (cards.length >= MAX_CARDS) break;
    }
    return cards;
  },
  extract(doc, url): JobPosting | null {
    const job = urlJob(url);
    if (!job) return null;
    const embeds = detectEmbeddedAts(doc);
    const structured = structuredPosting(doc);
    // The ATS's embed renders the posting in its iframe (or will, once its script runs): that
    // frame's adapter reads it. A company page that renders the posting itself says so with a
    // JobPosting of its own.
    if (!structured && embeds.some((e) => e.ats === job.ats)) return null;
    const location = textOf(doc, SELECTORS.location, 500);
    return assemblePosting({
      site: 'embedded-ats',
      jobKey: `${job.ats}:${job.id}`,
      url,
      structured,
      title: textOf(doc, SELECTORS.title, 300),
      company: companyOf(doc, embeds),
      location,
      locations: uniqueTexts(splitLocations(location)),
      payText: spacedTextOf(doc, SELECTORS.pay, 1000),
    });
  },
};
