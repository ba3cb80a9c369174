import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addSubmission, listSubmissions } from '../../utils/db/submissions';
import { forgetTab, handle, rememberTabPosting, type Sender } from '../../utils/handlers';
import { PAGE_MESSAGES, type PageMessageName } from '../../utils/messaging';
import type { JobPosting, SubmissionInput } from '../../utils/schemas';
import { getSettings, updateSettings } from '../../utils/settings';
import { extras } from './helpers/fake-extras';

const popup: Sender = { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/popup.html' };
const posting: JobPosting = {
  site: 'greenhouse',
  jobKey: 'greenhouse:4012345',
  url: 'https://boards.greenhouse.io/ridgeline/jobs/4012345',
  title: 'Senior Backend Software Engineer',
  company: 'Ridgeline Analytics',
  location: 'Bengaluru, Karnataka, India',
  locations: ['Bengaluru, Karnataka, India'],
  mode: null,
  postedSalary: null,
  employmentType: null,
  datePosted: null,
  source: 'json-ld',
};
const salary: SubmissionInput = {
  clientId: 'c0ffee00-0000-4000-8000-000000000001',
  title: 'Software Engineer',
  company: null,
  location: 'Bengaluru',
  level: 'unknown',
  base: 2_400_000,
  total: null,
  currency: 'INR',
  period: 'year',
  yearsExperience: 4,
  jobKey: null,
};
const handlePageMessage = <K extends PageMessageName>(name: K, data: unknown, sender: Sender) => handle(name, data, sender);

async function openTab(url: string) {
  const tab = await fakeBrowser.tabs.create({ url });
  return { tab, sender: { id: fakeBrowser.runtime.id, url, tab: { id: tab.id!, url } } };
}

describe('popup and options messages', () => {
  it('answers none of them to a content script (a job page), and changes nothing', async () => {
    await addSubmission(salary);
    const { sender } = await openTab(posting.url);
    for (const name of PAGE_MESSAGES) {
      const answer = await handlePageMessage(name, undefined, sender);
      expect(answer.ok, name).toBe(false);
    }
    const del = await handlePageMessage('deleteAllData', undefined, sender);
    expect(del.ok).toBe(false);
    expect(await listSubmissions()).toHaveLength(1);
  });

  it("remembers each tab's posting for the popup, and forgets it on another page or a closed tab", async () => {
    const { tab, sender } = await openTab(posting.url);
    await rememberTabPosting(sender, posting);
    let view = await handlePageMessage('getTabPosting', tab.id, popup);
    expect(view.ok && view.value.posting?.jobKey).toBe('greenhouse:4012345');
    expect(view.ok && view.value.site).toEqual({ id: 'greenhouse', enabled: true });

    // an invalid posting is never remembered
    await rememberTabPosting(sender, { ...posting, title: '' , jobKey: 'greenhouse:2'});
    view = await handlePageMessage('getTabPosting', tab.id, popup);
    expect(view.ok && view.value.posting?.jobKey).toBe('greenhouse:4012345');

    // the tab moved on to another page: that posting is not what it shows
    await fakeBrowser.tabs.update(tab.id!, { url: 'https://boards.greenhouse.io/ridgeline' });
    view = await handlePageMessage('getTabPosting', tab.id, popup);
    expect(view.ok && view.value.posting).toBeNull();

    await fakeBrowser.tabs.update(tab.id!, { url: posting.url });
    await forgetTab(tab.id!);
    view = await handlePageMessage('getTabPosting', tab.id, popup);
    expect(view.ok && view.value.posting).toBeNull();
  });

  it('says why a tab has no posting: the site switched off, or detection on all sites not granted', async () => {
    await updateSettings({ sites: { greenhouse: false } });
    const known = await openTab(posting.url);
    let view = await handlePageMessage('getTabPosting', known.tab.id, popup);
    expect(view.ok && view.value).toMatchObject({ posting: null, site: { id: 'greenhouse', enabled: false }, allSitesGranted: false });
    const other = await openTab('https://careers.example.org/jobs/1');
    view = await handlePageMessage('getTabPosting', other.tab.id, popup);
    expect(view.ok && view.value).toMatchObject({ posting: null, site: null, allSitesGranted: false, webPage: true });
    extras.grantedOrigins.add('https://*/*');
    view = await handlePageMessage('getTabPosting', other.tab.id, popup);
    expect(view.ok && view.value.allSitesGranted).toBe(true);
  });

  it('says a tab has no posting because PayLens is hidden on its host, and forgets the posting read before', async () => {
    const career: JobPosting = { ...posting, site: 'generic', jobKey: 'generic:jobs.example.com/jobs/1', url: 'https://jobs.example.com/jobs/1' };
    const { tab, sender } = await openTab(career.url);
    await rememberTabPosting(sender, career);
    let view = await handlePageMessage('getTabPosting', tab.id, popup);
    expect(view.ok && view.value).toMatchObject({ posting: { jobKey: career.jobKey }, hiddenHost: null });
    // "Hide on jobs.example.com" clicked in the badge
    expect((await handle('hideOnSite', undefined, sender)).ok).toBe(true);
    view = await handlePageMessage('getTabPosting', tab.id, popup);
    expect(view.ok && view.value).toMatchObject({ posting: null, site: null, hiddenHost: 'jobs.example.com' });
    // another host is not hidden
    const other = await openTab('https://careers.example.org/jobs/1');
    view = await handlePageMessage('getTabPosting', other.tab.id, popup);
    expect(view.ok && view.value.hiddenHost).toBeNull();
    // a board embedded in a frame of another company page, hidden from its badge in the frame:
    // the popup for the tab names the frame's host
    const embedded: JobPosting = { ...career, site: 'embedded-ats', jobKey: 'embedded-ats:9', url: 'https://apply.example.net/jobs/9' };
    const page = await openTab('https://www.example.net/careers');
    await rememberTabPosting(page.sender, embedded);
    expect((await handle('hideOnSite', undefined, { ...page.sender, url: embedded.url })).ok).toBe(true);
    view = await handlePageMessage('getTabPosting', page.tab.id, popup);
    expect(view.ok && view.value).toMatchObject({ posting: null, hiddenHost: 'apply.example.net' });
  });

  it('edits a saved salary, and deletes everything (salaries, remembered postings, settings)', async () => {
    const saved = await addSubmission(salary);
    const edited = await handlePageMessage('updateSubmission', { id: saved.id, input: { ...salary, base: 2_600_000 } }, popup);
    expect(edited.ok && edited.value.annualBase).toBe(2_600_000);
    // the background's bounds apply to an edit too
    const absurd = await handlePageMessage('updateSubmission', { id: saved.id, input: { ...salary, base: 9e9, currency: 'GBP' } }, popup);
    expect(!absurd.ok && absurd.error.field).toBe('base');
    expect((await listSubmissions())[0]!.annualBase).toBe(2_600_000);
    const missing = await handlePageMessage('updateSubmission', { id: 'nope', input: salary }, popup);
    expect(!missing.ok && missing.error.code).toBe('not_found');

    const { sender } = await openTab(posting.url);
    await rememberTabPosting(sender, posting);
    await updateSettings({ displayCurrency: 'EUR' });
    const done = await handlePageMessage('deleteAllData', undefined, popup);
    expect(done.ok && done.value.deleted).toBe(1);
    expect(await listSubmissions()).toEqual([]);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect((await getSettings()).displayCurrency).toBeNull();
  });

  it('imports all rows or none, naming the row and field of the first bad one', async () => {
    const second = { ...salary, clientId: 'c0ffee00-0000-4000-8000-000000000002' };
    const bad = await handlePageMessage('importSubmissions', [salary, { ...second, base: 'lots' }], popup);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.message).toMatch(/^Row 2, field base/);
    // a row that passes the schema but not the background's bounds: also nothing stored
    const implausible = await handlePageMessage('importSubmissions', [salary, { ...second, base: 1, currency: 'USD' }], popup);
    expect(!implausible.ok && implausible.error.message).toMatch(/^Row 2, field base/);
    expect(await listSubmissions()).toEqual([]);
    const good = await handlePageMessage('importSubmissions', [salary, second], popup);
    expect(good.ok && good.value.imported).toBe(2);
  });
});
