/**
 * Sharing, extension side (issue 12): the coarsened record, the send queue across failures and
 * restarts, the pull of crowd cells and their use by the estimator — and nothing at all while
 * sharing is off.
 */
import { describe, expect, it, vi } from 'vitest';
import { coarsen } from '../../utils/crowd/record';
import { crowdCellOf, CROWD_META_KEY, enqueueDeleteAll, enqueueSubmission, flushQueue, pullCells } from '../../utils/crowd/sync';
import { closeDb, getDb } from '../../utils/db/index';
import { estimate } from '../../utils/estimate/estimator';
import { idbCellSource, installDataset } from '../../utils/estimate/idb';
import { cellToRow, CELL_COLUMNS } from '../../utils/estimate/dataset-file';
import { normalizePosting } from '../../utils/normalize/posting';
import type { Submission } from '../../utils/schemas';
import { cell, meta } from './estimate/synthetic';

const now = new Date('2026-11-15T00:00:00Z');
const submission = (s: Partial<Submission> = {}): Submission => ({
  id: crypto.randomUUID(),
  clientId: crypto.randomUUID(),
  createdAt: '2026-11-01T00:00:00.000Z',
  title: 'Senior Backend Engineer (Payments) — Team Falcon',
  company: 'My tiny startup that nobody knows',
  location: 'Koramangala, Bengaluru, Karnataka, India',
  level: 'unknown',
  base: 3_000_000,
  total: 3_600_000,
  period: 'year',
  annualBase: 3_000_000,
  annualTotal: 3_600_000,
  currency: 'INR',
  yearsExperience: 6,
  jobKey: 'linkedin:123',
  ...s,
});

describe('the coarsened record', () => {
  it('carries no free text, no URL and no exact place: family, level, metro, band, pay, year', () => {
    const c = coarsen(submission(), null, now);
    expect(c).toEqual({
      ok: true,
      record: { family: 'Software Engineer', level: 'senior', soc: '15-1252', country: 'IN', area: 'Bengaluru', company: null, yoe: '5-9', base: 3_000_000, total: 3_600_000, currency: 'INR', period: 'year', year: 2026 },
    });
    const text = JSON.stringify(c);
    for (const secret of ['Falcon', 'Payments', 'tiny startup', 'Koramangala', 'linkedin']) expect(text).not.toContain(secret);
  });

  it('keeps a known employer id, and says why a submission cannot be shared', () => {
    expect(coarsen(submission({ company: 'Flipkart Internet Pvt Ltd' }), null, now)).toMatchObject({ ok: true, record: { company: 'flipkart' } });
    expect(coarsen(submission({ yearsExperience: null }), null, now)).toMatchObject({ ok: false, reason: expect.stringMatching(/years of experience/) });
    expect(coarsen(submission({ location: null }), null, now)).toMatchObject({ ok: false, reason: expect.stringMatching(/location/) });
    expect(coarsen(submission({ createdAt: '2023-01-01T00:00:00.000Z' }), null, now)).toMatchObject({ ok: false });
  });
});

/** A fake sharing service: records what it was sent; fails while `down`. */
function fakeService() {
  const calls: { method: string; url: string; body: unknown; auth: string | null }[] = [];
  const state = { down: false, status: 201 };
  const fetch = vi.fn(async (url: RequestInfo | URL, init?: RequestInit) => {
    if (state.down) throw new TypeError('Failed to fetch');
    calls.push({ method: init?.method ?? 'GET', url: String(url), body: init?.body ? JSON.parse(String(init.body)) : null, auth: new Headers(init?.headers).get('authorization') });
    return new Response(JSON.stringify({ id: 'x' }), { status: state.status });
  }) as unknown as typeof globalThis.fetch;
  return { calls, state, transport: { fetch, serviceUrl: 'http://localhost:8787', token: 'a'.repeat(43) } };
}

describe('the send queue', () => {
  it('keeps a record through an offline period and a worker restart, then sends it once', async () => {
    const service = fakeService();
    let db = await getDb();
    const s = submission();
    expect(await enqueueSubmission(db, s, null, now.getTime())).toBe(true);
    service.state.down = true;
    expect(await flushQueue(db, service.transport, now.getTime())).toEqual({ sent: 0, refused: 0, waiting: 1 });
    // the worker is stopped: a new connection finds the record still queued, backing off
    await closeDb();
    db = await getDb();
    service.state.down = false;
    expect(await flushQueue(db, service.transport, now.getTime() + 1_000)).toMatchObject({ sent: 0, waiting: 1 });
    expect(await flushQueue(db, service.transport, now.getTime() + 60_000)).toMatchObject({ sent: 1, waiting: 0 });
    expect(await flushQueue(db, service.transport, now.getTime() + 120_000)).toMatchObject({ sent: 0, waiting: 0 });
    expect(service.calls).toHaveLength(1);
    expect(service.calls[0]).toMatchObject({ method: 'POST', url: 'http://localhost:8787/v1/submissions', auth: `Bearer ${'a'.repeat(43)}` });
    // queueing the same submission again replaces it (one send per submission)
    await enqueueSubmission(db, s, null, now.getTime());
    await enqueueSubmission(db, s, null, now.getTime());
    expect(await db.count('crowdQueue')).toBe(1);
  });

  it('drops a record the service refuses (400), keeping the reason; "delete what I shared" goes first', async () => {
    const service = fakeService();
    const db = await getDb();
    await enqueueSubmission(db, submission(), null, now.getTime());
    service.state.status = 400;
    expect(await flushQueue(db, service.transport, now.getTime())).toMatchObject({ refused: 1 });
    expect(await db.get('meta', 'crowdRefused')).toBeDefined();
    service.state.status = 200;
    await enqueueSubmission(db, submission(), null, now.getTime());
    await enqueueDeleteAll(db);
    await flushQueue(db, service.transport, now.getTime());
    expect(service.calls.at(-1)).toMatchObject({ method: 'DELETE' });
    expect(await db.count('crowdQueue')).toBe(0);
  });
});

describe('crowd cells', () => {
  const wire = (p: Partial<Parameters<typeof crowdCellOf>[0]> = {}) => ({
    family: 'Software Engineer',
    soc: '15-1252',
    level: 'senior',
    country: 'IN',
    area: 'Bengaluru',
    company: null,
    basis: 'base' as const,
    contributors: 5,
    n: 5,
    p25: 2_800_000,
    p50: 3_200_000,
    p75: 3_900_000,
    currency: 'INR',
    period: 'year' as const,
    ...p,
  });

  it('become dataset cells at the keys the walk reads; fewer than 5 contributors never', () => {
    expect(crowdCellOf(wire(), 9, '2026-11-15')).toMatchObject({ key: 'Software Engineer|senior|m:IN:Bengaluru||base', n: 5, sources: [9] });
    expect(crowdCellOf(wire({ area: null }), 9, '2026-11-15')?.key).toBe('Software Engineer|senior|c:IN||base');
    expect(crowdCellOf(wire({ contributors: 4 }), 9, '2026-11-15')).toBeNull();
    // a US metro at its DOL wage area; one employer's cell under its company id
    expect(crowdCellOf(wire({ country: 'US', area: 'SF Bay Area', currency: 'USD' }), 9, '2026-11-15')?.key).toBe('Software Engineer|senior|m:41860||base');
    expect(crowdCellOf(wire({ company: 'flipkart' }), 9, '2026-11-15')).toMatchObject({ key: 'Software Engineer|senior|m:IN:Bengaluru|flipkart|base', company: 'flipkart' });
  });

  it('pulled, they carry the figure where they are the evidence ("shared salaries"), and only when asked for', async () => {
    const db = await getDb();
    const m = { ...meta(), version: 'v1', cellFiles: ['cells-1.json'] };
    const base = [cell({ geo: 'c:IN', currency: 'INR', p50: 1_500_000, n: 80 }), cell({ geo: 'global', p50: 100_000, n: 1000 })];
    await installDataset(db, { format: 1, version: 'v1', asOf: m.asOf, columns: CELL_COLUMNS, rows: base.map(cellToRow) }, m);
    const answer = { version: 3, asOf: '2026-11-15', cells: [wire()], removed: [] };
    const service = fakeService();
    (service.transport.fetch as unknown as ReturnType<typeof vi.fn>).mockImplementation(async () => new Response(JSON.stringify(answer)));
    const pulled = await pullCells(db, service.transport, m.sources.length, { now: now.getTime() });
    expect(pulled).toMatchObject({ version: 3, cells: 2 }); // the senior cell and its place's all-levels cell
    expect(await db.get('meta', CROWD_META_KEY)).toBeDefined();
    // at most daily
    expect(await pullCells(db, service.transport, m.sources.length, { now: now.getTime() + 3600_000 })).toBeNull();

    const q = normalizePosting({ title: 'Senior Software Engineer', location: 'Bengaluru, India' });
    const withCrowd = await estimate(q, idbCellSource(db, { crowd: true }));
    expect(withCrowd).toMatchObject({ status: 'ok', figures: 'shared', n: 5, scope: { label: expect.stringMatching(/Bengaluru/) } });
    expect(withCrowd.status === 'ok' && withCrowd.sources.map((s) => s.name)).toContain('Salaries shared by PayLens users');
    const without = await estimate(q, idbCellSource(db));
    expect(without).toMatchObject({ status: 'ok', figures: 'salaries', scope: { kind: 'country' } });
  });

  /** A dataset installed, then the service's published cells pulled (as the background does with sharing on). */
  async function withPulled(base: ReturnType<typeof cell>[], published: ReturnType<typeof wire>[]) {
    const db = await getDb();
    const m = { ...meta(), version: 'v1', cellFiles: ['cells-1.json'] };
    await installDataset(db, { format: 1, version: 'v1', asOf: m.asOf, columns: CELL_COLUMNS, rows: base.map(cellToRow) }, m);
    const service = fakeService();
    (service.transport.fetch as unknown as ReturnType<typeof vi.fn>).mockImplementation(
      async () => new Response(JSON.stringify({ version: 1, asOf: '2026-11-15', cells: published, removed: [] })),
    );
    await pullCells(db, service.transport, m.sources.length, { now: now.getTime(), force: true });
    return { crowd: idbCellSource(db, { crowd: true }), plain: idbCellSource(db) };
  }

  // the DOL statistic of the SF Bay Area wage area (41860), and the US survey cells above it
  const usData = () => [
    cell({ geo: 'm:41860', kind: 'statistic', p50: 180_000 }),
    cell({ geo: 'c:US', p50: 150_000, n: 500 }),
    cell({ geo: 'global', p50: 120_000, n: 1000 }),
  ];
  const sfCell = (p: Partial<Parameters<typeof wire>[0]> = {}) =>
    wire({ country: 'US', area: 'SF Bay Area', currency: 'USD', p25: 260_000, p50: 300_000, p75: 360_000, ...p });
  const sf = normalizePosting({ title: 'Senior Software Engineer', location: 'San Francisco, CA' });

  it('a US metro cell of 5 contributors moves the San Francisco figure, which still rests on the official statistic', async () => {
    const { crowd, plain } = await withPulled(usData(), [sfCell()]);
    const without = await estimate(sf, plain);
    const withCrowd = await estimate(sf, crowd);
    expect(without).toMatchObject({ status: 'ok', figures: 'statistics', scope: { kind: 'metro', label: 'in the SF Bay Area' } });
    expect(withCrowd).toMatchObject({ status: 'ok', figures: 'statistics', n: null, scope: { kind: 'metro', label: 'in the SF Bay Area' } });
    if (without.status !== 'ok' || withCrowd.status !== 'ok') throw new Error('no figure');
    // five shared salaries at ~$300k move the DOL figure (~$234k at senior) up, but only part of the way
    expect(withCrowd.p50).toBeGreaterThan(without.p50 * 1.05);
    expect(withCrowd.p50).toBeLessThan(300_000);
    expect(withCrowd.sources.map((s) => s.name)).toEqual(expect.arrayContaining(['DOL OFLC statistics', 'Salaries shared by PayLens users']));
    expect(without.sources.map((s) => s.name)).not.toContain('Salaries shared by PayLens users');
  });

  it('where enough people shared at a US metro, their salaries carry the figure ("based on N shared salaries")', async () => {
    const { crowd } = await withPulled(usData(), [sfCell({ contributors: 40, n: 40 })]);
    const answer = await estimate(sf, crowd);
    expect(answer).toMatchObject({ status: 'ok', figures: 'shared', n: 40, scope: { kind: 'metro' } });
    expect(answer.status === 'ok' && answer.p50).toBeGreaterThan(270_000);
  });

  it('an employer cell answers for that employer only', async () => {
    const inData = [cell({ geo: 'c:IN', currency: 'INR', p50: 1_500_000, n: 80 }), cell({ geo: 'global', p50: 100_000, n: 1000 })];
    const { crowd } = await withPulled(inData, [wire({ company: 'flipkart', p25: 4_000_000, p50: 4_500_000, p75: 5_200_000 })]);
    const at = (company: string) => estimate(normalizePosting({ title: 'Senior Software Engineer', company, location: 'Bengaluru, India' }), crowd);
    const flipkart = await at('Flipkart');
    expect(flipkart).toMatchObject({ status: 'ok', figures: 'shared', n: 5, scope: { kind: 'company', tier: 1, label: expect.stringMatching(/^at Flipkart in the Bengaluru area$/) } });
    expect(flipkart.status === 'ok' && flipkart.sources.map((s) => s.name)).toContain('Salaries shared by PayLens users');
    const other = await at('Infosys');
    expect(other).toMatchObject({ status: 'ok', figures: 'salaries', scope: { kind: 'country' } });
    if (flipkart.status !== 'ok' || other.status !== 'ok') throw new Error('no figure');
    // shrunk towards the market (thin cells borrow strength), but clearly that employer's own figure
    expect(flipkart.p50).toBeGreaterThan(other.p50 * 1.1);
  });
});
