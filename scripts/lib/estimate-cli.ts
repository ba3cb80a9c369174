/**
 * Node helpers over the dataset files in public/data: a file-backed CellSource, and
 * `estimateFromArgs` for the CLI (`npm run --silent cli -- estimate --title T --company C
 * --location L [--country CC] [--currency XXX]`).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MemoryCellSource } from '../../utils/estimate/dataset-file';
import { readDataset, readTitles } from './dataset-files';
import type { TitleLookup } from '../../utils/normalize/title-lookup';
import { estimateDetailed } from '../../utils/estimate/estimator';
import { normalizePosting } from '../../utils/normalize/posting';
import type { DatasetMeta, EstimateNotes } from '../../utils/estimate/types';
import type { Estimate, PostedSalary } from '../../utils/schemas';

export const DATA_DIR = resolve(import.meta.dirname, '../../public/data');

const loaded = new Map<string, MemoryCellSource>();
const titlesLoaded = new Map<string, TitleLookup>();

/** The title tables in `dir` (default public/data); loaded once per process. */
export function loadDatasetTitles(dir = DATA_DIR): TitleLookup {
  let titles = titlesLoaded.get(dir);
  if (!titles) titlesLoaded.set(dir, (titles = readTitles(dir)));
  return titles;
}

/** The dataset in `dir` (default public/data) as a CellSource; loaded once per process. */
export function loadDatasetSource(dir = DATA_DIR): MemoryCellSource {
  let source = loaded.get(dir);
  if (!source) {
    const { cells, meta, titles } = readDataset(dir);
    source = MemoryCellSource.fromFiles(cells, meta);
    loaded.set(dir, source);
    titlesLoaded.set(dir, titles);
  }
  return source;
}

export interface EstimateArgs {
  title: string;
  company?: string | null;
  location?: string | null;
  /** ISO country: a hint for the place, and the user's country for remote postings */
  country?: string | null;
  /** display currency (default: the location's local currency) */
  currency?: string | null;
  period?: 'year' | 'month' | 'hour' | null;
  postedSalary?: PostedSalary | null;
  dataDir?: string;
}

/** The Estimate JSON for a title/company/location, from the dataset files. */
export async function estimateFromArgs(args: EstimateArgs): Promise<Estimate> {
  return (await estimateFromArgsDetailed(args)).estimate;
}

export async function estimateFromArgsDetailed(args: EstimateArgs): Promise<{ estimate: Estimate; notes: EstimateNotes }> {
  const source = loadDatasetSource(args.dataDir);
  const country = args.country?.trim().toUpperCase() || null;
  // the same two steps as the background: normalise the posting, then estimate
  const query = normalizePosting(
    { title: args.title, company: args.company ?? null, location: args.location ?? null, siteCountry: country, postedSalary: args.postedSalary ?? null },
    country,
    loadDatasetTitles(args.dataDir),
  );
  return estimateDetailed(query, source, {
    displayCurrency: args.currency?.trim().toUpperCase() || null,
    displayPeriod: args.period ?? null,
  });
}
