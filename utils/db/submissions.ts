/**
 * The user's own salary submissions, stored locally in IndexedDB (background only). Each is
 * checked (utils/submission-check.ts), normalised once (where it belongs: family, level,
 * company, place) and stored under its form-made `clientId`, so saving the same entry twice —
 * a retry after the worker stopped mid-reply — stores it once.
 */
import { normalizeSubmission } from '../normalize/posting';
import type { Submission, SubmissionInput } from '../schemas';
import { checkSubmission } from '../submission-check';
import { getDb } from './index';

export async function addSubmission(input: SubmissionInput, now = new Date(), userCountry: string | null = null): Promise<Submission> {
  const { annualBase, annualTotal } = checkSubmission(input);
  const submission: Submission = {
    ...input,
    id: input.clientId,
    createdAt: now.toISOString(),
    annualBase,
    annualTotal,
    resolved: normalizeSubmission(input, userCountry),
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
