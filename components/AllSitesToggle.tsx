import { useEffect, useState } from 'preact/hooks';
import { hasAllSitesPermission, requestAllSitesPermission, revokeAllSitesPermission } from '../utils/all-sites';

/** Opt in to (or out of) detection on every site; the browser asks for the permission. */
export function AllSitesToggle() {
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
    } catch (e) {
      setError(String((e as Error)?.message ?? e));
    }
  };
  return (
    <div class="setting">
      <span>
        {granted
          ? 'PayLens looks for job postings on every site you visit (company career pages included).'
          : 'PayLens runs only on the job sites it knows. Allow it on all sites to get badges on company career pages too.'}
      </span>
      <button type="button" onClick={toggle}>
        {granted ? 'Stop detecting on all sites' : 'Detect on all sites'}
      </button>
      {error ? (
        <span class="error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}
