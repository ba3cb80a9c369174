/**
 * The background's estimate service over IndexedDB: install on first use, atomic replacement,
 * the cache (TTL, invalidation by a submission and by a new dataset), one computation per key
 * in flight. The packaged files are served by a fetch stub from small synthetic datasets.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
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
    await estimateForPosting(posting, { now: t0 });
    await estimateForPosting(posting, { now: t0 + ESTIMATE_TTL_MS - 1 });
    expect(computed.count).toBe(1);
    await estimateForPosting(posting, { now: t0 + ESTIMATE_TTL_MS + 1 });
    expect(computed.count).toBe(2);
  });

  it("the user's own salaries join the popup's answer, never a content script's (issue 9)", async () => {
    const { estimateForPosting } = await service();
    const { handle } = await import('../../../utils/handlers');
    const { popupSender } = await import('../helpers/senders');
    const before = await estimateForPosting(posting);
    const saved = await handle(
      'submitSalary',
      {
        clientId: crypto.randomUUID(),
        title: 'Software Engineer',
        company: null,
        location: 'Austin, TX',
        level: 'unknown',
        base: 400_000,
        total: null,
        currency: 'USD',
        period: 'year',
        yearsExperience: 4,
        jobKey: null,
      },
      popupSender(),
    );
    expect(saved.ok).toBe(true);
    // the page's answer is the same, still from the cache, with no trace of the submission
    const page = await estimateForPosting(posting);
    expect(page).toEqual(before);
    expect(page).toMatchObject({ mine: null });
    expect(computed.count).toBe(1);
    // the popup's answer counts it apart
    const popup = await estimateForPosting(posting, { withMine: true });
    expect(popup).toMatchObject({ status: 'ok', mine: { n: 1 } });
  });

  it('shares a cache entry between postings that normalise alike (the key is the resolved query)', async () => {
    const { estimateForPosting } = await service();
    await estimateForPosting(posting);
    await estimateForPosting({ ...posting, jobKey: 'generic:jobs.example.com/2', title: 'Software  Engineer', location: 'Remote - US' });
    expect(computed.count).toBe(1);
  });

  it('answers with the estimate when the cache write fails on a full disk (issue 9)', async () => {
    const { estimateForPosting } = await service();
    const { ensureDataset } = await service();
    await ensureDataset();
    const realPut = IDBObjectStore.prototype.put;
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'estimates') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return realPut.apply(this, args);
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const e = await estimateForPosting(posting);
    put.mockRestore();
    warn.mockRestore();
    expect(e).toMatchObject({ status: 'ok', p50: 150_000 });
    expect(await (await getDb()).count('estimates')).toBe(0);
  });

  it('expires and caps the cache (issue 9: 10,000 postings left 10,002 records)', async () => {
    const { ESTIMATE_CACHE_MAX, pruneEstimateCache, putCachedEstimate, ESTIMATE_TTL_MS } = await import('../../../utils/estimate/idb');
    const db = await getDb();
    const t0 = Date.UTC(2026, 0, 1);
    const noData = { status: 'no-data' as const, reason: 'x', role: null };
    for (let i = 0; i < ESTIMATE_CACHE_MAX + 300; i++) await putCachedEstimate(db, `k${i}`, noData, 'v1', t0 + i);
    await putCachedEstimate(db, 'old', noData, 'v1', t0 - ESTIMATE_TTL_MS - 1);
    const deleted = await pruneEstimateCache(db, t0 + 10_000);
    expect(deleted).toBe(301);
    expect(await db.count('estimates')).toBe(ESTIMATE_CACHE_MAX);
    expect(await db.get('estimates', 'old')).toBeUndefined();
    expect(await db.get('estimates', 'k0')).toBeUndefined();
    expect(await db.get('estimates', `k${ESTIMATE_CACHE_MAX + 299}`)).toBeDefined();
  });

  it('prunes as it writes: many distinct postings never grow the cache past its cap', async () => {
    const idb = await import('../../../utils/estimate/idb');
    const { estimateForPosting } = await service();
    for (let i = 0; i < 120; i++) {
      await estimateForPosting({ ...posting, jobKey: `generic:jobs.example.com/${i}`, location: `Remote - U.S.`, title: `Software Engineer ${i}` });
    }
    const db = await getDb();
    expect(await db.count('estimates')).toBeLessThanOrEqual(idb.ESTIMATE_CACHE_MAX);
  });

  it('keeps posted ranges seen on pages and shows them to the popup only, de-duplicated by job key (issue 10)', async () => {
    const { handle } = await import('../../../utils/handlers');
    const { contentSender, popupSender } = await import('../helpers/senders');
    const withRange = (jobKey: string, min: number, max: number): JobPosting => ({
      ...posting,
      jobKey,
      company: 'Acme Robotics',
      postedSalary: { min, max, currency: 'USD', period: 'year', flags: [], raw: '' },
    });
    for (const [key, lo, hi] of [['generic:a', 150_000, 190_000], ['generic:b', 160_000, 210_000], ['generic:a', 150_000, 190_000]] as const) {
      const page = await handle('getEstimate', withRange(key, lo, hi), contentSender());
      expect(page.ok && page.value.employerPosted).toBeUndefined();
    }
    const popup = await handle('getEstimate', { ...posting, jobKey: 'generic:c', company: 'Acme Robotics' }, popupSender());
    expect(popup.ok && popup.value.employerPosted).toMatchObject({ company: 'Acme Robotics', family: 'Software Engineer', postings: 2, min: 150_000, max: 210_000, currency: 'USD' });
    // beside the market figure, never moving it
    const market = await handle('getEstimate', { ...posting, jobKey: 'generic:d' }, contentSender());
    expect(popup.ok && market.ok && popup.value.estimate).toEqual(market.ok && market.value.estimate);
    // nothing of the page itself is stored
    const db = await getDb();
    const stored = await db.getAll('postingsSeen');
    expect(stored).toHaveLength(2);
    expect(Object.keys(stored[0]!).sort()).toEqual(
      ['annualMax', 'annualMin', 'companyId', 'companyName', 'country', 'currency', 'datePosted', 'family', 'jobKey', 'level', 'metro', 'seenAt', 'title'].sort(),
    );
  });

  it('a posting answered twice at once (sharing on) reaches POST /v1/postings once, and not again when seen again', async () => {
    const { updateSettings } = await import('../../../utils/settings');
    await updateSettings({ sharing: true });
    const { answerForPosting } = await service();
    const { flushQueue } = await import('../../../utils/crowd/sync');
    const withRange: JobPosting = {
      ...posting,
      jobKey: 'generic:jobs.example.com/7',
      company: 'Acme Robotics',
      postedSalary: { min: 150_000, max: 190_000, currency: 'USD', period: 'year', flags: [], raw: '$150,000 – $190,000' },
    };
    const db = await getDb();
    const posted: unknown[] = [];
    const transport = {
      fetch: (async (url: RequestInfo | URL, init?: RequestInit) => {
        if (String(url).endsWith('/v1/postings')) posted.push(JSON.parse(String(init?.body)));
        return new Response('{"accepted":1}', { status: 200 });
      }) as typeof fetch,
      serviceUrl: 'http://localhost:8787',
      token: 'a'.repeat(43),
    };
    // the background's alarm may flush the queue at any moment, between the two answers' writes too
    let answering = true;
    const flushing = (async () => {
      while (answering) {
        await flushQueue(db, transport);
      }
    })();
    const answers = await Promise.all([answerForPosting(withRange), answerForPosting(withRange), answerForPosting(withRange)]);
    answering = false;
    await flushing;
    await flushQueue(db, transport);
    expect(answers.map((a) => a.estimate.status)).toEqual(['ok', 'ok', 'ok']);
    expect(posted).toHaveLength(1);
    expect(posted[0]).toMatchObject({ postings: [{ employer: 'Acme Robotics', min: 150_000, max: 190_000 }] });
    await answerForPosting(withRange);
    await flushQueue(db, transport);
    expect(posted).toHaveLength(1);
  });

  it('an update that ships a new dataset replaces it and drops estimates of the old one', async () => {
    const first = await service();
    expect(await first.estimateForPosting(posting)).toMatchObject({ p50: 150_000 });
    // The next service worker lifetime, after an update with new data (an update clears the
    // extension's session storage, as a reload or a browser restart does).
    vi.resetModules();
    await fakeBrowser.storage.session.clear();
    served = files('v2', 200_000);
    const second = await service();
    expect(await second.estimateForPosting(posting)).toMatchObject({ p50: 200_000 });
    const db = await getDb();
    expect((await db.getAll('estimates')).every((e) => e.datasetVersion === 'v2')).toBe(true);
  });

  it('a worker restarted in the same browser session answers without reading the packaged files again', async () => {
    const first = await service();
    expect(await first.estimateForPosting(posting)).toMatchObject({ p50: 150_000 });
    // Chrome stops an idle worker; the next one starts with empty memory, same session storage.
    vi.resetModules();
    fetched.length = 0;
    const second = await service();
    expect(await second.estimateForPosting({ ...posting, jobKey: 'generic:jobs.example.com/2', location: 'Remote, USA', locations: ['Remote, USA'] })).toMatchObject({ status: 'ok', p50: 150_000 });
    expect(fetched).toEqual([]);
    // The installed data gone (the user cleared site data): the package is installed again.
    const db = await getDb();
    await db.clear('meta');
    vi.resetModules();
    const third = await service();
    expect(await third.ensureDataset()).toBe('v1');
    expect(fetched.some((u) => u.endsWith('/data/dataset-meta.json'))).toBe(true);
  });

  it("keeps the badge's text with the estimate: a restarted worker answers a posting it has seen without formatting money, and follows the Indian-format setting", async () => {
    const inr: JobPosting = {
      ...posting,
      jobKey: 'generic:jobs.example.com/in-1',
      postedSalary: { min: 1_500_000, max: 2_500_000, currency: 'INR', period: 'year', flags: [], raw: '₹15–25 LPA' },
    };
    const first = await service();
    const answered = await first.answerForPosting(inr, { text: true });
    expect(answered.text?.posted).toBe('₹15–25 LPA');
    // The next worker: the same text, and no number formatter is made for it.
    vi.resetModules();
    const made = vi.spyOn(Intl, 'NumberFormat');
    const second = await service();
    expect((await second.answerForPosting(inr, { text: true })).text).toEqual(answered.text);
    expect(made).not.toHaveBeenCalled();
    made.mockRestore();
    // Indian format switched off: the text is written again in millions (and kept so).
    const { updateSettings } = await import('../../../utils/settings');
    await updateSettings({ indianFormat: false });
    vi.resetModules();
    const third = await service();
    expect((await third.answerForPosting(inr, { text: true })).text?.posted).toBe('₹1.5M–₹2.5M');
    vi.resetModules();
    const fourth = await service();
    expect((await fourth.answerForPosting(inr, { text: true })).text?.posted).toBe('₹1.5M–₹2.5M');
  });

  it('an install that fails midway (the disk fills up) leaves the previous dataset in use', async () => {
    const first = await service();
    await first.estimateForPosting(posting);
    vi.resetModules();
    await fakeBrowser.storage.session.clear();
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
