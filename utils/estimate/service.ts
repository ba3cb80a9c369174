/**
 * The background's estimate service: the embedded dataset installed into IndexedDB (once per
 * version, atomically), estimates cached there with a TTL, and identical requests in flight
 * computed once. Everything it needs survives the service worker being stopped: a worker killed
 * mid-install leaves the previous dataset (the install is one transaction), and a worker killed
 * mid-request leaves nothing half-written; the content script asks again.
 */
import { browser } from 'wxt/browser';
import { getDb } from '../db/index';
import { listSubmissions } from '../db/submissions';
import { normalizePosting, resolvedOf, type ResolvedQuery } from '../normalize/posting';
import type { BadgeText, EmployerPosted, Estimate, JobPosting } from '../schemas';
import { badgeText, type TextOptions } from '../badge-text';
import { employerPosted, rememberSeen, seenRecord } from './posted-seen';
import { CROWD_META_KEY, postingQueueItem, type CrowdMeta } from '../crowd/sync';
import { isKnownCompanyId } from '../normalize/company';
import { normalizeTitle } from '../normalize/title';
import type { TitleLookup } from '../normalize/title-lookup';
import { DATASET_INSTALLING_KEY, getSettings, localeRegion } from '../settings';
import { packCellsTexts } from './dataset-file';
import { estimate, type MineEntry } from './estimator';
import {
  DATASET_INSTALL_TIMING_KEY,
  estimateCacheKey,
  getCachedEntry,
  idbCellSource,
  installDataset,
  installedTitles,
  installedVersion,
  pruneEstimateCache,
  putCachedEstimate,
} from './idb';
import type { DatasetMeta, EstimateOptions } from './types';
import { traceMark } from '../perf-trace';

export { ESTIMATE_TTL_MS } from './idb';

async function fetchPackaged(path: string): Promise<Response> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- files under public/data/
  const response = await fetch(browser.runtime.getURL(path as any));
  if (!response.ok) throw new Error(`cannot read the packaged dataset ${path}: HTTP ${response.status}`);
  return response;
}

async function fetchJson<T>(path: string): Promise<T> {
  return (await (await fetchPackaged(path)).json()) as T;
}

/** A file as text (the title tables are stored as their text and parsed when first read). */
async function fetchText(path: string): Promise<string> {
  return (await fetchPackaged(path)).text();
}

let ready: Promise<string> | null = null;

/**
 * storage.session: the dataset version this browser session already found installed. The
 * browser clears session storage when the extension is reloaded, updated or disabled and when it
 * restarts, so a new package is always checked against its files; a worker merely restarted
 * (Chrome stops it after 30 s idle) skips reading the 146 KB dataset-meta.json again.
 */
export const DATASET_CHECKED_KEY = 'datasetChecked';

async function checkedThisSession(): Promise<string | null> {
  try {
    const value = (await browser.storage.session.get(DATASET_CHECKED_KEY))[DATASET_CHECKED_KEY];
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}

/**
 * The installed dataset's version, installing the packaged one first when it differs (first run,
 * or an update that shipped new data). The files are read before the transaction starts.
 */
export function ensureDataset(): Promise<string> {
  ready ??= (async () => {
    const [db, checked] = await Promise.all([getDb(), checkedThisSession()]);
    traceMark('sw-db-open');
    if (checked !== null && (await installedVersion(db)) === checked) return checked;
    const packaged = await fetchJson<DatasetMeta>('/data/dataset-meta.json');
    traceMark('sw-meta-fetched');
    if ((await installedVersion(db)) !== packaged.version) {
      // the badges on screen meanwhile say "preparing salary data…" (best effort)
      const flag = (on: boolean) => (on ? browser.storage.local.set({ [DATASET_INSTALLING_KEY]: packaged.version }) : browser.storage.local.remove(DATASET_INSTALLING_KEY)).catch(() => undefined);
      await flag(true);
      try {
        const t0 = performance.now();
        // read as text: the rows are grouped by family without being parsed (packCellsTexts)
        const [shards, titles] = await Promise.all([
          Promise.all(packaged.cellFiles.map((name) => fetchText(`/data/${name}`))),
          Promise.all((packaged.titleFiles ?? []).map((name) => fetchText(`/data/${name}`))),
        ]);
        const cells = packCellsTexts(shards);
        const t1 = performance.now();
        await installDataset(db, cells, packaged, new Date(), titles);
        // performance.now() counts from the worker's start: the install as a fresh profile sees it
        const timing = { fetchMs: Math.round(t1 - t0), writeMs: Math.round(performance.now() - t1), sinceWorkerStartMs: Math.round(performance.now()) };
        await db.put('meta', { key: DATASET_INSTALL_TIMING_KEY, value: timing }).catch(() => undefined);
      } finally {
        await flag(false);
      }
    }
    await browser.storage.session.set({ [DATASET_CHECKED_KEY]: packaged.version }).catch(() => undefined);
    return packaged.version;
  })().catch((error: unknown) => {
    ready = null;
    throw error;
  });
  return ready;
}

/**
 * Start what every answer waits on — the database, the dataset check, the settings — without
 * waiting for it: called as the worker starts and when a content script says a request is coming,
 * so this I/O overlaps the worker's start-up and the posting's normalisation.
 */
export function prepareAnswers(): void {
  ensureDataset().catch(() => undefined);
  getSettings().catch(() => undefined);
}

const inFlight = new Map<string, Promise<CachedAnswer>>();
let putsSincePrune = Number.POSITIVE_INFINITY;
/** the cache is pruned on the first write of a worker's life, then every this many writes */
const PRUNE_EVERY = 100;

/** What the estimate is answered with: the user's display settings and country, and whether crowd cells join (sharing on). */
async function answerSettings(): Promise<{ userCountry: string | null; options: EstimateOptions; sharing: boolean; textOptions: TextOptions }> {
  const settings = await getSettings();
  return {
    sharing: settings.sharing,
    textOptions: { indian: settings.indianFormat },
    userCountry: localeRegion(navigator.language),
    options: {
      displayCurrency: settings.displayCurrency,
      displayPeriod: settings.payPeriod === 'auto' ? null : settings.payPeriod,
    },
  };
}

/** The user's own submissions with where each belongs (normalised when saved). */
async function mineEntries(userCountry: string | null): Promise<MineEntry[]> {
  return (await listSubmissions()).map((submission) => ({ submission, resolved: resolvedOf(submission, userCountry) }));
}

export interface EstimateRequest {
  /**
   * Blend in the user's own salaries (and count them in `mine`). Only for extension pages (the
   * popup): an answer to a content script is readable by the host page and never includes them.
   */
  withMine?: boolean;
  now?: number;
  /** also the badge's text, in the user's format (settings; kept with the cached estimate) */
  text?: boolean;
}

/**
 * The estimate for a posting: normalised once (normalizePosting), then from the cache when fresh,
 * else computed (once per key at a time). A failed cache write (a full disk) loses the cache
 * entry, never the answer.
 */
export async function estimateForPosting(posting: JobPosting, request: EstimateRequest = {}): Promise<Estimate> {
  return (await answerForPosting(posting, request)).estimate;
}

export interface PostingAnswer {
  estimate: Estimate;
  /** the normalised posting (its posted salary is the one the badge may show) */
  query: ResolvedQuery;
  /** extension pages only: what this employer posts for the role on postings seen */
  employerPosted: EmployerPosted | null;
  /** the badge's text, when the request asked for it */
  text: BadgeText | null;
}

/** What a badge text is written from besides the estimate (the cache key holds the rest). */
const textInputs = (query: ResolvedQuery, options: TextOptions) => JSON.stringify([query.postedSalary, options.indian !== false]);

/**
 * Keep a posting's published range as evidence (best effort: a full disk loses only that); with
 * sharing on, also queue it for the sharing service's posted ranges (public data).
 */
async function keepSeen(db: Awaited<ReturnType<typeof getDb>>, posting: JobPosting, query: ResolvedQuery, now: number, sharing: boolean): Promise<void> {
  const record = seenRecord(posting, query, now);
  if (!record) return;
  try {
    const p = query.postedSalary;
    const place = query.place;
    const share =
      sharing && p && posting.company
        ? await postingQueueItem({
            jobKey: posting.jobKey,
            employer: posting.company,
            employerId: isKnownCompanyId(query.companyId) ? query.companyId : null,
            title: posting.title,
            family: query.family,
            soc: query.soc,
            level: query.level,
            country: place.country,
            area: place.remote ? null : (place.metro ?? place.state),
            min: p.min,
            max: p.max,
            currency: p.currency,
            period: p.period,
            date: posting.datePosted && /^\d{4}-(0[1-9]|1[0-2])/.test(posting.datePosted) ? posting.datePosted : new Date(now).toISOString(),
          })
        : null;
    // sent once per posting and range while sharing is on (the check and the writes are one transaction)
    await rememberSeen(db, record, share);
  } catch (error) {
    console.warn('PayLens: posted range not kept', error);
  }
}

/**
 * normalizePosting with the dataset's title tables (IndexedDB), read only when the in-code family
 * rules do not recognise the title or read only a bare noun of it: most titles never load them.
 * `db` is asked for only then (the normalisation itself runs before the first await).
 */
export async function normalizeWithTables(db: () => Promise<Awaited<ReturnType<typeof getDb>>>, posting: JobPosting, userCountry: string | null): Promise<ResolvedQuery> {
  if (!needsTitleTables(posting)) return normalizePosting(posting, userCountry);
  return normalizePosting(posting, userCountry, await installedTitles(await db()));
}

/** Does the title need the dataset's title tables (the in-code family rules do not read it, or read only a bare noun of it)? */
function needsTitleTables(t: { title: string; company?: string | null }): boolean {
  const rules = normalizeTitle(t.title, t.company ?? undefined);
  return !rules.family || rules.flags.includes('family_weak');
}

/**
 * The title tables for saving the user's own salaries (so a "Kassierer" they save meets the
 * Cashier figure like a posting does), or null when the rules read every title. A dataset that
 * cannot be installed or read (a full disk) gives null: the salary is saved all the same, read by
 * the rules alone.
 */
export async function titlesForSaving(inputs: readonly { title: string; company?: string | null }[]): Promise<TitleLookup | null> {
  if (!inputs.some(needsTitleTables)) return null;
  try {
    const db = await getDb();
    const installed = await installedTitles(db);
    if (installed) return installed;
    await ensureDataset();
    return await installedTitles(db);
  } catch (error) {
    console.warn('PayLens: title tables unavailable; saving with the rules alone', error);
    return null;
  }
}

/** The estimate, the query it answers and, for extension pages, the employer's posted ranges. */
export async function answerForPosting(posting: JobPosting, request: EstimateRequest = {}): Promise<PostingAnswer> {
  const now = request.now ?? Date.now();
  // The I/O first (database, dataset check, settings), the normalisation while it is under way:
  // on a worker just started, reading a title and a place is the CPU work the I/O waits hide.
  const versionRead = ensureDataset();
  const settingsRead = answerSettings();
  versionRead.catch(() => undefined);
  settingsRead.catch(() => undefined);
  const userCountry = localeRegion(navigator.language);
  // the title tables, when needed, once the dataset is in
  const query = await normalizeWithTables(() => versionRead.then(getDb), posting, userCountry);
  traceMark('sw-normalized');
  const version = await versionRead;
  traceMark('sw-dataset');
  const db = await getDb();
  const { options, sharing, textOptions } = await settingsRead;
  traceMark('sw-settings');
  await keepSeen(db, posting, query, now, sharing);
  traceMark('sw-seen');
  const crowd = sharing ? (((await db.get('meta', CROWD_META_KEY))?.value as CrowdMeta | undefined) ?? null) : null;
  const cells = idbCellSource(db, { crowd: crowd !== null });
  if (request.withMine) {
    const result = await estimate(query, cells, { ...options, mine: await mineEntries(userCountry) });
    const currency = result.status === 'ok' ? result.currency : (query.postedSalary?.currency ?? null);
    const posted = currency ? await employerPosted(db, query, currency) : null;
    return { query, estimate: result, employerPosted: posted, text: request.text ? badgeText(result, query.postedSalary, textOptions) : null };
  }
  const key = estimateCacheKey(query, version, options, crowd?.version ?? null);
  const wanted = request.text ? textInputs(query, textOptions) : null;
  let work = inFlight.get(key);
  if (!work) {
    work = (async (): Promise<CachedAnswer> => {
      const cached = await getCachedEntry(db, key, version, now);
      traceMark(cached ? 'sw-cache-hit' : 'sw-cache-miss');
      if (cached) return { estimate: cached.estimate, text: cached.text ?? null, createdAt: cached.createdAt };
      const result = await estimate(query, cells, options);
      traceMark('sw-computed');
      const text = wanted !== null ? { for: wanted, value: badgeText(result, query.postedSalary, textOptions) } : null;
      try {
        await putCachedEstimate(db, key, result, version, now, text ?? undefined);
        if (++putsSincePrune >= PRUNE_EVERY) {
          putsSincePrune = 0;
          await pruneEstimateCache(db, now);
        }
      } catch (error) {
        // The answer stands; only its cache entry is lost (a full disk, a closing database).
        console.warn('PayLens: estimate not cached', error);
      }
      return { estimate: result, text, createdAt: now };
    })().finally(() => inFlight.delete(key));
    inFlight.set(key, work);
  }
  const answer = await work;
  if (wanted === null) return { query, estimate: answer.estimate, employerPosted: null, text: null };
  if (answer.text?.for === wanted) return { query, estimate: answer.estimate, employerPosted: null, text: answer.text.value };
  // an entry without this text (cached before texts were kept, or with other settings): write it now
  const text = badgeText(answer.estimate, query.postedSalary, textOptions);
  putCachedEstimate(db, key, answer.estimate, version, answer.createdAt, { for: wanted, value: text }).catch(() => undefined);
  return { query, estimate: answer.estimate, employerPosted: null, text };
}

/** A cached (or just computed) estimate with the badge text kept with it. */
interface CachedAnswer {
  estimate: Estimate;
  text: { for: string; value: BadgeText } | null;
  createdAt: number;
}
