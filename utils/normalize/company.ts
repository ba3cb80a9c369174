/**
 * Company normaliser: an employer name as a job site shows it → a stable id and a display name.
 *
 *   normalizeCompany('Amazon Development Centre (India) Pvt. Ltd.') → { id: 'amazon', name: 'Amazon' }
 *   normalizeCompany('ACME ROBOTICS GMBH & CO. KG')                 → { id: 'acme-robotics', name: 'Acme Robotics' }
 *   companyFromAtsSlug('greenhouse', 'anthropic')                   → { id: 'anthropic', name: 'Anthropic' }
 *
 * How a name is read: entities decoded, Unicode folded, cut at " | " / " · " (site decorations),
 * turned into a key (lower case, "J.P." → "jp", "&" → "and", punctuation → space), legal-form
 * suffixes removed from the end (repeatedly: "GmbH & Co. KG", "Pvt. Ltd."). The key is then looked
 * up among the canonical employers (company-tables.ts), first whole, then as a known employer
 * followed only by subsidiary words ("Google Cloud India"). Unknown names keep a cleaned display
 * name and get a slug id. Pure, never throws; empty or meaningless input → { id: null, name: null }.
 */
import { decodeEntities, foldText } from './title-text';
import {
  ATS_SLUGS,
  BANK_IDS,
  COMPANIES,
  HIDDEN_COMPANY_KEYS,
  LEGAL_SUFFIXES,
  SUBSIDIARY_WORDS,
  type CompanyEntry,
} from './company-tables';

export interface CompanyNorm {
  /** Stable slug ("google"), or null when the input names no company. */
  id: string | null;
  /** Canonical display name ("Google"), or null. */
  name: string | null;
}

const NONE: CompanyNorm = Object.freeze({ id: null, name: null }) as CompanyNorm;
/** Company names longer than this are cut before any work. */
const MAX_COMPANY_INPUT = 200;

// ---------------------------------------------------------------------------------------------
// Keys
// ---------------------------------------------------------------------------------------------

const TAG_RE = /<[^>]{0,200}>/g;
const INITIALS_RE = /(?<![a-z0-9])[a-z]\.(?:\s?[a-z]\.)+/g;
const APOS_RE = /['’`]/g;
const AMP_RE = /&|\+/g;
const NON_KEY_RE = /[^a-z0-9]+/g;

/** Key form of a name: "J.P. Morgan Chase & Co." → "jp morgan chase and co". */
export function companyKey(raw: string): string {
  const s = foldText(raw)
    .toLowerCase()
    .replace(INITIALS_RE, (m) => ` ${m.replace(/[.\s]/g, '')} `)
    .replace(APOS_RE, '')
    .replace(AMP_RE, ' and ')
    .replace(NON_KEY_RE, ' ')
    .trim();
  return s;
}

const SUFFIX_SET = new Set(LEGAL_SUFFIXES);
const SUFFIX_MAX_WORDS = Math.max(...LEGAL_SUFFIXES.map((s) => s.split(' ').length));
const SUBSIDIARY_SET = new Set(SUBSIDIARY_WORDS);
const HIDDEN_SET = new Set(HIDDEN_COMPANY_KEYS);

/** Removes legal-form suffixes from the end of a key's words (keeps at least one word). */
function stripSuffixWords(words: string[]): string[] {
  const w = words.slice();
  let changed = true;
  while (changed && w.length > 1) {
    changed = false;
    for (let n = Math.min(SUFFIX_MAX_WORDS, w.length - 1); n >= 1; n--) {
      if (SUFFIX_SET.has(w.slice(w.length - n).join(' '))) {
        w.length -= n;
        changed = true;
        break;
      }
    }
  }
  // a dangling "and" left by "X & Co" / "X and Company"
  while (w.length > 1 && (w[w.length - 1] === 'and' || w[w.length - 1] === 'the')) w.length -= 1;
  if (w.length > 1 && w[0] === 'pt') w.shift(); // Indonesian "PT Xyz"
  return w;
}

// ---------------------------------------------------------------------------------------------
// Canonical employers
// ---------------------------------------------------------------------------------------------

const BY_ID = new Map<string, CompanyEntry>();
const BY_KEY = new Map<string, CompanyEntry>();
/** Keys without spaces ("scaleai", "doordash") for ATS slugs. */
const BY_SQUASHED = new Map<string, CompanyEntry>();
let aliasMaxWords = 1;

function addKey(key: string, e: CompanyEntry): void {
  if (!key) return;
  const words = stripSuffixWords(key.split(' '));
  const k = words.join(' ');
  if (!BY_KEY.has(k)) BY_KEY.set(k, e);
  const squashed = k.replace(/ /g, '');
  if (!BY_SQUASHED.has(squashed)) BY_SQUASHED.set(squashed, e);
  aliasMaxWords = Math.max(aliasMaxWords, words.length);
}

for (const e of COMPANIES) {
  BY_ID.set(e.id, e);
}
for (const e of COMPANIES) {
  addKey(companyKey(e.name), e);
  addKey(e.id.replace(/-/g, ' '), e);
  for (const a of e.aliases ?? []) addKey(a, e);
}

const BANKS = new Set(BANK_IDS);

/** True for employers that use the investment-bank corporate ladder (VP = senior individual contributor). */
export function isBankCompany(id: string | null | undefined): boolean {
  return !!id && BANKS.has(id);
}

/** The canonical entry for a key's words: whole, or a known prefix followed only by subsidiary words. */
function lookupWords(words: readonly string[]): CompanyEntry | null {
  if (words.length === 0) return null;
  const whole = BY_KEY.get(words.join(' '));
  if (whole) return whole;
  for (let n = Math.min(aliasMaxWords, words.length - 1); n >= 1; n--) {
    const e = BY_KEY.get(words.slice(0, n).join(' '));
    if (!e) continue;
    let ok = true;
    for (let i = n; i < words.length; i++) {
      if (!SUBSIDIARY_SET.has(words[i] as string)) {
        ok = false;
        break;
      }
    }
    if (ok) return e;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Display names for unknown companies
// ---------------------------------------------------------------------------------------------

const PAREN_RE = /\s*\(([^()]*)\)\s*/g;
const DECORATION_SPLIT_RE = /\s+[|·•]\s+|\s+[-–—]\s+(?=(?:careers?|jobs|hiring|recruitment)\b)/i;
const LEADING_NOISE_RE = /^(?:jobs|careers|work|working)\s+(?:at|@)\s+/i;
const TRAILING_NOISE_RE = /\s+(?:careers?|jobs|hiring|is hiring|recruitment)$/i;
const EDGE_PUNCT_RE = /^[\s,;:.\-–—/|·•"'*]+|[\s,;:\-–—/|·•"'*]+$/g;
const SPACES_RE = /\s+/g;

/** Removes legal-form words from the end of a display name, keeping the rest as written. */
function stripDisplaySuffix(name: string): string {
  const words = name.split(' ').filter(Boolean);
  const keys = words.map((w) => companyKey(w));
  let end = words.length;
  let changed = true;
  while (changed && end > 1) {
    changed = false;
    for (let n = Math.min(SUFFIX_MAX_WORDS, end - 1); n >= 1; n--) {
      const tail = keys.slice(end - n, end).filter(Boolean).join(' ');
      if (tail && SUFFIX_SET.has(tail)) {
        end -= n;
        changed = true;
        break;
      }
      // "&" before "Co." ("Johnson & Co")
    }
    while (end > 1 && (keys[end - 1] === 'and' || keys[end - 1] === '')) {
      end--;
      changed = true;
    }
  }
  return words.slice(0, end).join(' ');
}

function smartCase(name: string): string {
  const letters = name.replace(/[^A-Za-z]/g, '');
  if (letters.length < 2) return name;
  const allUpper = letters === letters.toUpperCase();
  const allLower = letters === letters.toLowerCase();
  if (!allUpper && !allLower) return name;
  return name
    .split(' ')
    .map((w) => {
      if (allUpper && (w.replace(/[^A-Za-z]/g, '').length <= 3 || /\d/.test(w))) return w;
      return w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();
    })
    .join(' ');
}

function slugOf(words: readonly string[]): string {
  const w = words[0] === 'the' && words.length > 1 ? words.slice(1) : words;
  return w.join('-').slice(0, 60).replace(/-+$/, '');
}

function entryNorm(e: CompanyEntry): CompanyNorm {
  return { id: e.id, name: e.name };
}

// ---------------------------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------------------------

/**
 * Normalises an employer name to {id, name}. Known employers (and their subsidiaries and legal
 * names) get their canonical id and name; other names a slug id and a cleaned display name.
 */
export function normalizeCompany(name: string): CompanyNorm {
  if (typeof name !== 'string' || name.length === 0) return { ...NONE };
  try {
    return { ...normalizeUncached(name) };
  } catch {
    return { ...NONE };
  }
}

function normalizeUncached(input: string): CompanyNorm {
  let s = input.length > MAX_COMPANY_INPUT * 2 ? input.slice(0, MAX_COMPANY_INPUT * 2) : input;
  s = foldText(decodeEntities(s)).replace(TAG_RE, ' ').replace(SPACES_RE, ' ').trim();
  // no Latin letters (emoji, digits, other scripts), or not a name at all (one 40+ letter run, 200+ chars)
  if (!/[A-Za-z]/.test(s) || s.length > MAX_COMPANY_INPUT || /[A-Za-z]{40}/.test(s)) return NONE;
  s = s.split(DECORATION_SPLIT_RE)[0] ?? s;
  s = s.replace(LEADING_NOISE_RE, '').replace(TRAILING_NOISE_RE, '');

  // 1. the whole name, then without parentheses, then the part before " - " / ", " / " at "
  const candidates: string[] = [s];
  const noParens = s.replace(PAREN_RE, ' ').replace(SPACES_RE, ' ').trim();
  if (noParens !== s) candidates.push(noParens);
  const dash = noParens.split(/\s+[-–—]\s+|,/)[0]?.trim();
  if (dash && dash !== noParens) candidates.push(dash);
  for (const c of candidates) {
    const words = stripSuffixWords(companyKey(c).split(' ').filter(Boolean));
    if (words.length === 0) continue;
    const key = words.join(' ');
    if (HIDDEN_SET.has(key)) return NONE;
    const e = lookupWords(words);
    if (e) return entryNorm(e);
    // with parentheses kept as words ("Microsoft India (R&D)")
  }
  const withParenWords = stripSuffixWords(companyKey(s).split(' ').filter(Boolean));
  const e2 = lookupWords(withParenWords);
  if (e2) return entryNorm(e2);

  // 2. unknown: a cleaned display name and a slug id
  let display = noParens.replace(EDGE_PUNCT_RE, '');
  // keep a parenthetical only if it is not just a subsidiary/country word ("(India)", "(OPC)")
  const parens = [...s.matchAll(/\(([^()]*)\)/g)].map((m) => m[1] ?? '');
  if (parens.length && parens.every((p) => companyKey(p).split(' ').every((w) => !w || SUBSIDIARY_SET.has(w) || SUFFIX_SET.has(w)))) {
    // dropped
  } else if (parens.length) {
    display = s.replace(EDGE_PUNCT_RE, '');
  }
  display = stripDisplaySuffix(display.replace(/\s*,\s*/g, ', ').replace(SPACES_RE, ' ')).replace(EDGE_PUNCT_RE, '');
  display = smartCase(display);
  const words = stripSuffixWords(companyKey(display).split(' ').filter(Boolean));
  if (words.length === 0 || !/[a-z]/.test(words.join(''))) return NONE;
  if (words.length === 1 && (SUFFIX_SET.has(words[0] as string) || words[0] === 'and' || words[0] === 'the')) return NONE;
  if (HIDDEN_SET.has(words.join(' '))) return NONE;
  const id = slugOf(words);
  if (!id) return NONE;
  return { id, name: display || null };
}

const SLUG_DECOR_RE = /[-_.](?:careers?|jobs|hiring|talent|recruiting|external|ext|wd\d+|myworkdayjobs)$/;
const SLUG_TAIL_RE = /(?:usa|us|inc|hq|global|india|uk|io|app|jobs|careers|team|hiring|corp|llc)$/;

/**
 * The company behind an ATS board slug ("greenhouse", "anthropic"; "workday", "nvidia"). Known
 * irregular slugs come from ATS_SLUGS; otherwise the slug is read as a name ("acme-robotics" →
 * "Acme Robotics"). Empty slug → {id: null, name: null}.
 */
export function companyFromAtsSlug(ats: string, slug: string): CompanyNorm {
  if (typeof slug !== 'string') return { ...NONE };
  let s = slug.trim().toLowerCase();
  if (!s || s.length > MAX_COMPANY_INPUT) return { ...NONE };
  s = s.split(/[/?#]/)[0] ?? s;
  if (s.includes('.') && !/\.(?:com|io|ai|co)$/.test(s)) s = s.split('.')[0] ?? s; // "nvidia.wd5"
  for (let i = 0; i < 2; i++) s = s.replace(SLUG_DECOR_RE, '');
  if (!s) return { ...NONE };
  const table = ATS_SLUGS[typeof ats === 'string' ? ats.trim().toLowerCase() : ''];
  const mapped = table?.[s];
  if (mapped) {
    const e = BY_ID.get(mapped);
    return e ? entryNorm(e) : normalizeCompany(mapped);
  }
  const words = s.replace(/[-_.]+/g, ' ').trim();
  const asName = normalizeCompany(words);
  if (asName.id && BY_ID.has(asName.id)) return asName;
  const squashed = words.replace(/ /g, '');
  const direct = BY_SQUASHED.get(squashed) ?? BY_SQUASHED.get(squashed.replace(SLUG_TAIL_RE, ''));
  if (direct) return entryNorm(direct);
  if (!asName.id) return { ...NONE };
  return { id: asName.id, name: smartCase(words.replace(/\b\w/g, (c) => c.toUpperCase())) };
}

/** The canonical display name for a company id from the table, or null. */
export function companyName(id: string): string | null {
  return BY_ID.get(id)?.name ?? null;
}

/** True for the ids of employers in PayLens's own table (not a slug made from free text). */
export function isKnownCompanyId(id: string | null | undefined): boolean {
  return !!id && BY_ID.has(id);
}
