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
