/**
 * Helpers shared by the job-board adapters (LinkedIn, Indeed, Naukri, Glassdoor, SEEK, …):
 * visible pay text → PostedSalary, explicit workplace labels → WorkMode, bounded card
 * collection, and the one place where a board's structured data and its DOM are merged.
 *
 * Like dom.ts, everything reads only its arguments and is bounded.
 */
import { parseSalaryText, type SalaryText } from '../normalize/salary-text';
import type { JobPosting, PostedSalary, WorkMode } from '../schemas';
import { cleanText, safeUrl } from './dom';
import type { StructuredPosting } from './structured-data';
import type { JobCard } from './types';

/** Cards read per listing page (a virtualised list never shows more than this). */
export const MAX_CARDS = 1000;
/** Elements scanned per listing page before giving up on finding more cards. */
const MAX_CARD_NODES = 4 * MAX_CARDS;
const MAX_DESCRIPTION = 20_000;

// ---------------------------------------------------------------------------------------------
// Text
// ---------------------------------------------------------------------------------------------

/** Screen-reader-only copies of visible text (LinkedIn, Indeed duplicate titles this way). */
const HIDDEN_HELPERS = new Set(['visually-hidden', 'sr-only', 'screen-reader-text', 'a11y-text']);

function isHiddenHelper(el: Element): boolean {
  if (el.getAttribute('aria-hidden') === 'true') return true;
  for (const c of Array.from(el.classList)) if (HIDDEN_HELPERS.has(c)) return true;
  return false;
}

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
      const tag = child.tagName;
      if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE' || tag === 'svg' || tag === 'SVG') return;
      if (child !== el && isHiddenHelper(child)) return;
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

const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'BR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR', 'SECTION', 'ARTICLE', 'TABLE']);

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
      if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE') return;
      const block = BLOCK_TAGS.has(tag);
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

/** First element matching any selector (ordered most-stable first). */
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

/** Texts of every element matching the first selector that matches anything (bounded). */
export function textsOf(root: ParentNode, selectors: readonly string[], max = 200, cap = 20): string[] {
  for (const selector of selectors) {
    const els = Array.from(root.querySelectorAll(selector)).slice(0, cap);
    const texts: string[] = [];
    for (const el of els) {
      const text = visibleText(el, max);
      if (text && !texts.includes(text)) texts.push(text);
    }
    if (texts.length) return texts;
  }
  return [];
}

/** An absolute URL for a card's link, or null. */
export function absoluteHref(el: Element | null | undefined, base: URL): URL | null {
  const href = el?.getAttribute('href');
  return href ? safeUrl(href, base) : null;
}

// ---------------------------------------------------------------------------------------------
// Pay
// ---------------------------------------------------------------------------------------------

function usable(s: { min: number | null; max: number | null } | null | undefined): boolean {
  return !!s && (s.min !== null || s.max !== null) && !(s.min === 0 && (s.max === 0 || s.max === null)) && !(s.max === 0 && s.min === null);
}

/** A structured-data salary unless it is empty ("0–0" is how some boards say "not disclosed"). */
export function usableSalary(salary: PostedSalary | null | undefined): PostedSalary | null {
  return salary && usable(salary) ? salary : null;
}

/**
 * Visible pay text → PostedSalary (raw keeps the text), or null when it holds no pay figure.
 * `country` resolves `$`, `Rs` and bare figures; `flags` are added (e.g. "estimate").
 */
export function salaryFromText(text: string | null | undefined, country: string | null, flags: readonly string[] = []): PostedSalary | null {
  const raw = cleanText(text, 500);
  if (!raw || !/\d/.test(raw)) return null;
  const parsed = parseSalaryText(raw, country);
  if (!parsed || !usable(parsed)) return null;
  const all = [...parsed.flags];
  for (const f of flags) if (!all.includes(f)) all.push(f);
  return { ...parsed, flags: all, raw };
}

/** Pay text of the first element (of several candidates) that reads as pay. */
export function salaryFromElements(root: ParentNode, selectors: readonly string[], country: string | null, cap = 10): PostedSalary | null {
  for (const selector of selectors) {
    for (const el of Array.from(root.querySelectorAll(selector)).slice(0, cap)) {
      const salary = salaryFromText(visibleText(el, 500), country);
      if (salary) return salary;
    }
  }
  return null;
}

/**
 * Pay written in a title ("… | Base Salary Up to £110,000"): only with an explicit currency,
 * so a bare number in a title ("Engineer 3", "401k") never reads as pay.
 */
export function salaryFromTitle(title: string | null | undefined, country: string | null): PostedSalary | null {
  const salary = salaryFromText(title, country);
  return salary && !salary.flags.includes('currency_from_country') ? salary : null;
}

/** A description's sentence that states pay says so; budgets and allowances are not pay. */
const PAY_SENTENCE =
  /salar(?:y|ies)|\bpay\b|pay (?:range|band|scale)|compensation|\bwages?\b|remuneration|\bCTC\b|\bOTE\b|\bbase\b|Gehalt|Verg[üu]tung|salaire|r[ée]mun[ée]ration|sueldo|salario|sal[áa]rio|年収|月給|時給|年俸/i;
const PERK_SENTENCE = /budget|allowance|stipend|reimburs|voucher|learning and development|equipment|relocation|sign(?:ing|-on) bonus|referral/i;

/** Countries a pay sentence may be scoped to ("For U.S.-based roles, …", "The US base salary range …"). */
const PAY_SCOPES: readonly [RegExp, string][] = [
  [/\bU\.?S\.?(?=[\s-]|$)|\bUSA\b|\bUnited States\b/, 'US'],
  [/\bUK\b|\bUnited Kingdom\b/, 'GB'],
  [/\bCanad(?:a|ian)\b/, 'CA'],
  [/\bIndia\b/, 'IN'],
];

/**
 * Pay stated somewhere in a description ("The US base salary range for this position is
 * $136,000-$203,000 + bonus"). `raw` is the sentence that carries it, not the whole text. When
 * that sentence is scoped to a country ("For U.S.-based roles …") and the posting's `country` is
 * known to be another, it is not this posting's pay: null.
 */
export function salaryFromDescription(text: string | null | undefined, country: string | null): PostedSalary | null {
  if (!text) return null;
  const whole = parseSalaryText(text.slice(0, MAX_DESCRIPTION), country);
  // A description mentions many figures: only sentences that say they are pay, not a perk.
  let found: { salary: SalaryText; raw: string } | null = null;
  for (const sentence of text.split(/\n|(?<=[.!?])\s+(?=[A-Z])/).slice(0, 400)) {
    if (!/\d/.test(sentence) || !PAY_SENTENCE.test(sentence) || PERK_SENTENCE.test(sentence)) continue;
    const salary = parseSalaryText(sentence, country);
    if (!salary || !usable(salary) || salary.flags.includes('currency_from_country')) continue;
    const raw = cleanText(sentence, 500) ?? '';
    // the figure the parser ranks best in the whole text, when it is one of these
    if (whole && salary.min === whole.min && salary.max === whole.max) {
      found = { salary, raw };
      break;
    }
    found ??= { salary, raw };
  }
  if (!found) return null;
  const scope = PAY_SCOPES.find(([re]) => re.test(found!.raw))?.[1];
  if (scope && country && scope !== country) return null;
  return { ...found.salary, raw: found.raw };
}

/**
 * A JSON-LD description as text with its paragraphs on separate lines. Descriptions carry HTML,
 * often entity-escaped ("&lt;p&gt;"): decode, break at block tags, drop the rest. Never parsed as
 * live HTML.
 */
export function descriptionText(value: unknown, max = MAX_DESCRIPTION): string | null {
  if (typeof value !== 'string' || !value) return null;
  let text = value.slice(0, max * 2);
  const decode = (t: string) =>
    t.replace(/&(lt|gt|amp|quot|apos|nbsp|#39|#x27|#\d{2,5});/gi, (m, code: string) => {
      const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: ' ', '#39': "'", '#x27': "'" };
      const key = code.toLowerCase();
      if (named[key] !== undefined) return named[key]!;
      const n = Number(code.slice(1));
      return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : m;
    });
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

// ---------------------------------------------------------------------------------------------
// Workplace
// ---------------------------------------------------------------------------------------------

/** Explicit workplace labels, as boards print them on chips and badges (data, not branches). */
const MODE_LABELS: readonly [RegExp, WorkMode][] = [
  [/^(hybrid|hybrid remote|hybrid work|hybride?|teilweise home[- ]?office|t[ée]l[ée]travail (fr[ée]quent|occasionnel|partiel)|a few days at home|occasional remote|frequent remote|partially remote)$/i, 'hybrid'],
  [/^(remote|fully[- ]remote|full[- ]remote|100% remote|remote only|remote[- ]first|work from home|wfh|nur home[- ]?office|t[ée]l[ée]travail (total|complet)|remoto|work from anywhere)$/i, 'remote'],
  [/^(home[- ]?office m[öo]glich|remote (possible|ok|friendly)|remote options?)$/i, 'remote_ok'],
  [/^(on-?site|in[- ]person|in[- ]office|work from office|wfo|vor ort|pr[ée]sentiel|no remote( work)?|t[ée]l[ée]travail non autoris[ée])$/i, 'onsite'],
];

/** A short chip text ("Remote", "Hybrid", "Teilweise Home-Office") → WorkMode, else null. */
export function modeFromLabel(label: string | null | undefined): WorkMode | null {
  const text = cleanText(label, 60)?.replace(/[.:]$/, '');
  if (!text || text.length > 40) return null;
  for (const [re, mode] of MODE_LABELS) if (re.test(text)) return mode;
  return null;
}

/**
 * A location as shown, when it carries its workplace label: "EMEA (Remote)", "Pune (Hybrid)",
 * "Remote in Austin, TX", "Hybrid work in London", or just "Remote".
 */
export function modeFromLocation(location: string | null | undefined): WorkMode | null {
  const text = cleanText(location, 300);
  if (!text) return null;
  const paren = /\(([^()]{2,30})\)\s*$/.exec(text);
  if (paren) {
    const mode = modeFromLabel(paren[1]);
    if (mode) return mode;
  }
  const prefix = /^(remote|hybrid(?: work| remote)?|in[- ]person|on-?site)(?:\s+(?:in|from)\s|\s*[-–:,]\s|\s*\()/i.exec(text);
  if (prefix) return modeFromLabel(prefix[1]);
  return modeFromLabel(text);
}

/** The first workplace label among `texts` (chips, pills, metadata items). */
export function modeFromLabels(texts: readonly (string | null | undefined)[]): WorkMode | null {
  for (const t of texts) {
    const mode = modeFromLabel(t);
    if (mode) return mode;
  }
  return null;
}

/** Leaf texts under `root` (elements without element children, icons aside), bounded. */
export function leafTexts(root: Element | null | undefined, cap = 200): string[] {
  if (!root) return [];
  const out: string[] = [];
  const els = Array.from(root.querySelectorAll('span, div, li, a, button, p')).slice(0, cap);
  for (const el of els) {
    if (Array.from(el.children).some((c) => c.tagName !== 'svg' && c.tagName !== 'SVG' && c.tagName !== 'I' && c.tagName !== 'IMG')) continue;
    const text = cleanText(el.textContent, 100);
    if (text) out.push(text);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Locations, countries
// ---------------------------------------------------------------------------------------------

/** "Hamburg, Kiel, Bremen" stays one location string; "A | B", "A; B", "A • B" are several. */
export function splitLocations(location: string | null | undefined, separators = /\s*(?:\||;|•|·|\/\/)\s*/): string[] {
  const text = cleanText(location, 500);
  if (!text) return [];
  const parts = text.split(separators).map((p) => cleanText(p, 200)).filter((p): p is string => !!p);
  return [...new Set(parts)].slice(0, 100);
}

const US_STATES = new Set(
  'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC'.split(' '),
);
const COUNTRY_NAMES: Record<string, string> = {
  'united states': 'US', usa: 'US', us: 'US', india: 'IN', 'united kingdom': 'GB', uk: 'GB', england: 'GB',
  canada: 'CA', australia: 'AU', germany: 'DE', deutschland: 'DE', 'new zealand': 'NZ', singapore: 'SG',
  ireland: 'IE', france: 'FR', netherlands: 'NL',
};

/** A country hint from a location's last part ("Austin, TX" → US, "Pune, India" → IN), else null. */
export function countryFromLocation(location: string | null | undefined): string | null {
  const text = cleanText(location, 300);
  if (!text) return null;
  const parts = text.replace(/\([^)]*\)/g, '').split(',').map((p) => p.trim()).filter(Boolean);
  const last = parts[parts.length - 1];
  if (!last) return null;
  if (US_STATES.has(last) && parts.length > 1) return 'US';
  return COUNTRY_NAMES[last.toLowerCase()] ?? null;
}

// ---------------------------------------------------------------------------------------------
// Assembling a posting
// ---------------------------------------------------------------------------------------------

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * The page's structured data, unless it is about another job than the one shown (single-page
 * apps keep the first page's JSON-LD while the DOM moves on): the titles must agree.
 */
export function structuredFor(structured: StructuredPosting | null, domTitle: string | null): StructuredPosting | null {
  if (!structured || !domTitle) return structured;
  const a = norm(structured.title);
  const b = norm(domTitle);
  return a && b && (a.includes(b) || b.includes(a)) ? structured : null;
}

/** What an adapter read from the DOM; anything missing falls back to structured data. */
export interface DomFields {
  title: string | null;
  company?: string | null;
  location?: string | null;
  locations?: string[];
  mode?: WorkMode | null;
  postedSalary?: PostedSalary | null;
  employmentType?: string | null;
  datePosted?: string | null;
}

/**
 * One posting from structured data and DOM, in the order ARCHITECTURE.md asks for: JSON-LD
 * title/company first; the location as shown (DOM) first; explicit workplace labels first;
 * JSON-LD baseSalary first, then visible pay text. Null when there is no title at all.
 */
export function assemblePosting(
  id: { site: string; jobKey: string; url: string },
  structured: StructuredPosting | null,
  dom: DomFields,
): JobPosting | null {
  const title = cleanText(structured?.title ?? dom.title, 300);
  if (!title) return null;
  const location = cleanText(dom.location, 500) ?? structured?.location ?? null;
  const locations = dom.location
    ? dom.locations?.length
      ? dom.locations
      : splitLocations(dom.location)
    : (structured?.locations ?? []);
  return {
    site: id.site,
    jobKey: id.jobKey,
    url: id.url,
    title,
    company: cleanText(structured?.company ?? dom.company, 200),
    location,
    locations: locations.map((l) => l.slice(0, 200)).slice(0, 100),
    mode: dom.mode ?? structured?.mode ?? null,
    postedSalary: usableSalary(structured?.postedSalary) ?? dom.postedSalary ?? null,
    employmentType: structured?.employmentType ?? cleanText(dom.employmentType, 100),
    datePosted: structured?.datePosted ?? cleanText(dom.datePosted, 40),
    source: structured ? structured.source : 'dom',
  };
}

/** A card's posting: DOM only (cards carry no structured data). */
export function cardPosting(id: { site: string; jobKey: string; url: string }, dom: DomFields): JobPosting | null {
  return assemblePosting(id, null, dom);
}

/**
 * Every card on a listing page, in page order: bounded (MAX_CARDS), one query for the list,
 * nested matches skipped, duplicates (same jobKey) dropped. `extractCard` reads only its card.
 */
export function collectCards(doc: ParentNode, selector: string, extractCard: (card: Element) => JobCard | null): JobCard[] {
  const nodes = doc.querySelectorAll(selector);
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
