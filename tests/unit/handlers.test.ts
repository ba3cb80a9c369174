import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handle, MESSAGE_NAMES, toAppError } from '../../utils/handlers';
import type { JobPosting, SubmissionInput } from '../../utils/schemas';
import { extras } from './helpers/fake-extras';
import { contentSender, popupSender } from './helpers/senders';

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

const salary = (s: Partial<SubmissionInput> = {}): SubmissionInput => ({
  clientId: crypto.randomUUID(),
  title: 'Software Engineer II',
  company: 'Flipkart',
  location: 'Bengaluru',
  level: 'unknown',
  base: 2_400_000,
  total: 3_100_000,
  currency: 'INR',
  period: 'year',
  yearsExperience: 4,
  jobKey: null,
  ...s,
});

describe('message validation', () => {
  it('answers every message name, including with garbage, with a Result and never throws', async () => {
    const garbage: unknown[] = [undefined, null, 42, 'x', [], { __proto__: { admin: true } }, { title: 'x'.repeat(100_000) }];
    for (const name of MESSAGE_NAMES) {
      for (const data of garbage) {
        const answer = await handle(name, data, popupSender());
        expect(answer).toHaveProperty('ok');
        if (!answer.ok) expect(answer.error.message.length).toBeGreaterThan(0);
      }
    }
  });

  it('rejects a posting without a title with a bad_request that names the field', async () => {
    const answer = await handle('getEstimate', { ...posting, title: '' }, contentSender());
    expect(answer.ok).toBe(false);
    if (!answer.ok) {
      expect(answer.error.code).toBe('bad_request');
      expect(answer.error.message).toMatch(/title/);
    }
  });

  it('rejects a malformed jobKey and a wrong-typed salary', async () => {
    const bad1 = await handle('getEstimate', { ...posting, jobKey: 'no colon here' }, contentSender());
    const bad2 = await handle('getEstimate', { ...posting, postedSalary: { min: '100', max: null } }, contentSender());
    expect(bad1.ok || bad2.ok).toBe(false);
  });

  it('answers getEstimate with a clear error, never a number, when the packaged dataset cannot be read', async () => {
    vi.stubGlobal('fetch', async () => new Response('gone', { status: 404 }));
    const answer = await handle('getEstimate', posting, contentSender());
    vi.unstubAllGlobals();
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.error.message).toMatch(/dataset/);
  });
});

describe('submissions', () => {
  it('stores, lists newest first, and deletes', async () => {
    const first = await handle('submitSalary', salary(), popupSender());
    const second = await handle('submitSalary', salary({ title: 'Senior Software Engineer', base: 3_600_000, total: null }), popupSender());
    expect(first.ok && second.ok).toBe(true);
    const list = await handle('listSubmissions', undefined, popupSender());
    expect(list.ok && list.value.map((s) => s.title)).toEqual(['Senior Software Engineer', 'Software Engineer II']);
    const id = first.ok ? first.value.id : '';
    expect(await handle('deleteSubmission', id, popupSender())).toEqual({ ok: true, value: { deleted: true } });
    expect(await handle('deleteSubmission', id, popupSender())).toEqual({ ok: true, value: { deleted: false } });
    const after = await handle('listSubmissions', undefined, popupSender());
    expect(after.ok && after.value.map((s) => s.title)).toEqual(['Senior Software Engineer']);
  });

  it('refuses a negative or absurd salary and a bad currency, saving nothing', async () => {
    for (const bad of [{ base: -1 }, { base: 1e12 }, { currency: 'rupees' }, { title: '   ' }]) {
      const answer = await handle('submitSalary', { ...salary(), ...bad }, popupSender());
      expect(answer.ok).toBe(false);
    }
    const list = await handle('listSubmissions', undefined, popupSender());
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
    const opened = await handle('openCheckYours', posting, contentSender());
    expect(opened).toEqual({ ok: true, value: { opened: 'popup' } });
    expect(await handle('takePrefill', undefined, popupSender())).toEqual({ ok: true, value: posting });
    expect(await handle('takePrefill', undefined, popupSender())).toEqual({ ok: true, value: null });
  });

  it('prefills the pay the page shows, read in the background, never the pay texts themselves', async () => {
    const shown = {
      ...posting,
      payTexts: [
        { text: 'Competitive salary', reading: 'text', country: 'IN', flags: [] },
        { text: '₹ 28,00,000 - ₹ 36,00,000 per annum', reading: 'text', country: 'IN', flags: [] },
      ],
    };
    expect((await handle('openCheckYours', shown, contentSender())).ok).toBe(true);
    const prefill = await handle('takePrefill', undefined, popupSender());
    expect(prefill.ok && prefill.value).toMatchObject({ postedSalary: { min: 2_800_000, max: 3_600_000, currency: 'INR', period: 'year' } });
    expect(prefill.ok && prefill.value && 'payTexts' in prefill.value).toBe(false);
  });

  it('falls back to a tab when the popup cannot open', async () => {
    extras.openPopupFails = true;
    const opened = await handle('openCheckYours', posting, contentSender());
    expect(opened).toEqual({ ok: true, value: { opened: 'tab' } });
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.some((t) => t.url?.endsWith('/popup.html'))).toBe(true);
  });
});

describe('hide on this site (the badge\'s details card)', () => {
  it('switches PayLens off on the site the sending page is on, and nowhere else', async () => {
    expect(await handle('hideOnSite', { site: 'linkedin' }, contentSender())).toEqual({ ok: true, value: { site: 'greenhouse' } });
    const { getSettings } = await import('../../utils/settings');
    expect((await getSettings()).sites).toEqual({ greenhouse: false });
  });

  it('on a page the all-sites reader found, hides PayLens on that host only (the page cannot name another)', async () => {
    const answer = await handle('hideOnSite', { host: 'www.linkedin.com' }, contentSender('https://careers.example.com/jobs/1?ref=x'));
    expect(answer).toEqual({ ok: true, value: { host: 'careers.example.com' } });
    const { getSettings, isHostHidden, isSiteEnabled } = await import('../../utils/settings');
    const settings = await getSettings();
    expect(settings.hiddenHosts).toEqual(['careers.example.com']);
    // no site switch is turned off: the generic reader still runs on every other career page
    expect(settings.sites).toEqual({});
    expect(isSiteEnabled(settings, 'generic')).toBe(true);
    expect(isHostHidden(settings, 'jobs.example.com')).toBe(false);
    // hiding twice (two frames, two clicks) keeps one entry; a second host joins the list
    await handle('hideOnSite', undefined, contentSender('https://careers.example.com/jobs/2'));
    await handle('hideOnSite', undefined, contentSender('https://jobs.other.example/a'));
    expect((await getSettings()).hiddenHosts).toEqual(['careers.example.com', 'jobs.other.example']);
  });

  it('refuses a sender that is not a web page, and extension pages cannot be hidden', async () => {
    const { getSettings } = await import('../../utils/settings');
    expect((await handle('hideOnSite', undefined, contentSender('file:///home/me/job.html'))).ok).toBe(false);
    expect((await handle('hideOnSite', undefined, { id: fakeBrowser.runtime.id, tab: { id: 7 } })).ok).toBe(false);
    expect((await handle('hideOnSite', undefined, { id: 'another-extension', url: 'https://careers.example.com/', tab: { id: 7 } })).ok).toBe(false);
    expect((await getSettings()).hiddenHosts).toEqual([]);
  });
});

describe('dataset info', () => {
  it('says no dataset is installed on a fresh profile', async () => {
    expect(await handle('getDatasetInfo', undefined, popupSender())).toEqual({
      ok: true,
      value: { version: null, installedAt: null, cells: 0, sources: [], asOf: null, ratesAsOf: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) },
    });
  });
});

describe('who may ask (issue 9: a page must not read or change the user data)', () => {
  it('answers a content script only for estimates and Check yours', async () => {
    await handle('submitSalary', salary(), popupSender());
    for (const [name, data] of [
      ['listSubmissions', undefined],
      ['deleteSubmission', 'anything'],
      ['submitSalary', salary()],
      ['takePrefill', undefined],
      ['getDatasetInfo', undefined],
    ] as const) {
      const answer = await handle(name, data, contentSender());
      expect(answer.ok, name).toBe(false);
      if (!answer.ok) expect(answer.error.message).toMatch(/only for PayLens's own pages/);
    }
    // nothing was listed, deleted or added by the page
    const list = await handle('listSubmissions', undefined, popupSender());
    expect(list.ok && list.value.length).toBe(1);
  });

  it('answers nobody it cannot place: another extension, or no sender at all', async () => {
    expect((await handle('getEstimate', posting, { id: 'other-extension', url: 'https://example.com', tab: { id: 1 } })).ok).toBe(false);
    expect((await handle('listSubmissions', undefined, undefined)).ok).toBe(false);
    // a page URL that merely contains our origin is still a page
    const spoof = contentSender(`https://evil.example/?${fakeBrowser.runtime.getURL('/popup.html')}`);
    expect((await handle('listSubmissions', undefined, spoof)).ok).toBe(false);
  });
});

describe('submission bounds (issue 9: absurd salaries are refused with the field named)', () => {
  const refused = async (s: Partial<SubmissionInput>) => {
    const answer = await handle('submitSalary', salary(s), popupSender());
    expect(answer.ok).toBe(false);
    return answer.ok ? null : answer.error;
  };

  it('refuses 9.99e9 GBP a year, $1 a year, an unknown currency and total below base', async () => {
    expect(await refused({ base: 9.99e9, total: null, currency: 'GBP' })).toMatchObject({ code: 'bad_request', field: 'base' });
    expect(await refused({ base: 1, total: null, currency: 'USD' })).toMatchObject({ field: 'base' });
    expect(await refused({ base: 50_000, total: null, currency: 'ZZZ' })).toMatchObject({ field: 'currency' });
    expect(await refused({ base: 2_400_000, total: 1_000_000 })).toMatchObject({ field: 'total' });
    const list = await handle('listSubmissions', undefined, popupSender());
    expect(list.ok && list.value).toEqual([]);
  });

  it('reads the amount per the period given: 45 USD an hour is a salary, 45 USD a year is not', async () => {
    const hourly = await handle('submitSalary', salary({ base: 45, total: null, currency: 'USD', period: 'hour' }), popupSender());
    expect(hourly.ok && hourly.value.annualBase).toBe(45 * 2080);
    expect(await refused({ base: 45, total: null, currency: 'USD', period: 'year' })).toMatchObject({ field: 'base' });
  });

  it('stores a retried save of the same entry once (clientId)', async () => {
    const entry = salary();
    const first = await handle('submitSalary', entry, popupSender());
    const again = await handle('submitSalary', entry, popupSender());
    expect(first.ok && again.ok && first.value.id === again.value.id).toBe(true);
    const list = await handle('listSubmissions', undefined, popupSender());
    expect(list.ok && list.value.length).toBe(1);
  });

  it('normalises a submission once, when it is saved', async () => {
    const saved = await handle('submitSalary', salary({ title: 'Senior Software Engineer', location: 'Bengaluru, India' }), popupSender());
    expect(saved.ok && saved.value.resolved).toMatchObject({ family: 'Software Engineer', level: 'senior', place: { country: 'IN' } });
  });
});

describe('a full disk, by every name browsers give it', () => {
  it('is storage_full for Chrome, Firefox and wrapped errors, and says Nothing was saved only when saving', () => {
    const cases = [
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
      { name: 'NS_ERROR_DOM_QUOTA_REACHED', message: 'Persistent storage maximum size reached' },
      { name: 'NS_ERROR_FILE_NO_DEVICE_SPACE', message: '' },
      { name: 'UnknownError', message: 'Internal error: IO error: No space left on device' },
      { name: 'AbortError', message: 'transaction aborted', error: new DOMException('', 'QuotaExceededError') },
    ];
    for (const error of cases) {
      expect(toAppError(error).code, JSON.stringify(error)).toBe('storage_full');
      expect(toAppError(error, true).message).toMatch(/Nothing was saved/);
      expect(toAppError(error, false).message).not.toMatch(/Nothing was saved/);
    }
    expect(toAppError(new TypeError('x is undefined')).code).toBe('internal');
  });
});
