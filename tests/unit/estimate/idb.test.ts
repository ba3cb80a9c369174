import { describe, expect, it } from 'vitest';
import { getDb } from '../../../utils/db/index';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cellToRow, CELL_COLUMNS, mergeCellsFiles, packCellsFile, packCellsTexts, type CellsFile } from '../../../utils/estimate/dataset-file';
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

  it('read the user\'s own salaries too: a "Kassierer" saved from the popup belongs with Cashier, in Germany', async () => {
    const db = await getDb();
    const v = files('t3');
    await installDataset(db, v.cellsFile, { ...v.meta, titleFiles: ['titles-1.json'] }, new Date(), [titlesText('t3')]);
    const input = {
      clientId: crypto.randomUUID(),
      title: 'Kassierer (m/w/d)',
      company: null,
      location: 'Stuttgart',
      level: 'unknown',
      base: 2_600,
      total: null,
      currency: 'EUR',
      period: 'month',
      yearsExperience: 3,
      jobKey: null,
    };
    const saved = await handle('submitSalary', input, popupSender());
    expect(saved.ok && saved.value.resolved).toMatchObject({ family: 'Cashier', place: { country: 'DE' } });
    const changed = await handle('updateSubmission', { id: input.clientId, input: { ...input, title: 'Marine Engineer', location: 'Seattle, WA', currency: 'USD', base: 9_000 } }, popupSender());
    expect(changed.ok && changed.value.resolved).toMatchObject({ family: 'Marine Engineers and Naval Architects', soc: '17-2121' });
    const imported = await handle('importSubmissions', [{ ...input, clientId: crypto.randomUUID() }], popupSender());
    expect(imported).toMatchObject({ ok: true, value: { imported: 1 } });
    const listed = await handle('listSubmissions', undefined, popupSender());
    expect(listed.ok && listed.value.map((s) => s.resolved?.family).sort()).toEqual(['Cashier', 'Marine Engineers and Naval Architects']);
  });

  it('of another version are refused before anything is written', async () => {
    const db = await getDb();
    const v = files('t2');
    const m = { ...v.meta, titleFiles: ['titles-1.json'] };
    await expect(installDataset(db, v.cellsFile, m, new Date(), [titlesText('other')])).rejects.toThrow(/titles file/);
    expect(await installedVersion(db)).toBeNull();
  });
});

describe('packing the shipped cells files for the install', () => {
  it('groups the rows by family without parsing them, exactly as parsing the files would', () => {
    const dir = resolve(process.cwd(), 'public/data');
    const m = JSON.parse(readFileSync(resolve(dir, 'dataset-meta.json'), 'utf8')) as { cellFiles: string[] };
    const texts = m.cellFiles.map((name) => readFileSync(resolve(dir, name), 'utf8'));
    const fast = packCellsTexts(texts);
    const parsed = packCellsFile(mergeCellsFiles(texts.map((t) => JSON.parse(t) as CellsFile)));
    expect(fast.count).toBe(parsed.count);
    expect(fast.version).toBe(parsed.version);
    expect([...fast.groups.keys()]).toEqual([...parsed.groups.keys()]);
    for (const [family, rows] of parsed.groups) expect(JSON.parse(fast.groups.get(family)!), family).toEqual(JSON.parse(rows));
  });

  it('falls back to parsing a file laid out otherwise', () => {
    const v = files('p1');
    const packed = packCellsTexts([JSON.stringify(v.cellsFile)]);
    expect(packed).toMatchObject({ version: 'p1', count: 2 });
  });
});
