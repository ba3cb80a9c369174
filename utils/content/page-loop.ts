/**
 * The page loop: resolve the adapter for the URL, wait for the posting, extract, ask the
 * background for an estimate, and keep exactly one full badge for the posting shown now, plus a
 * card badge per listing card. Re-runs on SPA navigation with a fresh abort signal; a late answer
 * never paints into another posting. One MutationObserver, its records handled in one batch per
 * animation frame: only the nodes a mutation added, and the cards whose identity attributes or
 * title text changed (virtualised lists rewrite cards in place), are looked at.
 *
 * Lifetime and navigation are our own (lifetime.ts): WXT's location event fires before the
 * address changes, and its context can be ended by a page forging WXT's start event.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendMessage } from '../messaging';
import { retrying } from '../retry';
import { browser } from 'wxt/browser';
import { postingProblem } from '../posting-shape';
import type { EstimateAnswer, JobPosting, Result } from '../schemas';
import { DATASET_INSTALLING_KEY, isHostHidden, isSiteEnabled, readSettings, watchSettings } from '../settings-core';
import { resolvePage, withSiteCountry } from '../sites/resolve';
import type { JobCard, SiteAdapter } from '../sites/types';
import type { BadgeView, Hide } from '../../components/Badge';
import { findCardElements, mountCardBadge, type CardBadge } from './cards';
import { Slicer } from './slicer';
import { extensionAlive, watchLocation } from './lifetime';
import { mountBadge, setBadgeStyle, type MountedBadge } from './mount';
import { waitForChange, waitForElement } from './wait';
import { traceMark } from '../perf-trace';

const READY_TIMEOUT_MS = 15_000;
/** an answer slower than this on a fresh install: the badge says the salary data is being prepared */
const PREPARING_AFTER_MS = 200;
/** a host page that keeps deleting our badge gets it back this many times per posting, no more */
const MAX_REMOUNTS = 20;
const BATCH_SIZE = 100;
/** added nodes looked at per frame; the rest wait for the next frame */
const MAX_ADDED_PER_FLUSH = 5_000;
/** SPA re-extraction: at most once per this many ms while the page keeps changing */
const RETRY_GAP_MS = 100;
/** a page with no posting found is looked at again this long after (late embeds) */
const RECHECK_MS = 2_500;
/**
 * After an in-page navigation the page may still show the previous posting (content drawn later):
 * a posting that reads exactly like the previous one under a new key is waited on this long for
 * the page to change, then taken as it is (same content, same figures).
 */
const STALE_WAIT_MS = 5_000;
/**
 * A card badge the page removes within QUICK_REMOVAL_MS of drawing it is put back at most this
 * many times in a row, then that job's card stays unbadged until the next navigation.
 */
const MAX_CARD_REMOUNTS = 5;
const QUICK_REMOVAL_MS = 2_000;
/**
 * Card attributes that carry a job's identity (virtualised lists rewrite them in place); observed
 * with an attributeFilter so other attribute churn (classes, styles) costs nothing.
 */
const CARD_IDENTITY_ATTRIBUTES = ['href', 'data-entity-urn', 'data-occludable-job-id', 'data-job-id', 'data-id', 'data-jk', 'data-qa-posting-id'];

/** What a reader sees of a posting; the same under two keys means the page has not moved on yet. */
function contentOf(p: JobPosting): string {
  return JSON.stringify([p.title, p.company, p.location, p.locations, p.postedSalary?.raw ?? p.payTexts?.map((t) => t.text) ?? null, p.employmentType, p.datePosted]);
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

/**
 * Card estimates, de-duplicated by job and what the card says (a card rewritten in place can
 * carry a new title before its new id, or the reverse), and sent in batches.
 */
class CardEstimates {
  private cache = new Map<string, Promise<Result<EstimateAnswer>>>();
  private queue: { posting: JobPosting; key: string; resolve: (r: Result<EstimateAnswer>) => void }[] = [];
  private scheduled = false;

  get(posting: JobPosting): Promise<Result<EstimateAnswer>> {
    const key = `${posting.jobKey}\n${contentOf(posting)}`;
    let answer = this.cache.get(key);
    if (!answer) {
      answer = new Promise((resolve) => this.queue.push({ posting, key, resolve }));
      this.cache.set(key, answer);
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
        if (!one?.ok) this.cache.delete(item.key);
      });
    }
  }
}

/** A listing card PayLens has read: its badge once the answer is in (null until then). */
interface CardEntry {
  element: Element | null;
  card: JobCard;
  content: string;
  badge: CardBadge | null;
}

/** Per job key on one page view: how often the page removed its card badge right after drawing it. */
interface CardChurn {
  badge: CardBadge;
  mountedAt: number;
  quick: number;
  gaveUp: boolean;
}

/**
 * Run the loop with these adapters: the site adapters of one content script, and the fallback for
 * pages none of them claims (the generic schema.org adapter in the all-sites script, else none).
 */
export function startPageLoop(ctx: ContentScriptContext, siteAdapters: readonly SiteAdapter[], fallback: SiteAdapter | null): void {
  const life = new AbortController();
  let controller: AbortController | null = null;
  let adapter: SiteAdapter | null = null;
  let recheckLeft = 2;
  let url = new URL(location.href);
  let listing = false;
  let enabled = false;
  let full: MountedBadge | null = null;
  let fullPosting: JobPosting | null = null;
  /** the posting the last full badge was drawn for (kept after it is taken down) */
  let lastPosting: JobPosting | null = null;
  let lastHref = '';
  let runs = 0;
  const remounts = new Map<string, number>();
  const cardEntries = new Set<CardEntry>();
  const cardByAnchor = new WeakMap<Element, CardEntry>();
  const cardByElement = new WeakMap<Element, CardEntry>();
  let cardChurn = new Map<string, CardChurn>();
  let churnPath = '';
  const cardEstimates = new CardEstimates();
  traceMark('cs-start');

  const checkYours = (posting: JobPosting) => {
    void sendMessage('openCheckYours', posting).catch(() => undefined);
  };

  const removeFull = () => {
    full?.remove();
    full = null;
    fullPosting = null;
  };
  const dropCard = (entry: CardEntry) => {
    entry.badge?.remove();
    entry.badge = null;
    cardEntries.delete(entry);
    if (cardByAnchor.get(entry.card.anchor) === entry) cardByAnchor.delete(entry.card.anchor);
    if (entry.element && cardByElement.get(entry.element) === entry) cardByElement.delete(entry.element);
  };
  const removeCards = () => {
    cardWork.clear();
    paints.clear();
    for (const entry of cardEntries) dropCard(entry);
    cardEntries.clear();
  };

  // ------------------------------------------------------------------------------ full badge

  async function paintFull(site: SiteAdapter, posting: JobPosting, signal: AbortSignal): Promise<void> {
    const anchor = document.querySelector(site.anchor) ?? document.querySelector('h1');
    if (!anchor) return;
    // The request goes first; the loading badge is drawn while the background answers.
    traceMark('cs-send');
    const answering = retrying(() => sendMessage('getEstimate', posting), failed);
    if (!full || full.jobKey !== posting.jobKey || !full.host.isConnected) {
      removeFull();
      // "Hide on …": a known site (it has hosts of its own) by its switch; a page the all-sites
      // reader found (generic, embedded boards) by its host. The background decides the same way,
      // from the sender's address.
      const hide: Hide = {
        where: site.matches.length > 0 ? { site: site.id } : { host: url.hostname },
        run: () => void sendMessage('hideOnSite', undefined).catch(() => undefined),
      };
      full = mountBadge(anchor, posting, 'full', () => checkYours(posting), undefined, hide);
      fullPosting = posting;
      lastPosting = posting;
      if (signal.aborted) return;
    }
    const badge = full;
    // On a fresh install the dataset may still be going in: say so while we wait (same size).
    const preparing = setTimeout(() => {
      void browser.storage.local.get(DATASET_INSTALLING_KEY).then((stored) => {
        if (stored[DATASET_INSTALLING_KEY] && full === badge && badge.host.dataset.state === 'loading') badge.update({ state: 'loading', preparing: true });
      }, () => undefined);
    }, PREPARING_AFTER_MS);
    const answer = await answering;
    traceMark('cs-answer');
    clearTimeout(preparing);
    // The page may have moved on while we waited: never paint into another posting.
    if (signal.aborted || full !== badge || badge.jobKey !== posting.jobKey) return;
    const view = viewOf(answer);
    // A failure says so quietly, with a way to ask again (the user's click, not a loop).
    if (view.state === 'error') view.retry = () => {
      badge.update({ state: 'loading' });
      void paintFull(site, posting, signal).catch(() => undefined);
    };
    badge.update(view);
    traceMark('cs-painted');
  }

  /**
   * Extract the posting; SPAs (Workday, Ashby…) may still show the previous posting or a
   * skeleton when `ready` matches, so a site adapter is retried as the page changes, until the
   * timeout. After an in-page navigation, a posting that reads exactly like the one we are leaving
   * but under the new key is the old content still on screen: wait for the page to change. The
   * generic fallback reads a static page once.
   */
  async function extractWhenReady(site: SiteAdapter, signal: AbortSignal, previous: JobPosting | null, navigated: boolean): Promise<JobPosting | null> {
    const started = performance.now();
    const deadline = started + READY_TIMEOUT_MS;
    const previousContent = previous ? contentOf(previous) : null;
    for (;;) {
      const extracted = site.extract(document, url);
      const posting = extracted ? withSiteCountry(site, url, extracted) : null;
      const problem = posting ? postingProblem(posting) : null;
      const checked = posting && !problem ? posting : null;
      let stale = false;
      if (checked) {
        stale = previous !== null && checked.jobKey !== previous.jobKey && contentOf(checked) === previousContent;
        if (!stale || performance.now() - started >= STALE_WAIT_MS) return checked;
      } else if (problem) console.debug('PayLens: posting failed validation:', problem);
      const left = (stale ? started + STALE_WAIT_MS : deadline) - performance.now();
      if ((site === fallback && !navigated && !stale) || signal.aborted) return null;
      if (left <= 0) return stale ? checked : null;
      if (!(await waitForChange(document, { signal, timeoutMs: left, minGapMs: RETRY_GAP_MS }))) {
        return !signal.aborted && stale ? checked : null;
      }
    }
  }

  async function run(force = false): Promise<void> {
    if (life.signal.aborted) return;
    if (!extensionAlive()) return end();
    const href = location.href;
    const moved = href !== lastHref;
    if (!force && !moved && (!full || full.host.isConnected)) return;
    const navigated = moved && runs++ > 0;
    lastHref = href;
    controller?.abort();
    const current = new AbortController();
    controller = current;
    const { signal } = current;

    url = new URL(href);
    const role = resolvePage(siteAdapters, fallback, document, url);
    // A posting or a listing: estimates will be asked for once the settings are read and the
    // posting is extracted. A stopped service worker takes tens of milliseconds to start: start it now.
    if (moved && role && (role.job || role.listing)) {
      traceMark('cs-wake');
      void sendMessage('prepareEstimates', undefined).catch(() => undefined);
    }
    if (moved) {
      // A new address: the badge on screen belongs to the posting we are leaving. Take it down
      // now, so it never sits beside the next posting under the old key.
      if (full && full.jobKey !== role?.adapter.jobKey(url, document)) removeFull();
      // Another page of the site (not a query or hash change): badges may be removed afresh.
      if (url.pathname !== churnPath) cardChurn = new Map();
      churnPath = url.pathname;
    }
    const settings = await readSettings();
    traceMark('cs-settings');
    if (signal.aborted) return;
    setBadgeStyle(settings.badgeStyle);
    adapter = role?.adapter ?? null;
    // a site switched off, or this host hidden ("Hide on jobs.example.com"): nothing is drawn, and
    // what is on screen goes (a settings change forces this run)
    enabled = role !== null && isSiteEnabled(settings, role.adapter.id) && !isHostHidden(settings, url.hostname);
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
      // a settings change (display currency, period, Indian format): the cards on screen answer again
      if (force) for (const entry of cardEntries) if (entry.badge?.host.isConnected) request(entry);
      const ready = await waitForElement(document, site.cardSelector ?? site.ready, { signal, timeoutMs: READY_TIMEOUT_MS });
      if (signal.aborted) return;
      if (ready) scanCards(site, null);
    }
    if (!role.job) {
      removeFull();
      return;
    }
    const ready = await waitForElement(document, site.ready, { signal, timeoutMs: READY_TIMEOUT_MS });
    traceMark('cs-ready');
    if (!ready || signal.aborted) return;
    const previous = lastPosting && lastPosting.jobKey !== site.jobKey(url, document) ? lastPosting : null;
    const posting = await extractWhenReady(site, signal, previous, navigated);
    traceMark('cs-extracted');
    if (signal.aborted) return;
    // The address changed but not the posting (a tracking parameter, replaceState): nothing to do.
    if (
      !force &&
      full?.host.isConnected &&
      full.host.dataset.state !== 'loading' &&
      fullPosting &&
      full.jobKey === posting?.jobKey &&
      contentOf(fullPosting) === contentOf(posting)
    )
      return;
    if (!posting) {
      removeFull();
      // Embedded ATS boards are often drawn by a script after load: look once more, later.
      if (site === fallback && recheckLeft-- > 0) setTimeout(() => safeRun(true), RECHECK_MS);
      return;
    }
    await paintFull(site, posting, signal);
  }

  // ------------------------------------------------------------------------------ card badges

  /** One card: read it, validate it, badge it (idempotent per card element and job). */
  function addCard(read: JobCard | null, element: Element | null): void {
    const card = read && adapter ? { ...read, posting: withSiteCountry(adapter, url, read.posting) } : read;
    if (!card || postingProblem(card.posting)) return;
    const content = contentOf(card.posting);
    const existing = cardByAnchor.get(card.anchor);
    if (existing && existing.card.posting.jobKey === card.posting.jobKey && existing.content === content) {
      // Already badged, or its answer is on the way.
      if (!existing.badge || existing.badge.host.isConnected) return;
      existing.badge = null;
      request(existing);
      return;
    }
    // A new card, or one rewritten in place for another job: its old badge goes at once.
    if (existing) dropCard(existing);
    if (element) {
      const old = cardByElement.get(element);
      if (old && old !== existing) dropCard(old);
    }
    const entry: CardEntry = { element, card, content, badge: null };
    cardEntries.add(entry);
    cardByAnchor.set(card.anchor, entry);
    if (element) cardByElement.set(element, entry);
    request(entry);
  }

  const isCurrent = (entry: CardEntry) => cardByAnchor.get(entry.card.anchor) === entry && entry.card.anchor.isConnected;

  function request(entry: CardEntry): void {
    void cardEstimates.get(entry.card.posting).then((answer) => {
      if (!isCurrent(entry) || life.signal.aborted) return;
      // a badge already on screen (a settings change asked again): redraw it in place
      if (entry.badge?.host.isConnected) entry.badge.update(viewOf(answer));
      else paints.push([{ entry, view: viewOf(answer) }]);
    });
  }

  /** Draw a card's badge, unless the page keeps removing it as soon as it appears. */
  function mountCard(entry: CardEntry, view: BadgeView): void {
    if (entry.badge || !isCurrent(entry) || !listing) return;
    const key = entry.card.posting.jobKey;
    const churn = cardChurn.get(key);
    const now = performance.now();
    let quick = 0;
    if (churn) {
      if (churn.gaveUp) return;
      if (!churn.badge.host.isConnected && now - churn.mountedAt < QUICK_REMOVAL_MS) quick = churn.quick + 1;
      // The page keeps removing it: leave that card alone.
      if (quick > MAX_CARD_REMOUNTS) return void (churn.gaveUp = true);
    }
    entry.badge = mountCardBadge(entry.card, checkYours, view);
    cardChurn.set(key, { badge: entry.badge, mountedAt: now, quick, gaveUp: false });
  }

  // Card work in time slices: reading cards, then drawing their badges once answered.
  const cardWork = new Slicer<Element>((el) => {
    if (adapter?.extractCard && el.isConnected) addCard(adapter.extractCard(el, url), el);
  });
  const paints = new Slicer<{ entry: CardEntry; view: BadgeView }>(({ entry, view }) => mountCard(entry, view));

  /** Badge the cards under `roots` (null: the whole document). */
  function scanCards(site: SiteAdapter, roots: readonly Node[] | null): void {
    if (site.cardSelector && site.extractCard) cardWork.push(findCardElements(site, document, roots));
    // Adapters without per-card reading: read the whole list again (bounded by the adapter).
    else if (site.extractCards) for (const card of site.extractCards(document, url)) addCard(card, null);
  }

  // ------------------------------------------------------------------------------ mutations

  let pendingAdded: Node[] = [];
  /** cards whose identity attributes or title text changed in place */
  const pendingRewritten = new Set<Element>();
  let badgeRemoved = false;
  let frame = false;
  let remounting = false;

  const flush = () => {
    frame = false;
    if (life.signal.aborted) return;
    if (!extensionAlive()) return end();
    // An address change the location watcher has not reported yet.
    if (location.href !== lastHref) safeRun();
    if (!enabled) {
      pendingAdded = [];
      pendingRewritten.clear();
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
        // A card badge was removed by a re-render while its card stayed: re-badge those cards;
        // forget cards that left the page.
        badgeRemoved = false;
        for (const entry of cardEntries) {
          if (!entry.card.anchor.isConnected) dropCard(entry);
          else if (entry.badge && !entry.badge.host.isConnected) added.push(entry.element ?? entry.card.anchor);
        }
      }
      if (pendingRewritten.size) {
        added.push(...pendingRewritten);
        pendingRewritten.clear();
      }
      if (added.length && adapter) scanCards(adapter, added);
    } else {
      pendingAdded = [];
      pendingRewritten.clear();
    }
  };

  const schedule = () => {
    if (frame) return;
    frame = true;
    requestAnimationFrame(flush);
  };

  /** A card rewritten in place: an identity attribute, or text inside its badge's anchor. */
  const noteRewrite = (target: Node, text: boolean) => {
    const el = target.nodeType === 1 ? (target as Element) : target.parentElement;
    const selector = adapter?.cardSelector;
    if (!el || !selector || el.localName === 'paylens-badge') return;
    const card = el.closest(selector);
    if (!card) return;
    const entry = cardByElement.get(card);
    // Text changes matter only inside the title a badge was keyed on; attributes anywhere.
    if (entry && (!text || entry.card.anchor.contains(target))) pendingRewritten.add(card);
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') {
        if (listing) noteRewrite(record.target, false);
        continue;
      }
      if (record.type === 'characterData') {
        if (listing) noteRewrite(record.target, true);
        continue;
      }
      for (const node of Array.from(record.addedNodes)) {
        // Our own badges are not cards; a text node added to a title is a rewrite.
        if (node.nodeType === 1) {
          if ((node as Element).localName !== 'paylens-badge') pendingAdded.push(node);
        } else if (node.nodeType === 3 && listing) noteRewrite(record.target, true);
      }
      for (const node of Array.from(record.removedNodes)) {
        if (node.nodeType !== 1) continue;
        const el = node as Element;
        if (el.localName === 'paylens-badge' || (full && el.contains(full.host)) || el.querySelector('paylens-badge')) badgeRemoved = true;
      }
    }
    if (pendingAdded.length || pendingRewritten.size || badgeRemoved) schedule();
  });
  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: CARD_IDENTITY_ATTRIBUTES,
  });

  const safeRun = (force = false) => {
    run(force).catch((error: unknown) => console.warn('PayLens:', error));
  };

  // A settings change (e.g. this site switched off in options) applies without a reload.
  const unwatch = watchSettings(() => safeRun(true));

  function end(): void {
    if (life.signal.aborted) return;
    life.abort();
    observer.disconnect();
    unwatch();
    controller?.abort();
    removeFull();
    removeCards();
  }

  watchLocation(() => safeRun(), life.signal, () => {
    if (!extensionAlive()) end();
  });
  ctx.onInvalidated(() => {
    // WXT ends its context on a "content script started" event any page can forge: end only
    // when the extension is really gone.
    if (!extensionAlive()) end();
  });
  safeRun(true);
}
