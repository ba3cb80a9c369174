/**
 * Posted ranges as evidence: every posting PayLens answers with a plausible published range is
 * kept (IndexedDB `postingsSeen`, public data only — employer, role, place, range, date; no page
 * content), de-duplicated by job key, so the popup can say "this employer posts ₹18–26 LPA for
 * similar roles (3 postings seen)". It sits beside the market figure with its own label and never
 * moves it. It is a trace of the user's browsing: read for extension pages only.
 */
import type { IDBPDatabase } from 'idb';
import type { CrowdQueueItem, PayLensDB, SeenPosting } from '../db/index';
import { annualize, convertCurrency } from '../normalize/currency';
import type { ResolvedQuery } from '../normalize/posting';
import type { EmployerPosted, JobPosting } from '../schemas';

/** At most this many postings are kept; the least recently seen go first. */
export const SEEN_POSTINGS_MAX = 5_000;

/** The record to keep for a posting, or null when it has nothing to keep (no range, employer or role). */
export function seenRecord(posting: JobPosting, query: ResolvedQuery, now: number): SeenPosting | null {
  const p = query.postedSalary;
  if (!p || !p.currency || !query.companyId || !query.family || p.flags.includes('estimate')) return null;
  const lo = p.min ?? p.max;
  const hi = p.max ?? p.min;
  if (lo === null || hi === null) return null;
  const period = p.period ?? 'year';
  return {
    jobKey: posting.jobKey,
    companyId: query.companyId,
    companyName: query.companyName ?? posting.company ?? query.companyId,
    family: query.family,
    level: query.level,
    title: posting.title.slice(0, 200),
    country: query.place.country,
    metro: query.place.metro,
    annualMin: annualize(lo, period),
    annualMax: annualize(hi, period),
    currency: p.currency,
    datePosted: posting.datePosted?.slice(0, 10) ?? null,
    seenAt: now,
  };
}

/**
 * Keep (or refresh) a seen posting; prune the oldest past the cap now and then. With `share`
 * (sharing on: the posting's range as the send queue takes it), queue it for the sharing service
 * once per posting and range, never what was seen before sharing was on. The check and both
 * writes are one transaction, so two answers for the same posting at once (a re-render, two
 * tabs) queue it once: the second sees the first's `sharedAt`. Returns whether it queued.
 */
export async function rememberSeen(db: IDBPDatabase<PayLensDB>, record: SeenPosting, share: CrowdQueueItem | null = null): Promise<boolean> {
  const tx = db.transaction(['postingsSeen', 'crowdQueue'], 'readwrite');
  const store = tx.objectStore('postingsSeen');
  const before = await store.get(record.jobKey);
  const sameRange = !!before && before.annualMin === record.annualMin && before.annualMax === record.annualMax && before.currency === record.currency;
  const queue = !!share && !(sameRange && before?.sharedAt !== undefined);
  const sharedAt = queue ? record.seenAt : sameRange ? before?.sharedAt : undefined;
  await store.put(sharedAt === undefined ? record : { ...record, sharedAt });
  if (queue) await tx.objectStore('crowdQueue').put(share!);
  if (record.seenAt % 50 === 0 || (await store.count()) > SEEN_POSTINGS_MAX) {
    let excess = (await store.count()) - SEEN_POSTINGS_MAX;
    let cursor = excess > 0 ? await store.index('bySeenAt').openCursor() : null;
    while (cursor && excess-- > 0) {
      await cursor.delete();
      cursor = await cursor.continue();
    }
  }
  await tx.done;
  return queue;
}

/** What the employer posts for this role family, in `currency` (gross annual), or null when nothing was seen. */
export async function employerPosted(db: IDBPDatabase<PayLensDB>, query: ResolvedQuery, currency: string): Promise<EmployerPosted | null> {
  if (!query.companyId || !query.family) return null;
  const seen = await db.getAllFromIndex('postingsSeen', 'byEmployerRole', [query.companyId, query.family]);
  let min = Infinity;
  let max = -Infinity;
  let lastSeen = '';
  let postings = 0;
  for (const s of seen) {
    const lo = convertCurrency(s.annualMin, s.currency, currency);
    const hi = convertCurrency(s.annualMax, s.currency, currency);
    if (lo === null || hi === null) continue;
    postings++;
    min = Math.min(min, lo);
    max = Math.max(max, hi);
    const day = s.datePosted ?? new Date(s.seenAt).toISOString().slice(0, 10);
    if (day > lastSeen) lastSeen = day;
  }
  if (!postings) return null;
  return { company: seen[0]!.companyName, family: query.family, postings, min, max, currency, lastSeen };
}
