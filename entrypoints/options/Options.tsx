import { useEffect, useState } from 'preact/hooks';
import { COMMON_CURRENCIES } from '../../components/SalaryForm';
import { AllSitesToggle } from '../../components/AllSitesToggle';
import { currencyForLocale } from '../../utils/locale-currency';
import { sendMessage } from '../../utils/messaging';
import type { DatasetInfo } from '../../utils/schemas';
import { getSettings, PAY_PERIOD_CHOICES, settingsItem, updateSettings, type Settings } from '../../utils/settings';
import { adapters } from '../../utils/sites/registry';

const PERIOD_LABELS: Record<(typeof PAY_PERIOD_CHOICES)[number], string> = {
  auto: 'As the posting states it (yearly otherwise)',
  year: 'Per year',
  month: 'Per month',
  hour: 'Per hour',
};

export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [dataset, setDataset] = useState<DatasetInfo | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const localeCurrency = currencyForLocale(navigator.language);

  useEffect(() => {
    void getSettings().then(setSettings);
    void sendMessage('getDatasetInfo', undefined).then((a) => a.ok && setDataset(a.value));
    return settingsItem.watch(() => void getSettings().then(setSettings));
  }, []);

  if (!settings) return <p class="muted">Loading…</p>;
  const save = async (patch: Partial<Settings>) => {
    setSettings(await updateSettings(patch));
    setMessage('Saved.');
  };

  return (
    <main>
      <h1>PayLens settings</h1>
      {message ? <p class="muted" role="status">{message}</p> : null}

      <h2>Money</h2>
      <label class="setting">
        Display currency
        <select
          name="displayCurrency"
          value={settings.displayCurrency ?? ''}
          onChange={(e) => void save({ displayCurrency: e.currentTarget.value || null })}
        >
          <option value="">Automatic (the posting's currency; {localeCurrency ?? 'USD'} elsewhere)</option>
          {COMMON_CURRENCIES.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
      <label class="setting">
        Pay period
        <select
          name="payPeriod"
          value={settings.payPeriod}
          onChange={(e) => void save({ payPeriod: e.currentTarget.value as Settings['payPeriod'] })}
        >
          {PAY_PERIOD_CHOICES.map((p) => (
            <option key={p} value={p}>
              {PERIOD_LABELS[p]}
            </option>
          ))}
        </select>
      </label>

      <h2>Sites</h2>
      {adapters.map((a) => (
        <label class="setting" key={a.id}>
          <input
            type="checkbox"
            name={`site-${a.id}`}
            checked={settings.sites[a.id] !== false}
            onChange={(e) => void save({ sites: { ...settings.sites, [a.id]: e.currentTarget.checked } })}
          />
          {a.id === 'generic' ? 'Company career pages (schema.org job postings)' : a.id}
        </label>
      ))}
      <AllSitesToggle />

      <h2>Privacy</h2>
      <label class="setting">
        <input type="checkbox" name="sharing" checked={settings.sharing} onChange={(e) => void save({ sharing: e.currentTarget.checked })} />
        Share my salary submissions anonymously (off by default; nothing leaves this browser while off)
      </label>

      <h2>Data</h2>
      <p class="muted">
        {dataset?.version
          ? `Dataset ${dataset.version}, ${dataset.cells} cells, installed ${dataset.installedAt?.slice(0, 10)}.`
          : 'No salary dataset installed yet.'}
      </p>
    </main>
  );
}
