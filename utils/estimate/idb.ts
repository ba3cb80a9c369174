/**
 * The dataset in IndexedDB (background and extension pages only): installing a version of the
 * dataset files into the `cells` store, a CellSource over it, and the estimate cache.
 *
 * Install: the caller fetches public/data/cells-N.json, titles-N.json and dataset-meta.json first
 * (never a network call inside a transaction), then `installDataset` replaces the cells and title
 * tables in one transaction when the version differs, records `meta.dataset` (what getDatasetInfo
 * reads) and `meta.datasetMeta` (the learned parameters the estimator needs), and clears cached
 * estimates.
 */
import type { IDBPDatabase } from 'idb';
import type { CachedEstimate, PayLensDB } from '../db/index';
import type { Estimate } from '../schemas';
import { packCellsFile, rowToCell, type CellRow, type CellsFile, type PackedCells } from './dataset-file';
import { familyForSoc } from '../normalize/title';
import { titleLookup, type TitleLookup, type TitlesFile } from '../normalize/title-lookup';
import { CROWD_SOURCE } from '../crowd/sync';
import { convertCurrency } from '../normalize/currency';
import { queryKey, type ResolvedQuery } from '../normalize/posting';
import type { CellSource, DatasetCell, DatasetMeta, EstimateOptions } from './types';

export const DATASET_INFO_KEY = 'dataset';
export const DATASET_META_KEY = 'datasetMeta';
/** How long the last install took in the worker: { fetchMs, writeMs, sinceWorkerStartMs } (read by `npm run bench`). */
export const DATASET_INSTALL_TIMING_KEY = 'datasetInstallTiming';

export interface DatasetInfoRecord {
  version: string;
  installedAt: string;
  cells: number;
  sources: { name: string; year: number; licence: string }[];
}

/** The dataset meta, read once per connection (cleared by an install). */
let metaCache: { db: IDBPDatabase<PayLensDB>; meta: Promise<DatasetMeta | undefined> } | null = null;

/** The installed dataset's version, or null. */
export async function installedVersion(db: IDBPDatabase<PayLensDB>): Promise<string | null> {
  const info = (await db.get('meta', DATASET_INFO_KEY))?.value as DatasetInfoRecord | undefined;
  return info?.version ?? null;
}

/**
 * Install the dataset files unless this version is already installed. Returns whether it wrote.
 * One readwrite transaction: the old cells and title tables never mix with the new ones. Each
 * family's rows are written as one string (PackedCellGroup): no cell objects are built or cloned
 * at install, and every put is issued at once, awaited together.
 */
export async function installDataset(
  db: IDBPDatabase<PayLensDB>,
  cells: CellsFile | PackedCells,
  meta: DatasetMeta,
  now: Date = new Date(),
  titleTexts: readonly string[] = [],
): Promise<boolean> {
  if (cells.version !== meta.version) throw new Error(`dataset files disagree: cells ${cells.version}, meta ${meta.version}`);
  const packed = 'groups' in cells ? cells : packCellsFile(cells);
  const titleNames = meta.titleFiles ?? [];
  if (titleTexts.length !== titleNames.length) throw new Error(`dataset: ${titleNames.length} title files listed, ${titleTexts.length} given`);
  for (const text of titleTexts) {
    // the head of the file says its version; the file is parsed only when titles are looked up
    if (!text.slice(0, 200).includes(`"version":${JSON.stringify(meta.version)}`)) throw new Error('dataset files disagree: a titles file is of another version');
  }
  if ((await installedVersion(db)) === meta.version) return false;
  const tx = db.transaction(['cellGroups', 'titleTables', 'meta', 'estimates'], 'readwrite');
  const writes: Promise<unknown>[] = [];
  try {
    const store = tx.objectStore('cellGroups');
    writes.push(store.clear());
    for (const [family, rows] of packed.groups) writes.push(store.put({ family, asOf: packed.asOf, rows }));
    const titles = tx.objectStore('titleTables');
    writes.push(titles.clear());
    titleTexts.forEach((text, i) => writes.push(titles.put({ name: titleNames[i]!, text })));
    const info: DatasetInfoRecord = {
      version: meta.version,
      installedAt: now.toISOString(),
      cells: packed.count,
      sources: meta.sources.map((s) => ({ name: s.name, year: s.year, licence: s.licence })),
    };
    writes.push(tx.objectStore('meta').put({ key: DATASET_META_KEY, value: meta }));
    writes.push(tx.objectStore('meta').put({ key: DATASET_INFO_KEY, value: info }));
    writes.push(tx.objectStore('estimates').clear());
    await Promise.all(writes);
    await tx.done;
  } catch (error) {
    // All or nothing: a failed write (a full disk, a bad row) must not leave half a dataset.
    for (const w of writes) w.catch(() => undefined);
    try {
      tx.abort();
    } catch {
      // already aborted by the browser
    }
    await tx.done.catch(() => undefined);
    throw error;
  }
  metaCache = null;
  groupCache = null;
  crowdCache = null;
  titlesCache = null;
  return true;
}

/** A family's cells by key, read once per worker lifetime (cleared by an install). */
let groupCache: { db: IDBPDatabase<PayLensDB>; groups: Map<string, Promise<Map<string, DatasetCell>>> } | null = null;

function familyCells(db: IDBPDatabase<PayLensDB>, family: string): Promise<Map<string, DatasetCell>> {
  if (!groupCache || groupCache.db !== db) groupCache = { db, groups: new Map() };
  let group = groupCache.groups.get(family);
  if (!group) {
    group = db.get('cellGroups', family).then((g) => {
      const cells = new Map<string, DatasetCell>();
      if (!g || typeof g.rows !== 'string') return cells;
      for (const r of JSON.parse(g.rows) as CellRow[]) {
        const c = rowToCell(r, g.asOf);
        cells.set(c.key, c);
      }
      return cells;
    });
    groupCache.groups.set(family, group);
  }
  return group;
}

/** The installed title tables, parsed once per worker lifetime (cleared by an install). */
let titlesCache: { db: IDBPDatabase<PayLensDB>; lookup: Promise<TitleLookup | null> } | null = null;

/**
 * The dataset's title tables from IndexedDB (null when none are installed): what the background's
 * normaliser reads titles outside the role-family rules with.
 */
export function installedTitles(db: IDBPDatabase<PayLensDB>): Promise<TitleLookup | null> {
  if (!titlesCache || titlesCache.db !== db) {
    const lookup = db.getAll('titleTables').then((records) => {
      if (!records.length) return null;
      const files = records.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).map((r) => JSON.parse(r.text) as TitlesFile);
      return titleLookup(files, familyForSoc);
    });
    titlesCache = { db, lookup };
    lookup.catch(() => {
      if (titlesCache?.lookup === lookup) titlesCache = null;
    });
  }
  return titlesCache.lookup;
}

/** Crowd cells by family (sharing on), read once per worker lifetime; cleared by a pull. */
let crowdCache: { db: IDBPDatabase<PayLensDB>; groups: Map<string, Promise<Map<string, DatasetCell>>> } | null = null;

export function forgetCrowdCells(): void {
  crowdCache = null;
}

function crowdFamilyCells(db: IDBPDatabase<PayLensDB>, family: string): Promise<Map<string, DatasetCell>> {
  if (!crowdCache || crowdCache.db !== db) crowdCache = { db, groups: new Map() };
  let group = crowdCache.groups.get(family);
  if (!group) {
    group = db.get('crowdCells', family).then((g) => new Map((g?.cells ?? []).map((c) => [c.key, c])));
    crowdCache.groups.set(family, group);
  }
  return group;
}

/**
 * A dataset cell and a crowd cell at the same key, pooled: quartiles weighted by their salaries
 * (in log space, the dataset cell's currency), counts added, both sources credited. An official
 * statistic is never replaced or moved by shared salaries.
 */
export function pooledCell(dataset: DatasetCell | undefined, crowd: DatasetCell | undefined, logRate: (from: string, to: string) => number): DatasetCell | undefined {
  if (!crowd) return dataset;
  if (!dataset) return crowd;
  if (dataset.kind !== 'salaries' || dataset.n === null || crowd.n === null) return dataset;
  const shift = logRate(crowd.currency, dataset.currency);
  const w1 = dataset.n;
  const w2 = crowd.n;
  const mix = (a: number, b: number) => (w1 * a + w2 * (b + shift)) / (w1 + w2);
  return {
    ...dataset,
    logP25: mix(dataset.logP25, crowd.logP25),
    logP50: mix(dataset.logP50, crowd.logP50),
    logP75: mix(dataset.logP75, crowd.logP75),
    n: w1 + w2,
    nEff: (dataset.nEff ?? w1) + (crowd.nEff ?? w2),
    sources: [...new Set([...dataset.sources, ...crowd.sources])],
  };
}

/**
 * A CellSource over the `cellGroups` store: one read per role family, then memory. With
 * `crowd` (sharing on) the pulled crowd cells join it, credited to their own source.
 */
export function idbCellSource(db: IDBPDatabase<PayLensDB>, options: { crowd?: boolean } = {}): CellSource {
  const family = (key: string) => key.slice(0, key.indexOf('|'));
  const datasetMeta = () => {
    if (!metaCache || metaCache.db !== db) {
      metaCache = { db, meta: db.get('meta', DATASET_META_KEY).then((r) => r?.value as DatasetMeta | undefined) };
    }
    return metaCache.meta;
  };
  const plainGet = async (key: string) => (await familyCells(db, family(key))).get(key);
  if (!options.crowd) {
    return { get: plainGet, getMany: (keys) => Promise.all(keys.map(plainGet)), meta: datasetMeta };
  }
  const meta = async (): Promise<DatasetMeta | undefined> => {
    const m = await datasetMeta();
    return m ? { ...m, sources: [...m.sources, CROWD_SOURCE] } : m;
  };
  const get = async (key: string) => {
    const [dataset, crowd] = await Promise.all([plainGet(key), crowdFamilyCells(db, family(key)).then((g) => g.get(key))]);
    if (!crowd) return dataset;
    const m = await datasetMeta();
    const index = m?.sources.length ?? 0;
    const credited = { ...crowd, sources: [index] };
    return pooledCell(dataset, credited, (from, to) => {
      const r = convertCurrency(1, from, to, m?.rateYear);
      return r && r > 0 ? Math.log(r) : 0;
    });
  };
  return { get, getMany: (keys) => Promise.all(keys.map(get)), meta };
}

/**
 * The cache key of an estimate: what it depends on — the normalised query (not the page's raw
 * text: "Sr. Engineer" and "Senior Engineer" in the same place share an entry), the dataset
 * version and the display settings. Answers that include the user's own salaries are never cached.
 */
export function estimateCacheKey(
  query: ResolvedQuery,
  datasetVersion: string,
  options: EstimateOptions = {},
  crowdVersion: number | null = null,
): string {
  return JSON.stringify([datasetVersion, crowdVersion, ...queryKey(query), options.displayCurrency ?? null, options.displayPeriod ?? null]);
}

/** Cached estimates older than this are computed again (and pruned). */
export const ESTIMATE_TTL_MS = 7 * 24 * 3600 * 1000;
/** At most this many cached estimates are kept; the oldest go first. */
export const ESTIMATE_CACHE_MAX = 2_000;

/** The cached entry (estimate and, when kept, its badge text) if fresh and of this dataset version. */
export async function getCachedEntry(
  db: IDBPDatabase<PayLensDB>,
  key: string,
  datasetVersion: string,
  now: number = Date.now(),
): Promise<Pick<CachedEstimate, 'estimate' | 'text' | 'createdAt'> | null> {
  const hit = await db.get('estimates', key);
  return hit && hit.datasetVersion === datasetVersion && now - hit.createdAt < ESTIMATE_TTL_MS ? hit : null;
}

export async function getCachedEstimate(
  db: IDBPDatabase<PayLensDB>,
  key: string,
  datasetVersion: string,
  now: number = Date.now(),
): Promise<Estimate | null> {
  const hit = await db.get('estimates', key);
  return hit && hit.datasetVersion === datasetVersion && now - hit.createdAt < ESTIMATE_TTL_MS ? hit.estimate : null;
}

export async function putCachedEstimate(
  db: IDBPDatabase<PayLensDB>,
  key: string,
  estimate: Estimate,
  datasetVersion: string,
  now: number = Date.now(),
  text?: CachedEstimate['text'],
): Promise<void> {
  const record: CachedEstimate = { key, estimate, datasetVersion, createdAt: now, ...(text ? { text } : {}) };
  await db.put('estimates', record);
}

/**
 * Drop expired entries, then the oldest beyond ESTIMATE_CACHE_MAX. One transaction over the
 * `byCreatedAt` index (oldest first); returns how many were deleted.
 */
export async function pruneEstimateCache(db: IDBPDatabase<PayLensDB>, now: number = Date.now(), max = ESTIMATE_CACHE_MAX): Promise<number> {
  const tx = db.transaction('estimates', 'readwrite');
  const store = tx.store;
  const count = await store.count();
  let excess = Math.max(0, count - max);
  let deleted = 0;
  let cursor = await store.index('byCreatedAt').openCursor();
  while (cursor) {
    const expired = now - cursor.value.createdAt >= ESTIMATE_TTL_MS;
    if (!expired && excess <= 0) break;
    await cursor.delete();
    deleted++;
    excess--;
    cursor = await cursor.continue();
  }
  await tx.done;
  return deleted;
}
