/**
 * A posting's published pay, read in the background: the content script sends the pay texts its
 * adapter found (`JobPosting.payTexts`, in the adapter's order of preference, made by the
 * `*PayText` helpers of utils/sites/fields.ts), and `withPostedPay` turns the first one that
 * reads as plausible pay into `postedSalary`. The salary-text parser and its tables
 * (salary-text.ts, salary-tables.ts) stay out of every content script.
 *
 * One function for every caller: the background's handlers (utils/handlers.ts) on every posting
 * a content script sends, and the CLI and the bench after `extract`, so what they measure is what
 * the badge shows.
 *
 * Structured salaries (JSON-LD `baseSalary`, microdata) are figures already: the adapter fills
 * `postedSalary` with them (checked by fields.ts `checkSalary`) and sends no pay texts.
 */
import type { JobPosting, PayText, PostedSalary } from '../schemas';
import { cleanText } from '../sites/dom';
import { payScope, plausibleSalary } from '../sites/fields';
import { parseSalaryText, type SalaryText } from './salary-text';

/** Longest description read (characters): the same bound as fields.ts's text helpers. */
const MAX_DESCRIPTION = 20_000;

/** Visible pay text → PostedSalary (raw keeps the text, at most 500 characters), or null (see readPayText). */
function fromText(text: string, country: string | null, flags: readonly string[] = []): PostedSalary | null {
  if (!/\d/.test(text)) return null;
  const parsed = parseSalaryText(text, country);
  if (!parsed) return null;
  const all = [...parsed.flags];
  for (const f of flags) if (!all.includes(f)) all.push(f);
  return plausibleSalary({ ...parsed, flags: all, raw: text.slice(0, 500) }, country);
}

/** "31,988 - 33,672": a range of bare figures where the page shows pay, kept with no currency or period. */
const BARE_RANGE = /^(\d{1,3}(?:,\d{3})+|\d{4,7})(?:\.\d{2})?\s*(?:-|–|to)\s*(\d{1,3}(?:,\d{3})+|\d{4,7})(?:\.\d{2})?$/;

function bareFigures(text: string): PostedSalary | null {
  const m = BARE_RANGE.exec(text.slice(0, 200));
  if (!m) return null;
  const min = Number(m[1]!.replace(/,/g, ''));
  const max = Number(m[2]!.replace(/,/g, ''));
  if (!(min > 0) || max < min) return null;
  return { min, max, currency: null, period: null, flags: ['figures_only'], raw: text.slice(0, 200) };
}

/** Pay inside a long element: the whole text's figure, `raw` the shortest block (of `blocks`, shortest first) that says the same. */
function fromElement(whole: string, blocks: readonly string[], country: string | null): PostedSalary | null {
  const all = parseSalaryText(whole, country);
  if (!all) return null;
  const best = blocks.find((text) => {
    const one = parseSalaryText(text, country);
    return one !== null && one.min === all.min && one.max === all.max && one.currency === all.currency;
  });
  return plausibleSalary({ ...all, raw: (best ?? whole).slice(0, 500) }, country);
}

/** A description's sentence that states pay says so; budgets and allowances are not pay. */
const PAY_SENTENCE =
  /salar(?:y|ies)|\bpay\b|compensation|\bwages?\b|remuneration|\bCTC\b|\bOTE\b|\bbase\b|Gehalt|Verg[üu]tung|salaire|r[ée]mun[ée]ration|sueldo|salario|sal[áa]rio|年収|月給|時給|年俸/i;
const PERK_SENTENCE = /budget|allowance|stipend|reimburs|voucher|learning and development|equipment|relocation|sign(?:ing|-on) bonus|referral/i;

/**
 * Pay stated somewhere in a description ("The US base salary range for this position is
 * $136,000-$203,000 + bonus"). `raw` is the sentence that carries it, not the whole text.
 * Sentences scoped to another country than `country` are skipped ("For U.S.-based roles …" on a
 * Canadian posting), so a description with one range per country yields the posting's own.
 */
function fromDescription(text: string, country: string | null): PostedSalary | null {
  const whole = parseSalaryText(text.slice(0, MAX_DESCRIPTION), country);
  let found: { salary: SalaryText; raw: string } | null = null;
  for (const sentence of text.split(/\n|(?<=[.!?])\s+(?=[A-Z])/).slice(0, 400)) {
    if (!/\d/.test(sentence) || !PAY_SENTENCE.test(sentence) || PERK_SENTENCE.test(sentence)) continue;
    const raw = cleanText(sentence, 500) ?? '';
    const scope = payScope(raw);
    if (scope && country && scope !== country) continue;
    const salary = parseSalaryText(sentence, country);
    if (!salary || salary.flags.includes('currency_from_country') || !plausibleSalary({ ...salary, raw }, country)) continue;
    // the figure the parser ranks best in the whole text, when it is one of these
    if (whole && salary.min === whole.min && salary.max === whole.max) {
      found = { salary, raw };
      break;
    }
    found ??= { salary, raw };
  }
  return found ? plausibleSalary({ ...found.salary, raw: found.raw }, country) : null;
}

/**
 * One pay text → the salary it states, or null when it states none or fields.ts `checkSalary`
 * drops it (for the country the figures were read for, then for the posting's country):
 *
 * - `text`: a pay element, chip or field ("$95K/yr - $125K/yr", "₹ 5-10 Lacs P.A.");
 * - `title`: a title or header segment: only with an explicit currency, so "Engineer 3" or
 *   "401k" never reads as pay;
 * - `figures`: like `text`, else a range of bare figures kept as shown (`figures_only`);
 * - `element`: a long element (a description block): its best figure, `raw` the shortest of
 *   `blocks` (its paragraphs, list items… shortest first) that says the same;
 * - `description`: a whole description: the pay sentence, skipping sentences scoped to another
 *   country, budgets and allowances.
 */
export function readPayText(pay: PayText): PostedSalary | null {
  const { text, country } = pay;
  let salary: PostedSalary | null;
  try {
    switch (pay.reading) {
      case 'text':
        salary = fromText(text, country, pay.flags);
        break;
      case 'title': {
        const read = fromText(text, country, pay.flags);
        salary = read && !read.flags.includes('currency_from_country') ? read : null;
        break;
      }
      case 'figures':
        salary = fromText(text, country, pay.flags) ?? bareFigures(text);
        break;
      case 'element':
        salary = fromElement(text, pay.blocks ?? [], country);
        break;
      case 'description':
        salary = fromDescription(text, country);
        break;
      default:
        salary = null;
    }
  } catch {
    return null;
  }
  if (salary && pay.raw) salary = { ...salary, raw: pay.raw.slice(0, 500) };
  return pay.postingCountry === undefined ? salary : plausibleSalary(salary, pay.postingCountry);
}

/** The posting's published pay: its structured salary, else the first of its pay texts that reads as pay. */
export function postedPayOf(posting: Pick<JobPosting, 'postedSalary' | 'payTexts'>): PostedSalary | null {
  if (posting.postedSalary) return posting.postedSalary;
  for (const pay of posting.payTexts ?? []) {
    const salary = readPayText(pay);
    if (salary) return salary;
  }
  return null;
}

/**
 * The posting as the badge and the popup see it: `postedSalary` read (postedPayOf), the pay texts
 * it was read from no longer carried. Postings without pay texts come back as they are.
 */
export function withPostedPay<P extends Pick<JobPosting, 'postedSalary' | 'payTexts'>>(posting: P): P {
  if (posting.payTexts === undefined) return posting;
  const { payTexts: _read, ...rest } = posting;
  return { ...rest, postedSalary: postedPayOf(posting) } as P;
}
