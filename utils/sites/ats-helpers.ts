/**
 * Shared pieces of the ATS and company-career adapters: turning what a page shows (labels, pay
 * text, slugs) into JobPosting fields, guarding against stale structured data on SPAs, and
 * building card postings. Pure and bounded like dom.ts: everything reads only its arguments.
 */
import type { JobPosting, PostedSalary, WorkMode } from '../schemas';
import { parseSalaryText } from '../normalize/salary-text';
import { cleanText, metaContent } from './dom';
import { jsonLdPosting, type StructuredPosting } from './structured-data';
import type { JobCard, SiteAdapter } from './types';

/** Cards read per listing page, at most. */
export const MAX_CARDS = 500;
const MAX_LOCATIONS = 100;

// ---------------------------------------------------------------------------------------------
// Text → fields
// ---------------------------------------------------------------------------------------------

const SMALL_WORDS = new Set(['and', 'of', 'the', 'for', 'at', 'de', 'la', 'und']);

/** "blueprint-bryanjohnson" → "Blueprint Bryanjohnson": a last-resort company name from a slug. */
export function prettifySlug(slug: string | null | undefined): string | null {
  if (!slug) return null;
  let text: string;
  try {
    text = decodeURIComponent(slug);
  } catch {
    text = slug;
  }
  const words = text
    .replace(/[-_+.]+/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 8);
  if (!words.length) return null;
  return cleanText(
    words
      .map((w, i) => (i > 0 && SMALL_WORDS.has(w.toLowerCase()) ? w.toLowerCase() : w[0]!.toUpperCase() + w.slice(1)))
      .join(' '),
    200,
  );
}

/**
 * Explicit workplace labels only ("Remote", "Hybrid", "On-site", "Fully Remote", "Remote OK"):
 * the text must be the label itself (a short field value), never a sentence that mentions it.
 */
const MODE_LABELS: readonly [RegExp, WorkMode][] = [
  [/^(remote[\s-]*(ok|optional|friendly|possible|allowed)|on-?site or remote|remote or on-?site|flexible \(remote\))$/i, 'remote_ok'],
  [/^(fully |100% |full[\s-]time )?remote( first| only| work| job| - [a-z ]+| \([^)]{1,40}\))?$|^telecommute$|^work from home$|^wfh$|^télétravail complet$|^home ?office$/i, 'remote'],
  [/^hybrid( remote| work| working| \([^)]{1,40}\))?$|^flexible$|^hybride?$|^teilweise remote$/i, 'hybrid'],
  [/^(on-?site|onsite|on site|in[\s-]office|in[\s-]person|office[\s-]based|work from office|wfo|vor ort|présentiel)$/i, 'onsite'],
];

export function modeFromLabel(label: string | null | undefined): WorkMode | null {
  const text = cleanText(label, 80)?.replace(/[\s—–/|·•,-]+$/, '').replace(/^[\s—–/|·•,-]+/, '');
  if (!text || text.length > 60) return null;
  for (const [pattern, mode] of MODE_LABELS) if (pattern.test(text)) return mode;
  return null;
}

/** The first explicit workplace label among several short texts. */
export function modeFromLabels(labels: readonly (string | null | undefined)[]): WorkMode | null {
  for (const label of labels.slice(0, 20)) {
    const mode = modeFromLabel(label);
    if (mode) return mode;
  }
  return null;
}

/** Visible pay text → PostedSalary (parseSalaryText plus the text it read). */
export function salaryFromText(text: string | null | undefined, country: string | null): PostedSalary | null {
  const raw = cleanText(text, 20_000);
  if (!raw) return null;
  const parsed = parseSalaryText(raw, country);
  if (!parsed) return null;
  return { ...parsed, raw: raw.slice(0, 500) };
}

const BLOCKS = 'p, li, dd, td, span, h3, h4, div';
const MAX_BLOCKS = 400;

/**
 * Pay inside a long text (a description): read the whole text, then keep as `raw` the smallest
 * block (paragraph, list item…) that says the same thing, not the whole description.
 */
export function salaryFromElement(el: Element | null | undefined, country: string | null): PostedSalary | null {
  if (!el) return null;
  const all = salaryFromText(spacedText(el, 20_000), country);
  if (!all) return null;
  let best: string | null = null;
  for (const block of Array.from(el.querySelectorAll(BLOCKS)).slice(0, MAX_BLOCKS)) {
    const text = cleanText(block.textContent, 2000);
    if (!text || text.length > 1500 || !/\d/.test(text) || (best && text.length >= best.length)) continue;
    const one = parseSalaryText(text, country);
    if (one && one.min === all.min && one.max === all.max && one.currency === all.currency) best = text;
  }
  return best ? { ...all, raw: best.slice(0, 500) } : all;
}

/** Country names and ISO-3166 alpha-3 codes seen at the end of ATS location texts. */
const COUNTRIES: Record<string, string> = {
  'united states': 'US', 'united states of america': 'US', usa: 'US', us: 'US',
  canada: 'CA', can: 'CA',
  'united kingdom': 'GB', uk: 'GB', gbr: 'GB', england: 'GB', scotland: 'GB',
  india: 'IN', ind: 'IN',
  australia: 'AU', aus: 'AU',
  'new zealand': 'NZ', nzl: 'NZ',
  singapore: 'SG', sgp: 'SG',
  germany: 'DE', deu: 'DE', deutschland: 'DE',
  france: 'FR', fra: 'FR',
  ireland: 'IE', irl: 'IE',
  netherlands: 'NL', nld: 'NL',
  spain: 'ES', esp: 'ES',
  mexico: 'MX', mex: 'MX',
  brazil: 'BR', bra: 'BR',
  japan: 'JP', jpn: 'JP',
  'hong kong': 'HK', hkg: 'HK',
  sweden: 'SE', swe: 'SE',
  norway: 'NO', nor: 'NO',
  denmark: 'DK', dnk: 'DK',
  switzerland: 'CH', che: 'CH',
  poland: 'PL', pol: 'PL',
  israel: 'IL', isr: 'IL',
  'south africa': 'ZA', zaf: 'ZA',
  philippines: 'PH', phl: 'PH',
  colombia: 'CO', col: 'CO',
  chile: 'CL', chl: 'CL',
  argentina: 'AR', arg: 'AR',
  taiwan: 'TW', twn: 'TW',
  china: 'CN', chn: 'CN',
};

/** US states and territories, Canadian provinces: two-letter codes that are not countries. */
const SUBDIVISIONS = new Set(
  ('AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA ' +
    'RI SC SD TN TX UT VT VA WA WV WI WY DC PR GU VI AS MP ON QC BC AB MB SK NS NB NL PE YT NT NU').split(' '),
);

/**
 * The country a location text names at its end ("Montreal, QC, Canada", "Pune-MH-IND",
 * "US-LA-Prairieville" leading code), for resolving a bare "$" or "kr" in the pay text.
 */
export function countryFromLocation(location: string | null | undefined): string | null {
  const text = cleanText(location, 300);
  if (!text) return null;
  const parts = text
    .split(/\s*[,|;/·•()]\s*|\s+-\s+/)
    .map((p) => p.trim().toLowerCase())
    .filter(Boolean);
  const last = parts[parts.length - 1];
  if (last && COUNTRIES[last]) return COUNTRIES[last]!;
  // JSON-LD addresses end in an ISO code ("Gothenburg, Västra Götaland, SE"); US states and
  // Canadian provinces look the same ("Austin, TX", "Toronto, ON") and are not countries.
  const code = text.match(/,\s*([A-Z]{2})$/)?.[1];
  if (code && parts.length >= 2 && !SUBDIVISIONS.has(code)) return code;
  // Amazon-style "USA, WA, Seattle": a country name or 3-letter code first
  const firstPart = parts[0];
  if (parts.length >= 2 && firstPart && firstPart.length >= 3 && COUNTRIES[firstPart]) return COUNTRIES[firstPart]!;
  // iCIMS-style "US-LA-Prairieville" and Workday URL segments "Pune-MH-IND"
  const dashed = text.split('-').map((p) => p.trim().toLowerCase());
  const head = dashed[0];
  const tail = dashed[dashed.length - 1];
  if (dashed.length >= 3 && tail && tail.length === 3 && COUNTRIES[tail]) return COUNTRIES[tail]!;
  if (dashed.length >= 3 && head && head.length === 2 && COUNTRIES[head]) return COUNTRIES[head]!;
  return null;
}

/** Split a shown location on list separators (never on commas: "Austin, TX" is one place). */
export function splitLocations(text: string | null | undefined, separators = /\s*(?:[|;•·]|\s\/\s)\s*/): string[] {
  const clean = cleanText(text, 2000);
  if (!clean) return [];
  const out: string[] = [];
  for (const part of clean.split(separators)) {
    const p = cleanText(part, 200);
    if (p && !out.includes(p)) out.push(p);
    if (out.length >= MAX_LOCATIONS) break;
  }
  return out;
}

/** Unique, cleaned, bounded list of texts. */
export function uniqueTexts(values: readonly (string | null | undefined)[], max = MAX_LOCATIONS): string[] {
  const out: string[] = [];
  for (const value of values) {
    const text = cleanText(value, 200);
    if (text && !out.includes(text)) out.push(text);
    if (out.length >= max) break;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Labelled fields: "Location: Berlin", <dt>Locations</dt><dd>…</dd>, <h2>Location</h2><p>…</p>
// ---------------------------------------------------------------------------------------------

export interface LabelledField {
  label: string;
  value: string;
  /** the element holding the value (for reading its children: several locations) */
  element: Element;
}

const MAX_FIELDS = 80;

/**
 * Label → value pairs a page shows, in document order: definition lists, table rows, and a
 * short heading/label element followed by its value sibling. Bounded; labels are lower-cased.
 */
export function labelledFields(root: ParentNode | null | undefined, max = MAX_FIELDS): LabelledField[] {
  if (!root) return [];
  const out: LabelledField[] = [];
  const push = (labelEl: Element | null, valueEl: Element | null) => {
    if (!labelEl || !valueEl || out.length >= max) return;
    const label = cleanText(labelEl.textContent, 60)?.replace(/\s*:$/, '').toLowerCase();
    const value = cleanText(valueEl.textContent, 500);
    if (label && value && label.length <= 40) out.push({ label, value, element: valueEl });
  };
  for (const dt of Array.from(root.querySelectorAll('dt')).slice(0, max)) {
    let next = dt.nextElementSibling;
    while (next && next.localName !== 'dd' && next.localName !== 'dt') next = next.nextElementSibling;
    // <div><dt/></div><dd/> wrappers (iCIMS) and <div><dt/><dd/></div> groups
    if (!next && dt.parentElement?.localName === 'div') next = dt.parentElement.querySelector('dd');
    if (next?.localName === 'dd') push(dt, next);
  }
  for (const th of Array.from(root.querySelectorAll('tr > th:first-child')).slice(0, max)) {
    push(th, th.nextElementSibling);
  }
  // <li><span>Location</span><span>Bergen</span></li>
  for (const span of Array.from(root.querySelectorAll('li > span:first-child')).slice(0, max)) {
    if (span.parentElement?.children.length === 2) push(span, span.nextElementSibling);
  }
  for (const label of Array.from(root.querySelectorAll('h2, h3, h4, label, strong, [class*="label"], [class*="Label"]')).slice(0, max * 2)) {
    if (label.localName === 'dt' || label.closest('dt, dd, th')) continue;
    const value = label.nextElementSibling;
    if (!value || /^(h[1-6]|label|button|input|select|textarea)$/.test(value.localName)) continue;
    if ((label.textContent?.length ?? 0) > 40) continue;
    push(label, value);
  }
  return out;
}

/** The first field whose label matches. */
export function fieldByLabel(fields: readonly LabelledField[], label: RegExp): LabelledField | null {
  return fields.find((f) => label.test(f.label)) ?? null;
}

/** A "Label: value" line inside a short text ("Location: Berlin" → "Berlin"). */
export function valueAfterLabel(text: string | null | undefined, label: RegExp): string | null {
  const t = cleanText(text, 500);
  if (!t) return null;
  const m = new RegExp(`^(?:${label.source})\\s*:?\\s*(.+)$`, 'i').exec(t);
  return m ? cleanText(m[1], 300) : null;
}

// ---------------------------------------------------------------------------------------------
// Structured data, trusted only when it describes the posting shown now
// ---------------------------------------------------------------------------------------------

function normTitle(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function sameTitle(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const x = normTitle(a);
  const y = normTitle(b);
  return x === y || (x.length > 8 && y.length > 8 && (x.includes(y) || y.includes(x)));
}

/**
 * SPAs (Workday, Ashby, Workable…) keep the JSON-LD of the page they first loaded while they show
 * another posting. Use structured data only if its identifier is the URL's job id or, without one,
 * its title is the title rendered now (or nothing is rendered yet to compare against).
 */
export function trustedStructured(
  structured: StructuredPosting | null,
  shown: { id?: string | null; title?: string | null },
): StructuredPosting | null {
  if (!structured) return null;
  const id = shown.id?.toLowerCase() ?? null;
  const ident = structured.identifier?.toLowerCase() ?? null;
  if (id && ident && (ident === id || ident.endsWith(id) || id.endsWith(ident))) return structured;
  if (shown.title) return sameTitle(structured.title, shown.title) ? structured : null;
  // Nothing rendered to compare with: an identifier that disagrees means stale data.
  return id && ident ? null : structured;
}

// ---------------------------------------------------------------------------------------------
// Assembling a posting
// ---------------------------------------------------------------------------------------------

export interface PostingParts {
  site: string;
  jobKey: string;
  url: URL | string;
  structured?: StructuredPosting | null;
  /** what the page shows (DOM), used where structured data has nothing */
  title?: string | null;
  company?: string | null;
  /** the location text as shown */
  location?: string | null;
  /** several shown locations, when the page lists them apart */
  locations?: readonly string[];
  /** an explicit workplace label shown on the page (wins over JSON-LD's TELECOMMUTE) */
  mode?: WorkMode | null;
  /** visible pay text, read with parseSalaryText when structured data has no salary */
  payText?: string | null;
  /** or a longer element (a description) whose pay sentence is found and kept as `raw` */
  payElement?: Element | null;
  employmentType?: string | null;
  datePosted?: string | null;
  /** country for ambiguous currency symbols; else inferred from the location */
  country?: string | null;
  /** the title came from <title>/og:title, not from the rendered posting */
  titleFromMeta?: boolean;
  /** the company name of last resort (prettified slug/tenant) */
  companyFallback?: string | null;
}

/**
 * One JobPosting from structured data and what the page shows. Structured data first for the
 * title, company, dates and salary; the shown location text first (it is what the user reads);
 * an explicit shown workplace label first for the mode.
 */
export function assemblePosting(parts: PostingParts): JobPosting | null {
  const s = parts.structured ?? null;
  const title = cleanText(s?.title ?? parts.title, 300);
  if (!title) return null;
  const shownLocation = cleanText(parts.location, 500);
  const shownLocations = uniqueTexts(parts.locations?.length ? parts.locations : shownLocation ? [shownLocation] : []);
  let location: string | null;
  let locations: string[];
  if (shownLocation || shownLocations.length) {
    location = shownLocation ?? cleanText(shownLocations.join(' | '), 500);
    locations = shownLocations.length > 1 ? shownLocations : (s?.locations.length ?? 0) > 1 ? s!.locations.slice(0, MAX_LOCATIONS) : shownLocations;
  } else {
    location = cleanText(s?.location, 500);
    locations = s?.locations.slice(0, MAX_LOCATIONS) ?? [];
  }
  locations = locations.map((l) => l.slice(0, 200));
  const country =
    parts.country ?? countryFromLocation(location) ?? countryFromLocation(locations[0]) ?? countryFromLocation(s?.locations[0]);
  const postedSalary = s?.postedSalary ?? salaryFromText(parts.payText, country) ?? salaryFromElement(parts.payElement, country);
  return {
    site: parts.site,
    jobKey: parts.jobKey.slice(0, 300),
    url: (typeof parts.url === 'string' ? parts.url : parts.url.href).slice(0, 4000),
    title,
    company: cleanText(s?.company ?? parts.company ?? parts.companyFallback, 200),
    location,
    locations,
    mode: parts.mode ?? modeFromLabel(location) ?? s?.mode ?? null,
    postedSalary,
    employmentType: cleanText(s?.employmentType ?? parts.employmentType, 100),
    datePosted: cleanText(s?.datePosted ?? parts.datePosted, 40),
    source: s ? s.source : parts.titleFromMeta ? 'meta' : 'dom',
  };
}

// ---------------------------------------------------------------------------------------------
// Page-level helpers
// ---------------------------------------------------------------------------------------------

/** "Job Title - Company" / "Company - Job Title" from og:title or <title>. */
export function titleParts(doc: Document, separator = /\s+[-–|@]\s+/): { first: string; rest: string } | null {
  const text = metaContent(doc, 'og:title') ?? cleanText(doc.querySelector('title')?.textContent, 300);
  if (!text) return null;
  const m = separator.exec(text);
  if (!m) return null;
  const first = cleanText(text.slice(0, m.index), 300);
  const rest = cleanText(text.slice(m.index + m[0].length), 300);
  return first && rest ? { first, rest } : null;
}

/** An attribute of the first element matching any selector. */
export function attrOf(root: ParentNode, selectors: readonly string[], attr: string, max = 300): string | null {
  for (const selector of selectors) {
    const value = cleanText(root.querySelector(selector)?.getAttribute(attr), max);
    if (value) return value;
  }
  return null;
}

/**
 * Text of the first element matching any selector, with a space between elements
 * ("<h4>Base salary</h4><div>$155,000</div>" → "Base salary $155,000"), as a reader sees it.
 */
export function spacedTextOf(root: ParentNode, selectors: readonly string[], max = 2000): string | null {
  for (const selector of selectors) {
    const text = spacedText(root.querySelector(selector), max);
    if (text) return text;
  }
  return null;
}

/** An element's text with a space between its text nodes (bounded). */
export function spacedText(el: Element | null | undefined, max = 2000): string | null {
  if (!el) return null;
  const parts: string[] = [];
  let length = 0;
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node && length < max * 2; node = walker.nextNode()) {
    const t = node.textContent ?? '';
    parts.push(t);
    length += t.length;
  }
  return cleanText(parts.join(' '), max);
}

/** The first element matching any selector (ordered most-stable first). */
export function firstOf(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const el = root.querySelector(selector);
    if (el) return el;
  }
  return null;
}

/** Texts of every element matching the first selector that matches anything (bounded). */
export function textsOf(root: ParentNode, selectors: readonly string[], max = 50): string[] {
  for (const selector of selectors) {
    const els = Array.from(root.querySelectorAll(selector)).slice(0, max);
    const texts = uniqueTexts(els.map((el) => el.textContent), max);
    if (texts.length) return texts;
  }
  return [];
}

/**
 * Listing pages: the cards matching `selector`, each read by `extractCard`, bounded, with one
 * card per jobKey (boards repeat a posting under several departments).
 */
export function cardsFrom(
  doc: Document,
  url: URL,
  selector: string,
  extractCard: (card: Element, url: URL) => JobCard | null,
): JobCard[] {
  const cards: JobCard[] = [];
  const seen = new Set<string>();
  for (const el of Array.from(doc.querySelectorAll(selector)).slice(0, MAX_CARDS)) {
    const card = extractCard(el, url);
    if (!card || seen.has(card.posting.jobKey)) continue;
    seen.add(card.posting.jobKey);
    cards.push(card);
  }
  return cards;
}

/** A link's absolute URL (relative to the page's <base href> when it has one), without throwing. */
export function hrefOf(el: Element | null | undefined, base: URL): URL | null {
  const href = el?.getAttribute('href');
  if (!href) return null;
  try {
    const baseHref = el!.ownerDocument.querySelector('base[href]')?.getAttribute('href');
    return new URL(href, baseHref ? new URL(baseHref, base) : base);
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Adapters as data: most ATS and career sites differ only in URL shapes and selector tables
// ---------------------------------------------------------------------------------------------

export interface JobRef {
  /** the site's own job id */
  id: string;
  /** the jobKey, when it is not "<site>:<id>" (per-tenant ids carry the tenant) */
  key?: string;
  /** tenant/company slug from the URL: the company name of last resort */
  slug?: string | null;
}

export interface AtsConfig {
  id: string;
  matches: readonly string[];
  /** the site's pages carry schema.org microdata rather than JSON-LD (SuccessFactors) */
  reader?: (doc: Document) => StructuredPosting | null;
  /** the job a URL shows, or null: a pure function of the URL */
  parseJob(url: URL): JobRef | null;
  isListingPage(url: URL): boolean;
  siteCountry?(url: URL): string | null;
  /** a selector meaning "the posting is rendered" (an SPA waits for its title) */
  ready: string;
  anchor?: string;
  /** client-rendered: the head's JSON-LD may describe another posting */
  spa?: boolean;
  /** selector tables, most stable first */
  selectors: {
    title: readonly string[];
    company?: readonly string[];
    location?: readonly string[];
    /** several elements, one location each */
    locations?: readonly string[];
    mode?: readonly string[];
    pay?: readonly string[];
    employmentType?: readonly string[];
    /** where "Label: value" pairs are read (dl, th/td, heading + value) */
    fields?: readonly string[];
  };
  /** labels of shown fields, read when the selectors found nothing */
  labels?: { location?: RegExp; mode?: RegExp; pay?: RegExp; employmentType?: RegExp };
  /** the company when the selectors and structured data give none (before the slug) */
  company?(doc: Document, url: URL): string | null;
  /** the page is only a frame host or a shell without the posting: yield nothing */
  skip?(doc: Document): boolean;
  /** site-specific reading on top of the tables (e.g. a location assembled from City/State/Country) */
  override?(doc: Document, fields: readonly LabelledField[], url: URL): Partial<Omit<PostingParts, 'site' | 'jobKey' | 'url' | 'structured'>>;
  card?: {
    /** one element per card: a link to the job, or a container holding one */
    selector: string;
    title: readonly string[];
    location?: readonly string[];
    mode?: readonly string[];
  };
}

function keyOf(site: string, ref: JobRef): string {
  return ref.key ?? `${site}:${ref.id}`;
}

function textIn(root: ParentNode, selectors: readonly string[] | undefined, max = 500): string | null {
  if (!selectors) return null;
  for (const selector of selectors) {
    const el = root.querySelector(selector);
    // <meta content> and attribute-only elements (e.g. a logo's alt) read as text too
    const text = el
      ? cleanText(el.getAttribute('content') ?? (el.localName === 'img' ? el.getAttribute('alt') : el.textContent), max)
      : null;
    if (text) return text;
  }
  return null;
}

/** Build a SiteAdapter from a URL parser and selector tables. */
export function defineAtsAdapter(config: AtsConfig): SiteAdapter {
  const { id: site, selectors: sel, labels = {} } = config;

  const extractCard = (card: Element, url: URL): JobCard | null => {
    if (!config.card) return null;
    const link = card.localName === 'a' ? card : card.querySelector('a[href]');
    const target = hrefOf(link, url);
    const ref = target ? config.parseJob(target) : null;
    if (!ref) return null;
    const titleEl = firstOf(card, config.card.title) ?? link;
    const title = cleanText(titleEl?.textContent, 300);
    if (!titleEl || !title) return null;
    const location = textIn(card, config.card.location, 500);
    const doc = card.ownerDocument;
    const posting = assemblePosting({
      site,
      jobKey: keyOf(site, ref),
      url: target!.href,
      title,
      company: textIn(doc, sel.company, 200) ?? config.company?.(doc, url) ?? null,
      companyFallback: prettifySlug(ref.slug),
      location,
      locations: splitLocations(location),
      mode: modeFromLabels(config.card.mode ? [textIn(card, config.card.mode, 100)] : []),
      country: config.siteCountry?.(url) ?? null,
    });
    return posting ? { posting, anchor: titleEl } : null;
  };

  const adapter: SiteAdapter = {
    id: site,
    priority: 10,
    matches: config.matches,
    siteCountry: config.siteCountry,
    isJobPage: (url: URL) => config.parseJob(url) !== null,
    isListingPage: (url: URL) => config.parseJob(url) === null && config.isListingPage(url),
    jobKey: (url: URL) => {
      const ref = config.parseJob(url);
      return ref ? keyOf(site, ref) : null;
    },
    ready: config.ready,
    anchor: config.anchor ?? config.ready,
    ...(config.card
      ? {
          cardSelector: config.card.selector,
          extractCard,
          extractCards: (doc: Document, url: URL) => cardsFrom(doc, url, config.card!.selector, extractCard),
        }
      : {}),
    extract(doc: Document, url: URL): JobPosting | null {
      const ref = config.parseJob(url);
      if (!ref || config.skip?.(doc)) return null;
      const shownTitle = textIn(doc, sel.title, 300);
      const found = (config.reader ?? jsonLdPosting)(doc);
      const s = config.spa ? trustedStructured(found, { id: ref.id, title: shownTitle }) : found;
      const fieldsRoot = sel.fields ? firstOf(doc, sel.fields) : null;
      const fields = labelledFields(fieldsRoot);
      const byLabel = (re: RegExp | undefined) => (re ? (fieldByLabel(fields, re)?.value ?? null) : null);
      const several = sel.locations ? textsOf(doc, sel.locations, 100) : [];
      const location =
        (several.length > 1 ? several.join(' | ') : null) ?? textIn(doc, sel.location, 500) ?? byLabel(labels.location);
      const modeText = textIn(doc, sel.mode, 100) ?? byLabel(labels.mode);
      // Overrides count only where they found something.
      const extra = Object.fromEntries(
        Object.entries(config.override?.(doc, fields, url) ?? {}).filter(([, v]) => v !== undefined && v !== null && v !== ''),
      ) as Partial<PostingParts>;
      return assemblePosting({
        site,
        jobKey: keyOf(site, ref),
        url,
        structured: s,
        title: shownTitle,
        company: textIn(doc, sel.company, 200) ?? config.company?.(doc, url) ?? null,
        companyFallback: prettifySlug(ref.slug),
        location,
        locations: several.length > 1 ? several : splitLocations(extra.location ?? location),
        mode: modeFromLabel(modeText),
        payText: byLabel(labels.pay),
        payElement: sel.pay ? firstOf(doc, sel.pay) : null,
        employmentType: textIn(doc, sel.employmentType, 100) ?? byLabel(labels.employmentType),
        country: config.siteCountry?.(url) ?? null,
        ...extra,
      });
    },
  };
  return adapter;
}
