/**
 * A posting's vocabularies and bounds, and the content script's check of a posting before it
 * leaves the page — without zod.
 *
 * `JobPosting` in schemas.ts is built from the same constants and stays the contract: the
 * background validates every message it receives with it (utils/handlers.ts). The content
 * script only needs to know whether what it read is sendable (else: no badge, a debug line),
 * and zod/mini would cost every page ~7 KiB gzipped for that one question. `postingProblem`
 * answers it with the rules of `JobPosting`; tests/unit/posting-shape.test.ts holds the two
 * to the same verdict over a table of good, malformed and hostile postings.
 */
import type { JobPosting } from './schemas';

export const PERIODS = ['hour', 'day', 'week', 'month', 'year'] as const;
export const WORK_MODES = ['remote', 'hybrid', 'onsite', 'remote_ok'] as const;
export const EXTRACTION_SOURCES = ['json-ld', 'microdata', 'dom', 'meta'] as const;
/** How the background reads a pay text (utils/normalize/posted-pay.ts `readPayText`). */
export const PAY_READINGS = ['text', 'title', 'figures', 'element', 'description'] as const;

/** Longest text per field (characters), and longest lists. */
export const POSTING_LIMITS = {
  site: 60,
  jobKey: 300,
  url: 4000,
  title: 300,
  company: 200,
  location: 500,
  place: 200,
  places: 100,
  employmentType: 100,
  datePosted: 40,
  flag: 40,
  flags: 20,
  raw: 500,
  /** a pay text: a whole description at most */
  payText: 20_000,
  payTexts: 40,
  /** an element's blocks sent with its pay text (utils/sites/fields.ts elementPayText) */
  payBlock: 1500,
  payBlocks: 200,
  country: 2,
} as const;

export const CURRENCY_CODE = /^[A-Z]{3}$/;
export const COUNTRY_CODE = /^[A-Z]{2}$/;
export const JOB_KEY = /^[a-z0-9-]+:.+$/;

const L = POSTING_LIMITS;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown, max: number, min = 0) => typeof v === 'string' && v.length >= min && v.length <= max;
const orNull = (v: unknown, ok: (v: unknown) => boolean) => v === null || ok(v);
const amount = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const oneOf = (list: readonly string[]) => (v: unknown) => typeof v === 'string' && list.includes(v);
const texts = (v: unknown, max: number, cap: number) => Array.isArray(v) && v.length <= cap && v.every((t) => text(t, max));

const country = (v: unknown) => v === null || (typeof v === 'string' && v.length <= L.country);

function payTextProblem(t: unknown): string | null {
  if (!isObject(t)) return 'payTexts';
  if (!text(t['text'], L.payText)) return 'payTexts.text';
  if (!oneOf(PAY_READINGS)(t['reading'])) return 'payTexts.reading';
  if (!country(t['country'])) return 'payTexts.country';
  if (t['postingCountry'] !== undefined && !country(t['postingCountry'])) return 'payTexts.postingCountry';
  if (!texts(t['flags'], L.flag, L.flags)) return 'payTexts.flags';
  if (t['raw'] !== undefined && !text(t['raw'], L.raw)) return 'payTexts.raw';
  if (t['blocks'] !== undefined && !texts(t['blocks'], L.payBlock, L.payBlocks)) return 'payTexts.blocks';
  return null;
}

function salaryProblem(s: unknown): string | null {
  if (!isObject(s)) return 'postedSalary';
  if (!orNull(s['min'], amount)) return 'postedSalary.min';
  if (!orNull(s['max'], amount)) return 'postedSalary.max';
  if (!orNull(s['currency'], (c) => typeof c === 'string' && CURRENCY_CODE.test(c))) return 'postedSalary.currency';
  if (!orNull(s['period'], oneOf(PERIODS))) return 'postedSalary.period';
  if (!texts(s['flags'], L.flag, L.flags)) return 'postedSalary.flags';
  if (!text(s['raw'], L.raw)) return 'postedSalary.raw';
  return null;
}

/**
 * The first field of `value` that `JobPosting` would reject ("jobKey", "postedSalary.currency"),
 * or null when it is a sendable posting.
 */
export function postingProblem(value: unknown): string | null {
  if (!isObject(value)) return '(root)';
  const p = value;
  if (!text(p['site'], L.site, 1)) return 'site';
  if (p['siteCountry'] !== undefined && !orNull(p['siteCountry'], (c) => typeof c === 'string' && COUNTRY_CODE.test(c))) return 'siteCountry';
  if (!text(p['jobKey'], L.jobKey, 3) || !JOB_KEY.test(p['jobKey'] as string)) return 'jobKey';
  if (!text(p['url'], L.url)) return 'url';
  if (!text(p['title'], L.title, 1)) return 'title';
  if (!orNull(p['company'], (v) => text(v, L.company))) return 'company';
  if (!orNull(p['location'], (v) => text(v, L.location))) return 'location';
  if (!texts(p['locations'], L.place, L.places)) return 'locations';
  if (!orNull(p['mode'], oneOf(WORK_MODES))) return 'mode';
  if (p['postedSalary'] !== null) {
    const problem = salaryProblem(p['postedSalary']);
    if (problem) return problem;
  }
  if (!orNull(p['employmentType'], (v) => text(v, L.employmentType))) return 'employmentType';
  if (!orNull(p['datePosted'], (v) => text(v, L.datePosted))) return 'datePosted';
  if (!oneOf(EXTRACTION_SOURCES)(p['source'])) return 'source';
  if (p['payTexts'] !== undefined) {
    const list = p['payTexts'];
    if (!Array.isArray(list) || list.length > L.payTexts) return 'payTexts';
    for (const t of list) {
      const problem = payTextProblem(t);
      if (problem) return problem;
    }
  }
  return null;
}

/** Whether `value` is a posting the background will accept (see postingProblem). */
export function isSendablePosting(value: unknown): value is JobPosting {
  return postingProblem(value) === null;
}
