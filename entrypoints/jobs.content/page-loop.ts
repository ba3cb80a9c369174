/**
 * The page loop: resolve the adapter for the URL, wait for the posting, extract, ask the
 * background for an estimate, and keep exactly one badge for the posting shown now. Re-runs on
 * SPA navigation with a fresh abort signal; a late answer never paints into another posting.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendMessage } from '../../utils/messaging';
import { describeIssues, JobPosting, type Estimate, type Result } from '../../utils/schemas';
import { getSettings, isSiteEnabled, settingsItem } from '../../utils/settings';
import { generic, resolveAdapter } from '../../utils/sites/registry';
import type { SiteAdapter } from '../../utils/sites/types';
import { mountBadge, type MountedBadge } from './mount';
import { waitForElement } from './wait';

const READY_TIMEOUT_MS = 15_000;
const ESTIMATE_TIMEOUT_MS = 10_000;

/** Ask the background; a worker stopped mid-request (port closed) is retried once. */
async function requestEstimate(posting: JobPosting): Promise<Result<Estimate>> {
  const attempt = () =>
    Promise.race([
      sendMessage('getEstimate', posting),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timed out')), ESTIMATE_TIMEOUT_MS)),
    ]);
  try {
    return await attempt();
  } catch {
    try {
      return await attempt();
    } catch (error) {
      return { ok: false, error: { code: 'internal', message: String((error as Error)?.message ?? error) } };
    }
  }
}

export function startPageLoop(ctx: ContentScriptContext): void {
  let controller: AbortController | null = null;
  let full: MountedBadge | null = null;
  let lastHref = '';

  const removeFull = () => {
    full?.remove();
    full = null;
  };

  const anchorFor = (adapter: SiteAdapter): Element | null =>
    document.querySelector(adapter.anchor) ?? document.querySelector('h1');

  async function run(force = false): Promise<void> {
    const href = location.href;
    if (!force && href === lastHref && full?.host.isConnected) return;
    lastHref = href;
    controller?.abort();
    const current = new AbortController();
    controller = current;
    const { signal } = current;

    const url = new URL(href);
    const adapter = resolveAdapter(url) ?? generic;
    const settings = await getSettings();
    if (signal.aborted) return;
    if (!isSiteEnabled(settings, adapter.id) || !adapter.isJobPage(url)) {
      removeFull();
      return;
    }
    const ready = await waitForElement(document, adapter.ready, { signal, timeoutMs: READY_TIMEOUT_MS });
    if (!ready || signal.aborted) return;

    const extracted = adapter.extract(document, url);
    const checked = extracted ? JobPosting.safeParse(extracted) : null;
    if (!checked?.success) {
      if (checked) console.debug('PayLens: posting failed validation:', describeIssues(checked.error));
      removeFull();
      return;
    }
    const posting = checked.data;
    const anchor = anchorFor(adapter);
    if (!anchor) return;

    if (!full || full.jobKey !== posting.jobKey || !full.host.isConnected) {
      removeFull();
      full = await mountBadge(ctx, anchor, posting, 'full', () => {
        void sendMessage('openCheckYours', posting).catch(() => undefined);
      });
      if (signal.aborted) return;
    }
    const badge = full;
    const answer = await requestEstimate(posting);
    // The page may have moved on while we waited: never paint into another posting.
    if (signal.aborted || full !== badge || badge.jobKey !== posting.jobKey) return;
    if (!answer.ok) badge.update({ state: 'error', message: answer.error.message });
    else if (answer.value.status === 'ok') badge.update({ state: 'ok', estimate: answer.value });
    else badge.update({ state: 'no-data', estimate: answer.value });
  }

  const safeRun = (force = false) => {
    run(force).catch((error: unknown) => console.warn('PayLens:', error));
  };

  ctx.addEventListener(window, 'wxt:locationchange', () => safeRun());
  // A settings change (e.g. this site switched off in options) applies without a reload.
  const unwatch = settingsItem.watch(() => safeRun(true));
  ctx.onInvalidated(() => {
    unwatch();
    controller?.abort();
    removeFull();
  });
  safeRun(true);
}
