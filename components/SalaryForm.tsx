import { useState } from 'preact/hooks';
import type { JobPosting, SubmissionInput } from '../utils/schemas';

/** Currencies offered first in pickers; any ISO code can still be typed. */
export const COMMON_CURRENCIES = ['INR', 'USD', 'EUR', 'GBP', 'CAD', 'AUD', 'SGD', 'AED', 'CHF', 'JPY', 'PLN', 'SEK', 'BRL', 'UAH'] as const;

export interface SalaryFormProps {
  prefill: JobPosting | null;
  defaultCurrency: string;
  onSubmit(input: SubmissionInput): Promise<string | null>;
}

function toNumber(text: string): number | null {
  const cleaned = text.replace(/[\s,_']/g, '');
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}

export function SalaryForm({ prefill, defaultCurrency, onSubmit }: SalaryFormProps) {
  const [title, setTitle] = useState(prefill?.title ?? '');
  const [company, setCompany] = useState(prefill?.company ?? '');
  const [location, setLocation] = useState(prefill?.location ?? '');
  const [base, setBase] = useState('');
  const [total, setTotal] = useState('');
  const [years, setYears] = useState('');
  const [currency, setCurrency] = useState(prefill?.postedSalary?.currency ?? defaultCurrency);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // one id per entry: a retried save of the same entry is stored once
  const [clientId, setClientId] = useState(() => crypto.randomUUID());

  const submit = async (event: Event) => {
    event.preventDefault();
    const annualBase = toNumber(base);
    if (!title.trim()) return setError('Enter your job title.');
    if (annualBase === null || annualBase <= 0) return setError('Enter your gross annual base pay as a number, e.g. 1800000.');
    const annualTotal = total.trim() ? toNumber(total) : null;
    if (total.trim() && (annualTotal === null || annualTotal <= 0)) return setError('Total pay must be a number, or left empty.');
    const yearsExperience = years.trim() ? toNumber(years) : null;
    if (years.trim() && (yearsExperience === null || yearsExperience > 60)) return setError('Years of experience must be a number from 0 to 60.');
    setSaving(true);
    setError(null);
    const failure = await onSubmit({
      clientId,
      title: title.trim(),
      company: company.trim() || null,
      location: location.trim() || null,
      level: 'unknown',
      base: annualBase,
      total: annualTotal,
      currency: currency.trim().toUpperCase(),
      period: 'year',
      yearsExperience,
      jobKey: prefill?.jobKey ?? null,
    });
    setSaving(false);
    if (failure) setError(failure);
    else {
      setBase('');
      setTotal('');
      setClientId(crypto.randomUUID());
    }
  };

  return (
    <form class="form" onSubmit={submit} aria-label="Your salary">
      <label>
        Job title
        <input name="title" value={title} onInput={(e) => setTitle(e.currentTarget.value)} required maxLength={200} />
      </label>
      <label>
        Company <span class="muted">(optional)</span>
        <input name="company" value={company} onInput={(e) => setCompany(e.currentTarget.value)} maxLength={200} />
      </label>
      <label>
        Location <span class="muted">(optional)</span>
        <input name="location" value={location} onInput={(e) => setLocation(e.currentTarget.value)} maxLength={200} />
      </label>
      <div class="row">
        <label class="grow">
          Gross annual base pay
          <input name="annualBase" inputMode="decimal" value={base} onInput={(e) => setBase(e.currentTarget.value)} required />
        </label>
        <label>
          Currency
          <input name="currency" list="currencies" value={currency} size={4} maxLength={3} onInput={(e) => setCurrency(e.currentTarget.value)} />
          <datalist id="currencies">
            {COMMON_CURRENCIES.map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
        </label>
      </div>
      <div class="row">
        <label class="grow">
          Total pay incl. bonus and equity <span class="muted">(optional)</span>
          <input name="annualTotal" inputMode="decimal" value={total} onInput={(e) => setTotal(e.currentTarget.value)} />
        </label>
        <label>
          Years of experience
          <input name="yearsExperience" inputMode="numeric" value={years} size={4} onInput={(e) => setYears(e.currentTarget.value)} />
        </label>
      </div>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" disabled={saving}>
        {saving ? 'Saving…' : 'Save my salary'}
      </button>
      <p class="muted small">Stored only in this browser. Nothing is shared unless you turn sharing on in options.</p>
    </form>
  );
}
