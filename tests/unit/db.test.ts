import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_NAME, DB_VERSION, getDb } from '../../utils/db/index';
import { listSubmissions } from '../../utils/db/submissions';

/** A stored snapshot of an old database: the stores version 3, 5 or 6 had, created as those versions did. */
function openOldShape(version: 3 | 5 | 6) {
  return openDB(DB_NAME, version, {
    upgrade(db) {
      db.createObjectStore('submissions', { keyPath: 'id' }).createIndex('byCreatedAt', 'createdAt');
      db.createObjectStore('meta', { keyPath: 'key' });
      db.createObjectStore('cellGroups', { keyPath: 'family' });
      db.createObjectStore('estimates', { keyPath: 'key' }).createIndex('byCreatedAt', 'createdAt');
      if (version < 5) return;
      const seen = db.createObjectStore('postingsSeen', { keyPath: 'jobKey' });
      seen.createIndex('byEmployerRole', ['companyId', 'family']);
      seen.createIndex('bySeenAt', 'seenAt');
      db.createObjectStore('crowdQueue', { keyPath: 'id' });
      db.createObjectStore('crowdCells', { keyPath: 'family' });
      if (version < 6) return;
      db.createObjectStore('titleTables', { keyPath: 'name' });
    },
  });
}

describe('IndexedDB upgrade ladder', () => {
  it('creates every store from an empty database', async () => {
    const db = await getDb();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['cellGroups', 'crowdCells', 'crowdQueue', 'estimates', 'meta', 'postingsSeen', 'submissions', 'titleTables']);
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
    // v4: the old record reads as a yearly amount of unknown level, under its id as clientId
    expect(list[0]).toMatchObject({ clientId: 'a1', level: 'unknown', period: 'year', base: 900000, total: null, annualBase: 900000 });
    expect(await db.get('meta', 'firstRun')).toEqual({ key: 'firstRun', value: '2025-01-01' });
    expect(await db.count('cellGroups')).toBe(0);
  });
});

describe('v3 → v4', () => {
  it('keeps v3 submissions (yearly, level unknown) and drops cached estimates keyed the old way', async () => {
    // a stored snapshot of the v3 shape
    const v3 = await openOldShape(3);
    await v3.put('submissions', {
      id: 'b2',
      title: 'Product Manager',
      company: null,
      location: 'London',
      annualBase: 72000,
      annualTotal: 80000,
      currency: 'GBP',
      yearsExperience: null,
      jobKey: null,
      createdAt: '2026-03-01T00:00:00.000Z',
    });
    await v3.put('estimates', { key: '["v1","Product Manager",null]', estimate: { status: 'no-data', reason: 'x', role: null }, datasetVersion: 'v1', createdAt: 1 });
    v3.close();
    const db = await getDb();
    expect(await db.count('estimates')).toBe(0);
    const [s] = await listSubmissions();
    expect(s).toMatchObject({ id: 'b2', clientId: 'b2', base: 72000, total: 80000, period: 'year', level: 'unknown', annualTotal: 80000 });
  });
});

describe('v5 → v6', () => {
  it('forgets the installed dataset (its cells were objects, now packed rows) so the packaged one installs again', async () => {
    const v5 = await openOldShape(5);
    await v5.put('cellGroups', { family: 'Software Engineer', cells: [] });
    await v5.put('meta', { key: 'dataset', value: { version: 'old' } });
    await v5.put('meta', { key: 'firstRun', value: '2025-01-01' });
    await v5.put('estimates', { key: 'k', estimate: { status: 'no-data', reason: 'x', role: null }, datasetVersion: 'old', createdAt: 1 });
    v5.close();
    const db = await getDb();
    expect(await db.count('cellGroups')).toBe(0);
    expect(await db.get('meta', 'dataset')).toBeUndefined();
    expect(await db.count('estimates')).toBe(0);
    expect(await db.get('meta', 'firstRun')).toEqual({ key: 'firstRun', value: '2025-01-01' });
    expect(await db.count('titleTables')).toBe(0);
  });
});

describe('v5 → v7 (the nine levels)', () => {
  it('rewrites stored levels onto the nine in one pass, derives each resolved query again, and drops the old estimate cache', async () => {
    // a stored snapshot of the v5 shape: every store, levels of the thirteen-level vocabulary
    const v5 = await openOldShape(5);
    const place = { country: 'US', region: 'north-america', state: 'US-WA', wageArea: '42660', metro: 'Seattle', city: 'Seattle', remote: false };
    const v5Submission = (id: string, title: string, level: string, resolvedLevel: string, createdAt: string) => ({
      id,
      clientId: id,
      title,
      company: null,
      location: 'Seattle, WA',
      level,
      base: 250000,
      total: null,
      currency: 'USD',
      period: 'year',
      yearsExperience: 12,
      jobKey: null,
      createdAt,
      annualBase: 250000,
      annualTotal: null,
      resolved: { family: 'Software Engineer', soc: '15-1252', level: resolvedLevel, levelDefaulted: false, companyId: null, place },
    });
    await v5.put('submissions', v5Submission('s-principal', 'Principal Engineer', 'principal', 'principal', '2026-01-01T00:00:00.000Z'));
    await v5.put('submissions', v5Submission('s-senior-staff', 'Senior Staff Engineer', 'unknown', 'senior_staff', '2026-01-02T00:00:00.000Z'));
    await v5.put('submissions', v5Submission('s-head', 'Head of Data', 'unknown', 'director', '2026-01-03T00:00:00.000Z'));
    await v5.put('submissions', { ...v5Submission('s-sm', 'Senior Manager, Engineering', 'senior_manager', 'senior_manager', '2026-01-04T00:00:00.000Z') });
    await v5.put('submissions', v5Submission('s-mid', 'Software Engineer', 'mid', 'mid', '2026-01-05T00:00:00.000Z'));
    await v5.put('estimates', { key: '["Software Engineer","principal"]', estimate: { status: 'no-data', reason: 'x', role: null }, datasetVersion: 'old', createdAt: 1 });
    await v5.put('postingsSeen', {
      jobKey: 'greenhouse:1',
      companyId: 'acme',
      companyName: 'Acme',
      family: 'Software Engineer',
      level: 'distinguished',
      title: 'Distinguished Engineer',
      country: 'US',
      metro: 'Seattle',
      annualMin: 300000,
      annualMax: 400000,
      currency: 'USD',
      datePosted: null,
      seenAt: 1,
    });
    await v5.put('crowdQueue', { id: 's-sm', op: 'submit', body: { family: 'Engineering Manager', level: 'senior_manager' }, attempts: 0, nextAt: 0, lastError: null });
    v5.close();

    const db = await getDb();
    expect(db.version).toBe(DB_VERSION);
    const byId = new Map((await listSubmissions()).map((s) => [s.id, s]));
    expect(byId.size).toBe(5);
    // the level the user picked, in today's words
    expect(byId.get('s-principal')).toMatchObject({ level: 'staff', resolved: { level: 'staff', place } });
    expect(byId.get('s-sm')).toMatchObject({ level: 'manager', resolved: { level: 'manager', family: 'Engineering Manager' } });
    // levels read from the title are read again: senior staff is staff, head of is vp
    expect(byId.get('s-senior-staff')).toMatchObject({ level: 'unknown', resolved: { level: 'staff', place } });
    expect(byId.get('s-head')).toMatchObject({ level: 'unknown', resolved: { level: 'vp', place } });
    expect(byId.get('s-mid')).toMatchObject({ level: 'mid', resolved: { level: 'mid', family: 'Software Engineer', place } });
    expect(await db.count('estimates')).toBe(0);
    expect(await db.get('postingsSeen', 'greenhouse:1')).toMatchObject({ level: 'staff', annualMin: 300000 });
    expect(await db.get('crowdQueue', 's-sm')).toMatchObject({ body: { level: 'manager' } });
  });
});

describe('v6 → v7', () => {
  it('keeps the installed dataset and title tables, maps levels, and keeps a role only the title tables could read', async () => {
    const v6 = await openOldShape(6);
    const place = { country: 'DE', region: 'europe', state: 'DE-BW', wageArea: null, metro: 'Stuttgart', city: 'Stuttgart', remote: false };
    const base = { company: null, location: 'Stuttgart', base: 2600, total: null, currency: 'EUR', period: 'month', yearsExperience: 3, jobKey: null, annualBase: 31200, annualTotal: null };
    await v6.put('submissions', {
      ...base,
      id: 'k1',
      clientId: 'k1',
      title: 'Kassierer (m/w/d)',
      level: 'unknown',
      createdAt: '2026-06-01T00:00:00.000Z',
      resolved: { family: 'Cashier', soc: '41-2011', level: 'mid', levelDefaulted: true, companyId: null, place },
    });
    await v6.put('submissions', {
      ...base,
      id: 'p1',
      clientId: 'p1',
      title: 'Principal Software Engineer',
      level: 'principal',
      createdAt: '2026-06-02T00:00:00.000Z',
      resolved: { family: 'Software Engineer', soc: '15-1252', level: 'principal', levelDefaulted: false, companyId: null, place },
    });
    await v6.put('cellGroups', { family: 'Software Engineer', rows: 'packed' });
    await v6.put('titleTables', { name: 'titles-1.json', text: '{}' });
    await v6.put('meta', { key: 'dataset', value: { version: 'v6-data' } });
    await v6.put('estimates', { key: 'old', estimate: { status: 'no-data', reason: 'x', role: null }, datasetVersion: 'v6-data', createdAt: 1 });
    v6.close();

    const db = await getDb();
    const byId = new Map((await listSubmissions()).map((s) => [s.id, s]));
    expect(byId.get('k1')).toMatchObject({ resolved: { family: 'Cashier', soc: '41-2011', place } });
    expect(byId.get('p1')).toMatchObject({ level: 'staff', resolved: { family: 'Software Engineer', level: 'staff', place } });
    // the dataset stays installed (a new packaged version replaces it on its own); only the cache goes
    expect(await db.count('cellGroups')).toBe(1);
    expect(await db.count('titleTables')).toBe(1);
    expect(await db.get('meta', 'dataset')).toEqual({ key: 'dataset', value: { version: 'v6-data' } });
    expect(await db.count('estimates')).toBe(0);
  });
});
