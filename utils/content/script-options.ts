/**
 * The manifest options shared by every PayLens content script. Kept free of imports: WXT loads
 * each entrypoint's options under Node at build time, with its `main` stripped.
 */
interface HasMatches {
  matches: readonly string[];
}

export function jobsScriptOptions(adapters: readonly HasMatches[]) {
  const matches = [...new Set(adapters.flatMap((a) => a.matches))].sort();
  return {
    matches,
    // No matches: registered at run time (scripting.registerContentScripts), not in the manifest.
    registration: matches.length === 0 ? ('runtime' as const) : ('manifest' as const),
    runAt: 'document_end' as const,
    // ATS boards embedded in company pages show the posting inside an iframe.
    allFrames: true,
    // The badge's CSS is inlined into each shadow root: nothing is injected into the page.
    cssInjectionMode: 'manual' as const,
    // WXT's startup window.postMessage carries the extension id to every page script; WXT's
    // document event replaces it (and the page loop does not trust that event alone, lifetime.ts).
    noScriptStartedPostMessage: true,
  };
}
