/**
 * Issue 12, end to end in real Chromium: with sharing off PayLens sends nothing; turned on, a
 * salary saved in the popup reaches the sharing service (here on loopback, PGlite, snapshot every
 * second); once five distinct contributors share the same cell, `syncCrowd` makes the badge show
 * the crowd figure ("shared salaries") — and with four it does not.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer, type PayLensServer } from '../../server/app';
import { openDb, type Db } from '../../server/db';
import { normalizeSubmission } from '../../utils/normalize/posting';
import { expandedText, settledBadge, startHarness, type Harness } from './harness';

let h: Harness;
let service: PayLensServer;
let db: Db;
let dataDir: string;
let serviceUrl: string;
const received: string[] = [];

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'paylens-share-'));
  db = await openDb({ dataDir });
  service = await buildServer({ db, rateLimits: false, rebuildEverySeconds: 1 });
  service.app.addHook('onRequest', async (req) => {
    received.push(`${req.method} ${req.url}`);
  });
  await service.app.listen({ port: 0, host: '127.0.0.1' });
  const address = service.app.server.address();
  serviceUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
  await service?.close();
  await db?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Send a PayLens message from an extension page, as @webext-core/messaging does. */
const send = async (page: Page, type: string, data?: unknown) =>
  page.evaluate(
    ([t, d]) =>
      new Promise<{ res?: { ok: boolean; value?: unknown; error?: { message: string } } }>((done) =>
        chrome.runtime.sendMessage({ id: 1, type: t, data: d, timestamp: Date.now() }, (r) => done(r ?? {})),
      ),
    [type, data] as const,
  );

// The popup's salary below, as PayLens coarsens it: the cell the other browsers share into.
const MINE = { title: 'Data Engineer', company: null, location: 'Berlin, Germany', level: 'mid' as const };
const where = normalizeSubmission(MINE);
const CELL = {
  family: where.family,
  level: 'mid',
  soc: where.soc ?? null,
  country: 'DE',
  area: where.place.metro ?? where.place.state,
  company: null,
  yoe: '2-4',
  currency: 'EUR',
  period: 'year',
  year: new Date().getUTCFullYear(),
};

/** Another browser sharing a salary in the same cell, over HTTP. */
async function shareFromAnotherBrowser(i: number): Promise<void> {
  const token = `other-browser-token-${i}-`.padEnd(40, 'x');
  const response = await fetch(`${serviceUrl}/v1/submissions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ ...CELL, base: 95_000 + i * 1_000, total: null }),
  });
  expect(response.status).toBe(201);
}

async function badgeOnBerlinPosting(): Promise<string> {
  const page = await h.browser.context.newPage();
  await page.goto('https://careers.northwind.example/jobs/data-engineer-berlin');
  const text = await expandedText(await settledBadge(page, 'generic:careers.northwind.example/jobs/data-engineer-berlin'));
  await page.close();
  return text;
}

/** A posting that publishes its range (the classic Greenhouse demo page). */
async function postingWithRange(): Promise<void> {
  const page = await h.browser.context.newPage();
  await page.goto('https://boards.greenhouse.io/ridgeline/jobs/4012377');
  await settledBadge(page, 'greenhouse:4012377');
  await page.close();
}

describe('sharing (real Chromium, sharing service on loopback)', () => {
  it('sends nothing while sharing is off, even after a salary is saved', async () => {
    const popup = await h.browser.context.newPage();
    await popup.goto(`chrome-extension://${h.browser.extensionId}/popup.html`);
    const saved = await send(popup, 'submitSalary', {
      clientId: 'b7c1d0e2-0f4a-4c55-8a9b-000000000001',
      title: 'Data Analyst',
      company: null,
      location: 'Pune, India',
      level: 'unknown',
      base: 900_000,
      total: null,
      currency: 'INR',
      period: 'year',
      yearsExperience: 3,
      jobKey: null,
    });
    expect(saved.res?.ok).toBe(true);
    expect(await badgeOnBerlinPosting()).not.toMatch(/shared salaries/);
    await postingWithRange();
    await popup.waitForTimeout(500);
    expect(received).toEqual([]);
    // and syncCrowd refuses rather than reaching out
    expect((await send(popup, 'syncCrowd')).res).toMatchObject({ ok: false, error: { message: expect.stringMatching(/Sharing is off/) } });
    expect(received).toEqual([]);
    await popup.close();
  });

  it('turned on, a popup salary reaches the service; the crowd figure shows at 5 contributors, not at 4', async () => {
    const popup = await h.browser.context.newPage();
    await popup.goto(`chrome-extension://${h.browser.extensionId}/popup.html`);
    // the service address, then sharing on (as the options page does after its permission prompt)
    await popup.evaluate(async (url) => {
      await chrome.storage.local.set({ crowd: { serviceUrl: url, token: null } });
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { displayCurrency: null, payPeriod: 'auto', sites: {}, ...(settings ?? {}), sharing: true } });
    }, serviceUrl);
    // turning it on sends what was saved before (the Data Analyst, Pune)
    await expect.poll(() => received.filter((r) => r.startsWith('POST /v1/submissions')).length, { timeout: 10_000 }).toBe(1);

    const saved = await send(popup, 'submitSalary', {
      clientId: 'b7c1d0e2-0f4a-4c55-8a9b-000000000002',
      ...MINE,
      base: 96_000,
      total: null,
      currency: 'EUR',
      period: 'year',
      yearsExperience: 3,
      jobKey: null,
    });
    expect(saved.res?.ok).toBe(true);
    await expect.poll(() => received.filter((r) => r.startsWith('POST /v1/submissions')).length, { timeout: 10_000 }).toBe(2);

    // three more browsers: four contributors, below k = 5
    for (const i of [1, 2, 3]) await shareFromAnotherBrowser(i);
    await popup.waitForTimeout(3_000);
    expect((await send(popup, 'syncCrowd')).res).toMatchObject({ ok: true });
    expect(await badgeOnBerlinPosting()).not.toMatch(/shared salaries/);

    // a fifth: the cell is published, and the badge rests on it
    await shareFromAnotherBrowser(4);
    // the next snapshot publishes it (rebuilt every second here, every 5 minutes by default)
    await expect
      .poll(async () => ((await send(popup, 'syncCrowd')).res?.value as { crowdCells?: number } | undefined)?.crowdCells ?? 0, { timeout: 20_000, interval: 1_000 })
      .toBeGreaterThan(0);
    const text = await badgeOnBerlinPosting();
    expect(text).toMatch(/based on 5 shared salaries/);
    expect(text).toMatch(/Berlin/);
    expect(text).toMatch(/Salaries shared by PayLens users/);

    // a posting's published range seen with sharing on goes to the service's posted ranges (public
    // data); one seen before sharing was turned on is not sent afterwards, even when seen again
    await postingWithRange();
    // (a page may ask twice as it renders; the service keeps one row per posting by its key's hash)
    await expect.poll(() => received.filter((r) => r.startsWith('POST /v1/postings')).length, { timeout: 10_000 }).toBeGreaterThan(0);
    const ranges = (await (await fetch(`${serviceUrl}/v1/postings`)).json()) as { ranges: { min: number | null; max: number | null; currency: string }[] };
    expect(ranges.ranges).toEqual([expect.objectContaining({ employer: 'Northwind Mobility GmbH', min: 65_000, max: 80_000, currency: 'EUR', area: 'Berlin' })]);
    await popup.close();
  });
});
