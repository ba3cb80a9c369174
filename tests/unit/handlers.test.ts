import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handle, MESSAGE_NAMES, toAppError } from '../../utils/handlers';
import type { JobPosting, SubmissionInput } from '../../utils/schemas';
import { extras } from './helpers/fake-extras';

const posting: JobPosting = {
  site: 'greenhouse',
  jobKey: 'greenhouse:4012345',
  url: 'https://boards.greenhouse.io/ridgeline/jobs/4012345',
  title: 'Senior Backend Software Engineer, Payments',
  company: 'Ridgeline Analytics',
  location: 'Bengaluru, Karnataka, India',
  locations: ['Bengaluru, Karnataka, India'],
  mode: null,
  postedSalary: null,
  employmentType: null,
  datePosted: '2026-10-02',
  source: 'json-ld',
};

const salary: SubmissionInput = {
  title: 'Software Engineer II',
  company: 'Flipkart',
  location: 'Bengaluru',
  annualBase: 2_400_000,
  annualTotal: 3_100_000,
  currency: 'INR',
  yearsExperience: 4,
  jobKey: null,
};

describe('message validation', () => {
  it('answers every message name, including with garbage, with a Result and never throws', async () => {
    const garbage: unknown[] = [undefined, null, 42, 'x', [], { __proto__: { admin: true } }, { title: 'x'.repeat(100_000) }];
    for (const name of MESSAGE_NAMES) {
      for (const data of garbage) {
        const answer = await handle(name, data);
        expect(answer).toHaveProperty('ok');
        if (!answer.ok) expect(answer.error.message.length).toBeGreaterThan(0);
      }
    }
  });

  it('rejects a posting without a title with a bad_request that names the field', async () => {
    const answer = await handle('getEstimate', { ...posting, title: '' });
    expect(answer.ok).toBe(false);
    if (!answer.ok) {
      expect(answer.error.code).toBe('bad_request');
      expect(answer.error.message).toMatch(/title/);
    }
  });

  it('rejects a malformed jobKey and a wrong-typed salary', async () => {
    const bad1 = await handle('getEstimate', { ...posting, jobKey: 'no colon here' });
    const bad2 = await handle('getEstimate', { ...posting, postedSalary: { min: '100', max: null } });
    expect(bad1.ok || bad2.ok).toBe(false);
  });

  it('answers getEstimate with a clear error, never a number, when the packaged dataset cannot be read', async () => {
    vi.stubGlobal('fetch', async () => new Response('gone', { status: 404 }));
    const answer = await handle('getEstimate', posting);
    vi.unstubAllGlobals();
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.error.message).toMatch(/dataset/);
  });
});

describe('submissions', () => {
  it('stores, lists newest first, and deletes', async () => {
    const first = await handle('submitSalary', salary);
    const second = await handle('submitSalary', { ...salary, title: 'Senior Software Engineer', annualBase: 3_600_000 });
    expect(first.ok && second.ok).toBe(true);
    const list = await handle('listSubmissions', undefined);
    expect(list.ok && list.value.map((s) => s.title)).toEqual(['Senior Software Engineer', 'Software Engineer II']);
    const id = first.ok ? first.value.id : '';
    expect(await handle('deleteSubmission', id)).toEqual({ ok: true, value: { deleted: true } });
    expect(await handle('deleteSubmission', id)).toEqual({ ok: true, value: { deleted: false } });
    const after = await handle('listSubmissions', undefined);
    expect(after.ok && after.value.map((s) => s.title)).toEqual(['Senior Software Engineer']);
  });

  it('refuses a negative or absurd salary and a bad currency, saving nothing', async () => {
    for (const bad of [{ annualBase: -1 }, { annualBase: 1e12 }, { currency: 'rupees' }, { title: '   ' }]) {
      const answer = await handle('submitSalary', { ...salary, ...bad });
      expect(answer.ok).toBe(false);
    }
    const list = await handle('listSubmissions', undefined);
    expect(list.ok && list.value).toEqual([]);
  });

  it('reports a full disk as storage_full with a message a person can act on', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const error = toAppError(quota);
    expect(error.code).toBe('storage_full');
    expect(error.message).toMatch(/storage .* is full/i);
    expect(error.message).toMatch(/Nothing was saved/);
  });
});

describe('Check yours', () => {
  it('opens the popup prefilled with the posting, and the prefill is read once', async () => {
    const opened = await handle('openCheckYours', posting);
    expect(opened).toEqual({ ok: true, value: { opened: 'popup' } });
    expect(await handle('takePrefill', undefined)).toEqual({ ok: true, value: posting });
    expect(await handle('takePrefill', undefined)).toEqual({ ok: true, value: null });
  });

  it('falls back to a tab when the popup cannot open', async () => {
    extras.openPopupFails = true;
    const opened = await handle('openCheckYours', posting);
    expect(opened).toEqual({ ok: true, value: { opened: 'tab' } });
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.some((t) => t.url?.endsWith('/popup.html'))).toBe(true);
  });
});

describe('dataset info', () => {
  it('says no dataset is installed on a fresh profile', async () => {
    expect(await handle('getDatasetInfo', undefined)).toEqual({
      ok: true,
      value: { version: null, installedAt: null, cells: 0, sources: [], asOf: null, ratesAsOf: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) },
    });
  });
});
