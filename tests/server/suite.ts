/**
 * The sharing service's behaviour (issue 12), written once and run against every database it
 * supports: PGlite (pglite.test.ts) and real PostgreSQL (postgres.test.ts, when DATABASE_URL is set).
 * Each test uses cells of its own (a random company id), so tests share one database per file.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer, type PayLensServer, type ServerOptions } from '../../server/app';
import type { Db } from '../../server/db';
import { cellKey, type Cell, type CellsAnswer } from '../../server/wire';

export interface SuiteDb {
  /** opens the database (again, after a close: the same data) */
  open(): Promise<Db>;
}

export const newToken = () => randomBytes(30).toString('base64url'); // 40 url-safe characters
const companyId = () => `acme-${randomBytes(6).toString('hex')}`;
const YEAR = new Date().getUTCFullYear();

export function submission(overrides: Record<string, unknown> = {}) {
  return {
    family: 'Software Engineer',
    level: 'senior',
    soc: '15-1252',
    country: 'IN',
    area: 'Bengaluru',
    company: null,
    yoe: '5-9',
    base: 2_400_000,
    total: 2_900_000,
    currency: 'INR',
    period: 'year',
    year: YEAR,
    ...overrides,
  };
}

export function serverSuite(label: string, source: SuiteDb): void {
  describe(`sharing service on ${label}`, () => {
    let db: Db;
    let server: PayLensServer;
    const start = (extra: Partial<ServerOptions> = {}) => buildServer({ db, rateLimits: false, ...extra });

    beforeAll(async () => {
      db = await source.open();
      server = await start();
    });
    afterAll(async () => {
      await server?.close();
      await db?.close();
    });

    const submit = (token: string, body: unknown, s: PayLensServer = server, remoteAddress = '127.0.0.1') =>
      s.app.inject({
        method: 'POST',
        url: '/v1/submissions',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        payload: typeof body === 'string' ? body : JSON.stringify(body),
        remoteAddress,
      });
    const remove = (token: string) =>
      server.app.inject({ method: 'DELETE', url: '/v1/submissions', headers: { authorization: `Bearer ${token}` } });
    const cells = async (query = ''): Promise<CellsAnswer> => (await server.app.inject({ url: `/v1/cells${query}` })).json();
    const cellOf = (answer: CellsAnswer, company: string, basis = 'base'): Cell | undefined =>
      answer.cells.find((c) => c.company === company && c.basis === basis);
    /** n distinct tokens each submit one record to `company`'s cell (base = amounts[i]). */
    const crowd = async (company: string, amounts: number[]) => {
      const tokens: string[] = [];
      for (const base of amounts) {
        const token = newToken();
        tokens.push(token);
        const res = await submit(token, submission({ company, base, total: null }));
        expect(res.statusCode).toBe(201);
      }
      return tokens;
    };

    it('answers health', async () => {
      const res = await server.app.inject({ url: '/v1/health' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ status: 'ok' });
    });

    it('takes the contract example and answers 201 with an id', async () => {
      const res = await submit(newToken(), submission());
      expect(res.statusCode).toBe(201);
      expect(res.json().id).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('refuses malformed bodies with 400 naming the field', async () => {
      const token = newToken();
      const cases: [Record<string, unknown>, string][] = [
        [{ base: 'lots' }, 'base'],
        [{ base: -5 }, 'base'],
        [{ level: 'wizard' }, 'level'],
        [{ area: 'Atlantis' }, 'area'], // a place, but not in India
        [{ area: '221B Baker Street' }, 'area'],
        [{ area: 'Pimpri-Chinchwad' }, 'area'], // a member city: the metro is "Pune"
        [{ family: 'Wizard' }, 'family'],
        [{ family: null, soc: null }, 'family'],
        [{ yoe: '3' }, 'yoe'],
        [{ year: YEAR - 5 }, 'year'],
        [{ country: 'XX' }, 'country'],
        [{ currency: 'rupees' }, 'currency'],
        [{ url: 'https://example.com/job/1' }, 'url'], // never free text or a URL
        [{ total: 1000 }, 'total'], // below base
      ];
      for (const [overrides, field] of cases) {
        const res = await submit(token, submission(overrides));
        expect(res.statusCode, JSON.stringify(overrides)).toBe(400);
        expect(res.json(), JSON.stringify(overrides)).toEqual({ error: { code: 'bad_request', field, message: expect.any(String) } });
      }
      const notJson = await submit(token, '{"family":');
      expect(notJson.statusCode).toBe(400);
      expect(notJson.json().error.code).toBe('bad_request');
      // What the normaliser writes is taken: metros, a region code, null.
      for (const area of ['Pune', 'IN-KA', null]) expect((await submit(newToken(), submission({ area }))).statusCode).toBe(201);
    });

    it('takes each of the nine levels (and "not stated"), and refuses the old thirteen-level names', async () => {
      for (const level of ['intern', 'entry', 'mid', 'senior', 'staff', 'manager', 'director', 'vp', 'exec', 'unknown']) {
        const res = await submit(newToken(), submission({ level }));
        expect(res.statusCode, level).toBe(201);
      }
      for (const level of ['principal', 'senior_staff', 'distinguished', 'senior_manager']) {
        const res = await submit(newToken(), submission({ level }));
        expect(res.statusCode, level).toBe(400);
        expect(res.json().error).toMatchObject({ code: 'bad_request', field: 'level' });
      }
    });

    it('refuses a missing or short install token with 401', async () => {
      for (const authorization of [undefined, 'Bearer short', `Basic ${newToken()}`]) {
        const res = await server.app.inject({
          method: 'POST',
          url: '/v1/submissions',
          headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
          payload: JSON.stringify(submission()),
        });
        expect(res.statusCode).toBe(401);
        expect(res.json().error).toMatchObject({ code: 'unauthorized', field: 'authorization' });
      }
    });

    it('refuses oversized bodies with 413', async () => {
      const res = await submit(newToken(), { ...submission(), padding: 'x'.repeat(10_000) });
      expect(res.statusCode).toBe(413);
      expect(res.json().error.code).toBe('too_large');
    });

    it('limits the rate per token and per client address with 429', async () => {
      const limited = await start({ rateLimits: { submitPerToken: 3, submitPerAddress: 5 } });
      try {
        const token = newToken();
        const codes: number[] = [];
        for (let i = 0; i < 4; i++) codes.push((await submit(token, submission({ company: companyId() }), limited, '10.0.0.1')).statusCode);
        expect(codes).toEqual([201, 201, 201, 429]);
        const over = await submit(token, submission(), limited, '10.0.0.2');
        expect(over.json().error.code).toBe('rate_limited');
        expect(over.headers['retry-after']).toBeDefined();
        // Fresh tokens from one address: the address limit holds them (4 requests so far at 10.0.0.1, limit 5).
        const fresh: number[] = [];
        for (let i = 0; i < 3; i++) fresh.push((await submit(newToken(), submission(), limited, '10.0.0.1')).statusCode);
        expect(fresh).toEqual([201, 429, 429]);
        expect((await submit(newToken(), submission(), limited, '10.0.0.3')).statusCode).toBe(201);
      } finally {
        await limited.close();
      }
    });

    it('keeps one record per token per cell and year: a second replaces the first (200, same id)', async () => {
      const company = companyId();
      const token = newToken();
      const first = await submit(token, submission({ company, base: 1_000_000, total: null }));
      const second = await submit(token, submission({ company, base: 2_000_000, total: null }));
      expect(first.statusCode).toBe(201);
      expect(second.statusCode).toBe(200);
      expect(second.json().id).toBe(first.json().id);
      // Another year is another record of the same contributor.
      const lastYear = await submit(token, submission({ company, base: 2_000_000, total: null, year: YEAR - 1 }));
      expect(lastYear.statusCode).toBe(201);
      await crowd(company, [2_000_000, 2_000_000, 2_000_000, 2_000_000]);
      await server.rebuild();
      const cell = cellOf(await cells(), company);
      expect(cell).toMatchObject({ contributors: 5, n: 6, p25: 2_000_000, p50: 2_000_000 });
    });

    it('stores one record when the same token sends the same cell several times at once (a retried queue)', async () => {
      const company = companyId();
      const token = newToken();
      const answers = await Promise.all([1, 2, 3, 4].map(() => submit(token, submission({ company, total: null }))));
      expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 200, 200, 201]);
      expect(new Set(answers.map((a) => a.json().id)).size).toBe(1);
      await crowd(company, [2_400_000, 2_400_000, 2_400_000, 2_400_000]);
      await server.rebuild();
      expect(cellOf(await cells(), company)).toMatchObject({ contributors: 5, n: 5 });
    });

    it('publishes a cell only at 5 distinct contributors, with quartiles in the country currency', async () => {
      const company = companyId();
      await crowd(company, [2_000_000, 2_200_000, 2_400_000, 2_600_000]);
      await server.rebuild();
      expect(cellOf(await cells(), company)).toBeUndefined();
      // A fifth person submitting monthly pay in another currency joins the same cell.
      const res = await submit(newToken(), submission({ company, base: 3_000, total: null, currency: 'USD', period: 'month' }));
      expect(res.statusCode).toBe(201);
      await server.rebuild();
      const answer = await cells();
      const cell = cellOf(answer, company);
      expect(cell).toMatchObject({ contributors: 5, n: 5, currency: 'INR', period: 'year', p50: 2_400_000, area: 'Bengaluru' });
      expect(cell!.p25).toBeLessThan(cell!.p50);
      expect(cell!.p75).toBeGreaterThan(cell!.p50);
      expect(cellOf(answer, company, 'total')).toBeUndefined(); // nobody gave total pay
      expect(answer.asOf).toMatch(/^\d{4}-\d{2}-01$/); // no date finer than a month
      for (const c of answer.cells) expect(c.contributors).toBeGreaterThanOrEqual(5);
    });

    it('parks outliers (outside 4 MADs in log space) instead of publishing them', async () => {
      const company = companyId();
      await crowd(company, [2_300_000, 2_400_000, 2_500_000, 2_450_000, 2_350_000, 240_000_000]);
      await server.rebuild();
      const cell = cellOf(await cells(), company);
      expect(cell).toMatchObject({ contributors: 5, n: 5 });
      expect(cell!.p75).toBeLessThan(2_600_000);
      // Four honest people and one absurd value is not enough to publish.
      const few = companyId();
      await crowd(few, [2_300_000, 2_400_000, 2_500_000, 2_450_000, 1_000]);
      await server.rebuild();
      expect(cellOf(await cells(), few)).toBeUndefined();
    });

    it('republishes a cell only after 5 new contributors; ranges are immutable', async () => {
      const company = companyId();
      await crowd(company, [2_000_000, 2_000_000, 2_000_000, 2_000_000, 2_000_000]);
      const v1 = (await server.rebuild()).version!;
      expect(cellOf(await cells(), company)).toMatchObject({ contributors: 5, p50: 2_000_000 });

      await crowd(company, [3_000_000, 3_000_000, 3_000_000, 3_000_000]);
      await server.rebuild();
      expect(cellOf(await cells(), company)).toMatchObject({ contributors: 5, p50: 2_000_000 }); // 4 new: unchanged

      await crowd(company, [3_000_000]);
      const v2 = (await server.rebuild()).version!;
      expect(v2).toBeGreaterThan(v1);
      expect(cellOf(await cells(), company)).toMatchObject({ contributors: 10, p50: 2_500_000 });

      const range = await server.app.inject({ url: `/v1/cells?since=${v1}&to=${v2}` });
      expect(range.statusCode).toBe(200);
      expect(range.headers['cache-control']).toContain('immutable');
      expect(cellOf(range.json(), company)).toMatchObject({ contributors: 10 });
      const again = await server.app.inject({ url: `/v1/cells?since=${v1}&to=${v2}`, headers: { 'if-none-match': String(range.headers.etag) } });
      expect(again.statusCode).toBe(304);
      const before = await server.app.inject({ url: `/v1/cells?since=${v1 - 1}&to=${v1}` });
      expect(cellOf(before.json(), company)).toMatchObject({ contributors: 5, p50: 2_000_000 });
      const bare = await server.app.inject({ url: '/v1/cells' });
      expect(bare.headers['cache-control']).toBe('public, max-age=300');
      expect(bare.headers.etag).toBeDefined();
      expect((await server.app.inject({ url: `/v1/cells?since=0&to=${v2 + 100}` })).json().error.field).toBe('to');
    });

    it('deletes everything a token sent, and withdraws a cell that falls below 5', async () => {
      const company = companyId();
      const [leaver] = await crowd(company, [2_000_000, 2_100_000, 2_200_000, 2_300_000, 2_400_000]);
      expect((await submit(leaver!, submission({ company: companyId() }))).statusCode).toBe(201);
      const v1 = (await server.rebuild()).version!;
      expect(cellOf(await cells(), company)).toBeDefined();

      const res = await remove(leaver!);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ deleted: 2 });
      expect((await remove(leaver!)).json()).toEqual({ deleted: 0 });
      const v2 = (await server.rebuild()).version!;
      expect(cellOf(await cells(), company)).toBeUndefined();
      const diff: CellsAnswer = (await server.app.inject({ url: `/v1/cells?since=${v1}&to=${v2}` })).json();
      const key = cellKey({ ...submission({ company }), basis: 'base' } as unknown as Cell);
      expect(diff.removed).toContain(key);

      // One newcomer does not bring it back: the four left plus one are not 5 new people.
      await crowd(company, [2_500_000]);
      await server.rebuild();
      expect(cellOf(await cells(), company)).toBeUndefined();
    });

    it('takes posted ranges and publishes them per employer and role without a k limit', async () => {
      const posting = {
        employer: 'Acme Robotics',
        employerId: 'acme-robotics-posted',
        title: 'Senior Backend Engineer',
        family: 'Software Engineer',
        soc: '15-1252',
        level: 'senior',
        country: 'IN',
        area: 'Pune',
        min: 2_000_000,
        max: 3_000_000,
        currency: 'INR',
        period: 'year',
        date: '2026-11-20',
        jobKeyHash: 'a'.repeat(64),
      };
      const post = (body: unknown) =>
        server.app.inject({
          method: 'POST',
          url: '/v1/postings',
          headers: { authorization: `Bearer ${newToken()}`, 'content-type': 'application/json' },
          payload: JSON.stringify(body),
        });
      const ok = await post({ postings: [posting, posting] });
      expect(ok.statusCode).toBe(200);
      expect(ok.json()).toEqual({ accepted: 1 });
      expect((await post({ postings: [{ ...posting, jobKeyHash: 'b'.repeat(64), min: 2_200_000 }] })).statusCode).toBe(200);
      const bad = await post({ postings: [{ ...posting, max: 1 }] });
      expect(bad.json().error).toMatchObject({ code: 'bad_request', field: 'postings.0.max' });
      await server.rebuild();
      const ranges = (await server.app.inject({ url: '/v1/postings' })).json().ranges;
      const mine = ranges.filter((r: { employerId: string }) => r.employerId === 'acme-robotics-posted');
      expect(mine).toEqual([
        expect.objectContaining({ kind: 'posted', employer: 'Acme Robotics', postings: 2, min: 2_100_000, max: 3_000_000, month: '2026-11' }),
      ]);
      expect(JSON.stringify(mine)).not.toContain('Senior Backend Engineer'); // titles stay unpublished
    });

    it('keeps its data across a restart', async () => {
      const company = companyId();
      const tokens = await crowd(company, [2_000_000, 2_000_000, 2_000_000, 2_000_000, 2_000_000]);
      await server.rebuild();
      await server.close();
      await db.close();

      db = await source.open();
      server = await start();
      expect(cellOf(await cells(), company)).toMatchObject({ contributors: 5 });
      // The token still maps to its records: the hash key survived.
      expect((await submit(tokens[0]!, submission({ company, base: 2_100_000, total: null }))).statusCode).toBe(200);
      expect((await remove(tokens[1]!)).json()).toEqual({ deleted: 1 });
    });
  });
}
