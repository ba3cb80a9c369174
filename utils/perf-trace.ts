/**
 * Timestamps along a badge's path (content script → background → painted), for
 * `npm run bench -- --only badge`'s cold-start breakdown. Only the test build records them
 * (`__PAYLENS_GRANTED_BUILD__`); in a shipped build `traceMark` is an empty function and the
 * host page's performance timeline never sees PayLens.
 *
 * Each mark is a User Timing mark named `paylens:<name>`: in a content script it lands on the
 * page's timeline (the bench reads it from the page), in the service worker on the worker's own
 * (the bench reads it through the DevTools protocol while the worker is still up).
 */
const recording = typeof __PAYLENS_GRANTED_BUILD__ !== 'undefined' && __PAYLENS_GRANTED_BUILD__;

export function traceMark(name: string): void {
  if (!recording) return;
  try {
    performance.mark(`paylens:${name}`);
  } catch {
    // no User Timing here (a test environment): nothing to record
  }
}
