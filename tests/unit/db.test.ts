import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_NAME, DB_VERSION, getDb } from '../../utils/db/index';
import { listSubmissions } from '../../utils/db/submissions';

describe('IndexedDB upgrade ladder', () => {
  it('creates every store from an empty database', async () => {
    const db = await getDb();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['cellGroups', 'estimates', 'meta', 'submissions']);
    expect([...db.transaction('submissions').store.indexNames]).toEqual(['byCreatedAt']);
  });

  it('upgrades a v1 database and keeps its submissions, converting the old timestamps', async () => {
    // A stored snapshot of the v1 shape: createdAt in epoch ms, no index, no cells/estimates.
    const v1 = await openDB(DB_NAME, 1, {
      upgrade(db) {
        db.createObjectStore('submissions', { keyPath: 'id' });
        db.createObjectStore('meta', { keyPath: 'key' });
      },
    });
    await v1.put('submissions', {
      id: 'a1',
      title: 'Data Analyst',
      company: null,
      location: 'Pune',
      annualBase: 900000,
      annualTotal: null,
      currency: 'INR',
      yearsExperience: 2,
      jobKey: null,
      createdAt: Date.UTC(2025, 0, 15),
    });
    await v1.put('meta', { key: 'firstRun', value: '2025-01-01' });
    v1.close();

    const db = await getDb();
    expect(db.version).toBe(DB_VERSION);
    const list = await listSubmissions();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ id: 'a1', title: 'Data Analyst', createdAt: '2025-01-15T00:00:00.000Z' });
    expect(await db.get('meta', 'firstRun')).toEqual({ key: 'firstRun', value: '2025-01-01' });
    expect(await db.count('cellGroups')).toBe(0);
  });
});
