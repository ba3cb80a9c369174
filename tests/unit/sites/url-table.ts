/**
 * Real URL shapes per adapter, positive and negative: one file per adapter in ./urls/<id>.ts
 * exporting `rows`. Every row is checked against every adapter (urls.test.ts).
 */
export interface UrlRow {
  url: string;
  /** the adapter that must claim it (null: no site adapter; the generic one may still run) */
  adapter: string | null;
  /** 'job+listing': a two-pane search page that lists results and shows one job beside them */
  kind: 'job' | 'listing' | 'job+listing' | 'none';
  /** expected jobKey for job rows */
  jobKey?: string;
}

const modules = import.meta.glob<{ rows: UrlRow[] }>('./urls/*.ts', { eager: true });

export const URL_TABLE: Record<string, UrlRow[]> = Object.fromEntries(
  Object.entries(modules).map(([path, mod]) => [path.replace(/^.*\/|\.ts$/g, ''), mod.rows]),
);
