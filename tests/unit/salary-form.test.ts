import { describe, expect, it } from 'vitest';
import { t } from '../../utils/i18n';
import { validateSalaryForm, valuesFromPosting, valuesFromSubmission, type SalaryFormValues } from '../../utils/salary-form';

const id = 'c0ffee00-0000-4000-8000-000000000001';
const filled = (v: Partial<SalaryFormValues> = {}): SalaryFormValues => ({
  title: 'Senior Software Engineer',
  company: 'Acme',
  location: 'Bengaluru',
  level: 'senior',
  yearsExperience: '7',
  base: '30,00,000',
  bonus: '3,00,000',
  equity: '',
  currency: 'INR',
  period: 'year',
  ...v,
});

describe('salary form validation', () => {
  it('turns what the user typed into a submission (Indian grouping, total = base + bonus + equity)', () => {
    const result = validateSalaryForm(filled(), id, 'greenhouse:1');
    expect(result).toEqual({
      ok: true,
      input: {
        clientId: id,
        title: 'Senior Software Engineer',
        company: 'Acme',
        location: 'Bengaluru',
        level: 'senior',
        base: 3_000_000,
        total: 3_300_000,
        currency: 'INR',
        period: 'year',
        yearsExperience: 7,
        jobKey: 'greenhouse:1',
        annualBonus: 300_000,
        annualEquity: null,
      },
    });
  });

  it('spreads yearly bonus and equity over a monthly base', () => {
    const result = validateSalaryForm(filled({ base: '5000', bonus: '6000', equity: '6000', currency: 'EUR', period: 'month' }), id, null);
    expect(result.ok && result.input).toMatchObject({ base: 5000, total: 6000, period: 'month', annualBonus: 6000, annualEquity: 6000 });
  });

  it('puts an error at each wrong field, and names the first one to focus', () => {
    const result = validateSalaryForm(filled({ title: '  ', base: 'lots', bonus: '-5', yearsExperience: '70' }), id, null);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual({
      title: 'form_error_title',
      base: 'form_error_number',
      bonus: 'form_error_number',
      yearsExperience: 'form_error_years',
    });
    expect(result.first).toBe('title');
    expect(t(result.errors.base!)).toBe('Enter a number, like 1800000 or 18,00,000.');
  });

  it('refuses an empty base, a base that is no salary for its period, and a currency without a rate', () => {
    const empty = validateSalaryForm(filled({ base: '' }), id, null);
    expect(!empty.ok && empty.errors.base).toBe('form_error_required');
    // 9,000 a year in USD is not a salary; 9,000 a month is
    const hourly = validateSalaryForm(filled({ base: '9000', currency: 'USD', period: 'hour' }), id, null);
    expect(!hourly.ok && hourly.errors.base).toBe('form_error_implausible');
    expect(validateSalaryForm(filled({ base: '9000', currency: 'USD', period: 'month' }), id, null).ok).toBe(true);
    const zzz = validateSalaryForm(filled({ currency: 'ZZZ' }), id, null);
    expect(!zzz.ok && zzz.errors.currency).toBe('form_error_currency');
  });

  it('prefills from the posting, and from a saved salary to edit it', () => {
    const v = valuesFromPosting(
      {
        site: 'greenhouse',
        jobKey: 'greenhouse:1',
        url: 'https://boards.greenhouse.io/x/jobs/1',
        title: 'Data Engineer',
        company: 'Northwind',
        location: 'Berlin',
        locations: ['Berlin'],
        mode: null,
        postedSalary: { min: 70000, max: 90000, currency: 'EUR', period: 'year', flags: [], raw: '€70k–€90k' },
        employmentType: null,
        datePosted: null,
        source: 'json-ld',
      },
      'INR',
    );
    expect(v).toMatchObject({ title: 'Data Engineer', company: 'Northwind', location: 'Berlin', currency: 'EUR', base: '' });
    const input = validateSalaryForm(filled(), id, null);
    if (!input.ok) throw new Error('valid');
    const back = valuesFromSubmission({ ...input.input, id, createdAt: '2026-01-01T00:00:00Z', annualBase: 3e6, annualTotal: 3.3e6 });
    expect(validateSalaryForm(back, id, null)).toEqual(input);
  });
});
