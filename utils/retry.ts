/**
 * A message to the background, sent again when the service worker was not there to answer:
 * Chrome stops it after ~30 s idle (or a test stops it), and a message sent while it stops or
 * before a just-woken worker listens fails ("Could not establish connection") or never returns.
 * The content scripts' badges and the extension pages' first reads use it alike.
 */

/** How long one attempt may wait for its answer. */
export const ANSWER_TIMEOUT_MS = 10_000;
/** Waits before each retry: a stopped service worker takes a moment to come back. */
export const RETRY_DELAYS_MS = [250, 1000, 3000];

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('PayLens did not answer in time')), ANSWER_TIMEOUT_MS)),
  ]);
}

/**
 * Send; if the service worker was stopped mid-request (the port closes, or a just-woken worker
 * is not listening yet), try again after a pause, three times; then the fallback.
 */
export async function retrying<T>(send: () => Promise<T>, fallback: (error: unknown) => T): Promise<T> {
  let last: unknown;
  for (let attempt = 0; attempt <= RETRY_DELAYS_MS.length; attempt++) {
    if (attempt > 0) await new Promise((done) => setTimeout(done, RETRY_DELAYS_MS[attempt - 1]));
    try {
      return await withTimeout(send());
    } catch (error) {
      last = error;
    }
  }
  return fallback(last);
}
