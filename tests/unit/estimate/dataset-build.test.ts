/**
 * The dataset build is reproducible: rebuilding from ../shared/data gives byte-identical files to
 * the committed public/data. Skipped (and says why) where the raw data is not present.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset, readDatasetFiles } from '../../../scripts/lib/dataset/build';
import { MemoryCellSource, mergeCellsFiles, type CellsFile } from '../../../utils/estimate/dataset-file';
import type { DatasetMeta } from '../../../utils/estimate/types';

const ROOT = resolve(import.meta.dirname, '../../..');
const DATA_DIR = resolve(ROOT, '../shared/data');
const OUT_DIR = resolve(ROOT, 'public/data');
const hasRawData = existsSync(DATA_DIR);
const hasDataset = existsSync(resolve(OUT_DIR, 'dataset-meta.json'));

describe('embedded dataset', () => {
  it.skipIf(!hasDataset)('public/data loads, its files agree on the version, and each is under the 5 MB add-on linters parse', () => {
    const files = readDatasetFiles(OUT_DIR);
    const meta = JSON.parse(files.meta) as DatasetMeta;
    for (const text of files.cells) expect(text.length).toBeLessThan(5_000_000);
    const source = MemoryCellSource.fromFiles(mergeCellsFiles(files.cells.map((t) => JSON.parse(t) as CellsFile)), meta);
    expect(source.size).toBeGreaterThan(0);
    expect(files.notice).toContain(meta.version);
    for (const cell of source.cells()) expect(cell.n === null || cell.n >= 5).toBe(true);
  });

  it.skipIf(!hasRawData || !hasDataset)(
    `rebuilds byte-identical from ../shared/data${hasRawData ? '' : ' (skipped: ../shared/data is not present)'}`,
    async () => {
      const result = await buildDataset(DATA_DIR);
      const committed = readDatasetFiles(OUT_DIR);
      const stale = 'public/data differs from a fresh build: run `npm run data:build` (the raw data, the build or the normalisers changed)';
      expect(result.files.meta, stale).toBe(committed.meta);
      expect(result.files.cells.length, stale).toBe(committed.cells.length);
      expect(result.files.cells.every((text, i) => text === committed.cells[i]), stale).toBe(true);
      expect(result.files.notice, stale).toBe(committed.notice);
    },
    300_000,
  );
});
