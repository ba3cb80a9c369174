/**
 * The user's own salary submissions, stored locally in IndexedDB (background only). Each is
 * checked (utils/submission-check.ts), normalised once (where it belongs: family, level,
 * company, place) and stored under its form-made `clientId`, so saving the same entry twice —
 * a retry after the worker stopped mid-reply — stores it once.
 */
import { normalizeSubmission } from '../normalize/posting';
import type { TitleLookup } from '../normalize/title-lookup';
import type { Submission, SubmissionInput } from '../schemas';
import { checkSubmission, SubmissionError } from '../submission-check';
import { getDb } from './index';

export async function addSubmission(input: SubmissionInput, now = new Date(), userCountry: string | null = null, titles: TitleLookup | null = null): Promise<Submission> {
  const { annualBase, annualTotal } = checkSubmission(input);
  const submission: Submission = {
    ...input,
    id: input.clientId,
    createdAt: now.toISOString(),
    annualBase,
    annualTotal,
    resolved: normalizeSubmission(input, userCountry, titles),
  };
  const db = await getDb();
  const tx = db.transaction('submissions', 'readwrite');
  const existing = await tx.store.get(submission.id);
  if (existing) {
    await tx.done;
    return existing;
  }
  await tx.store.put(submission);
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
  const tx = db.transaction('submissions', 'readwrite');
  const existing = await tx.store.getKey(id);
  if (existing !== undefined) await tx.store.delete(id);
  await tx.done;
  return existing !== undefined;
}

/** Replace one submission's fields (checked and normalised again; its id and creation time stay). Null when there is none. */
export async function updateSubmission(id: string, input: SubmissionInput, userCountry: string | null = null, titles: TitleLookup | null = null): Promise<Submission | null> {
  const { annualBase, annualTotal } = checkSubmission(input);
  const resolved = normalizeSubmission(input, userCountry, titles);
  const db = await getDb();
  const tx = db.transaction('submissions', 'readwrite');
  const existing = await tx.store.get(id);
  let updated: Submission | null = null;
  if (existing) {
    updated = { ...input, id, createdAt: existing.createdAt, annualBase, annualTotal, resolved };
    await tx.store.put(updated);
  }
  await tx.done;
  return updated;
}

/** An imported row: a submission's fields, with its id and creation time when the file has them. */
export type ImportedSubmission = SubmissionInput & { id?: string; createdAt?: string };

/** A row of an import that failed the checks: which row (1-based) and which field. */
export class ImportRowError extends Error {
  constructor(
    readonly row: number,
    readonly field: string,
    message: string,
  ) {
    super(`Row ${row}, field ${field}: ${message}`);
  }
}

/**
 * Store every row in ONE transaction: all of them or none. Every row is checked and normalised
 * before the transaction opens (a bad one throws ImportRowError and nothing is written); a failed
 * write aborts the lot. A row with the id of a stored submission replaces it, so importing the
 * same export twice adds nothing.
 */
export async function importSubmissions(
  rows: readonly ImportedSubmission[],
  now = new Date(),
  userCountry: string | null = null,
  titles: TitleLookup | null = null,
): Promise<number> {
  const base = now.getTime();
  const submissions: Submission[] = rows.map((row, i) => {
    const { id, createdAt, ...input } = row;
    let annual: { annualBase: number; annualTotal: number | null };
    try {
      annual = checkSubmission(input);
    } catch (error) {
      if (error instanceof SubmissionError) throw new ImportRowError(i + 1, error.field, error.message);
      throw error;
    }
    return {
      ...input,
      ...annual,
      id: id ?? input.clientId,
      // distinct times keep the file's order in the newest-first list
      createdAt: createdAt ?? new Date(base - i).toISOString(),
      resolved: normalizeSubmission(input, userCountry, titles),
    };
  });
  const db = await getDb();
  const tx = db.transaction('submissions', 'readwrite');
  const writes: Promise<unknown>[] = [];
  try {
    // a put can throw synchronously (a key IndexedDB refuses): that too must abort the lot
    for (const submission of submissions) writes.push(tx.store.put(submission));
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

/**
 * Everything of the user's: their submissions, the postings they were seen with ranges, what
 * waits to be shared and the crowd cells pulled for them, and the estimate cache. Returns how
 * many submissions were deleted. (What was already shared is deleted on the service with
 * "delete what I shared".)
 */
export async function deleteAllSubmissions(): Promise<number> {
  const db = await getDb();
  const tx = db.transaction(['submissions', 'estimates', 'postingsSeen', 'crowdQueue', 'crowdCells', 'meta'], 'readwrite');
  const count = await tx.objectStore('submissions').count();
  await tx.objectStore('submissions').clear();
  await tx.objectStore('estimates').clear();
  await tx.objectStore('postingsSeen').clear();
  await tx.objectStore('crowdQueue').clear();
  await tx.objectStore('crowdCells').clear();
  await tx.objectStore('meta').delete('crowd');
  await tx.objectStore('meta').delete('crowdRefused');
  await tx.done;
  return count;
}
