/**
 * The background's estimate service over IndexedDB: install on first use, atomic replacement,
 * the cache (TTL, invalidation by a submission and by a new dataset), one computation per key
 * in flight. The packaged files are served by a fetch stub from small synthetic datasets.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '../../../utils/db/index';
import { cellToRow, CELL_COLUMNS, type CellsFile } from '../../../utils/estimate/dataset-file';
import type { JobPosting } from '../../../utils/schemas';
import { cell, meta } from './synthetic';

const computed = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../utils/estimate/estimator', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../utils/estimate/estimator')>();
  return {
    ...real,
    estimate: (...args: Parameters<typeof real.estimate>) => {
      computed.count++;
      return real.estimate(...args);
    },
  };
});

function files(version: string, usP50 = 150_000) {
  const cells = [
    cell({ geo: 'global', p50: 100_000 }),
    cell({ geo: 'c:US', p50: usP50, n: 100_000 }),
    cell({ family: 'Data Scientist', geo: 'c:US', p50: usP50, n: 1_000 }),
  ];
  const m = { ...meta(), version, cellFiles: ['cells-1.json'] };
  const cellsFile: CellsFile = { format: 1, version, asOf: m.asOf, columns: CELL_COLUMNS, rows: cells.map(cellToRow) };
  return { cellsFile, meta: m };
}

let served = files('v1');
const fetched: string[] = [];

beforeEach(() => {
  served = files('v1');
  fetched.length = 0;
  computed.count = 0;
  vi.resetModules();
  vi.stubGlobal('fetch', async (url: string) => {
    fetched.push(url);
    const body = url.endsWith('/data/cells-1.json') ? served.cellsFile : url.endsWith('/data/dataset-meta.json') ? served.meta : null;
    return body ? new Response(JSON.stringify(body)) : new Response('not found', { status: 404 });
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const posting: JobPosting = {
  site: 'generic',
  jobKey: 'generic:jobs.example.com/1',
  url: 'https://jobs.example.com/1',
  title: 'Software Engineer',
  company: null,
  location: 'Remote - U.S.',
  locations: ['Remote - U.S.'],
  mode: 'remote',
  postedSalary: null,
  employmentType: null,
  datePosted: null,
  source: 'json-ld',
};

const service = () => import('../../../utils/estimate/service');

describe('estimate service', () => {
  it('installs the packaged dataset on first use and answers from it', async () => {
    const { estimateForPosting } = await service();
    const e = await estimateForPosting(posting);
    expect(e).toMatchObject({ status: 'ok', p50: 150_000, currency: 'USD', scope: { kind: 'country' } });
    expect(fetched.filter((u) => u.endsWith('cells-1.json'))).toHaveLength(1);
  });

  it('says no-data, with the reason, for a role the data cannot support', async () => {
    const { estimateForPosting } = await service();
    const e = await estimateForPosting({ ...posting, title: 'Underwater basket weaver' });
    expect(e).toMatchObject({ status: 'no-data', reason: expect.stringMatching(/role/) });
    expect(e).not.toHaveProperty('p50');
  });

  it('computes identical requests in flight once, and answers repeats from the cache', async () => {
    const { estimateForPosting } = await service();
    const answers = await Promise.all(Array.from({ length: 5 }, () => estimateForPosting(posting)));
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(computed.count).toBe(1);
    await estimateForPosting(posting);
    expect(computed.count).toBe(1);
    expect(await (await getDb()).count('estimates')).toBe(1);
  });

  it('computes again after the TTL', async () => {
    const { estimateForPosting, ESTIMATE_TTL_MS } = await service();
    const t0 = Date.UTC(2026, 0, 1);
    await estimateForPosting(posting, t0);
    await estimateForPosting(posting, t0 + ESTIMATE_TTL_MS - 1);
    expect(computed.count).toBe(1);
    await estimateForPosting(posting, t0 + ESTIMATE_TTL_MS + 1);
    expect(computed.count).toBe(2);
  });

  it('a new submission invalidates cached estimates', async () => {
    const { estimateForPosting } = await service();
    const { handle } = await import('../../../utils/handlers');
    await estimateForPosting(posting);
    const saved = await handle('submitSalary', {
      title: 'Software Engineer',
      company: null,
      location: 'Austin, TX',
      annualBase: 180_000,
      annualTotal: null,
      currency: 'USD',
      yearsExperience: 4,
      jobKey: null,
    });
    expect(saved.ok).toBe(true);
    expect(await (await getDb()).count('estimates')).toBe(0);
    await estimateForPosting(posting);
    expect(computed.count).toBe(2);
  });

  it('an update that ships a new dataset replaces it and drops estimates of the old one', async () => {
    const first = await service();
    expect(await first.estimateForPosting(posting)).toMatchObject({ p50: 150_000 });
    // The next service worker lifetime, after an update with new data.
    vi.resetModules();
    served = files('v2', 200_000);
    const second = await service();
    expect(await second.estimateForPosting(posting)).toMatchObject({ p50: 200_000 });
    const db = await getDb();
    expect((await db.getAll('estimates')).every((e) => e.datasetVersion === 'v2')).toBe(true);
  });

  it('an install that fails midway (the disk fills up) leaves the previous dataset in use', async () => {
    const first = await service();
    await first.estimateForPosting(posting);
    vi.resetModules();
    served = files('v3', 300_000);
    // The second cell write of the new install fails as on a full disk: the transaction aborts.
    const realPut = IDBObjectStore.prototype.put;
    let cellWrites = 0;
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'cellGroups' && ++cellWrites === 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return realPut.apply(this, args);
    });
    const second = await service();
    await expect(second.ensureDataset()).rejects.toThrow(/quota/);
    put.mockRestore();
    const db = await getDb();
    const { installedVersion } = await import('../../../utils/estimate/idb');
    expect(await installedVersion(db)).toBe('v1');
    expect(await db.count('cellGroups')).toBe(2);
    // And estimates keep coming from v1 (the failed install is retried on the next request).
    served = files('v1');
    expect(await second.estimateForPosting(posting)).toMatchObject({ p50: 150_000 });
  });
});
