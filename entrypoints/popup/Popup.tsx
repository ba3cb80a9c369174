import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SalaryForm } from '../../components/SalaryForm';
import { SubmissionList } from '../../components/SubmissionList';
import { sendMessage } from '../../utils/messaging';
import type { JobPosting, Submission } from '../../utils/schemas';
import { getSettings } from '../../utils/settings';
import { currencyForLocale } from '../../utils/locale-currency';

export function Popup() {
  const [submissions, setSubmissions] = useState<Submission[] | null>(null);
  const [prefill, setPrefill] = useState<JobPosting | null | undefined>(undefined);
  const [currency, setCurrency] = useState('USD');
  const [error, setError] = useState<string | null>(null);

  const refresh = async () => {
    const answer = await sendMessage('listSubmissions', undefined);
    if (answer.ok) setSubmissions(answer.value);
    else setError(answer.error.message);
  };

  useEffect(() => {
    void (async () => {
      const settings = await getSettings();
      setCurrency(settings.displayCurrency ?? currencyForLocale(navigator.language) ?? 'USD');
      const taken = await sendMessage('takePrefill', undefined).catch(() => null);
      setPrefill(taken?.ok ? taken.value : null);
      await refresh();
    })().catch((e: unknown) => setError(String(e)));
  }, []);

  return (
    <main>
      <h1>PayLens</h1>
      <p class="muted small">Compare your pay with the market. Your figures stay in this browser.</p>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      <h2>{prefill ? `Check yours against “${prefill.title}”` : 'Add your salary'}</h2>
      {prefill !== undefined ? (
        <SalaryForm
          key={prefill?.jobKey ?? 'blank'}
          prefill={prefill}
          defaultCurrency={currency}
          onSubmit={async (input) => {
            const answer = await sendMessage('submitSalary', input);
            if (!answer.ok) return answer.error.message;
            await refresh();
            return null;
          }}
        />
      ) : null}
      <h2>Your saved salaries</h2>
      {submissions ? (
        <SubmissionList
          submissions={submissions}
          onDelete={async (id) => {
            const answer = await sendMessage('deleteSubmission', id);
            if (!answer.ok) setError(answer.error.message);
            await refresh();
          }}
        />
      ) : (
        <p class="muted">Loading…</p>
      )}
      <p class="small">
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">
          Settings
        </a>
      </p>
    </main>
  );
}
