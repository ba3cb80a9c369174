import { useEffect, useState } from 'preact/hooks';
import { hasAllSitesPermission, requestAllSitesPermission, revokeAllSitesPermission } from '../utils/all-sites-permission';
import { t } from '../utils/i18n';

/** Opt in to (or out of) detection on every site; the browser asks for the permission. */
export function AllSitesToggle({ onChange }: { onChange?(granted: boolean): void } = {}) {
  const [granted, setGranted] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void hasAllSitesPermission().then(setGranted);
  }, []);
  if (granted === null) return null;
  const toggle = async () => {
    setError(null);
    try {
      // permissions.request must run in the click's own call stack: no await before it.
      const next = granted ? !(await revokeAllSitesPermission()) : await requestAllSitesPermission();
      setGranted(next);
      onChange?.(next);
    } catch (e) {
      setError(String((e as Error)?.message ?? e));
    }
  };
  return (
    <div class="all-sites">
      <p>{granted ? t('all_sites_on') : t('all_sites_off')}</p>
      <button type="button" onClick={toggle}>
        {granted ? t('all_sites_stop') : t('all_sites_allow')}
      </button>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
