/**
 * The one field layer of the site adapters: what a page shows (labels, location lines, pay text,
 * structured data) → JobPosting fields, one behaviour per function. Every adapter in
 * utils/sites/ reads its fields through here, so a label, a place or a salary reads the same on a
 * job board, an ATS and a company career page.
 *
 * Pure and bounded like dom.ts: everything reads only its arguments; pages are hostile until
 * proven otherwise. Runs in the content scripts, so its tables are small: the country table is
 * country-hints.generated.ts (derived from the location normaliser's tables), never the
 * gazetteer, which stays in the background.
 *
 * Decisions (each tested with tables in tests/unit/sites/fields.test.ts):
 * - work mode: only a label ("Remote", "Homeoffice", "Télétravail", "Zdalnie", "Vor Ort"), in
 *   en/de/fr/es/pt/nl/it/pl/sv/da, with an optional qualifier ("Remote (US)", "Hybrid - Pune");
 *   a sentence that mentions one is no label.
 * - country: from a country name or alpha-3 code, an ISO alpha-2 code, or a subdivision code that
 *   only one country uses ("Austin, TX" is the US everywhere). A code that is both a country and a
 *   subdivision ("DE" Germany/Delaware, "IN", "AR", "ID") is never guessed: the site's country
 *   decides, else the code alone or after a region reads as the country, else null.
 * - places: split on | ; • · // " / " and " or ", never on commas ("Austin, TX" is one place).
 * - salary: see checkSalary — zero bounds, inverted ranges, magnitudes no currency pays for the
 *   period, and ranges stated for another country's roles never reach the badge. Pay shown as
 *   text is not parsed here: the adapters send it as pay texts (payText, payTextsOf,
 *   elementPayText…) and the background reads them (utils/normalize/posted-pay.ts), so the
 *   salary parser and its tables stay out of every content script.
 */
import { POSTING_LIMITS } from '../posting-shape';
import type { JobPosting, PayText, Period, PostedSalary, WorkMode } from '../schemas';
import { ALPHA3, COUNTRY_NAMES, ISO2, SUBDIVISIONS } from './country-hints.generated';
import { cleanText, foldPlace, metaContent, safeUrl } from './dom';
import { jsonLdPosting, type StructuredPosting } from './structured-data';
import type { JobCard, SiteAdapter } from './types';

/** Cards read per listing page, at most (the architecture's 500-card listing). */
export const MAX_CARDS = 500;
/** Elements scanned per listing page before giving up on finding more cards. */
const MAX_CARD_NODES = 4 * MAX_CARDS;
const MAX_LOCATIONS = 100;
const MAX_DESCRIPTION = 20_000;

// =============================================================================================
// Text
// =============================================================================================

/** Screen-reader-only copies of visible text (LinkedIn, Indeed duplicate titles this way). */
const HIDDEN_HELPERS = /^(visually-hidden|sr-only|screen-reader-text|a11y-text)$/;
const SKIPPED_TAGS = /^(SCRIPT|STYLE|TEMPLATE|svg|SVG)$/;

/** The element's text as a sighted user reads it: without screen-reader-only duplicates. */
export function visibleText(el: Element | null | undefined, max = 500): string | null {
  if (!el) return null;
  let out = '';
  let budget = 2_000;
  const walk = (node: Node) => {
    if (out.length > max * 2 || budget-- <= 0) return;
    if (node.nodeType === 3) out += node.textContent ?? '';
    else if (node.nodeType === 1) {
      const child = node as Element;
      if (SKIPPED_TAGS.test(child.tagName)) return;
      if (child !== el && (child.getAttribute('aria-hidden') === 'true' || Array.from(child.classList).some((c) => HIDDEN_HELPERS.test(c)))) return;
      for (const c of Array.from(child.childNodes)) walk(c);
      out += ' ';
    }
  };
  walk(el);
  return cleanText(out, max);
}

/** The element's own text nodes only (e.g. "Backend Engineer at" in `<h1>Backend Engineer at <a>Co</a></h1>`). */
export function ownText(el: Element | null | undefined, max = 300): string | null {
  if (!el) return null;
  return cleanText(
    Array.from(el.childNodes)
      .filter((n) => n.nodeType === 3)
      .map((n) => n.textContent ?? '')
      .join(' '),
    max,
  );
}

const BLOCK_TAGS = /^(P|DIV|LI|UL|OL|BR|H[1-6]|TR|SECTION|ARTICLE|TABLE)$/;

/** Text with a line break at each block element, so sentences of a description stay apart. */
export function blockText(el: Element | null | undefined, max = MAX_DESCRIPTION): string | null {
  if (!el) return null;
  let out = '';
  let budget = 20_000;
  const walk = (node: Node) => {
    if (out.length > max || budget-- <= 0) return;
    if (node.nodeType === 3) out += node.textContent ?? '';
    else if (node.nodeType === 1) {
      const tag = (node as Element).tagName;
      if (/^(SCRIPT|STYLE|TEMPLATE)$/.test(tag)) return;
      const block = BLOCK_TAGS.test(tag);
      if (block) out += '\n';
      for (const c of Array.from(node.childNodes)) walk(c);
      if (block) out += '\n';
    }
  };
  walk(el);
  const text = out
    .slice(0, max)
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
  return text || null;
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

/** The first element matching any selector (ordered most-stable first). */
export function firstOf(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const el = root.querySelector(selector);
    if (el) return el;
  }
  return null;
}

/** Visible text of the first matching element that has some. */
export function visibleTextOf(root: ParentNode, selectors: readonly string[], max = 300): string | null {
  for (const selector of selectors) {
    const text = visibleText(root.querySelector(selector), max);
    if (text) return text;
  }
  return null;
}

/** Visible texts of every element (at most `cap`) matching the first selector that matches anything, without repeats. */
export function textsOf(root: ParentNode, selectors: readonly string[], max = 200, cap = 20): string[] {
  for (const selector of selectors) {
    const texts = uniqueTexts(
      Array.from(root.querySelectorAll(selector))
        .slice(0, cap)
        .map((el) => visibleText(el, max)),
      cap,
      max,
    );
    if (texts.length) return texts;
  }
  return [];
}

/** Unique, cleaned, bounded list of texts. */
export function uniqueTexts(values: readonly (string | null | undefined)[], cap = MAX_LOCATIONS, max = 200): string[] {
  const out: string[] = [];
  for (const value of values) {
    const text = cleanText(value, max);
    if (text && !out.includes(text)) out.push(text);
    if (out.length >= cap) break;
  }
  return out;
}

/** Leaf texts under `root` (elements without element children, icons aside), bounded. */
export function leafTexts(root: Element | null | undefined, cap = 200): string[] {
  if (!root) return [];
  const out: string[] = [];
  for (const el of Array.from(root.querySelectorAll('span, div, li, a, button, p')).slice(0, cap)) {
    if (Array.from(el.children).some((c) => !/^(svg|SVG|I|IMG)$/.test(c.tagName))) continue;
    const text = cleanText(el.textContent, 100);
    if (text) out.push(text);
  }
  return out;
}

/** An attribute of the first element matching any selector. */
export function attrOf(root: ParentNode, selectors: readonly string[], attr: string, max = 300): string | null {
  for (const selector of selectors) {
    const value = cleanText(root.querySelector(selector)?.getAttribute(attr), max);
    if (value) return value;
  }
  return null;
}

/** A link's absolute URL (relative to the page's <base href> when it has one), without throwing. */
export function hrefOf(el: Element | null | undefined, base: URL): URL | null {
  const href = el?.getAttribute('href');
  if (!href) return null;
  const baseHref = el!.ownerDocument.querySelector('base[href]')?.getAttribute('href');
  return safeUrl(href, (baseHref && safeUrl(baseHref, base)) || base);
}

/** "Job Title - Company" / "Company - Job Title" from og:title or <title>. */
export function titleParts(doc: Document, separator = /\s+[-–|@]\s+/): { first: string; rest: string } | null {
  const text = metaContent(doc, 'og:title') ?? cleanText(doc.querySelector('title')?.textContent, 300);
  const m = text ? separator.exec(text) : null;
  if (!text || !m) return null;
  const first = cleanText(text.slice(0, m.index), 300);
  const rest = cleanText(text.slice(m.index + m[0].length), 300);
  return first && rest ? { first, rest } : null;
}

const SMALL_WORDS = /^(and|of|the|for|at|de|la|und)$/i;

/** "blueprint-bryanjohnson" → "Blueprint Bryanjohnson": a last-resort company name from a slug. */
export function prettifySlug(slug: string | null | undefined): string | null {
  if (!slug) return null;
  let text: string;
  try {
    text = decodeURIComponent(slug);
  } catch {
    text = slug;
  }
  const words = text.replace(/[-_+.]+/g, ' ').trim().split(/\s+/).filter(Boolean).slice(0, 8);
  return cleanText(words.map((w, i) => (i > 0 && SMALL_WORDS.test(w) ? w.toLowerCase() : w[0]!.toUpperCase() + w.slice(1))).join(' '), 200);
}

/**
 * The employer a description names in its opening sentence ("Acme Corp. seeks a full-time…",
 * "Nordlicht GmbH sucht…", "Bluefin Labs is hiring a…"): pages without structured data often say
 * who is hiring only there. A name of 1–6 capitalised words (legal suffixes and "&" allowed)
 * directly before the hiring verb, at the start of the text or after a "Description:" label;
 * "We are hiring", "Our team is looking…" name nobody.
 */
const HIRING_SENTENCE =
  /^(?:(?:[Jj]ob )?[Dd]escription\s*:\s*|[Aa]bout the (?:role|job)\s*:\s*)?((?:[\p{Lu}\d][\p{L}\p{N}.'’&-]*\s+){0,5}?[\p{Lu}\d][\p{L}\p{N}.'’&-]*)\s+(?:seeks|is seeking|is looking for|is hiring|is recruiting|are looking for|sucht|recherche|busca|procura|zoekt)\b/u;
const NOT_A_NAME = /^(we|our|the|this|you|they|us|wir|nous|nosotros|n[óo]s|wij|today|now)\b/i;

export function companyFromHiringSentence(text: string | null | undefined): string | null {
  const t = cleanText(text, 400);
  const m = t ? HIRING_SENTENCE.exec(t) : null;
  const name = m ? cleanText(m[1], 120) : null;
  return name && !NOT_A_NAME.test(name) && /^[\p{Lu}\d]/u.test(name) ? name : null;
}

// =============================================================================================
// Labelled fields: "Location: Berlin", <dt>Locations</dt><dd>…</dd>, <h2>Location</h2><p>…</p>
// =============================================================================================

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
  for (const th of Array.from(root.querySelectorAll('tr > th:first-child')).slice(0, max)) push(th, th.nextElementSibling);
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
  const m = t ? new RegExp(`^(?:${label.source})\\s*:?\\s*(.+)$`, 'i').exec(t) : null;
  return m ? cleanText(m[1], 300) : null;
}

// =============================================================================================
// Work mode
// =============================================================================================

/** Words for working away from the office, folded (lower case, no diacritics), in the ten languages. */
const AWAY =
  'remote|remoto|home ?office|homeoffice|teletravail|teletrabajo|teletrabalho|telework|telecommute|work from home|wfh|' +
  'work from anywhere|trabajo remoto|trabalho remoto|en remoto|desde casa|a distancia|thuiswerken|op afstand|da remoto|' +
  'lavoro da remoto|telelavoro|zdalnie|zdalna|praca zdalna|distans|pa distans|distansarbete|fjernarbejde|hjemmearbejde';

/**
 * Workplace labels, matched against the whole label after folding, in English, German, French,
 * Spanish, Portuguese, Dutch, Italian, Polish, Swedish and Danish. Order matters: "Remote
 * possible" is remote_ok before "Remote" is remote. "Home Office" is the German (and Brazilian)
 * word for working from home: remote.
 */
const MODE_LABELS: readonly [RegExp, WorkMode][] = [
  [
    new RegExp(
      `^((${AWAY}) (ok|optional|opcional|friendly|possible|posible|possivel|moglich|mogelijk|mojligt|allowed|autorise|options?)|` +
        `(on ?site|office) or remote|remote or (on ?site|office)|flexible remote|mobiles arbeiten( moglich)?|mozliwosc pracy zdalnej|mulighed for hjemmearbejde)$`,
    ),
    'remote_ok',
  ],
  [
    new RegExp(
      `^(((trabajo|modalidad|modelo|trabalho|lavoro|modalita|praca|mode|travail) )?(h[iy]brid\\w*|ibrid[oa]|hybrydow[oa])( (remote|work|working|model|arbeiten|werken))?|` +
        `(teilweise|deels|delvis|delvist|partially|partly|occasional|frequent) (${AWAY})|(${AWAY}) (partiel|occasionnel|frequent)|` +
        `flexible|semipresencial|smart working|a few days at home)$`,
    ),
    'hybrid',
  ],
  [
    new RegExp(
      `^((fully|full|100%|100 %|100|nur|only|vollstandig|totalement|completamente|totalmente|volledig|helt|w pelni) )?(${AWAY})` +
        `( (first|only|work|job|working|total|complet|completo))?$`,
    ),
    'remote',
  ],
  [
    /^(on ?site( only)?|in ?office|in ?person|office ?based|in the office|work from office|wfo|no remote( work)?|vor ort|prasenz|in prasenz|im buro|kein home ?office|(en )?presentiel|sur site|au bureau|teletravail non autorise|pas de teletravail|(trabajo |trabalho )?presencial|en la oficina|no escritorio|op locatie|op kantoor|in sede|in presenza|in ufficio|(praca )?stacjonarn(ie|a)|w biurze|pa plats|pa kontoret|platsbunden|pa stedet|fysisk fremmode)$/,
    'onsite',
  ],
];

/** Lower case, no diacritics, punctuation and dashes as single spaces ("Télétravail" → "teletravail"). */
function foldLabel(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/ł/g, 'l')
    .replace(/ø/g, 'o')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}%]+/gu, ' ')
    .trim();
}

/**
 * An explicit workplace label → WorkMode, else null. The text must be the label itself (a chip, a
 * field value, at most 60 characters), optionally with a qualifier in parentheses or after a dash
 * or colon ("Remote (US)", "Hybrid - 3 days in office", "Remote: EMEA"), never a sentence that
 * mentions one ("Remote work is not possible for this role").
 */
export function modeFromLabel(label: string | null | undefined): WorkMode | null {
  const text = cleanText(label, 80)?.replace(/^[\s—–/|·•,:.-]+|[\s—–/|·•,:.-]+$/g, '');
  if (!text || text.length > 60) return null;
  const head = /^(.{2,30}?)\s*(?:\([^()]{1,40}\)|\s[-–—:]\s.{1,40}|:\s.{1,40})$/.exec(text)?.[1];
  for (const candidate of head ? [text, head] : [text]) {
    const key = foldLabel(candidate);
    for (const [pattern, mode] of MODE_LABELS) if (pattern.test(key)) return mode;
  }
  return null;
}

/** The first explicit workplace label among several short texts (chips, pills, metadata items). */
export function modeFromLabels(labels: readonly (string | null | undefined)[]): WorkMode | null {
  for (const label of labels.slice(0, 20)) {
    const mode = modeFromLabel(label);
    if (mode) return mode;
  }
  return null;
}

/**
 * A location as shown, when it carries its workplace label: "EMEA (Remote)", "Pune (Hybrid)",
 * "Remote in Austin, TX", "Hybrid work in London", "Remote - US", or just "Remote". Several places
 * of which some are remote ("London or Remote", "Berlin | Remote") are remote_ok; all remote, remote.
 */
export function modeFromLocation(location: string | null | undefined): WorkMode | null {
  const text = cleanText(location, 300);
  if (!text) return null;
  const places = splitLocations(text);
  if (places.length > 1) {
    const modes = places.map(modeFromLocation);
    if (modes.every((m) => m === 'remote')) return 'remote';
    if (modes.includes('remote') || modes.includes('remote_ok')) return 'remote_ok';
    return modes.find((m) => m) ?? null;
  }
  const paren = /\(([^()]{2,30})\)\s*$/.exec(text);
  const inParen = paren ? modeFromLabel(paren[1]) : null;
  if (inParen) return inParen;
  const prefix = /^(remote|hybrid(?: work| remote)?|in[- ]person|on-?site)(?:\s+(?:in|from)\s|\s*[-–:,]\s|\s*\()/i.exec(text);
  return prefix ? modeFromLabel(prefix[1]) : modeFromLabel(text);
}

// =============================================================================================
// Places and countries
// =============================================================================================

/**
 * Several places in one location text → one string each: split on | ; • · // " / " and " or "
 * ("San Francisco, CA; New York, NY", "Berlin | Munich", "London or Remote"), never on commas
 * ("Austin, TX" and "Hamburg, Kiel, Bremen" stay one string: the adapter that knows its site's
 * list format splits commas itself). Unique, at most 100.
 */
export function splitLocations(text: string | null | undefined): string[] {
  const clean = cleanText(text, 2000);
  return clean ? uniqueTexts(clean.split(/\s*(?:[|;•·]|\/\/|\s\/\s|\s(?:or|Or|OR)\s)\s*/)) : [];
}

let countryTables: { names: Map<string, string>; alpha3: Map<string, string>; iso2: Set<string>; subdivisions: Map<string, string[]> } | null = null;

function tables() {
  if (!countryTables) {
    const names = new Map<string, string>();
    for (const group of COUNTRY_NAMES.split(';')) {
      const [code, list] = group.split(':') as [string, string];
      for (const name of list.split('|')) names.set(name, code);
    }
    const alpha3 = new Map(ALPHA3.split(' ').map((c) => [c.slice(0, 3), c.slice(3)] as [string, string]));
    const iso2 = new Set<string>();
    for (const group of ISO2.split(' ')) for (const second of group.slice(1)) iso2.add(group[0]! + second);
    const subdivisions = new Map<string, string[]>();
    for (const group of SUBDIVISIONS.split(';')) {
      const [cc, codes] = group.split(':') as [string, string];
      for (const code of codes.split(' ')) subdivisions.set(code, [...(subdivisions.get(code) ?? []), cc]);
    }
    countryTables = { names, alpha3, iso2, subdivisions };
  }
  return countryTables;
}

/** Parts that name no place: work-mode words and world regions ("Remote, DE", "EMEA - Remote"). */
const NOT_PLACES = /^(remote|hybrid|on ?site|anywhere|worldwide|global|home ?office|emea|apac|amer|latam|europe|eu|americas?|asia|north america)$/;

/** A country name, endonym or (upper-case) alpha-3 code → alpha-2, else null. */
function countryName(part: string): string | null {
  const t = tables();
  if (/^[A-Z]{3}$/.test(part) && t.alpha3.has(part)) return t.alpha3.get(part)!;
  const key = foldPlace(part);
  if (key === 'uk' || key === 'gb') return 'GB';
  return t.names.get(key) ?? null;
}

/**
 * The readings of a two-letter code: the country it is (ISO 3166-1), and the countries of which it
 * is a subdivision ("TX" → US; "WA" → US, AU; "DE" → DE, US; "IN" → IN, US).
 */
function codeReadings(code: string): string[] {
  const t = tables();
  const out = t.iso2.has(code) ? [code] : [];
  for (const cc of t.subdivisions.get(code) ?? []) if (!out.includes(cc)) out.push(cc);
  return out;
}

/**
 * The ISO alpha-2 country a location text names, for resolving a bare "$", "kr" or "Rs" and for
 * telling a posting's own pay from a range stated for another country's roles.
 *
 * - a country name, endonym or alpha-3 code at the end or the start: "Pune, India", "Berlin,
 *   Deutschland", "USA, WA, Seattle", "Pune-MH-IND";
 * - a two-letter code at the end, after a place ("Austin, TX", "Gothenburg, SE"): the one
 *   country it can mean. "WA" (Washington, Western Australia) is the US unless the site is
 *   Australian. A code that is both a country and a subdivision ("DE", "IN", "AR", "ID", "CA") is
 *   the site's country when that is one of its readings; after a region ("Berlin, Berlin, DE") or
 *   with no place before it ("DE", "Remote, DE") it is the country; otherwise nothing is guessed;
 * - iCIMS-style "US-LA-Prairieville": a leading country code before two more dashed parts;
 * - several places ("Chicago, IL | Toronto, ON"): their country when they all have the same one.
 *
 * `siteCountry` only breaks ties between readings; it is never returned for a text that names no
 * country (the caller decides whether the site's country stands in).
 */
export function countryFromLocation(location: string | null | undefined, siteCountry: string | null = null): string | null {
  const text = cleanText(location, 300)?.replace(/\([^)]*\)|\s\+\s?\d+ more$/gi, ' ');
  const places = splitLocations(text);
  if (places.length > 1) {
    const countries = places.map((p) => countryFromLocation(p, siteCountry));
    return countries.every((c) => c && c === countries[0]) ? countries[0]! : null;
  }
  if (!text) return null;
  const parts = text
    .split(/\s*[,/]\s*|\s+[-–]\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const last = parts[parts.length - 1];
  if (!last) return null;
  const byName = countryName(last) ?? (parts.length > 1 ? countryName(parts[0]!) : null);
  if (byName) return byName;
  if (/^[A-Z]{2}$/.test(last)) {
    const readings = codeReadings(last);
    if (readings.length === 1) return readings[0]!;
    if (siteCountry && readings.includes(siteCountry)) return siteCountry;
    const places = parts.slice(0, -1).filter((p) => !NOT_PLACES.test(foldPlace(p)));
    if (readings[0] === last && (places.length === 0 || (places.length >= 2 && !codeReadings(places[places.length - 1]!).includes('US')))) return last;
    if (!tables().iso2.has(last) && readings.includes('US')) return 'US';
    return null;
  }
  // iCIMS "US-LA-Prairieville", Workday "Pune-MH-IND"
  const dashed = text.split('-').map((p) => p.trim());
  if (dashed.length >= 3) {
    const tail = dashed[dashed.length - 1]!;
    const head = dashed[0]!;
    if (/^[A-Z]{3}$/.test(tail) && tables().alpha3.has(tail)) return tables().alpha3.get(tail)!;
    if (/^[A-Z]{2}$/.test(head) && tables().iso2.has(head)) return head;
  }
  return null;
}

// =============================================================================================
// Pay
// =============================================================================================

/** A swapped range is taken as a typo only when its ends are within this factor of each other. */
const MAX_SWAP_RATIO = 3;

/** Countries a pay sentence may be scoped to ("For U.S.-based roles, …", "The UK salary range …"). */
const PAY_SCOPES: readonly [RegExp, string][] = [
  [/\bU\.S\.(?!\w)|\bUSA?\b(?!\$)|\bUnited States\b/, 'US'],
  [/\bUK\b(?!£)|\bUnited Kingdom\b/, 'GB'],
  [/\bCanad(?:a|ian)\b/, 'CA'],
  [/\bIndia\b/, 'IN'],
  [/\bAustralia\b/, 'AU'],
  [/\bGermany\b|\bDeutschland\b/, 'DE'],
];

/** The country a pay text says its range is for ("For U.S.-based roles … $150,000–$190,000" → US), else null. */
export function payScope(text: string | null | undefined): string | null {
  if (!text) return null;
  return PAY_SCOPES.find(([re]) => re.test(text))?.[1] ?? null;
}

export type SalaryProblem = 'no_amount' | 'zero' | 'inverted' | 'implausible_magnitude' | 'other_country';

/**
 * Whether a posted salary may be shown and compared, and in what form. One decision for every
 * adapter and every source (JSON-LD, microdata, visible text):
 *
 * - no amount, or a bound of 0 ("0–0", "0–150,000": how forms say "not disclosed"): dropped
 *   (`zero`), never "€0 — 100% below";
 * - min > max: swapped (flag `swapped`) when the two ends are within 3× of each other — the
 *   fields were typed the wrong way round — else dropped (`inverted`): "150,000–19,000" could be
 *   150,000–190,000 or 15,000–19,000, and guessing would show a wrong figure;
 * - a bound that is not a finite positive number: dropped (`implausible_magnitude`). Whether
 *   an amount is plausible pay for its period depends on its currency (an IDR hourly wage of
 *   75,000 is real pay, a USD one is not): that needs exchange rates, which stay out of content
 *   scripts, so the background decides it, once (utils/normalize/currency.ts `plausiblePay`, in
 *   normalizePosting and in the pay-text reader);
 * - one figure whose period the parser only guessed from its size (flag `period_inferred`):
 *   period null, as structured data without a unit gives — the page does not say;
 * - a range the text scopes to another country than the posting's ("For U.S.-based roles …" on a
 *   posting in Germany): dropped (`other_country`) — it is not this posting's pay, and kept it
 *   would be shown as "Posted by the employer" and compared with the wrong market. When the
 *   posting's country is unknown it is kept (a US range on a page that names no country is
 *   most often the posting's own).
 *
 * Returns the salary to keep (possibly swapped or flagged) or null, and why it was dropped.
 */
export function checkSalary(
  salary: PostedSalary | null | undefined,
  country: string | null,
): { salary: PostedSalary | null; problem: SalaryProblem | null } {
  if (!salary) return { salary: null, problem: null };
  let { min, max } = salary;
  const flags = [...salary.flags];
  const drop = (problem: SalaryProblem) => ({ salary: null, problem });
  if (min === null && max === null) return drop('no_amount');
  if (min === 0 || max === 0) return drop('zero');
  if ((min !== null && !(Number.isFinite(min) && min > 0)) || (max !== null && !(Number.isFinite(max) && max > 0))) return drop('implausible_magnitude');
  if (min !== null && max !== null && min > max) {
    if (min / max > MAX_SWAP_RATIO) return drop('inverted');
    [min, max] = [max, min];
    flags.push('swapped');
  }
  const scope = payScope(salary.raw);
  if (scope && country && scope !== country) return drop('other_country');
  // One figure with no period word ("Salary: USD 100000"): the page does not say, as the same
  // figure in JSON-LD without unitText does not; the verdict infers it against the market
  // (estimate/verdict.ts). A range keeps the period its size implies.
  let period = salary.period;
  if (min !== null && min === max && flags.includes('period_inferred')) {
    period = null;
    flags.splice(flags.indexOf('period_inferred'), 1);
  }
  return { salary: { ...salary, min, max, period, flags: flags.slice(0, 20) }, problem: null };
}

/** The salary if checkSalary keeps it, else null. */
export function plausibleSalary(salary: PostedSalary | null | undefined, country: string | null): PostedSalary | null {
  return checkSalary(salary, country).salary;
}

// Pay texts: what the page shows as pay, read into a PostedSalary in the background
// (utils/normalize/posted-pay.ts `readPayText`), so the salary parser and its tables stay out of
// every content script. Each helper below is one way of reading; an adapter lists its pay texts
// in its order of preference and the background takes the first that reads as plausible pay.

/** A country as pay texts carry it: an ISO alpha-2 code, upper case, else null (the parser reads nothing else). */
const payCountry = (country: string | null | undefined): string | null =>
  country && /^[A-Za-z]{2}$/.test(country) ? country.toUpperCase() : null;

/**
 * Visible pay text (a pay element, chip or field; at most 5,000 characters): read as pay for
 * `country` (it resolves `$`, `Rs` and bare figures, and is the posting's country for the scope
 * check), with `flags` added (e.g. "estimate"). Null when it holds no figure at all.
 */
export function payText(text: string | null | undefined, country: string | null, flags: readonly string[] = []): PayText | null {
  const clean = cleanText(text, 5000);
  return clean && /\d/.test(clean) ? { text: clean, reading: 'text', country: payCountry(country), flags: flags.slice(0, 20) } : null;
}

/** Pay written in a title or a header line ("… | Base Salary Up to £110,000"): read only with an explicit currency. */
export function titlePayText(title: string | null | undefined, country: string | null): PayText | null {
  const pay = payText(title, country);
  return pay && { ...pay, reading: 'title' };
}

/** Pay as a site shows it, or a range of bare figures with no currency or period ("31,988 - 33,672", kept as shown). */
export function figuresPayText(text: string | null | undefined, country: string | null): PayText | null {
  const pay = payText(text, country);
  return pay && { ...pay, reading: 'figures' };
}

/** Pay texts of the elements (at most `cap` per selector) matching the selectors, in that order. */
export function payTextsOf(root: ParentNode, selectors: readonly string[], country: string | null, cap = 10): PayText[] {
  const out: PayText[] = [];
  for (const selector of selectors) {
    for (const el of Array.from(root.querySelectorAll(selector)).slice(0, cap)) {
      const pay = payText(visibleText(el, 500), country);
      if (pay) out.push(pay);
    }
  }
  return out.slice(0, POSTING_LIMITS.payTexts);
}

const PAY_BLOCKS = 'p, li, dd, td, span, h3, h4, div';
const MAX_PAY_BLOCKS = 400;
/** Characters of an element's blocks sent with it (shortest blocks first). */
const MAX_BLOCK_CHARS = 40_000;

/**
 * Pay inside a long element (a description): its whole text, and its blocks (paragraphs, list
 * items…) that hold a figure, shortest first, so the background keeps as `raw` the smallest
 * block that says the same as the whole, not the whole description.
 */
export function elementPayText(el: Element | null | undefined, country: string | null): PayText | null {
  const whole = el ? spacedText(el, MAX_DESCRIPTION) : null;
  if (!el || !whole || !/\d/.test(whole)) return null;
  const blocks: string[] = [];
  for (const block of Array.from(el.querySelectorAll(PAY_BLOCKS)).slice(0, MAX_PAY_BLOCKS)) {
    const text = cleanText(block.textContent, 2000);
    if (text && text.length <= 1500 && /\d/.test(text) && !blocks.includes(text)) blocks.push(text);
  }
  blocks.sort((a, b) => a.length - b.length);
  let chars = 0;
  const kept = blocks.filter((b) => (chars += b.length) <= MAX_BLOCK_CHARS).slice(0, POSTING_LIMITS.payBlocks);
  return { text: whole, reading: 'element', country: payCountry(country), flags: [], blocks: kept };
}

/**
 * Pay stated somewhere in a description ("The US base salary range for this position is
 * $136,000-$203,000 + bonus"): the background reads the sentence that carries it, skipping
 * sentences scoped to another country than `country`, budgets and allowances.
 */
export function descriptionPayText(text: string | null | undefined, country: string | null): PayText | null {
  const whole = typeof text === 'string' ? text.slice(0, MAX_DESCRIPTION) : null;
  return whole && /\d/.test(whole) ? { text: whole, reading: 'description', country: payCountry(country), flags: [] } : null;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: ' ', '#39': "'", '#x27': "'" };

/**
 * A JSON-LD description as text with its paragraphs on separate lines. Descriptions carry HTML,
 * often entity-escaped ("&lt;p&gt;"): decode, break at block tags, drop the rest. Never parsed as
 * live HTML.
 */
export function descriptionText(value: unknown, max = MAX_DESCRIPTION): string | null {
  if (typeof value !== 'string' || !value) return null;
  const decode = (t: string) =>
    t.replace(/&(lt|gt|amp|quot|apos|nbsp|#39|#x27|#\d{2,5});/gi, (m, code: string) => {
      const named = ENTITIES[code.toLowerCase()];
      if (named !== undefined) return named;
      const n = Number(code.slice(1));
      return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : m;
    });
  let text = value.slice(0, max * 2);
  if (/&lt;\/?[a-z]/i.test(text)) text = decode(text);
  text = text
    .replace(/<(script|style)\b[^>]{0,500}>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<\s*(?:br|\/p|\/li|\/div|\/h[1-6]|\/tr|p|li|div|h[1-6])\b[^>]{0,500}>/gi, '\n')
    .replace(/<[^>]{0,500}>/g, ' ')
    .replace(/\\n/g, '\n');
  const lines = decode(text)
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return lines.length ? lines.join('\n').slice(0, max) : null;
}

// =============================================================================================
// Structured data, trusted only when it describes the posting shown now
// =============================================================================================

const normTitle = (title: string) => title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Two titles of the same posting: equal once folded, or one inside the other when both are longer than 8 characters. */
export function sameTitle(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const x = normTitle(a);
  const y = normTitle(b);
  return x === y || (x.length > 8 && y.length > 8 && (x.includes(y) || y.includes(x)));
}

/**
 * The title a job board's page shows (under `root`: the page, or its details pane) and the page's
 * structured data when it describes that posting (trustedStructured); null when there is neither.
 */
export function shownPosting(doc: Document, root: ParentNode, titleSelectors: readonly string[]): { title: string | null; structured: StructuredPosting | null } | null {
  const title = visibleTextOf(root, titleSelectors, 300);
  const structured = trustedStructured(jsonLdPosting(doc), { title });
  return title || structured ? { title, structured } : null;
}

/**
 * Single-page apps (Workday, Ashby, LinkedIn…) keep the JSON-LD of the page they first loaded
 * while they show another posting. Structured data is used only if its identifier is the URL's
 * job id or, without one, its title is the title rendered now (sameTitle), or nothing is rendered
 * yet to compare with and no identifier disagrees.
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
  return id && ident ? null : structured;
}

// =============================================================================================
// Assembling a posting
// =============================================================================================

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
  /** pay texts the adapter found (payText, payTextsOf…), in its order of preference */
  payTexts?: readonly (PayText | null)[];
  /** visible pay text, read with the posting's country when nothing before it reads as pay */
  payText?: string | null;
  /** or pay found with the posting's country once it is known (e.g. elementPayText on a description) */
  pay?: (country: string | null) => PayText | null;
  employmentType?: string | null;
  datePosted?: string | null;
  /** the site's country: breaks ties in the location, stands in when it names none */
  country?: string | null;
  /** the title came from <title>/og:title, not from the rendered posting */
  titleFromMeta?: boolean;
  /** the company name of last resort (prettified slug/tenant) */
  companyFallback?: string | null;
}

/**
 * One JobPosting from structured data and what the page shows, the same way for every adapter:
 * - title, company, employment type and date: structured data first (the employer typed them);
 * - location: the shown text first (it is what the user reads), else the listed places, else
 *   structured data's; `locations`: the places the page lists apart, else the location split
 *   (splitLocations) when that gives several, else structured data's list when it has several;
 * - mode: an explicit shown label, else one the location carries ("Pune (Hybrid)"), else
 *   structured data's jobLocationType;
 * - country (for currency and the pay scope): from the location, the site's country breaking
 *   ties and standing in;
 * - salary: structured data's figures, through checkSalary; else the pay texts — structured
 *   data's (a JSON-LD description), the adapter's, the pay text, the pay element — which the
 *   background reads (utils/normalize/posted-pay.ts), taking the first that reads as plausible
 *   pay for the posting's country.
 * Null when there is no title at all.
 */
export function assemblePosting(parts: PostingParts): JobPosting | null {
  const s = parts.structured ?? null;
  const title = cleanText(s?.title ?? parts.title, 300);
  if (!title) return null;
  const shown = cleanText(parts.location, 500);
  const listed = uniqueTexts(parts.locations ?? []);
  const location = shown ?? (listed.length ? cleanText(listed.join(' | '), 500) : cleanText(s?.location, 500));
  const split = listed.length > 1 ? listed : splitLocations(location);
  const structuredList = s?.locations.slice(0, MAX_LOCATIONS) ?? [];
  const locations = split.length > 1 ? split : structuredList.length > 1 ? structuredList : listed.length ? listed : split;
  const hint = parts.country ?? null;
  const country = countryFromLocation(location, hint) ?? countryFromLocation(locations[0], hint) ?? countryFromLocation(s?.locations[0], hint) ?? hint;
  const postedSalary = plausibleSalary(s?.postedSalary, country);
  const payTexts = postedSalary
    ? []
    : [...(s?.payTexts ?? []), ...(parts.payTexts ?? []), payText(parts.payText, country), parts.pay?.(country) ?? null]
        .filter((p): p is PayText => p !== null)
        .slice(0, POSTING_LIMITS.payTexts)
        .map((p) => ({ ...p, postingCountry: payCountry(country) }));
  return {
    site: parts.site,
    jobKey: parts.jobKey.slice(0, 300),
    url: (typeof parts.url === 'string' ? parts.url : parts.url.href).slice(0, 4000),
    title,
    company: cleanText(s?.company ?? parts.company ?? parts.companyFallback, 200),
    location,
    locations: locations.map((l) => l.slice(0, 200)),
    mode: parts.mode ?? modeFromLocation(location) ?? s?.mode ?? null,
    postedSalary,
    employmentType: cleanText(s?.employmentType ?? parts.employmentType, 100),
    datePosted: cleanText(s?.datePosted ?? parts.datePosted, 40),
    source: s ? s.source : parts.titleFromMeta ? 'meta' : 'dom',
    ...(payTexts.length ? { payTexts } : {}),
  };
}

/**
 * Every card on a listing page, in page order: bounded (MAX_CARDS, after scanning at most
 * 4 × MAX_CARDS elements), nested matches skipped, duplicates (same jobKey: boards repeat a
 * posting under several departments) dropped. `extractCard` reads only its card.
 */
export function collectCards(root: ParentNode, selector: string, extractCard: (card: Element) => JobCard | null): JobCard[] {
  const nodes = root.querySelectorAll(selector);
  const out: JobCard[] = [];
  const seen = new Set<string>();
  const n = Math.min(nodes.length, MAX_CARD_NODES);
  for (let i = 0; i < n && out.length < MAX_CARDS; i++) {
    const el = nodes[i]!;
    if (el.parentElement?.closest(selector)) continue;
    const card = extractCard(el);
    if (!card || seen.has(card.posting.jobKey)) continue;
    seen.add(card.posting.jobKey);
    out.push(card);
  }
  return out;
}

/**
 * A SiteAdapter from what is particular to a site: the boilerplate every adapter repeated (priority
 * 10, "a job page is a URL with a jobKey", listing pages read card by card with collectCards) is
 * derived here once. Marked free of side effects, so a script that imports only a site's URL
 * helpers (embedded-ats.ts: greenhouseJobKey, workdayJobKey…) leaves the adapter itself out.
 */
/* @__NO_SIDE_EFFECTS__ */
export function adapterShell(
  site: Omit<SiteAdapter, 'priority' | 'isJobPage' | 'jobKey' | 'extractCards'> & {
    priority?: number;
    /** the jobKey of the posting a URL shows, or null: a pure function of the URL */
    jobKey(url: URL): string | null;
  },
): SiteAdapter {
  const { extractCard, cardSelector } = site;
  return {
    priority: 10,
    ...site,
    isJobPage: (url) => site.jobKey(url) !== null,
    ...(extractCard && cardSelector
      ? { extractCards: (doc: Document, url: URL) => collectCards(doc, cardSelector, (el) => extractCard(el, url)) }
      : {}),
  };
}

// =============================================================================================
// Adapters as data: most ATS and career sites differ only in URL shapes and selector tables
// =============================================================================================

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

const keyOf = (site: string, ref: JobRef) => ref.key ?? `${site}:${ref.id}`;

function textIn(root: ParentNode, selectors: readonly string[] | undefined, max = 500): string | null {
  for (const selector of selectors ?? []) {
    const el = root.querySelector(selector);
    // <meta content> and attribute-only elements (e.g. a logo's alt) read as text too
    const text = el ? cleanText(el.getAttribute('content') ?? (el.localName === 'img' ? el.getAttribute('alt') : el.textContent), max) : null;
    if (text) return text;
  }
  return null;
}

/** Build a SiteAdapter from a URL parser and selector tables (free of side effects, as adapterShell). */
/* @__NO_SIDE_EFFECTS__ */
export function defineAtsAdapter(config: AtsConfig): SiteAdapter {
  const { id: site, selectors: sel, labels = {} } = config;
  const refKey = (url: URL) => {
    const ref = config.parseJob(url);
    return ref ? keyOf(site, ref) : null;
  };

  const extractCard = (card: Element, url: URL): JobCard | null => {
    const link = card.localName === 'a' ? card : card.querySelector('a[href]');
    const target = hrefOf(link, url);
    const ref = target ? config.parseJob(target) : null;
    const titleEl = ref && config.card ? (firstOf(card, config.card.title) ?? link) : null;
    const title = cleanText(titleEl?.textContent, 300);
    if (!ref || !titleEl || !title || !config.card) return null;
    const location = textIn(card, config.card.location);
    const doc = card.ownerDocument;
    const posting = assemblePosting({
      site,
      jobKey: keyOf(site, ref),
      url: target!.href,
      title,
      company: textIn(doc, sel.company, 200) ?? config.company?.(doc, url) ?? null,
      companyFallback: prettifySlug(ref.slug),
      location,
      mode: modeFromLabel(textIn(card, config.card.mode, 100)),
      country: config.siteCountry?.(url) ?? null,
    });
    return posting ? { posting, anchor: titleEl } : null;
  };

  return adapterShell({
    id: site,
    matches: config.matches,
    jobKey: refKey,
    isListingPage: (url) => refKey(url) === null && config.isListingPage(url),
    ...(config.siteCountry ? { siteCountry: config.siteCountry } : {}),
    ready: config.ready,
    anchor: config.anchor ?? config.ready,
    ...(config.card ? { cardSelector: config.card.selector, extractCard } : {}),
    extract(doc: Document, url: URL): JobPosting | null {
      const ref = config.parseJob(url);
      if (!ref || config.skip?.(doc)) return null;
      const shownTitle = textIn(doc, sel.title, 300);
      const found = (config.reader ?? jsonLdPosting)(doc);
      const s = config.spa ? trustedStructured(found, { id: ref.id, title: shownTitle }) : found;
      const fields = labelledFields(sel.fields ? firstOf(doc, sel.fields) : null);
      const byLabel = (re: RegExp | undefined) => (re ? (fieldByLabel(fields, re)?.value ?? null) : null);
      const several = sel.locations ? textsOf(doc, sel.locations, 200, 100) : [];
      const location = textIn(doc, sel.location) ?? byLabel(labels.location);
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
        location: several.length > 1 ? null : location,
        locations: several.length > 1 ? several : [],
        mode: modeFromLabel(textIn(doc, sel.mode, 100) ?? byLabel(labels.mode)),
        payText: byLabel(labels.pay),
        pay: sel.pay ? (country) => elementPayText(firstOf(doc, sel.pay!), country) : undefined,
        employmentType: textIn(doc, sel.employmentType, 100) ?? byLabel(labels.employmentType),
        country: config.siteCountry?.(url) ?? null,
        ...extra,
      });
    },
  });
}
