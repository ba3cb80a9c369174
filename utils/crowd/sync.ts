/**
 * Sharing, in the background (only while the user has it on): the send queue and the pull of
 * published crowd cells. The queue lives in IndexedDB, so a record survives the worker being
 * stopped and offline periods; a send that may or may not have arrived is simply sent again — the
 * service keeps one record per install token per cell and year, so a repeat replaces, never adds.
 * Crowd cells are pulled at most daily (or on `syncCrowd`) and stored as their own source.
 */
import type { IDBPDatabase } from 'idb';
import type { CellGroup, CrowdQueueItem, DatasetCell, PayLensDB } from '../db/index';
import { dataLevelOf } from '../estimate/levels';
import { cellKey, geoKey, type DatasetSource } from '../estimate/types';
import { normalizeLocation } from '../normalize/location';
import type { Submission } from '../schemas';
import { coarsen } from './record';

export const CROWD_META_KEY = 'crowd';
/** Crowd cells are pulled at most this often (unless asked: syncCrowd). */
export const PULL_EVERY_MS = 24 * 3600 * 1000;
const DELETE_ALL_ID = '~delete-all';
const MAX_BACKOFF_MS = 6 * 3600 * 1000;

/** The source crowd cells are credited to (appended to the dataset's sources while sharing is on). */
export const CROWD_SOURCE: DatasetSource = {
  id: 'crowd',
  name: 'Salaries shared by PayLens users',
  year: new Date().getUTCFullYear(),
  licence: 'aggregates of at least 5 contributors',
  kind: 'salaries',
  url: '',
  attribution: 'Shared anonymously by PayLens users',
};

export interface CrowdMeta {
  version: number;
  asOf: string;
  pulledAt: number;
  cells: number;
}

export interface Transport {
  fetch: typeof fetch;
  serviceUrl: string;
  token: string;
}

/** Queue a submission's coarsened record; false when it cannot be shared (no place, no years…). */
export async function enqueueSubmission(db: IDBPDatabase<PayLensDB>, s: Submission, userCountry: string | null, now = Date.now()): Promise<boolean> {
  const c = coarsen(s, userCountry, new Date(now));
  if (!c.ok) return false;
  const item: CrowdQueueItem = { id: s.id, op: 'submit', body: c.record, attempts: 0, nextAt: 0, lastError: null };
  await db.put('crowdQueue', item);
  return true;
}

/** The public range of a posting seen, as the service's POST /v1/postings takes it (server/wire.ts PostingBody). */
export interface WirePosting {
  employer: string;
  employerId: string | null;
  title: string;
  family: string | null;
  soc: string | null;
  level: string | null;
  country: string;
  area: string | null;
  min: number | null;
  max: number | null;
  currency: string;
  period: 'hour' | 'day' | 'week' | 'month' | 'year';
  /** YYYY-MM: kept to the month */
  date: string;
  /** SHA-256 hex of the job key: one row per posting however many browsers report it */
  jobKeyHash: string;
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * A posting's published range as the send queue holds it (public data, sent only while sharing
 * is on), or null when it has no range to send. Nothing of the page but employer, title, role,
 * place, range and month; the job key only as a hash. Computed before the transaction that
 * queues it (utils/estimate/posted-seen.ts `rememberSeen`): hashing is not an IndexedDB request.
 */
export async function postingQueueItem(
  p: { jobKey: string; employer: string; employerId: string | null; title: string; family: string | null; soc: string | null; level: string | null; country: string | null; area: string | null; min: number | null; max: number | null; currency: string | null; period: WirePosting['period'] | null; date: string },
): Promise<CrowdQueueItem | null> {
  if (!p.country || !p.currency || !p.period || (p.min === null && p.max === null)) return null;
  const jobKeyHash = await sha256Hex(p.jobKey);
  const body: WirePosting = {
    employer: p.employer.slice(0, 200),
    employerId: p.employerId,
    title: p.title.slice(0, 200),
    family: p.family,
    soc: p.soc,
    level: p.level,
    country: p.country,
    area: p.area,
    min: p.min,
    max: p.max,
    currency: p.currency,
    period: p.period,
    date: p.date.slice(0, 7),
    jobKeyHash,
  };
  return { id: `posting:${jobKeyHash}`, op: 'posting', body, attempts: 0, nextAt: 0, lastError: null };
}

/** Forget every queued send and queue "delete everything this browser shared". */
export async function enqueueDeleteAll(db: IDBPDatabase<PayLensDB>): Promise<void> {
  const tx = db.transaction('crowdQueue', 'readwrite');
  await tx.store.clear();
  await tx.store.put({ id: DELETE_ALL_ID, op: 'deleteAll', body: null, attempts: 0, nextAt: 0, lastError: null });
  await tx.done;
}

export interface FlushResult {
  sent: number;
  /** refused by the service (a bad record): dropped, with the reason kept */
  refused: number;
  /** still queued (offline, rate-limited, server error): tried again later */
  waiting: number;
}

/** Send what is due. Never throws for a network failure: the item waits with a backoff. */
export async function flushQueue(db: IDBPDatabase<PayLensDB>, t: Transport, now = Date.now()): Promise<FlushResult> {
  const items = (await db.getAll('crowdQueue')).sort((a, b) => (a.op === 'deleteAll' ? -1 : b.op === 'deleteAll' ? 1 : 0));
  const result: FlushResult = { sent: 0, refused: 0, waiting: 0 };
  for (const item of items) {
    if (item.nextAt > now) {
      result.waiting++;
      continue;
    }
    let status = 0;
    let error: string | null = null;
    try {
      const response =
        item.op === 'posting'
          ? await t.fetch(`${t.serviceUrl}/v1/postings`, {
              method: 'POST',
              headers: { authorization: `Bearer ${t.token}`, 'content-type': 'application/json' },
              body: JSON.stringify({ postings: [item.body] }),
            })
          : await t.fetch(`${t.serviceUrl}/v1/submissions`, {
              method: item.op === 'deleteAll' ? 'DELETE' : 'POST',
              headers: { authorization: `Bearer ${t.token}`, ...(item.op === 'submit' ? { 'content-type': 'application/json' } : {}) },
              body: item.op === 'submit' ? JSON.stringify(item.body) : undefined,
            });
      status = response.status;
      if (!response.ok) error = `${status} ${(await response.text().catch(() => '')).slice(0, 300)}`;
    } catch (e) {
      error = `offline or unreachable: ${String((e as Error)?.message ?? e)}`;
    }
    if (status >= 200 && status < 300) {
      await db.delete('crowdQueue', item.id);
      result.sent++;
    } else if (status === 400 || status === 413) {
      await db.delete('crowdQueue', item.id);
      await db.put('meta', { key: 'crowdRefused', value: { id: item.id, error, at: now } });
      result.refused++;
    } else {
      const attempts = item.attempts + 1;
      await db.put('crowdQueue', { ...item, attempts, nextAt: now + Math.min(MAX_BACKOFF_MS, 30_000 * 2 ** (attempts - 1)), lastError: error });
      result.waiting++;
    }
  }
  return result;
}

interface WireCell {
  family: string | null;
  soc: string | null;
  level: string;
  country: string;
  area: string | null;
  company: string | null;
  basis: 'base' | 'total';
  contributors: number;
  n: number;
  p25: number;
  p50: number;
  p75: number;
  currency: string;
  period: 'year';
}

/**
 * A published crowd cell as a dataset cell, at the key the estimator's walk reads for that place:
 * the country (`c:IN`), a metro outside the US (`m:IN:Bengaluru`), or a US metro's DOL wage area
 * (`m:41860`, where the cell refines the area's statistic) — and with the employer's id as the
 * company part when the cell is one employer's. A US area outside any wage area is not used.
 */
export function crowdCellOf(c: WireCell, sourceIndex: number, asOf: string): DatasetCell | null {
  if (!c.family || !(c.p25 > 0 && c.p50 > 0 && c.p75 > 0) || !(c.contributors >= 5)) return null;
  const level = dataLevelOf(c.level);
  if (level === null) return null;
  let geo = geoKey.country(c.country);
  if (c.area) {
    const place = normalizeLocation(c.area, c.country);
    if (place.country !== c.country) return null;
    if (c.country === 'US') {
      if (!place.wageArea) return null;
      geo = geoKey.metro(place.wageArea);
    } else {
      const name = place.metro ?? place.city;
      if (!name) return null;
      geo = geoKey.city(c.country, name);
    }
  }
  const company = c.company || '';
  return {
    key: cellKey(c.family, level, geo, company, c.basis),
    family: c.family,
    level,
    geo,
    company: company || null,
    basis: c.basis,
    kind: 'salaries',
    logP25: Math.log(c.p25),
    logP50: Math.log(c.p50),
    logP75: Math.log(c.p75),
    currency: c.currency,
    n: c.contributors,
    nEff: c.contributors,
    sources: [sourceIndex],
    asOf,
  };
}

/**
 * The walk reads a place's all-levels cell first (a level's figure is shrunk towards it): where
 * the service publishes only level cells for a place, their pooled all-levels cell is added
 * (quartiles weighted by contributors, in log space; they share a currency per country).
 */
export function withAllLevels(cells: DatasetCell[]): DatasetCell[] {
  const have = new Set(cells.map((c) => c.key));
  const pools = new Map<string, DatasetCell[]>();
  for (const c of cells) {
    if (c.level === '*') continue;
    const key = cellKey(c.family, '*', c.geo, c.company ?? '', c.basis);
    if (have.has(key)) continue;
    const pool = pools.get(key) ?? [];
    pool.push(c);
    pools.set(key, pool);
  }
  const added: DatasetCell[] = [];
  for (const [key, pool] of pools) {
    const same = pool.filter((c) => c.currency === pool[0]!.currency);
    const n = same.reduce((t, c) => t + (c.n ?? 0), 0);
    const mean = (f: (c: DatasetCell) => number) => same.reduce((t, c) => t + (c.n ?? 0) * f(c), 0) / n;
    added.push({ ...same[0]!, key, level: '*', n, nEff: n, logP25: mean((c) => c.logP25), logP50: mean((c) => c.logP50), logP75: mean((c) => c.logP75) });
  }
  return [...cells, ...added];
}

/**
 * Pull the published cells (at most daily unless `force`) and replace the stored crowd cells.
 * Returns the stored meta, or null when nothing was pulled.
 */
export async function pullCells(
  db: IDBPDatabase<PayLensDB>,
  t: Pick<Transport, 'fetch' | 'serviceUrl'>,
  sourceIndex: number,
  { now = Date.now(), force = false } = {},
): Promise<CrowdMeta | null> {
  const previous = (await db.get('meta', CROWD_META_KEY))?.value as CrowdMeta | undefined;
  if (!force && previous && now - previous.pulledAt < PULL_EVERY_MS) return null;
  // revalidate (ETag) rather than take the HTTP cache's copy: the bare URL may be cached 5 minutes
  const response = await t.fetch(`${t.serviceUrl}/v1/cells`, { headers: { accept: 'application/json' }, cache: 'no-cache' });
  if (!response.ok) throw new Error(`the sharing service answered ${response.status}`);
  const body = (await response.json()) as { version?: unknown; asOf?: unknown; cells?: unknown };
  if (typeof body.version !== 'number' || !Array.isArray(body.cells)) throw new Error('the sharing service sent an answer PayLens cannot read');
  const asOf = typeof body.asOf === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(body.asOf) ? body.asOf : new Date(now).toISOString().slice(0, 10);
  const groups = new Map<string, DatasetCell[]>();
  for (const raw of body.cells.slice(0, 100_000) as WireCell[]) {
    const cell = raw && typeof raw === 'object' ? crowdCellOf(raw, sourceIndex, asOf) : null;
    if (!cell) continue;
    const group = groups.get(cell.family) ?? [];
    group.push(cell);
    groups.set(cell.family, group);
  }
  for (const [family, cells] of groups) groups.set(family, withAllLevels(cells));
  const meta: CrowdMeta = { version: body.version, asOf, pulledAt: now, cells: [...groups.values()].reduce((n, g) => n + g.length, 0) };
  const tx = db.transaction(['crowdCells', 'meta', 'estimates'], 'readwrite');
  await tx.objectStore('crowdCells').clear();
  for (const [family, cells] of groups) await tx.objectStore('crowdCells').put({ family, cells } satisfies CellGroup);
  await tx.objectStore('meta').put({ key: CROWD_META_KEY, value: meta });
  // figures may have changed
  await tx.objectStore('estimates').clear();
  await tx.done;
  return meta;
}
