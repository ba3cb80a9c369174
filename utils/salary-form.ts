/**
 * The "your pay" form's rules (popup): what the user typed → a SubmissionInput, or one message
 * key per wrong field. Full zod (extension pages may carry it; content scripts never load this).
 * The background checks the same bounds again (utils/submission-check.ts) and answers a field.
 */
import { z } from 'zod';
import type { MessageKey } from './i18n';
import { annualize, convertCurrency, fromAnnual, hasRate } from './normalize/currency';
import { LEVELS, type JobPosting, type Submission, type SubmissionInput } from './schemas';
import { ANNUAL_USD_BOUNDS } from './submission-check';

export const FORM_FIELDS = ['title', 'company', 'location', 'level', 'yearsExperience', 'base', 'bonus', 'equity', 'currency', 'period'] as const;
export type FormField = (typeof FORM_FIELDS)[number];
/** What the inputs hold: text, as typed. */
export type SalaryFormValues = Record<FormField, string>;
export type FormErrors = Partial<Record<FormField, MessageKey>>;

/** Levels offered in the form: the nine, in ladder order, after 'unknown' ("from my job title"). */
export const FORM_LEVELS = ['unknown', 'intern', 'entry', 'mid', 'senior', 'staff', 'manager', 'director', 'vp', 'exec'] as const;

/** "1,20,000" / "120 000" / "120_000" → 120000; null for anything that is not a plain number. */
export function readAmount(text: string): number | null {
  const cleaned = text.trim().replace(/[\s,_'’]/g, '');
  return /^\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : null;
}

const key = (k: MessageKey) => ({ error: k });

const text = (max: number) => z.string().trim().max(max, key('form_error_too_long'));
const amount = (required: boolean) =>
  z.string().transform((value, ctx) => {
    if (!value.trim()) {
      if (required) ctx.addIssue({ code: 'custom', message: 'form_error_required' });
      return null;
    }
    const n = readAmount(value);
    if (n === null) ctx.addIssue({ code: 'custom', message: 'form_error_number' });
    else if (required && n <= 0) ctx.addIssue({ code: 'custom', message: 'form_error_positive' });
    else if (n >= 1e10) ctx.addIssue({ code: 'custom', message: 'form_error_too_large' });
    return n;
  });

export const SalaryFormSchema = z
  .object({
    title: text(200).min(1, key('form_error_title')),
    company: text(200),
    location: text(200),
    level: z.enum(LEVELS).catch('unknown'),
    yearsExperience: amount(false).refine((n) => n === null || n <= 60, key('form_error_years')),
    base: amount(true),
    bonus: amount(false),
    equity: amount(false),
    currency: z
      .string()
      .trim()
      .toUpperCase()
      .refine((c) => /^[A-Z]{3}$/.test(c) && hasRate(c), key('form_error_currency')),
    period: z.enum(['year', 'month', 'hour']).catch('year'),
  })
  .superRefine((v, ctx) => {
    if (v.base === null || !hasRate(v.currency)) return;
    const usd = convertCurrency(annualize(v.base, v.period), v.currency, 'USD');
    const [lo, hi] = ANNUAL_USD_BOUNDS.base;
    if (usd !== null && !(usd >= lo && usd <= hi)) ctx.addIssue({ code: 'custom', path: ['base'], message: 'form_error_implausible' });
  });

export type FormResult = { ok: true; input: SubmissionInput } | { ok: false; errors: FormErrors; first: FormField };

/** Validate the form; `clientId` is the entry's id, `jobKey` the posting it was prefilled from. */
export function validateSalaryForm(values: SalaryFormValues, clientId: string, jobKey: string | null): FormResult {
  const parsed = SalaryFormSchema.safeParse(values);
  if (!parsed.success) {
    const errors: FormErrors = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as FormField;
      errors[field] ??= (FORM_MESSAGE_KEYS.has(issue.message) ? issue.message : 'form_error_invalid') as MessageKey;
    }
    const first = FORM_FIELDS.find((f) => errors[f])!;
    return { ok: false, errors, first };
  }
  const v = parsed.data;
  const base = v.base!;
  const extrasYearly = (v.bonus ?? 0) + (v.equity ?? 0);
  return {
    ok: true,
    input: {
      clientId,
      title: v.title,
      company: v.company || null,
      location: v.location || null,
      level: v.level,
      base,
      total: extrasYearly > 0 ? base + fromAnnual(extrasYearly, v.period) : null,
      currency: v.currency,
      period: v.period,
      yearsExperience: v.yearsExperience,
      jobKey,
      annualBonus: v.bonus,
      annualEquity: v.equity,
    },
  };
}

const FORM_MESSAGE_KEYS = new Set([
  'form_error_required',
  'form_error_number',
  'form_error_positive',
  'form_error_too_large',
  'form_error_too_long',
  'form_error_title',
  'form_error_years',
  'form_error_currency',
  'form_error_implausible',
]);

const blank = (currency: string): SalaryFormValues => ({
  title: '',
  company: '',
  location: '',
  level: 'unknown',
  yearsExperience: '',
  base: '',
  bonus: '',
  equity: '',
  currency,
  period: 'year',
});

/** The form prefilled from a posting (its title, company, place, and posted currency). */
export function valuesFromPosting(posting: JobPosting | null, defaultCurrency: string): SalaryFormValues {
  const currency = posting?.postedSalary?.currency && hasRate(posting.postedSalary.currency) ? posting.postedSalary.currency : defaultCurrency;
  if (!posting) return blank(currency);
  return { ...blank(currency), title: posting.title, company: posting.company ?? '', location: posting.location ?? '' };
}

const num = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(Math.round(n * 100) / 100));

/** The form filled with a saved salary, to edit it. */
export function valuesFromSubmission(s: Submission): SalaryFormValues {
  return {
    title: s.title,
    company: s.company ?? '',
    location: s.location ?? '',
    level: s.level ?? 'unknown',
    yearsExperience: num(s.yearsExperience),
    base: num(s.base),
    bonus: num(s.annualBonus),
    equity: num(s.annualEquity),
    currency: s.currency,
    period: s.period ?? 'year',
  };
}
