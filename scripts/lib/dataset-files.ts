/** Read the dataset files of a directory (public/data) under Node: the meta, then its cells and title files. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mergeCellsFiles, META_FILE, type CellsFile } from '../../utils/estimate/dataset-file';
import type { DatasetMeta } from '../../utils/estimate/types';
import { familyForSoc } from '../../utils/normalize/title';
import { titleLookup, type TitleLookup, type TitlesFile } from '../../utils/normalize/title-lookup';

export function readDataset(dir: string): { cells: CellsFile; meta: DatasetMeta; titles: TitleLookup } {
  const meta = JSON.parse(readFileSync(join(dir, META_FILE), 'utf8')) as DatasetMeta;
  const cells = mergeCellsFiles(meta.cellFiles.map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as CellsFile));
  return { cells, meta, titles: readTitles(dir, meta) };
}

/** The title tables of a dataset directory (none for a dataset built before them). */
export function readTitles(dir: string, meta?: DatasetMeta): TitleLookup {
  const m = meta ?? (JSON.parse(readFileSync(join(dir, META_FILE), 'utf8')) as DatasetMeta);
  const files = (m.titleFiles ?? []).map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as TitlesFile);
  return titleLookup(files, familyForSoc);
}
