import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { levelRuleText, placeWords, roleWords } from '../../components/Badge';

export { roleWords };
import { DataTransfer } from '../../components/DataTransfer';
import { RangeBar } from '../../components/RangeBar';
import { SalaryForm } from '../../components/SalaryForm';
import { SubmissionList } from '../../components/SubmissionList';
import { requestAllSitesPermission } from '../../utils/all-sites-permission';
import { payOnScale, postedOnScale } from '../../utils/estimate/scale';
import { t, tn, uiLanguage } from '../../utils/i18n';
import { currencyForLocale } from '../../utils/locale-currency';
import { sendMessage } from '../../utils/messaging';
import { retrying } from '../../utils/retry';
import { formatMoney, formatRange } from '../../utils/normalize/currency';
import { valuesFromPosting, valuesFromSubmission } from '../../utils/salary-form';
import type { EstimateAnswer, EstimateOk, JobPosting, PayComparison, RoleRef, Submission, SubmissionInput, TabPostingView } from '../../utils/schemas';
import { getSettings, settingsItem, updateSettings, withHostHidden, type Settings } from '../../utils/settings';
import { siteName } from '../../utils/site-names';

/** "You are paid 18% below the market median for Senior Software Engineers in Bengaluru (p30)." */
export function compareSentence(c: PayComparison): string | null {
  if (c.estimate.status !== 'ok' || !c.position) return null;
  const who = `${roleWords(c.estimate.role)} ${placeWords(c.estimate.scope.label)}`;
  const { pctFromMedian: pct, percentile } = c.position;
  if (pct === 0) return t('compare_at', who, String(percentile));
  return t(pct < 0 ? 'compare_below' : 'compare_above', String(Math.abs(pct)), who, String(percentile));
}

/** The tab the popup is about: `?tab=<id>` (opened for a tab), else the active tab of this window. */
async function targetTab(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true }).catch(() => []);
  // the popup page opened in a tab of its own is not a posting
  if (!tab?.id || tab.url?.startsWith(browser.runtime.getURL('/'))) return null;
  return tab.id;
}

function Market({ estimate, posting, indian, mine }: { estimate: EstimateOk; posting: JobPosting | null; indian: boolean; mine?: number | null }) {
  const format = (x: number) => formatMoney(x, estimate.currency, { period: estimate.period, indian });
  const posted = posting ? postedOnScale(posting.postedSalary, estimate) : null;
  const summary = t('bar_summary', format(estimate.p25), format(estimate.p75), format(estimate.p50));
  return (
    <RangeBar
      p25={estimate.p25}
      p50={estimate.p50}
      p75={estimate.p75}
      posted={posted}
      mine={mine ?? null}
      format={format}
      summary={mine ? `${summary} ${t('bar_summary_mine', format(mine))}` : summary}
      labels={{ band: t('bar_band'), median: t('bar_median'), posted: t('bar_posted'), mine: t('bar_mine') }}
    />
  );
}

function evidence(estimate: EstimateOk): string {
  const base = estimate.n === null || estimate.figures === 'statistics' ? t('evidence_statistics') : tn('evidence_salaries', estimate.n);
  return estimate.mine?.n ? `${base} ${tn('evidence_mine', estimate.mine.n)}` : base;
}

function PostingCard({ posting, answer, indian }: { posting: JobPosting; answer: EstimateAnswer | null | undefined; indian: boolean }) {
  const where = [posting.company, posting.location].filter(Boolean).join(' · ');
  return (
    <div class="card" data-testid="posting">
      <p>
        <b>{posting.title}</b>
      </p>
      {where ? <p class="muted">{where}</p> : null}
      {answer === undefined ? <p class="muted">{t('estimating')}</p> : null}
      {answer === null ? <p class="error">{t('estimate_failed')}</p> : null}
      {answer?.estimate.status === 'ok' ? (
        <>
          <p>
            {t('estimate_for', roleWords(answer.estimate.role), answer.estimate.scope.label)}{' '}
            <span class="figure">~{formatMoney(answer.estimate.p50, answer.estimate.currency, { period: answer.estimate.period, indian })}</span>
          </p>
          <Market estimate={answer.estimate} posting={posting} indian={indian} />
          {answer.text.posted ? (
            <p>
              {t('posted_by_employer', answer.text.posted)}
              {answer.estimate.verdict
                ? ` — ${t(answer.estimate.verdict.midpointPct < 0 ? 'verdict_below' : 'verdict_above', String(Math.abs(Math.round(answer.estimate.verdict.midpointPct))))}`
                : ''}
            </p>
          ) : null}
          {answer.employerPosted ? (
            <p data-testid="employer-posted">
              {tn(
                'employer_posted',
                answer.employerPosted.postings,
                answer.employerPosted.company,
                formatRange(answer.employerPosted.min, answer.employerPosted.max, answer.employerPosted.currency, { period: 'year', indian }),
              )}
            </p>
          ) : null}
          {answer.estimate.levelRule ? <p class="small level-rule">{levelRuleText(answer.estimate, 'details')}</p> : null}
          <p class="muted small">
            {evidence(answer.estimate)} · {t(answer.estimate.basis === 'total' ? 'basis_total' : 'basis_base')} ·{' '}
            {t('figures_as_of', answer.estimate.asOf)}
          </p>
        </>
      ) : null}
      {answer?.estimate.status === 'no-data' ? (
        <p>
          {t('no_data')} <span class="muted">({answer.estimate.reason})</span>
        </p>
      ) : null}
    </div>
  );
}

/** Why there is no posting, with the one action that can change it. */
function NoPosting({ view, onChanged }: { view: TabPostingView | null; onChanged(): void }) {
  const [granted, setGranted] = useState(false);
  if (view?.hiddenHost) {
    const host = view.hiddenHost;
    return (
      <div class="card" data-testid="no-posting" data-reason="host-hidden">
        <p>{t('posting_hidden_host', host)}</p>
        <button
          type="button"
          onClick={async (event) => {
            if (!event.isTrusted) return;
            await updateSettings((current) => ({ hiddenHosts: withHostHidden(current, host, false) }));
            onChanged();
          }}
        >
          {t('posting_show_host')}
        </button>
      </div>
    );
  }
  if (view?.site && !view.site.enabled) {
    const name = siteName(view.site.id);
    return (
      <div class="card" data-testid="no-posting" data-reason="site-off">
        <p>{t('posting_site_off', name)}</p>
        <button
          type="button"
          onClick={async () => {
            const settings = await getSettings();
            await updateSettings({ sites: { ...settings.sites, [view.site!.id]: true } });
            onChanged();
          }}
        >
          {t('posting_turn_on', name)}
        </button>
      </div>
    );
  }
  if (view && view.webPage && !view.site && !view.allSitesGranted && !granted) {
    return (
      <div class="card" data-testid="no-posting" data-reason="not-granted">
        <p>{t('posting_not_granted')}</p>
        <button
          type="button"
          onClick={async () => {
            // permissions.request must run in the click's own call stack: no await before it
            if (await requestAllSitesPermission().catch(() => false)) setGranted(true);
          }}
        >
          {t('all_sites_allow')}
        </button>
      </div>
    );
  }
  return (
    <div class="card" data-testid="no-posting" data-reason="none">
      <p>{granted ? t('posting_granted_reload') : t('posting_none')}</p>
    </div>
  );
}

export function Popup() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [view, setView] = useState<TabPostingView | null | undefined>(undefined);
  const [posting, setPosting] = useState<JobPosting | null | undefined>(undefined);
  const [answer, setAnswer] = useState<EstimateAnswer | null | undefined>(undefined);
  const [submissions, setSubmissions] = useState<Submission[] | null>(null);
  const [editing, setEditing] = useState<Submission | null>(null);
  const [comparison, setComparison] = useState<{ c: PayComparison; input: SubmissionInput } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [reload, setReload] = useState(0);
  const indian = settings?.indianFormat ?? true;

  const refresh = async () => {
    // the worker may be stopping or just woken as the popup opens: asked again, not left empty
    const list = await retrying(
      () => sendMessage('listSubmissions', undefined),
      (error) => ({ ok: false as const, error: { code: 'internal' as const, message: String((error as Error)?.message ?? error) } }),
    );
    if (list.ok) setSubmissions(list.value);
    else setError(list.error.message);
  };

  useEffect(() => {
    document.documentElement.lang = uiLanguage();
    void getSettings().then(setSettings);
    return settingsItem.watch(() => void getSettings().then(setSettings));
  }, []);

  useEffect(() => {
    void (async () => {
      const [tabId, taken] = await Promise.all([targetTab(), sendMessage('takePrefill', undefined).catch(() => null)]);
      const tabView = tabId === null ? null : await sendMessage('getTabPosting', tabId).catch(() => null);
      const current = (taken?.ok ? taken.value : null) ?? (tabView?.ok ? tabView.value.posting : null);
      setView(tabView?.ok ? tabView.value : null);
      setPosting(current);
      performance.mark('paylens:popup-posting');
      if (current) {
        const estimate = await sendMessage('getEstimate', current).catch(() => null);
        setAnswer(estimate?.ok ? estimate.value : null);
      }
    })().catch((e: unknown) => setError(String(e)));
  }, [reload]);

  useEffect(() => {
    void refresh().catch((e: unknown) => setError(String(e)));
  }, []);

  useEffect(() => {
    // `npm run bench -- --only popup`: the estimate painted (effects run after the paint's commit)
    if (answer !== undefined) performance.mark('paylens:popup-estimate');
  }, [answer]);

  const compare = async (input: SubmissionInput) => {
    const answer = await sendMessage('compareSalary', input);
    if (!answer.ok) return setError(answer.error.message);
    setComparison({ c: answer.value, input });
    setTimeout(() => document.getElementById('compare-h')?.focus(), 0);
  };

  const defaultCurrency = settings?.displayCurrency ?? currencyForLocale(navigator.language) ?? 'USD';
  const comparisonEstimate = comparison?.c.estimate.status === 'ok' ? comparison.c.estimate : null;
  const sentence = comparison ? compareSentence(comparison.c) : null;

  return (
    <main class="popup">
      <header>
        <h1>{t('extension_name')}</h1>
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer" class="small">
          {t('popup_settings')}
        </a>
      </header>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}

      <section aria-labelledby="posting-h">
        <h2 id="posting-h">{t('posting_heading')}</h2>
        {posting === undefined ? (
          <p class="muted">{t('loading')}</p>
        ) : posting ? (
          <PostingCard posting={posting} answer={answer} indian={indian} />
        ) : (
          <NoPosting view={view ?? null} onChanged={() => setReload((n) => n + 1)} />
        )}
      </section>

      <section aria-labelledby="form-h">
        <h2 id="form-h">{posting ? t('form_heading_posting') : t('form_heading')}</h2>
        {posting !== undefined && settings ? (
          <SalaryForm
            key={posting?.jobKey ?? 'blank'}
            initial={valuesFromPosting(posting, defaultCurrency)}
            jobKey={posting?.jobKey ?? null}
            submitLabel={t('form_submit')}
            onSubmit={async (input) => {
              const saved = await sendMessage('submitSalary', input);
              if (!saved.ok) return { field: saved.error.field, message: saved.error.message };
              setStatus(t('form_saved'));
              await refresh();
              await compare(input);
              return null;
            }}
          />
        ) : null}
        <p class="muted small" role="status" aria-live="polite">
          {status ?? ''}
        </p>
      </section>

      {comparison ? (
        <section aria-labelledby="compare-h" data-testid="comparison">
          <h2 id="compare-h" tabIndex={-1}>
            {t('compare_heading')}
          </h2>
          {sentence && comparisonEstimate ? (
            <>
              <p class="compare-text">{sentence}</p>
              <Market
                estimate={comparisonEstimate}
                posting={null}
                indian={indian}
                mine={payOnScale(comparison.input, comparisonEstimate)}
              />
              <p class="muted small">
                {evidence(comparisonEstimate)} · {t(comparisonEstimate.basis === 'total' ? 'basis_total' : 'basis_base')}
              </p>
            </>
          ) : (
            <p>
              {t('compare_none')}
              {comparison.c.estimate.status === 'no-data' ? <span class="muted"> ({comparison.c.estimate.reason})</span> : null}
            </p>
          )}
        </section>
      ) : null}

      <section aria-labelledby="history-h">
        <h2 id="history-h">{t('history_heading')}</h2>
        {editing ? (
          <div class="card">
            <h3>{t('history_editing', editing.title)}</h3>
            <SalaryForm
              key={editing.id}
              initial={valuesFromSubmission(editing)}
              jobKey={editing.jobKey}
              clientId={editing.clientId}
              submitLabel={t('form_update')}
              onCancel={() => setEditing(null)}
              onSubmit={async (input) => {
                const updated = await sendMessage('updateSubmission', { id: editing.id, input });
                if (!updated.ok) return { field: updated.error.field, message: updated.error.message };
                setEditing(null);
                setStatus(t('form_updated'));
                await refresh();
                return null;
              }}
            />
          </div>
        ) : null}
        {submissions ? (
          <>
            <p class="muted small">{tn('saved_count', submissions.length)}</p>
            <SubmissionList
              submissions={submissions}
              indian={indian}
              onCompare={(s) => void compare(s)}
              onEdit={(s) => setEditing(s)}
              onDelete={async (s) => {
                const answer = await sendMessage('deleteSubmission', s.id);
                if (!answer.ok) setError(answer.error.message);
                else setStatus(t('history_deleted', s.title));
                await refresh();
              }}
            />
          </>
        ) : (
          <p class="muted">{t('loading')}</p>
        )}
        <DataTransfer onImported={() => void refresh()} />
      </section>
    </main>
  );
}
