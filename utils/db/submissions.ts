/** The user's own salary submissions, stored locally in IndexedDB. */
import type { Submission, SubmissionInput } from '../schemas';
import { getDb } from './index';

export async function addSubmission(input: SubmissionInput, now = new Date()): Promise<Submission> {
  const submission: Submission = { ...input, id: crypto.randomUUID(), createdAt: now.toISOString() };
  const db = await getDb();
  const tx = db.transaction(['submissions', 'estimates'], 'readwrite');
  await tx.objectStore('submissions').add(submission);
  // A new submission can join cells: cached estimates are stale.
  await tx.objectStore('estimates').clear();
  await tx.done;
  return submission;
}

/** Newest first. */
export async function listSubmissions(): Promise<Submission[]> {
  const db = await getDb();
  const all = await db.getAllFromIndex('submissions', 'byCreatedAt');
  return all.reverse();
}

export async function deleteSubmission(id: string): Promise<boolean> {
  const db = await getDb();
  const tx = db.transaction(['submissions', 'estimates'], 'readwrite');
  const existing = await tx.objectStore('submissions').getKey(id);
  if (existing !== undefined) {
    await tx.objectStore('submissions').delete(id);
    await tx.objectStore('estimates').clear();
  }
  await tx.done;
  return existing !== undefined;
}

/** Replace one submission's fields (its id and creation time stay). Null when there is none. */
export async function updateSubmission(id: string, input: SubmissionInput): Promise<Submission | null> {
  const db = await getDb();
  const tx = db.transaction(['submissions', 'estimates'], 'readwrite');
  const existing = await tx.objectStore('submissions').get(id);
  let updated: Submission | null = null;
  if (existing) {
    updated = { ...input, id, createdAt: existing.createdAt };
    await tx.objectStore('submissions').put(updated);
    await tx.objectStore('estimates').clear();
  }
  await tx.done;
  return updated;
}

/** An imported row: a submission's fields, with its id and creation time when the file has them. */
export type ImportedSubmission = SubmissionInput & { id?: string; createdAt?: string };

/**
 * Store every row in ONE transaction: all of them or none (a failed write aborts the lot). A row
 * with the id of a stored submission replaces it, so importing the same export twice adds nothing.
 */
export async function importSubmissions(rows: readonly ImportedSubmission[], now = new Date()): Promise<number> {
  const db = await getDb();
  const tx = db.transaction(['submissions', 'estimates'], 'readwrite');
  const store = tx.objectStore('submissions');
  const base = now.getTime();
  const writes: Promise<unknown>[] = [];
  try {
    // a put can throw synchronously (a key IndexedDB refuses): that too must abort the lot
    rows.forEach((row, i) => {
      const { id, createdAt, ...input } = row;
      const submission: Submission = {
        ...input,
        id: id ?? crypto.randomUUID(),
        // distinct times keep the file's order in the newest-first list
        createdAt: createdAt ?? new Date(base - i).toISOString(),
      };
      writes.push(store.put(submission));
    });
    writes.push(tx.objectStore('estimates').clear());
    await Promise.all(writes);
    await tx.done;
  } catch (error) {
    for (const w of writes) w.catch(() => undefined);
    try {
      tx.abort();
    } catch {
      // already finished or aborted
    }
    await tx.done.catch(() => undefined);
    throw error;
  }
  return rows.length;
}

/** Delete every submission and the estimates cache (they may have used the submissions). */
export async function deleteAllSubmissions(): Promise<number> {
  const db = await getDb();
  const tx = db.transaction(['submissions', 'estimates'], 'readwrite');
  const count = await tx.objectStore('submissions').count();
  await tx.objectStore('submissions').clear();
  await tx.objectStore('estimates').clear();
  await tx.done;
  return count;
}
