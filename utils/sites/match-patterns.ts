/**
 * The known sites' match patterns, as data: each adapter takes its own from here, and the
 * manifest's content-script `matches` is their union. Kept free of imports so that
 * wxt.config.ts can read it without loading the adapters.
 */
export const SITE_MATCHES = {
  greenhouse: [
    'https://boards.greenhouse.io/*',
    'https://job-boards.greenhouse.io/*',
    'https://job-boards.eu.greenhouse.io/*',
  ],
} as const satisfies Record<string, readonly string[]>;

export const contentScriptMatches: string[] = [...new Set(Object.values(SITE_MATCHES).flat())].sort();
