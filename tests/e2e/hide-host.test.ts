/**
 * "Hide on <host>" on a company career page the all-sites reader found (no site switch of its
 * own): the badge goes at once, stays gone across a reload, the popup says why, and "Show again"
 * on the options page (by keyboard) brings it back on the open page without a reload.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settledBadge, startHarness, type Harness } from './harness';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
  // a fresh profile: the background registers the all-sites reader just after install; wait for it
  const worker = await h.browser.serviceWorker();
  await worker.evaluate(async () => {
    for (let i = 0; i < 150 && (await chrome.scripting.getRegisteredContentScripts()).length === 0; i++) await new Promise((r) => setTimeout(r, 100));
  });
});

afterAll(async () => {
  await h?.close();
});

const HOST = 'jobs.brackenhollow.example';
const URL = `https://${HOST}/openings/senior-software-engineer-austin`;
const KEY = `generic:${HOST}/openings/senior-software-engineer-austin`;
/** another career site, which stays badged: the control that the browser draws badges meanwhile */
const CONTROL_URL = 'https://careers.northwind.example/jobs/data-engineer-berlin';
const CONTROL_KEY = 'generic:careers.northwind.example/jobs/data-engineer-berlin';

describe('"Hide on <host>" on a career page of its own', () => {
  it('hides the badge on that host only, across a reload, says so in the popup, and "Show again" in options brings it back', async () => {
    const page = await h.browser.context.newPage();
    await page.goto(URL);
    const badge = await settledBadge(page, KEY);
    expect(await badge.getAttribute('data-state')).toBe('ok');

    // open the details card and find the way to hide, named by the host it hides
    await badge.locator('button[aria-expanded]').click();
    await badge.locator('[data-testid="badge-details"]').waitFor({ timeout: 5_000 });
    const hide = badge.locator('.pl-hide');
    expect((await hide.textContent())?.trim()).toBe(`Hide on ${HOST}`);
    expect(await badge.locator('[data-testid="badge-details"]').textContent()).toContain('On this site only; show it again from the PayLens popup or settings.');
    await hide.click();
    await expect.poll(() => page.locator('paylens-badge').count(), { timeout: 5_000 }).toBe(0);

    // after a reload: still none, while another career site in the same browser is badged
    await page.reload();
    const control = await h.browser.context.newPage();
    await control.goto(CONTROL_URL);
    await settledBadge(control, CONTROL_KEY);
    await page.waitForTimeout(500);
    expect(await page.locator('paylens-badge').count()).toBe(0);
    expect(await page.locator('h1').textContent()).toBe('Senior Software Engineer');

    // the popup for that tab says why there is no badge
    const popup = await h.browser.context.newPage();
    await popup.goto(`chrome-extension://${h.browser.extensionId}/options.html`);
    const tabId = await popup.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id, URL);
    expect(typeof tabId).toBe('number');
    await popup.goto(`chrome-extension://${h.browser.extensionId}/popup.html?tab=${tabId}`);
    const why = popup.locator('[data-testid="no-posting"][data-reason="host-hidden"]');
    await why.waitFor();
    expect(await why.textContent()).toContain(`PayLens is hidden on this site (${HOST}).`);
    expect(await why.getByRole('button', { name: 'Show PayLens here again' }).count()).toBe(1);

    // the options page lists the host; "Show again" reached and pressed with the keyboard
    const options = popup;
    await options.goto(`chrome-extension://${h.browser.extensionId}/options.html`);
    const list = options.locator('[data-testid="hidden-hosts"]');
    await list.locator('li').first().waitFor();
    expect((await list.locator('li').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim())).toEqual([`${HOST} Show again`]);
    const show = list.getByRole('button', { name: `Show again on ${HOST}` });
    await show.focus();
    expect(await options.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Show again on ${HOST}`);
    await options.keyboard.press('Enter');
    await options.getByRole('status').filter({ hasText: `PayLens shows on ${HOST} again.` }).waitFor();
    expect(await list.locator('li').count()).toBe(0);

    // the badge is back on the open page, without a reload, and after one
    const back = await settledBadge(page, KEY);
    expect(await back.getAttribute('data-state')).toBe('ok');
    await page.reload();
    await settledBadge(page, KEY);
    expect(await page.locator('paylens-badge').count()).toBe(1);
    // the other career site was never hidden
    expect(await control.locator('paylens-badge').count()).toBe(1);
    await Promise.all([page.close(), control.close(), options.close()]);
  });
});
