/**
 * Wait for a selector to match, with a timeout and an abort signal. One MutationObserver, its
 * callback coalesced to one querySelector per animation frame however fast the page mutates.
 */
export function waitForElement(
  root: Document,
  selector: string,
  { signal, timeoutMs }: { signal: AbortSignal; timeoutMs: number },
): Promise<Element | null> {
  const found = root.querySelector(selector);
  if (found || signal.aborted) return Promise.resolve(signal.aborted ? null : found);
  return new Promise((resolve) => {
    let scheduled = false;
    const finish = (el: Element | null) => {
      observer.disconnect();
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      resolve(el);
    };
    const onAbort = () => finish(null);
    const check = () => {
      scheduled = false;
      const el = root.querySelector(selector);
      if (el) finish(el);
    };
    const observer = new MutationObserver(() => {
      if (scheduled) return;
      scheduled = true;
      requestAnimationFrame(check);
    });
    observer.observe(root.documentElement, { childList: true, subtree: true });
    const timer = setTimeout(() => finish(root.querySelector(selector)), timeoutMs);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
