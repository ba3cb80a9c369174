/**
 * schema.org `JobPosting` from JSON-LD (including `@graph`, arrays and nesting) and microdata.
 * Bounded against hostile pages: capped script sizes, node counts and depth; `__proto__` and
 * `constructor` keys are dropped while parsing.
 */
import type { JobPosting, Period, PostedSalary, WorkMode } from '../schemas';
import { cleanText, plainText } from './dom';

const MAX_SCRIPT_CHARS = 1_000_000;
const MAX_SCRIPTS = 50;
const MAX_NODES = 5_000;
const MAX_DEPTH = 12;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** The parts of a JobPosting that structured data can give (no site/jobKey/url). */
export type StructuredPosting = Omit<JobPosting, 'site' | 'jobKey' | 'url'> & {
  /** schema.org `identifier` value, when the page gives one */
  identifier: string | null;
};

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function safeParse(text: string): Json | undefined {
  try {
    return JSON.parse(text, (key, value: Json) =>
      key === '__proto__' || key === 'constructor' || key === 'prototype' ? undefined : value,
    ) as Json;
  } catch {
    // Some sites put raw newlines or trailing commas in their JSON-LD; try a lenient pass once.
    try {
      const repaired = text.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1');
      return JSON.parse(repaired, (key, value: Json) =>
        key === '__proto__' || key === 'constructor' || key === 'prototype' ? undefined : value,
      ) as Json;
    } catch {
      return undefined;
    }
  }
}

function hasType(node: JsonObject, type: string): boolean {
  const t = node['@type'];
  const matches = (v: Json) => typeof v === 'string' && (v === type || v.endsWith(`/${type}`) || v.endsWith(`:${type}`));
  return Array.isArray(t) ? t.some(matches) : matches(t ?? null);
}

/** Every JSON-LD node of `@type` JobPosting on the page, in document order. */
export function findJsonLdJobPostings(doc: Document): JsonObject[] {
  const found: JsonObject[] = [];
  const scripts = doc.querySelectorAll('script[type="application/ld+json" i]');
  let visited = 0;
  const walk = (node: Json, depth: number) => {
    if (depth > MAX_DEPTH || visited > MAX_NODES || node === null || typeof node !== 'object') return;
    visited++;
    if (Array.isArray(node)) {
      for (const item of node.slice(0, 500)) walk(item, depth + 1);
      return;
    }
    if (hasType(node, 'JobPosting')) {
      found.push(node);
      return;
    }
    for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement', 'item', 'hasPart']) {
      const child = node[key];
      if (child !== undefined) walk(child, depth + 1);
    }
  };
  for (const script of Array.from(scripts).slice(0, MAX_SCRIPTS)) {
    const text = script.textContent ?? '';
    if (text.length > MAX_SCRIPT_CHARS) continue;
    const parsed = safeParse(text);
    if (parsed !== undefined) walk(parsed, 0);
  }
  return found;
}

function first(value: Json | undefined): Json | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function str(value: Json | undefined, max = 300): string | null {
  const v = first(value);
  if (typeof v === 'string') return plainText(v, max);
  if (typeof v === 'number') return String(v);
  if (isObject(v)) return str(v['name'] ?? v['@value'] ?? v['value'], max);
  return null;
}

function num(value: Json | undefined): number | null {
  const v = first(value);
  if (typeof v === 'number') return Number.isFinite(v) && v >= 0 ? v : null;
  if (typeof v === 'string') {
    const cleaned = v.replace(/[\s,_]/g, '');
    if (!/^\d+(\.\d+)?$/.test(cleaned)) return null;
    const n = Number(cleaned);
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

const UNIT_PERIODS: Record<string, Period> = {
  HOUR: 'hour',
  HOURLY: 'hour',
  DAY: 'day',
  DAILY: 'day',
  WEEK: 'week',
  WEEKLY: 'week',
  MONTH: 'month',
  MONTHLY: 'month',
  YEAR: 'year',
  YEARLY: 'year',
  ANNUAL: 'year',
  ANNUALLY: 'year',
};

/** schema.org MonetaryAmount (or a bare number/string) → PostedSalary. */
export function postedSalaryFromSchema(
  amount: Json | undefined,
  fallbackCurrency: string | null,
  flags: string[] = [],
): PostedSalary | null {
  const node = first(amount);
  if (node === undefined || node === null) return null;
  let currency = fallbackCurrency;
  let min: number | null = null;
  let max: number | null = null;
  let period: Period | null = null;
  if (isObject(node)) {
    currency = str(node['currency'], 10) ?? currency;
    const value = first(node['value']);
    if (isObject(value)) {
      min = num(value['minValue']);
      max = num(value['maxValue']);
      const single = num(value['value']);
      if (min === null && max === null && single !== null) min = max = single;
      const unit = str(value['unitText'], 20) ?? str(node['unitText'], 20);
      period = unit ? (UNIT_PERIODS[unit.toUpperCase()] ?? null) : null;
    } else {
      min = max = num(value);
      const unit = str(node['unitText'], 20);
      period = unit ? (UNIT_PERIODS[unit.toUpperCase()] ?? null) : null;
      // Some sites put minValue/maxValue directly on the MonetaryAmount.
      if (min === null) {
        min = num(node['minValue']);
        max = num(node['maxValue']);
      }
    }
  } else {
    min = max = num(node);
  }
  if (min === null && max === null) return null;
  // min > max is left as found: utils/sites/fields.ts (checkSalary) decides between a typo and nonsense.
  const code = currency && /^[A-Za-z]{3}$/.test(currency) ? currency.toUpperCase() : null;
  const raw = [code, min === max ? min : `${min ?? ''}–${max ?? ''}`, period ? `per ${period}` : null]
    .filter((p) => p !== null && p !== '')
    .join(' ');
  return { min, max, currency: code, period, flags, raw };
}

function addressText(address: Json | undefined): string | null {
  const a = first(address);
  if (typeof a === 'string') return cleanText(a, 200);
  if (!isObject(a)) return null;
  const parts = [str(a['addressLocality'], 100), str(a['addressRegion'], 100), str(a['addressCountry'], 100)];
  const unique: string[] = [];
  for (const p of parts) if (p && !unique.includes(p)) unique.push(p);
  return unique.length ? unique.join(', ') : null;
}

function placeText(place: Json): string | null {
  if (typeof place === 'string') return cleanText(place, 200);
  if (!isObject(place)) return null;
  return addressText(place['address']) ?? str(place['name'], 200);
}

function locationsOf(posting: JsonObject): string[] {
  const raw = posting['jobLocation'];
  const places = Array.isArray(raw) ? raw.slice(0, 100) : raw === undefined ? [] : [raw];
  const out: string[] = [];
  for (const place of places) {
    const text = placeText(place);
    if (text && !out.includes(text)) out.push(text);
  }
  return out;
}

function modeOf(posting: JsonObject, hasPlace: boolean): WorkMode | null {
  const type = str(posting['jobLocationType'], 40);
  if (type && /telecommute|remote/i.test(type)) return hasPlace ? 'remote_ok' : 'remote';
  return null;
}

/** Map one JSON-LD JobPosting node to the structured part of our JobPosting. */
export function fromJsonLd(node: JsonObject): StructuredPosting | null {
  const title = str(node['title']) ?? str(node['name']);
  if (!title) return null;
  const org = node['hiringOrganization'];
  const company = str(org, 200);
  const locations = locationsOf(node);
  const mode = modeOf(node, locations.length > 0);
  const location = locations.length ? locations.join(' | ') : null;
  const salaryCurrency = str(node['salaryCurrency'], 10);
  const postedSalary =
    postedSalaryFromSchema(node['baseSalary'], salaryCurrency) ??
    postedSalaryFromSchema(node['estimatedSalary'], salaryCurrency, ['estimate']);
  const employment = node['employmentType'];
  const employmentType = Array.isArray(employment)
    ? cleanText(employment.filter((e) => typeof e === 'string').join(', '), 100)
    : str(employment, 100);
  const identifier = isObject(first(node['identifier']))
    ? str((first(node['identifier']) as JsonObject)['value'], 100)
    : str(node['identifier'], 100);
  return {
    title,
    company,
    location,
    locations,
    mode,
    postedSalary,
    employmentType,
    datePosted: str(node['datePosted'], 40),
    source: 'json-ld',
    identifier,
  };
}

// ---------------------------------------------------------------------------------------------
// Microdata
// ---------------------------------------------------------------------------------------------

function itemProp(scope: Element, name: string): Element | null {
  // The first element with this itemprop that belongs to this scope (not a nested one).
  for (const el of Array.from(scope.querySelectorAll(`[itemprop~="${name}"]`)).slice(0, 50)) {
    if (el.parentElement?.closest('[itemscope]') === scope) return el;
  }
  return null;
}

function propValue(el: Element | null): string | null {
  if (!el) return null;
  const content = el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.getAttribute('value');
  if (content !== null) return cleanText(content, 300);
  if (el.hasAttribute('itemscope')) {
    const name = itemProp(el, 'name');
    return propValue(name) ?? cleanText(el.textContent, 300);
  }
  return cleanText(el.textContent, 300);
}

export function fromMicrodata(doc: Document): StructuredPosting | null {
  const scope = Array.from(doc.querySelectorAll('[itemscope][itemtype]'))
    .slice(0, 200)
    .find((el) => /schema\.org\/JobPosting\b/i.test(el.getAttribute('itemtype') ?? ''));
  if (!scope) return null;
  const title = propValue(itemProp(scope, 'title')) ?? propValue(itemProp(scope, 'name'));
  if (!title) return null;
  const locations: string[] = [];
  for (const place of Array.from(scope.querySelectorAll('[itemprop~="jobLocation"]')).slice(0, 20)) {
    const address = place.querySelector('[itemprop~="address"]') ?? place;
    const parts = ['addressLocality', 'addressRegion', 'addressCountry']
      .map((p) => propValue(address.querySelector(`[itemprop~="${p}"]`)))
      .filter((p): p is string => !!p);
    const text = parts.length ? parts.join(', ') : cleanText(place.textContent, 200);
    if (text && !locations.includes(text)) locations.push(text);
  }
  const salaryEl = itemProp(scope, 'baseSalary');
  let postedSalary: PostedSalary | null = null;
  if (salaryEl) {
    const currency = propValue(salaryEl.querySelector('[itemprop~="currency"]')) ?? propValue(itemProp(scope, 'salaryCurrency'));
    const min = propValue(salaryEl.querySelector('[itemprop~="minValue"]'));
    const max = propValue(salaryEl.querySelector('[itemprop~="maxValue"]'));
    const value = propValue(salaryEl.querySelector('[itemprop~="value"]')) ?? (salaryEl.hasAttribute('itemscope') ? null : propValue(salaryEl));
    const unit = propValue(salaryEl.querySelector('[itemprop~="unitText"]'));
    postedSalary = postedSalaryFromSchema(
      {
        currency,
        value: { minValue: min, maxValue: max, value, unitText: unit },
      },
      currency,
    );
  }
  const mode = /telecommute/i.test(propValue(itemProp(scope, 'jobLocationType')) ?? '')
    ? locations.length
      ? 'remote_ok'
      : 'remote'
    : null;
  return {
    title,
    company: propValue(itemProp(scope, 'hiringOrganization')),
    location: locations.length ? locations.join(' | ') : null,
    locations,
    mode,
    postedSalary,
    employmentType: propValue(itemProp(scope, 'employmentType')),
    datePosted: propValue(itemProp(scope, 'datePosted')),
    source: 'microdata',
    identifier: propValue(itemProp(scope, 'identifier')),
  };
}

/**
 * The page's JobPosting from JSON-LD. Site adapters use this: the known sites carry JSON-LD, and
 * leaving the microdata reader out keeps it out of their content scripts.
 */
export function jsonLdPosting(doc: Document): StructuredPosting | null {
  for (const node of findJsonLdJobPostings(doc)) {
    const posting = fromJsonLd(node);
    if (posting) return posting;
  }
  return null;
}

/** The page's JobPosting from JSON-LD, else microdata (the generic adapter, older career sites). */
export function structuredPosting(doc: Document): StructuredPosting | null {
  return jsonLdPosting(doc) ?? fromMicrodata(doc);
}
