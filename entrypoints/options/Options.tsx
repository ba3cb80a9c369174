import { useEffect, useRef, useState } from 'preact/hooks';
import { AllSitesToggle } from '../../components/AllSitesToggle';
import { DataTransfer } from '../../components/DataTransfer';
import { SharingPanel } from '../../components/SharingPanel';
import { currencyChoices, currencyName } from '../../utils/currencies';
import { t, tn, uiLanguage, type MessageKey } from '../../utils/i18n';
import { currencyForLocale } from '../../utils/locale-currency';
import { sendMessage } from '../../utils/messaging';
import { retrying } from '../../utils/retry';
import { formatMoney } from '../../utils/normalize/currency';
import type { DatasetInfo } from '../../utils/schemas';
import { SITE_GROUPS, SITE_NAMES, sitesInGroup } from '../../utils/site-names';
import {
  BADGE_STYLES,
  getSettings,
  isSiteEnabled,
  PAY_PERIOD_CHOICES,
  settingsItem,
  updateSettings,
  withHostHidden,
  type Settings,
} from '../../utils/settings';

const GROUP_HEADING: Record<(typeof SITE_GROUPS)[number], MessageKey> = {
  board: 'sites_group_board',
  ats: 'sites_group_ats',
  company: 'sites_group_company',
};

function siteLabel(id: string): string {
  const row = SITE_NAMES[id]!;
  return row.message ? t(row.message as MessageKey) : row.name;
}

/** A labelled on/off switch (a checkbox with the switch role: Space toggles it). */
function Switch(props: { name: string; checked: boolean; label: string; hint?: string; onChange(checked: boolean): void }) {
  const hintId = props.hint ? `${props.name}-hint` : undefined;
  return (
    <label class="switch">
      <input
        type="checkbox"
        role="switch"
        name={props.name}
        checked={props.checked}
        aria-describedby={hintId}
        onChange={(e) => props.onChange(e.currentTarget.checked)}
      />
      <span class="switch-label">
        {props.label}
        {props.hint ? (
          <span class="muted small" id={hintId}>
            {' '}
            {props.hint}
          </span>
        ) : null}
      </span>
    </label>
  );
}

/** The hosts hidden with "Hide on …" in a badge, each with its way back. */
function HiddenHosts({ hosts, onShow }: { hosts: readonly string[]; onShow(host: string): void }) {
  const list = useRef<HTMLUListElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // the button pressed goes with its row: the keyboard focus moves to the next row's (or the heading)
  const [focusAt, setFocusAt] = useState<number | null>(null);
  useEffect(() => {
    if (focusAt === null) return;
    const buttons = list.current ? Array.from(list.current.querySelectorAll('button')) : [];
    (buttons[Math.min(focusAt, buttons.length - 1)] ?? heading.current)?.focus();
    setFocusAt(null);
  }, [hosts]);
  return (
    <div data-testid="hidden-hosts">
      <h3 id="hidden-hosts-h" ref={heading} tabIndex={-1}>
        {t('hidden_hosts_heading')}
      </h3>
      <p class="muted">{t('hidden_hosts_intro')}</p>
      {hosts.length === 0 ? (
        <p class="muted">{t('hidden_hosts_none')}</p>
      ) : (
        <ul class="hidden-hosts" ref={list} aria-labelledby="hidden-hosts-h">
          {hosts.map((host, i) => (
            <li key={host}>
              <code>{host}</code>{' '}
              <button
                type="button"
                class="secondary"
                aria-label={t('hidden_hosts_show_label', host)}
                onClick={(e) => {
                  // a person's click or key press only, never a script's
                  if (!e.isTrusted) return;
                  setFocusAt(i);
                  onShow(host);
                }}
              >
                {t('hidden_hosts_show')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function DeleteEverything({ onDeleted }: { onDeleted(): void }) {
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  if (!confirming) {
    return (
      <div>
        <button type="button" class="danger" onClick={() => (setDone(null), setConfirming(true))}>
          {t('delete_all')}
        </button>
        {done ? (
          <p class="muted" role="status">
            {done}
          </p>
        ) : null}
      </div>
    );
  }
  return (
    <div class="confirm" role="alertdialog" aria-labelledby="confirm-text" aria-modal="false">
      <p id="confirm-text">{t('delete_all_confirm')}</p>
      <div class="row">
        <button
          type="button"
          class="danger"
          onClick={async () => {
            const answer = await sendMessage('deleteAllData', undefined);
            setConfirming(false);
            setDone(answer.ok ? tn('delete_all_done', answer.value.deleted) : answer.error.message);
            onDeleted();
          }}
        >
          {t('delete_all_yes')}
        </button>
        {/* autofocus: Escape-free keyboard path, the safe choice first */}
        <button type="button" class="secondary" autoFocus onClick={() => setConfirming(false)}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}

function DatasetSection({ dataset }: { dataset: DatasetInfo | null | undefined }) {
  if (dataset === undefined) return <p class="muted">{t('loading')}</p>;
  if (!dataset?.version) return <p class="muted">{t('dataset_none')}</p>;
  const lang = uiLanguage();
  const date = (iso: string | null | undefined) => {
    if (!iso) return '—';
    const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
    return Number.isNaN(d.getTime()) ? iso : new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(d);
  };
  return (
    <>
      <dl class="facts">
        <dt>{t('dataset_version')}</dt>
        <dd>
          <code>{dataset.version}</code>
        </dd>
        <dt>{t('dataset_cells')}</dt>
        <dd>{tn('dataset_cells_count', dataset.cells)}</dd>
        <dt>{t('dataset_as_of')}</dt>
        <dd>{date(dataset.asOf)}</dd>
        <dt>{t('dataset_rates_as_of')}</dt>
        <dd>{date(dataset.ratesAsOf)}</dd>
        <dt>{t('dataset_installed')}</dt>
        <dd>{date(dataset.installedAt)}</dd>
      </dl>
      <h3>{t('dataset_sources')}</h3>
      <table class="sources">
        <thead>
          <tr>
            <th scope="col">{t('dataset_source')}</th>
            <th scope="col">{t('dataset_year')}</th>
            <th scope="col">{t('dataset_licence')}</th>
          </tr>
        </thead>
        <tbody>
          {dataset.sources.map((s) => (
            <tr key={s.name}>
              <td>
                {s.url && /^https:\/\//.test(s.url) ? (
                  <a href={s.url} target="_blank" rel="noopener noreferrer">
                    {s.name}
                  </a>
                ) : (
                  s.name
                )}
              </td>
              <td>{s.year}</td>
              <td>{s.licence}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [dataset, setDataset] = useState<DatasetInfo | null | undefined>(undefined);
  const [saved, setSaved] = useState<string | null>(null);
  const [count, setCount] = useState<number | null>(null);
  const lang = uiLanguage();
  const localeCurrency = currencyForLocale(navigator.language) ?? 'USD';

  const refreshCount = () =>
    // the worker may be stopping or just woken as the page opens: asked again, not left "loading"
    void retrying(() => sendMessage('listSubmissions', undefined), () => null).then((a) => a?.ok && setCount(a.value.length));

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('options_title');
    void getSettings().then(setSettings);
    void retrying(() => sendMessage('getDatasetInfo', undefined), () => null).then((a) => setDataset(a?.ok ? a.value : null));
    refreshCount();
    return settingsItem.watch(() => void getSettings().then(setSettings));
  }, []);

  if (!settings) return <p class="muted">{t('loading')}</p>;
  const save = async (patch: Partial<Settings>) => {
    setSettings(await updateSettings(patch));
    setSaved(t('saved'));
  };
  const example = formatMoney(2_370_000, 'INR', { period: 'year' });

  return (
    <main class="options">
      <h1>{t('options_title')}</h1>
      <p class="muted" role="status" aria-live="polite">
        {saved ?? ''}
      </p>

      <section aria-labelledby="sites-h">
        <h2 id="sites-h">{t('sites_heading')}</h2>
        <p class="muted">{t('sites_intro')}</p>
        {SITE_GROUPS.map((group) => (
          <fieldset key={group} class="site-group">
            <legend>{t(GROUP_HEADING[group])}</legend>
            <div class="site-grid">
              {sitesInGroup(group, lang).map((id) => (
                <Switch
                  key={id}
                  name={`site-${id}`}
                  checked={isSiteEnabled(settings, id)}
                  label={siteLabel(id)}
                  hint={SITE_NAMES[id]!.needsAllSites ? t('sites_needs_all') : undefined}
                  onChange={(on) => void save({ sites: { ...settings.sites, [id]: on } })}
                />
              ))}
            </div>
          </fieldset>
        ))}
        <h3>{t('all_sites_heading')}</h3>
        <AllSitesToggle />
        <HiddenHosts
          hosts={settings.hiddenHosts}
          onShow={async (host) => {
            setSettings(await updateSettings((current) => ({ hiddenHosts: withHostHidden(current, host, false) })));
            setSaved(t('hidden_hosts_shown', host));
          }}
        />
      </section>

      <section aria-labelledby="display-h">
        <h2 id="display-h">{t('display_heading')}</h2>
        <label class="setting" for="displayCurrency">
          {t('display_currency')}
        </label>
        <select
          id="displayCurrency"
          name="displayCurrency"
          value={settings.displayCurrency ?? ''}
          onChange={(e) => void save({ displayCurrency: e.currentTarget.value || null })}
        >
          <option value="">{t('display_currency_auto', currencyName(localeCurrency, lang), localeCurrency)}</option>
          {currencyChoices(lang).map((c) => (
            <option key={c.code} value={c.code}>
              {c.name} ({c.code})
            </option>
          ))}
        </select>

        <label class="setting" for="payPeriod">
          {t('pay_period')}
        </label>
        <select
          id="payPeriod"
          name="payPeriod"
          value={settings.payPeriod}
          onChange={(e) => void save({ payPeriod: e.currentTarget.value as Settings['payPeriod'] })}
        >
          {PAY_PERIOD_CHOICES.map((p) => (
            <option key={p} value={p}>
              {t(`pay_period_${p}` as MessageKey)}
            </option>
          ))}
        </select>

        <Switch
          name="indianFormat"
          checked={settings.indianFormat}
          label={t('indian_format')}
          hint={t('indian_format_hint', example)}
          onChange={(on) => void save({ indianFormat: on })}
        />

        <fieldset class="radios">
          <legend>{t('badge_style')}</legend>
          {BADGE_STYLES.map((style) => (
            <label key={style}>
              <input
                type="radio"
                name="badgeStyle"
                value={style}
                checked={settings.badgeStyle === style}
                onChange={() => void save({ badgeStyle: style })}
              />{' '}
              {t(`badge_style_${style}` as MessageKey)}
            </label>
          ))}
        </fieldset>
      </section>

      <section aria-labelledby="privacy-h">
        <h2 id="privacy-h">{t('privacy_heading')}</h2>
        <SharingPanel sharing={settings.sharing} onChange={async (on) => void (await save({ sharing: on }))} />
      </section>

      <section aria-labelledby="data-h">
        <h2 id="data-h">{t('data_heading')}</h2>
        <p>{count === null ? t('loading') : tn('saved_count', count)}</p>
        <DataTransfer onImported={refreshCount} />
        <DeleteEverything onDeleted={refreshCount} />
      </section>

      <section aria-labelledby="dataset-h">
        <h2 id="dataset-h">{t('dataset_heading')}</h2>
        <DatasetSection dataset={dataset} />
      </section>
    </main>
  );
}
