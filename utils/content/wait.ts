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

/**
 * Resolve true on the next DOM change (at least `minGapMs` from now, coalesced), false on
 * timeout or abort.
 */
export function waitForChange(
  root: Document,
  { signal, timeoutMs, minGapMs }: { signal: AbortSignal; timeoutMs: number; minGapMs: number },
): Promise<boolean> {
  if (signal.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const started = performance.now();
    let gapTimer: ReturnType<typeof setTimeout> | null = null;
    const finish = (changed: boolean) => {
      observer.disconnect();
      clearTimeout(timer);
      if (gapTimer) clearTimeout(gapTimer);
      signal.removeEventListener('abort', onAbort);
      resolve(changed);
    };
    const onAbort = () => finish(false);
    const observer = new MutationObserver(() => {
      if (gapTimer) return;
      const wait = Math.max(0, minGapMs - (performance.now() - started));
      gapTimer = setTimeout(() => finish(true), wait);
    });
    observer.observe(root.documentElement, { childList: true, subtree: true, characterData: true });
    const timer = setTimeout(() => finish(false), timeoutMs);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
