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
  installedTitles,
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

describe('title tables in IndexedDB', () => {
  const titlesText = (version: string) =>
    JSON.stringify({
      format: 1,
      version,
      socNames: { '17-2121': 'Marine Engineers and Naval Architects' },
      onet: '17-2121\tmarine engineer',
      esco: 'Cashier\tkassierer',
    });

  it('are installed with the cells, and the normaliser reads titles outside the family rules from them', async () => {
    const db = await getDb();
    const v = files('t1');
    const m = { ...v.meta, titleFiles: ['titles-1.json'] };
    expect(await installDataset(db, v.cellsFile, m, new Date(), [titlesText('t1')])).toBe(true);
    const titles = await installedTitles(db);
    expect(normalizePosting({ title: 'Marine Engineer', location: 'Seattle, WA' }, null, titles)).toMatchObject({ family: 'Marine Engineers and Naval Architects', soc: '17-2121' });
    const kassierer = normalizePosting({ title: 'Kassierer (m/w/d)', location: 'Stuttgart' }, null, titles);
    expect(kassierer).toMatchObject({ family: 'Cashier', place: { country: 'DE' } });
    // no cell for cashiers in Germany here: an honest no-data that names the role
    const e = await estimate(kassierer, idbCellSource(db));
    expect(e).toMatchObject({ status: 'no-data', role: { family: 'Cashier' } });
  });

  it('of another version are refused before anything is written', async () => {
    const db = await getDb();
    const v = files('t2');
    const m = { ...v.meta, titleFiles: ['titles-1.json'] };
    await expect(installDataset(db, v.cellsFile, m, new Date(), [titlesText('other')])).rejects.toThrow(/titles file/);
    expect(await installedVersion(db)).toBeNull();
  });
});
