import { describe, expect, it } from 'vitest';
import { getDb } from '../../../utils/db/index';
import { cellToRow, CELL_COLUMNS, type CellsFile } from '../../../utils/estimate/dataset-file';
import { estimate } from '../../../utils/estimate/estimator';
import { normalizePosting } from '../../../utils/normalize/posting';
import { popupSender } from '../helpers/senders';
import {
  estimateCacheKey,
  getCachedEstimate,
  idbCellSource,
  installDataset,
  installedVersion,
  putCachedEstimate,
} from '../../../utils/estimate/idb';
import { handle } from '../../../utils/handlers';
import { cell, meta } from './synthetic';

function files(version: string) {
  const cells = [cell({ geo: 'global', p50: 100_000 }), cell({ geo: 'c:US', p50: 150_000, n: 100_000 })];
  const m = { ...meta(), version };
  const cellsFile: CellsFile = { format: 1, version, asOf: m.asOf, columns: CELL_COLUMNS, rows: cells.map(cellToRow) };
  return { cellsFile, meta: m };
}

describe('dataset in IndexedDB', () => {
  it('installs once per version, and the estimator reads it', async () => {
    const db = await getDb();
    const v1 = files('v1');
    expect(await installDataset(db, v1.cellsFile, v1.meta)).toBe(true);
    expect(await installDataset(db, v1.cellsFile, v1.meta)).toBe(false);
    expect(await installedVersion(db)).toBe('v1');
    const e = await estimate(normalizePosting({ title: 'Software Engineer', company: null, location: 'Remote - U.S.' }), idbCellSource(db));
    expect(e).toMatchObject({ status: 'ok', p50: 150_000, scope: { kind: 'country' } });
  });

  it('getDatasetInfo reports the installed version and its sources', async () => {
    const db = await getDb();
    const v = files('v2');
    await installDataset(db, v.cellsFile, v.meta, new Date('2025-08-01T00:00:00Z'));
    const info = await handle('getDatasetInfo', undefined, popupSender());
    expect(info).toMatchObject({ ok: true, value: { version: 'v2', installedAt: '2025-08-01T00:00:00.000Z', cells: 2 } });
  });

  it('a new version replaces the cells and clears cached estimates', async () => {
    const db = await getDb();
    const v1 = files('v1');
    await installDataset(db, v1.cellsFile, v1.meta);
    const key = estimateCacheKey(normalizePosting({ title: 'Software Engineer' }), 'v1');
    await putCachedEstimate(db, key, { status: 'no-data', reason: 'x', role: null }, 'v1');
    expect(await getCachedEstimate(db, key, 'v1')).not.toBeNull();
    const v2 = files('v2');
    await installDataset(db, v2.cellsFile, v2.meta);
    expect(await getCachedEstimate(db, key, 'v1')).toBeNull();
    expect(await db.count('cellGroups')).toBe(1);
  });
});
