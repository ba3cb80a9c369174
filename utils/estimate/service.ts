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
import type { Estimate, JobPosting } from '../schemas';
import { getSettings, localeRegion } from '../settings';
import { resolveAdapter } from '../sites/registry';
import { mergeCellsFiles, type CellsFile } from './dataset-file';
import { estimate } from './estimator';
import { estimateCacheKey, idbCellSource, installDataset, installedVersion, putCachedEstimate } from './idb';
import type { DatasetMeta, EstimateOptions, EstimateQuery } from './types';

/** Cached estimates older than this are computed again. */
export const ESTIMATE_TTL_MS = 7 * 24 * 3600 * 1000;

async function fetchJson<T>(path: string): Promise<T> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- files under public/data/
  const response = await fetch(browser.runtime.getURL(path as any));
  if (!response.ok) throw new Error(`cannot read the packaged dataset ${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

let ready: Promise<string> | null = null;

/**
 * The installed dataset's version, installing the packaged one first when it differs (first run,
 * or an update that shipped new data). The files are read before the transaction starts.
 */
export function ensureDataset(): Promise<string> {
  ready ??= (async () => {
    const db = await getDb();
    const packaged = await fetchJson<DatasetMeta>('/data/dataset-meta.json');
    if ((await installedVersion(db)) !== packaged.version) {
      const shards = await Promise.all(packaged.cellFiles.map((name) => fetchJson<CellsFile>(`/data/${name}`)));
      await installDataset(db, mergeCellsFiles(shards), packaged);
    }
    return packaged.version;
  })().catch((error: unknown) => {
    ready = null;
    throw error;
  });
  return ready;
}

const inFlight = new Map<string, Promise<Estimate>>();

/** The query the estimator takes, from a validated posting and the user's settings. */
export async function queryFor(posting: JobPosting): Promise<{ query: EstimateQuery; options: EstimateOptions }> {
  const settings = await getSettings();
  let siteCountry: string | null = null;
  try {
    const url = new URL(posting.url);
    siteCountry = resolveAdapter(url)?.siteCountry?.(url) ?? null;
  } catch {
    siteCountry = null;
  }
  return {
    query: {
      title: posting.title,
      company: posting.company,
      location: posting.location,
      locations: posting.locations,
      country: siteCountry,
      postedSalary: posting.postedSalary,
    },
    options: {
      userCountry: localeRegion(navigator.language),
      displayCurrency: settings.displayCurrency,
      displayPeriod: settings.payPeriod === 'auto' ? null : settings.payPeriod,
    },
  };
}

/** The estimate for a posting: from the cache when fresh, else computed (once per key at a time). */
export async function estimateForPosting(posting: JobPosting, now = Date.now()): Promise<Estimate> {
  const version = await ensureDataset();
  const db = await getDb();
  const { query, options } = await queryFor(posting);
  const key = estimateCacheKey(query, version, options);
  const pending = inFlight.get(key);
  if (pending) return pending;
  const work = (async () => {
    const cached = await db.get('estimates', key);
    if (cached && cached.datasetVersion === version && now - cached.createdAt < ESTIMATE_TTL_MS) return cached.estimate;
    const result = await estimate(query, idbCellSource(db), { ...options, submissions: await listSubmissions() });
    await putCachedEstimate(db, key, result, version, now);
    return result;
  })().finally(() => inFlight.delete(key));
  inFlight.set(key, work);
  return work;
}
