/**
 * Sharing in the background: wires the queue and the pull (sync.ts) to the settings, the alarm
 * and the messages. Nothing here runs, and no request is made, while sharing is off.
 */
import { browser } from 'wxt/browser';
import { getDb } from '../db/index';
import { listSubmissions } from '../db/submissions';
import { forgetCrowdCells } from '../estimate/idb';
import { ensureDataset } from '../estimate/service';
import type { Submission } from '../schemas';
import { getSettings, localeRegion } from '../settings';
import { crowdConfig, crowdConfigItem } from './config';
import { coarsen, type WireSubmission } from './record';
import { CROWD_META_KEY, enqueueDeleteAll, enqueueSubmission, flushQueue, pullCells, type CrowdMeta, type FlushResult } from './sync';

export const CROWD_ALARM = 'paylens-crowd';

const userCountry = () => localeRegion(navigator.language);

async function transport() {
  const { serviceUrl, token } = await crowdConfig();
  return { fetch: (input: RequestInfo | URL, init?: RequestInit) => fetch(input, init), serviceUrl, token };
}

let flushing: Promise<FlushResult | null> | null = null;
let flushAgain = false;

/**
 * Send what is queued, if sharing is on. One flush at a time: a call while one runs makes it run
 * once more after (two flushes at once would send the same record twice).
 */
export function flushIfSharing(): Promise<FlushResult | null> {
  if (flushing) {
    flushAgain = true;
    return flushing;
  }
  flushing = (async () => {
    let result: FlushResult | null = null;
    do {
      flushAgain = false;
      if (!(await getSettings()).sharing) return null;
      result = await flushQueue(await getDb(), await transport());
    } while (flushAgain);
    return result;
  })().finally(() => {
    flushing = null;
  });
  return flushing;
}

/** A new submission: queued and sent now when sharing is on (the alarm retries what fails). */
export async function shareSubmission(s: Submission): Promise<void> {
  if (!(await getSettings()).sharing) return;
  await enqueueSubmission(await getDb(), s, userCountry());
  // not awaited: the user's save does not wait for the network (the alarm retries what fails)
  void flushIfSharing().catch((error: unknown) => console.warn('PayLens: sharing', error));
}

/** Send the queue and pull the published cells (at most daily unless `force`). */
export async function syncCrowd(force: boolean): Promise<{ flushed: FlushResult; crowd: CrowdMeta | null }> {
  const db = await getDb();
  const t = await transport();
  const flushed = await flushQueue(db, t);
  const version = await ensureDataset();
  const meta = (await db.get('meta', 'datasetMeta'))?.value as { sources: unknown[]; version: string } | undefined;
  await pullCells(db, t, meta?.version === version ? meta.sources.length : 0, { force });
  forgetCrowdCells();
  const crowd = ((await db.get('meta', CROWD_META_KEY))?.value as CrowdMeta | undefined) ?? null;
  return { flushed, crowd };
}

/** Sharing was turned on or off: queue what there is (on), or drop what waits and the crowd cells (off). */
export async function sharingChanged(on: boolean): Promise<void> {
  const db = await getDb();
  if (on) {
    for (const s of await listSubmissions()) await enqueueSubmission(db, s, userCountry());
    await browser.alarms.create(CROWD_ALARM, { periodInMinutes: 60, delayInMinutes: 1 });
    await syncCrowd(true).catch((error: unknown) => console.warn('PayLens: sharing', error));
  } else {
    await browser.alarms.clear(CROWD_ALARM);
    const tx = db.transaction(['crowdQueue', 'crowdCells', 'meta', 'estimates'], 'readwrite');
    await tx.objectStore('crowdQueue').clear();
    await tx.objectStore('crowdCells').clear();
    await tx.objectStore('meta').delete(CROWD_META_KEY);
    await tx.objectStore('estimates').clear();
    await tx.done;
    forgetCrowdCells();
  }
}

/** What sharing sends, record by record (shown in options before it is turned on). */
export async function sharingPreview(): Promise<{ serviceUrl: string; records: ({ id: string; record: WireSubmission } | { id: string; reason: string })[] }> {
  const { serviceUrl } = await crowdConfigItem.getValue();
  const records = (await listSubmissions()).map((s) => {
    const c = coarsen(s, userCountry());
    return c.ok ? { id: s.id, record: c.record } : { id: s.id, reason: c.reason };
  });
  return { serviceUrl, records };
}

/** "Delete what I shared": queued until the service confirms, even across restarts. */
export async function deleteShared(): Promise<FlushResult> {
  const db = await getDb();
  await enqueueDeleteAll(db);
  return flushQueue(db, await transport());
}
