/**
 * Options → Privacy: sharing, made concrete before it is turned on. Shows exactly the records
 * that would be sent (the coarsened form, utils/crowd/record.ts) or why a salary cannot be shared,
 * the service address (asked for as a host permission only when sharing is turned on; on Firefox
 * also the data-collection permissions), and "delete what I shared".
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { cleanServiceUrl, crowdConfigItem } from '../utils/crowd/config';
import type { WireSubmission } from '../utils/crowd/record';
import { t } from '../utils/i18n';
import { sendMessage } from '../utils/messaging';

type Preview = { serviceUrl: string; records: ({ id: string; record: WireSubmission } | { id: string; reason: string })[] };

/** The permissions sharing needs: the service's origin, and on Firefox the data it collects. */
function sharingPermissions(serviceUrl: string): Record<string, unknown> {
  const origin = `${new URL(serviceUrl).origin}/*`;
  return import.meta.env.BROWSER === 'firefox' ? { origins: [origin], data_collection: ['financialAndPaymentInfo', 'browsingActivity'] } : { origins: [origin] };
}

export function SharingPanel({ sharing, onChange }: { sharing: boolean; onChange(on: boolean): Promise<void> }) {
  const [preview, setPreview] = useState<Preview | null>(null);
  const [address, setAddress] = useState('');
  const [message, setMessage] = useState<string | null>(null);

  const refresh = async () => {
    const answer = await sendMessage('getSharingPreview', undefined).catch(() => null);
    if (answer?.ok) {
      setPreview(answer.value);
      setAddress((a) => a || answer.value.serviceUrl);
    }
  };
  useEffect(() => {
    void refresh();
  }, [sharing]);

  const turn = async (on: boolean) => {
    setMessage(null);
    if (on) {
      const url = cleanServiceUrl(address);
      if (!url) return setMessage(t('sharing_bad_address'));
      // asked now, from this click: never at install
      const granted = await browser.permissions.request(sharingPermissions(url) as never).catch(() => false);
      if (!granted) return setMessage(t('sharing_permission_refused'));
      await crowdConfigItem.setValue({ ...(await crowdConfigItem.getValue()), serviceUrl: url });
    }
    await onChange(on);
  };

  const deleteShared = async () => {
    const answer = await sendMessage('deleteShared', undefined).catch((error: unknown) => ({ ok: false as const, error: { message: String(error) } }));
    setMessage(answer.ok ? (answer.value.waiting ? t('sharing_delete_queued') : t('sharing_deleted')) : answer.error.message);
  };

  const shareable = preview?.records.filter((r): r is { id: string; record: WireSubmission } => 'record' in r) ?? [];
  const kept = preview?.records.filter((r): r is { id: string; reason: string } => 'reason' in r) ?? [];
  return (
    <div class="sharing">
      <label class="switch">
        <input type="checkbox" role="switch" name="sharing" checked={sharing} aria-describedby="sharing-hint" onChange={(e) => void turn(e.currentTarget.checked)} />
        <span class="switch-label">
          {t('sharing')}
          <span class="muted small" id="sharing-hint">
            {' '}
            {t('sharing_hint')}
          </span>
        </span>
      </label>
      <label>
        {t('sharing_address')}
        <input name="serviceUrl" value={address} disabled={sharing} onInput={(e) => setAddress(e.currentTarget.value)} />
      </label>
      <details open={!sharing}>
        <summary>{t('sharing_what')}</summary>
        {shareable.length === 0 ? <p class="muted">{t('sharing_nothing')}</p> : null}
        <ul class="sharing-records">
          {shareable.map((r) => (
            <li key={r.id}>
              <code>{JSON.stringify(r.record)}</code>
            </li>
          ))}
          {kept.map((r) => (
            <li key={r.id} class="muted">
              {t('sharing_not_sent', r.reason)}
            </li>
          ))}
        </ul>
        <p class="muted small">{t('sharing_never')}</p>
      </details>
      <button type="button" onClick={() => void deleteShared()}>
        {t('sharing_delete')}
      </button>
      {message ? (
        <p role="status" class="small">
          {message}
        </p>
      ) : null}
    </div>
  );
}
