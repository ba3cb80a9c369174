/**
 * Indeed: /viewjob?jk=<id> (also /m/viewjob, /rc/clk?jk= click-through links), search pages
 * (/jobs?q=…, /q-<kw>-l-<place>-jobs.html) whose right pane shows the job in `vjk`, on
 * www.indeed.com and the country hosts (in., uk., ca., de., au., …) — siteCountry from the host.
 *
 * Checked against a real saved page: the 2023 /viewjob page (../shared/fixtures/indeed: JSON-LD,
 * jobsearch-JobInfoHeader classes, hashed css- classes for company/location). The data-testid
 * header of 2024+ is built from knowledge of the site's markup. The search page is learned from
 * public scrapers' saved cards and parsers of 2023–26: rendered cards are
 * li > div.cardOutline.tapItem > … > div.job_seen_beacon with h2.jobTitle > a.jcs-JobTitle[data-jk]
 * > span[title], span[data-testid="company-name"], div[data-testid="text-location"] and
 * [data-testid="attribute_snippet_testid"] chips; the server response carries the same cards as
 * JSON in `window.mosaic.providerData["mosaic-provider-jobcards"]` (metaData.
 * mosaicProviderJobCardsModel.results[]: jobkey, title/displayTitle, company, formattedLocation,
 * salarySnippet.text), and a raw or saved response may have no card elements at all: the cards
 * are then read from that JSON.
 */
import type { JobPosting } from '../schemas';
import {
  hrefOf,
  assemblePosting,
  collectCards,
  firstOf,
  leafTexts,
  modeFromLabels,
  modeFromLocation,
  payTextsOf,
  payText,
  trustedStructured,
  visibleTextOf,
} from './fields';
import { cleanText } from './dom';
import { jsonLdPosting } from './structured-data';
import type { JobCard, SiteAdapter } from './types';

/** www.indeed.com and two-letter country hosts; not my./secure./employers. etc. */
const HOST = /^(?:www|[a-z]{2})\.indeed\.com$/;
const NOT_COUNTRY = new Set(['my']);
const JK = /^[0-9a-f]{16}$/i;
const VIEW_PATH = /^\/(?:m\/)?(?:viewjob|rc\/clk|m\/rc\/clk)\/?$/;
const SEARCH_PATH = /^\/(?:m\/)?(?:jobs|q-[^/]+-jobs\.html|jobs-in-[^/]+|[^/]+-jobs\.html)\/?$/i;
/** host prefix → ISO country where they differ */
const HOST_COUNTRY: Record<string, string> = { www: 'US', uk: 'GB' };

const SELECTORS = {
  /** the right pane of search pages; the whole page on /viewjob */
  details: ['#jobsearch-ViewjobPaneWrapper', '.jobsearch-ViewJobLayout--embedded', '.jobsearch-RightPane'],
  title: [
    '[data-testid="jobsearch-JobInfoHeader-title"]',
    'h1.jobsearch-JobInfoHeader-title', // 2019–2023
    '.jobsearch-JobInfoHeader-title',
  ],
  company: [
    '[data-testid="inlineHeader-companyName"]',
    '[data-company-name="true"]',
    '.jobsearch-CompanyInfoContainer a[href*="/cmp/"]', // 2021–2023
  ],
  location: [
    '[data-testid="inlineHeader-companyLocation"]',
    '[data-testid="job-location"]',
    '[data-testid="jobsearch-JobInfoHeader-companyLocation"]',
    '#jobLocationText',
  ],
  salary: ['#salaryInfoAndJobType span', '[data-testid="jobsearch-OtherJobDetailsContainer"] span', '#salaryGuide li'],
  /** the header block whose short labels say "Remote" / "Hybrid work" */
  header: ['.jobsearch-InfoHeaderContainer', '.jobsearch-DesktopStickyContainer', '.jobsearch-JobInfoHeader-subtitle'],
  jobType: ['#salaryInfoAndJobType .jobsearch-JobMetadataHeader-item', '[data-testid="jobsearch-OtherJobDetailsContainer"] [data-testid$="-tile"]'],
} as const;

/** .job_seen_beacon (2021+); .jobsearch-SerpJobCard (to 2020) and a.tapItem (2020–2021), legacy */
const CARD_SELECTOR = '.job_seen_beacon, .jobsearch-SerpJobCard, a.tapItem[data-jk]';

const CARD = {
  jkLink: ['a[data-jk]', '[data-jk]'],
  title: ['h2.jobTitle a span[title]', 'h2.jobTitle span[title]', '.jcs-JobTitle span', 'h2.jobTitle', '.jobtitle'],
  anchor: ['h2.jobTitle', '.jobTitle', 'h2'],
  company: ['[data-testid="company-name"]', '.companyName', '.company'],
  location: ['[data-testid="text-location"]', '.companyLocation', '.location'],
  salary: ['[data-testid="attribute_snippet_testid"]', '.salary-snippet-container', '.metadata.salary-snippet-container', '.estimated-salary', '.salaryText'],
} as const;

/** The card payload's marker in the server response (learned from 2024–26 parsers). */
const MOSAIC_MARKER = 'window.mosaic.providerData["mosaic-provider-jobcards"]';
const MAX_SCRIPT = 5_000_000;

function hostCountry(url: URL): string | null {
  if (!HOST.test(url.hostname)) return null;
  const prefix = url.hostname.split('.')[0]!;
  if (NOT_COUNTRY.has(prefix)) return null;
  return HOST_COUNTRY[prefix] ?? prefix.toUpperCase();
}

function isIndeed(url: URL): boolean {
  return hostCountry(url) !== null;
}

function viewJk(url: URL): string | null {
  if (!isIndeed(url) || !VIEW_PATH.test(url.pathname)) return null;
  const jk = url.searchParams.get('jk');
  return jk && JK.test(jk) ? jk.toLowerCase() : null;
}

function isSearch(url: URL): boolean {
  return isIndeed(url) && SEARCH_PATH.test(url.pathname);
}

function paneJk(url: URL): string | null {
  if (!isSearch(url)) return null;
  const jk = url.searchParams.get('vjk');
  return jk && JK.test(jk) ? jk.toLowerCase() : null;
}

function jobId(url: URL): string | null {
  return viewJk(url) ?? paneJk(url);
}

/** Indeed appends " - job post" (visually hidden) to the title in the right pane. */
function cleanTitle(text: string | null): string | null {
  return cleanText(text?.replace(/\s*-\s*job post\s*$/i, ''), 300);
}

/**
 * Before the data-testid header (2019–2023) the location sat in hashed css- classes: find it
 * among the header's short texts as the one that starts like the JSON-LD place ("Austin, TX"
 * for "Austin, TX, US"), so the location is the one shown.
 */
function shownLocation(labels: readonly string[], structuredPlace: string | null): string | null {
  const locality = structuredPlace?.split(',')[0]?.trim().toLowerCase();
  if (!locality) return null;
  return labels.find((t) => t.length <= 100 && t.toLowerCase().startsWith(locality)) ?? null;
}

function extract(doc: Document, url: URL): JobPosting | null {
  const jk = jobId(url);
  if (!jk) return null;
  const country = hostCountry(url);
  const details = viewJk(url) ? doc : (firstOf(doc, SELECTORS.details) ?? doc);
  const domTitle = cleanTitle(visibleTextOf(details, SELECTORS.title, 300));
  const structured = viewJk(url) ? trustedStructured(jsonLdPosting(doc), { title: domTitle }) : null;
  if (!domTitle && !structured) return null;
  const header = firstOf(details, SELECTORS.header);
  const labels = leafTexts(header, 150);
  const location = visibleTextOf(details, SELECTORS.location, 300) ?? shownLocation(labels, structured?.locations[0] ?? null);
  const mode = modeFromLocation(location) ?? modeFromLabels(labels);
  return assemblePosting({ site: 'indeed', jobKey: `indeed:${jk}`, url: url.href, structured,
    title: domTitle,
    company: visibleTextOf(details, SELECTORS.company, 200),
    location,
    mode,
    payTexts: payTextsOf(details, SELECTORS.salary, country),
    employmentType: null,
  });
}

/**
 * The card's job key: data-jk (on the card or its title link), else the ids Indeed derives from
 * it (a#job_<jk>, span#jobTitle-<jk>, the outline's class job_<jk>, seen 2023–25), else the
 * link's jk= parameter.
 */
function cardJk(card: Element): string | null {
  const own = card.getAttribute('data-jk');
  if (own && JK.test(own)) return own.toLowerCase();
  const jk = firstOf(card, CARD.jkLink)?.getAttribute('data-jk') ?? card.closest('[data-jk]')?.getAttribute('data-jk');
  if (jk && JK.test(jk)) return jk.toLowerCase();
  const derived =
    /^(?:job_|jobTitle-|sj_)([0-9a-f]{16})$/i.exec(card.querySelector('a[id^="job_"], a[id^="sj_"], span[id^="jobTitle-"]')?.id ?? '')?.[1] ??
    /(?:^|\s)job_([0-9a-f]{16})(?:\s|$)/i.exec(card.closest('.cardOutline')?.className ?? '')?.[1] ??
    /[?&]jk=([0-9a-f]{16})(?:&|$)/i.exec(card.querySelector('h2 a[href], a.jcs-JobTitle[href]')?.getAttribute('href') ?? '')?.[1];
  return derived ? derived.toLowerCase() : null;
}

function extractCard(card: Element, url: URL): JobCard | null {
  const jk = cardJk(card);
  const anchor = firstOf(card, CARD.anchor);
  const title = cleanTitle(visibleTextOf(card, CARD.title, 300));
  if (!jk || !anchor || !title) return null;
  const location = visibleTextOf(card, CARD.location, 300);
  const link = hrefOf(firstOf(card, CARD.jkLink), url);
  const origin = link && isIndeed(link) ? link.origin : url.origin;
  const posting = assemblePosting({
    site: 'indeed', jobKey: `indeed:${jk}`, url: `${origin}/viewjob?jk=${jk}`,
      title,
      company: visibleTextOf(card, CARD.company, 200),
      location,
      mode: modeFromLocation(location),
      payTexts: payTextsOf(card, CARD.salary, hostCountry(url)),
  });
  return posting ? { posting, anchor } : null;
}

/** The balanced JSON object starting at `start` (strings skipped), parsed, or null. */
function jsonObjectAt(text: string, start: number): unknown {
  if (text[start] !== '{') return null;
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) {
      try {
        return JSON.parse(text.slice(start, i + 1));
      } catch {
        return null;
      }
    }
  }
  return null;
}

/** The result cards of the mosaic payload (see the header), or []. */
function mosaicResults(doc: Document): Record<string, unknown>[] {
  for (const script of Array.from(doc.querySelectorAll('script:not([src])')).slice(0, 80)) {
    const text = (script.textContent ?? '').slice(0, MAX_SCRIPT);
    const at = text.indexOf(MOSAIC_MARKER);
    if (at < 0) continue;
    const eq = text.indexOf('=', at + MOSAIC_MARKER.length);
    const open = eq < 0 ? -1 : text.indexOf('{', eq);
    const data = open < 0 || open - eq > 10 ? null : jsonObjectAt(text, open);
    const results = (data as { metaData?: { mosaicProviderJobCardsModel?: { results?: unknown } } } | null)?.metaData?.mosaicProviderJobCardsModel
      ?.results;
    return Array.isArray(results) ? results.filter((r): r is Record<string, unknown> => !!r && typeof r === 'object').slice(0, MAX_JSON_CARDS) : [];
  }
  return [];
}

const MAX_JSON_CARDS = 200;
const str = (v: unknown, max = 300) => (typeof v === 'string' ? cleanText(v.replace(/<[^>]{0,200}>/g, ' '), max) : null);

/** One card from the payload; the badge goes next to its rendered title when there is one. */
function jsonCard(result: Record<string, unknown>, doc: Document, url: URL): JobCard | null {
  const jk = typeof result.jobkey === 'string' && JK.test(result.jobkey) ? result.jobkey.toLowerCase() : null;
  const title = str(result.displayTitle) ?? str(result.title);
  if (!jk || !title) return null;
  const rendered = doc.querySelector(`[data-jk="${jk}"]`);
  const anchor = rendered?.closest('h2') ?? rendered ?? doc.querySelector('#mosaic-provider-jobcards') ?? doc.body;
  if (!anchor) return null;
  const location = str(result.formattedLocation);
  const snippet = result.salarySnippet && typeof result.salarySnippet === 'object' ? str((result.salarySnippet as Record<string, unknown>).text, 200) : null;
  const posting = assemblePosting({
    site: 'indeed', jobKey: `indeed:${jk}`, url: `${url.origin}/viewjob?jk=${jk}`,
      title: cleanTitle(title),
      company: str(result.company, 200),
      location,
      mode: modeFromLocation(location),
      // "Estimated $…" is Indeed's guess, not the employer's range
      payTexts: snippet && !/estimat/i.test(snippet) ? [payText(snippet, hostCountry(url))] : [],
  });
  return posting ? { posting, anchor } : null;
}

/** Rendered cards; a response without card elements is read from its JSON payload. */
function extractCards(doc: Document, url: URL): JobCard[] {
  const rendered = collectCards(doc, CARD_SELECTOR, (card) => extractCard(card, url));
  if (rendered.length) return rendered;
  const out: JobCard[] = [];
  const seen = new Set<string>();
  for (const result of mosaicResults(doc)) {
    const card = jsonCard(result, doc, url);
    if (!card || seen.has(card.posting.jobKey)) continue;
    seen.add(card.posting.jobKey);
    out.push(card);
  }
  return out;
}

export const indeed: SiteAdapter = {
  id: 'indeed',
  priority: 10,
  matches: ['https://*.indeed.com/*'],
  siteCountry: hostCountry,
  isJobPage: (url) => jobId(url) !== null,
  isListingPage: isSearch,
  jobKey: (url) => {
    const jk = jobId(url);
    return jk ? `indeed:${jk}` : null;
  },
  ready: SELECTORS.title.join(', '),
  anchor: SELECTORS.title.join(', '),
  extract,
  cardSelector: CARD_SELECTOR,
  extractCard,
  extractCards,
};

