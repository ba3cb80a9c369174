/** Read the dataset files of a directory (public/data) under Node: the meta, then its cells files. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mergeCellsFiles, META_FILE, type CellsFile } from '../../utils/estimate/dataset-file';
import type { DatasetMeta } from '../../utils/estimate/types';

export function readDataset(dir: string): { cells: CellsFile; meta: DatasetMeta } {
  const meta = JSON.parse(readFileSync(join(dir, META_FILE), 'utf8')) as DatasetMeta;
  const cells = mergeCellsFiles(meta.cellFiles.map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as CellsFile));
  return { cells, meta };
}
