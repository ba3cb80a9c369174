/**
 * The page loop: resolve the adapter for the URL, wait for the posting, extract, ask the
 * background for an estimate, and keep exactly one full badge for the posting shown now, plus a
 * card badge per listing card. Re-runs on SPA navigation with a fresh abort signal; a late answer
 * never paints into another posting. One MutationObserver, its records handled in one batch per
 * animation frame: only the nodes a mutation added are looked at.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendMessage } from '../messaging';
import { describeIssues, JobPosting, type EstimateAnswer, type Result } from '../schemas';
import { isSiteEnabled, readSettings, watchSettings } from '../settings-core';
import { resolvePage, withSiteCountry } from '../sites/resolve';
import type { JobCard, SiteAdapter } from '../sites/types';
import type { BadgeView } from '../../components/Badge';
import { findCardElements, mountCardBadge, type CardBadge } from './cards';
import { Slicer } from './slicer';
import { mountBadge, type MountedBadge } from './mount';
import { waitForChange, waitForElement } from './wait';

const READY_TIMEOUT_MS = 15_000;
const ESTIMATE_TIMEOUT_MS = 10_000;
/** a host page that keeps deleting our badge gets it back this many times per posting, no more */
const MAX_REMOUNTS = 20;
const BATCH_SIZE = 100;
/** added nodes looked at per frame; the rest wait for the next frame */
const MAX_ADDED_PER_FLUSH = 5_000;
/** SPA re-extraction: at most once per this many ms while the page keeps changing */
const RETRY_GAP_MS = 100;
/** a page with no posting found is looked at again this long after (late embeds) */
const RECHECK_MS = 2_500;

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('PayLens did not answer in time')), ESTIMATE_TIMEOUT_MS)),
  ]);
}

/** Waits before each retry: a stopped service worker takes a moment to come back. */
const RETRY_DELAYS_MS = [250, 1000, 3000];

/**
 * Send; if the service worker was stopped mid-request (the port closes, or a just-woken worker
 * is not listening yet), try again after a pause, three times.
 */
async function retrying<T>(send: () => Promise<T>, fallback: (error: unknown) => T): Promise<T> {
  let last: unknown;
  for (let attempt = 0; attempt <= RETRY_DELAYS_MS.length; attempt++) {
    if (attempt > 0) await new Promise((done) => setTimeout(done, RETRY_DELAYS_MS[attempt - 1]));
    try {
      return await withTimeout(send());
    } catch (error) {
      last = error;
    }
  }
  return fallback(last);
}

const failed = (error: unknown): Result<never> => ({
  ok: false,
  error: { code: 'internal', message: String((error as Error)?.message ?? error) },
});

function viewOf(answer: Result<EstimateAnswer>): BadgeView {
  if (!answer.ok) return { state: 'error', message: answer.error.message };
  const { estimate, text } = answer.value;
  return estimate.status === 'ok' ? { state: 'ok', estimate, text } : { state: 'no-data', estimate, text };
}

/** Card estimates, de-duplicated by job and sent in batches. */
class CardEstimates {
  private cache = new Map<string, Promise<Result<EstimateAnswer>>>();
  private queue: { posting: JobPosting; resolve: (r: Result<EstimateAnswer>) => void }[] = [];
  private scheduled = false;

  get(posting: JobPosting): Promise<Result<EstimateAnswer>> {
    let answer = this.cache.get(posting.jobKey);
    if (!answer) {
      answer = new Promise((resolve) => this.queue.push({ posting, resolve }));
      this.cache.set(posting.jobKey, answer);
      if (!this.scheduled) {
        this.scheduled = true;
        setTimeout(() => void this.flush(), 0);
      }
    }
    return answer;
  }

  clear(): void {
    this.cache.clear();
  }

  private async flush(): Promise<void> {
    this.scheduled = false;
    while (this.queue.length) {
      const batch = this.queue.splice(0, BATCH_SIZE);
      const answer = await retrying(() => sendMessage('getEstimates', batch.map((b) => b.posting)), failed);
      batch.forEach((item, i) => {
        const one = answer.ok ? answer.value[i] : answer;
        item.resolve(one ?? failed('no answer'));
        if (!one?.ok) this.cache.delete(item.posting.jobKey);
      });
    }
  }
}

/**
 * Run the loop with these adapters: the site adapters of one content script, and the fallback for
 * pages none of them claims (the generic schema.org adapter in the all-sites script, else none).
 */
export function startPageLoop(ctx: ContentScriptContext, siteAdapters: readonly SiteAdapter[], fallback: SiteAdapter | null): void {
  let controller: AbortController | null = null;
  let adapter: SiteAdapter | null = null;
  let recheckLeft = 2;
  let url = new URL(location.href);
  let listing = false;
  let enabled = false;
  let full: MountedBadge | null = null;
  let fullPosting: JobPosting | null = null;
  let lastHref = '';
  const remounts = new Map<string, number>();
  const cardBadges = new Set<CardBadge>();
  const cardByAnchor = new WeakMap<Element, CardBadge>();
  const cardEstimates = new CardEstimates();

  const checkYours = (posting: JobPosting) => {
    void sendMessage('openCheckYours', posting).catch(() => undefined);
  };

  const removeFull = () => {
    full?.remove();
    full = null;
    fullPosting = null;
  };
  const removeCards = () => {
    cardWork.clear();
    paints.clear();
    for (const badge of cardBadges) badge.remove();
    cardBadges.clear();
  };

  // ------------------------------------------------------------------------------ full badge

  async function paintFull(site: SiteAdapter, posting: JobPosting, signal: AbortSignal): Promise<void> {
    const anchor = document.querySelector(site.anchor) ?? document.querySelector('h1');
    if (!anchor) return;
    if (!full || full.jobKey !== posting.jobKey || !full.host.isConnected) {
      removeFull();
      full = mountBadge(anchor, posting, 'full', () => checkYours(posting));
      fullPosting = posting;
      if (signal.aborted) return;
    }
    const badge = full;
    const answer = await retrying(() => sendMessage('getEstimate', posting), failed);
    // The page may have moved on while we waited: never paint into another posting.
    if (signal.aborted || full !== badge || badge.jobKey !== posting.jobKey) return;
    badge.update(viewOf(answer));
  }

  /**
   * Extract the posting; SPAs (Workday, Ashby…) may still show the previous posting or a
   * skeleton when `ready` matches, so a site adapter is retried as the page changes, until the
   * timeout. The generic fallback reads static pages once.
   */
  async function extractWhenReady(site: SiteAdapter, signal: AbortSignal): Promise<JobPosting | null> {
    const deadline = performance.now() + READY_TIMEOUT_MS;
    for (;;) {
      const extracted = site.extract(document, url);
      const checked = extracted ? JobPosting.safeParse(withSiteCountry(site, url, extracted)) : null;
      if (checked?.success) return checked.data;
      if (checked) console.debug('PayLens: posting failed validation:', describeIssues(checked.error));
      const left = deadline - performance.now();
      if (site === fallback || left <= 0 || signal.aborted) return null;
      if (!(await waitForChange(document, { signal, timeoutMs: left, minGapMs: RETRY_GAP_MS }))) return null;
    }
  }

  async function run(force = false): Promise<void> {
    const href = location.href;
    if (!force && href === lastHref && (!full || full.host.isConnected)) return;
    lastHref = href;
    controller?.abort();
    const current = new AbortController();
    controller = current;
    const { signal } = current;

    url = new URL(href);
    const role = resolvePage(siteAdapters, fallback, document, url);
    const settings = await readSettings();
    if (signal.aborted) return;
    adapter = role?.adapter ?? null;
    enabled = role !== null && isSiteEnabled(settings, role.adapter.id);
    const wasListing = listing;
    listing = enabled && role !== null && role.listing;
    if (!listing && wasListing) removeCards();
    if (!enabled || !role) {
      removeFull();
      removeCards();
      return;
    }
    const site = role.adapter;
    if (listing) {
      cardEstimates.clear();
      const ready = await waitForElement(document, site.cardSelector ?? site.ready, { signal, timeoutMs: READY_TIMEOUT_MS });
      if (signal.aborted) return;
      if (ready) scanCards(site, null);
    }
    if (!role.job) {
      removeFull();
      return;
    }
    const ready = await waitForElement(document, site.ready, { signal, timeoutMs: READY_TIMEOUT_MS });
    if (!ready || signal.aborted) return;
    const posting = await extractWhenReady(site, signal);
    if (signal.aborted) return;
    if (!posting) {
      removeFull();
      // Embedded ATS boards are often drawn by a script after load: look once more, later.
      if (site === fallback && recheckLeft-- > 0) ctx.setTimeout(() => safeRun(true), RECHECK_MS);
      return;
    }
    await paintFull(site, posting, signal);
  }

  // ------------------------------------------------------------------------------ card badges

  /** One card: read it, validate it, badge it (idempotent per card element and job). */
  function addCard(read: JobCard | null): void {
    const card = read && adapter ? { ...read, posting: withSiteCountry(adapter, url, read.posting) } : read;
    if (!card || !JobPosting.safeParse(card.posting).success) return;
    const existing = cardByAnchor.get(card.anchor);
    if (existing && existing.jobKey === card.posting.jobKey && existing.host.isConnected) return;
    if (existing) {
      existing.remove();
      cardBadges.delete(existing);
    }
    const badge = mountCardBadge(card, checkYours);
    cardBadges.add(badge);
    cardByAnchor.set(card.anchor, badge);
    void cardEstimates.get(card.posting).then((answer) => {
      if (badge.host.isConnected && cardByAnchor.get(card.anchor) === badge) paints.push([{ badge, view: viewOf(answer) }]);
    });
  }

  // Card work in time slices: reading and mounting cards, then painting their answers.
  const cardWork = new Slicer<Element>((el) => {
    if (adapter?.extractCard && el.isConnected) addCard(adapter.extractCard(el, url));
  });
  const paints = new Slicer<{ badge: CardBadge; view: BadgeView }>(({ badge, view }) => {
    if (badge.host.isConnected) badge.update(view);
  });

  /** Badge the cards under `roots` (null: the whole document). */
  function scanCards(site: SiteAdapter, roots: readonly Node[] | null): void {
    if (site.cardSelector && site.extractCard) cardWork.push(findCardElements(site, document, roots));
    // Adapters without per-card reading: read the whole list again (bounded by the adapter).
    else if (site.extractCards) for (const card of site.extractCards(document, url)) addCard(card);
  }

  // ------------------------------------------------------------------------------ mutations

  let pendingAdded: Node[] = [];
  let badgeRemoved = false;
  let frame = false;
  let remounting = false;

  const flush = () => {
    frame = false;
    if (!enabled) {
      pendingAdded = [];
      return;
    }
    // Host re-render removed the full badge: put it back (bounded), without re-asking.
    if (full && !full.host.isConnected && fullPosting && !remounting) {
      const count = (remounts.get(fullPosting.jobKey) ?? 0) + 1;
      remounts.set(fullPosting.jobKey, count);
      if (count <= MAX_REMOUNTS) {
        remounting = true;
        run(true)
          .catch(() => undefined)
          .finally(() => {
            remounting = false;
          });
      }
    }
    if (listing) {
      const added = pendingAdded.splice(0, MAX_ADDED_PER_FLUSH);
      if (pendingAdded.length) schedule();
      if (badgeRemoved) {
        // A card badge was removed by a re-render while its card stayed: re-badge those cards.
        badgeRemoved = false;
        for (const badge of cardBadges) {
          if (!badge.host.isConnected) {
            cardBadges.delete(badge);
            if (badge.card.anchor.isConnected) added.push(badge.card.anchor);
          }
        }
      }
      if (added.length && adapter) scanCards(adapter, added);
    } else pendingAdded = [];
  };

  const schedule = () => {
    if (frame) return;
    frame = true;
    requestAnimationFrame(flush);
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) {
        // Text nodes and our own badges are not cards.
        if (node.nodeType === 1 && (node as Element).localName !== 'paylens-badge') pendingAdded.push(node);
      }
      for (const node of Array.from(record.removedNodes)) {
        if (node.nodeType !== 1) continue;
        const el = node as Element;
        if (el.localName === 'paylens-badge' || (full && el.contains(full.host)) || el.querySelector('paylens-badge')) badgeRemoved = true;
      }
    }
    if (pendingAdded.length || badgeRemoved) schedule();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });

  const safeRun = (force = false) => {
    run(force).catch((error: unknown) => console.warn('PayLens:', error));
  };

  ctx.addEventListener(window, 'wxt:locationchange', () => safeRun());
  // A settings change (e.g. this site switched off in options) applies without a reload.
  const unwatch = watchSettings(() => safeRun(true));
  ctx.onInvalidated(() => {
    observer.disconnect();
    unwatch();
    controller?.abort();
    removeFull();
    removeCards();
  });
  safeRun(true);
}
