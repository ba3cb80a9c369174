/**
 * The popup and the options page in real Chromium: the current tab's posting with its estimate,
 * a salary typed with the keyboard alone that survives a service-worker restart, the comparison,
 * a malformed import that changes nothing, and an axe-core accessibility check of both pages.
 * Writes tests/e2e/screenshots/popup.png and options.png (shown in the README).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stopServiceWorker } from '../../scripts/lib/browser';
import { settledBadge, startHarness, type Harness } from './harness';

let h: Harness;
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const popupUrl = () => `chrome-extension://${h.browser.extensionId}/popup.html`;
const optionsUrl = () => `chrome-extension://${h.browser.extensionId}/options.html`;

/** axe-core's serious and critical violations on the page as it is now (injected through CDP: extension pages' CSP forbids script tags). */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: unknown): Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.targets.join(', ')}`);
}

async function tabIdOf(page: Page, pattern: string): Promise<number> {
  const id = await page.evaluate(async (p) => (await chrome.tabs.query({ url: p }))[0]?.id, pattern);
  if (typeof id !== 'number') throw new Error(`no tab for ${pattern}`);
  return id;
}

describe('popup', () => {
  it("shows the tab's posting with its estimate on a bar, and says why when there is none", async () => {
    const job = await h.browser.context.newPage();
    await job.goto('https://boards.greenhouse.io/ridgeline/jobs/4012377');
    await settledBadge(job, 'greenhouse:4012377');
    const popup = await h.browser.context.newPage();
    await popup.goto(popupUrl());
    // opened as a page of its own: no posting
    await popup.locator('[data-testid="no-posting"]').waitFor();
    const tab = await tabIdOf(popup, 'https://boards.greenhouse.io/ridgeline/jobs/4012377');
    await popup.goto(`${popupUrl()}?tab=${tab}`);
    const card = popup.locator('[data-testid="posting"]');
    await card.locator('.figure').waitFor();
    const text = (await card.textContent())!.replace(/\s+/g, ' ');
    expect(text).toMatch(/Estimate for .*Engineers .*~\$\d/);
    expect(text).toMatch(/Posted by the employer: \$232k.\$290k/);
    expect(await card.locator('[data-testid="range-bar"] [data-testid="range-posted"]').count()).toBe(1);
    // prefilled from the posting
    expect(await popup.locator('input[name="company"]').inputValue()).not.toBe('');

    // a site switched off in options: the popup says so and offers to turn it back on
    const other = await h.browser.context.newPage();
    await other.goto('https://boards.greenhouse.io/lumenwave/jobs/5567044');
    await settledBadge(other, 'greenhouse:5567044');
    await popup.goto(optionsUrl());
    await popup.locator('input[name="site-greenhouse"]').uncheck();
    await popup.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await other.reload();
    await other.waitForTimeout(500);
    expect(await other.locator('paylens-badge').count()).toBe(0);
    await popup.goto(`${popupUrl()}?tab=${await tabIdOf(popup, 'https://boards.greenhouse.io/lumenwave/jobs/5567044')}`);
    const off = popup.locator('[data-testid="no-posting"][data-reason="site-off"]');
    await off.waitFor();
    expect(await off.textContent()).toContain('PayLens is turned off on Greenhouse.');
    await off.getByRole('button', { name: 'Turn on for Greenhouse' }).click();
    await other.reload();
    await settledBadge(other, 'greenhouse:5567044');
    await Promise.all([job.close(), other.close(), popup.close()]);
  });

  it('a salary entered with the keyboard alone is compared, and still listed after the service worker restarts', async () => {
    const page = await h.browser.context.newPage();
    await page.goto(popupUrl());
    const title = page.locator('input[name="title"]');
    await title.focus();
    await page.keyboard.type('Senior Software Engineer');
    await page.keyboard.press('Tab'); // company
    await page.keyboard.type('Swiggy');
    await page.keyboard.press('Tab'); // location
    await page.keyboard.type('Bengaluru, India');
    await page.keyboard.press('Tab'); // level: keep "from my title"
    await page.keyboard.press('Tab'); // years
    await page.keyboard.type('7');
    await page.keyboard.press('Tab'); // base
    await page.keyboard.type('lots');
    await page.keyboard.press('Enter');
    // the error is at the field, and focus is on it
    const base = page.locator('input[name="base"]');
    await expect.poll(() => base.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#e-base').textContent()).toMatch(/Enter a number/);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('base');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('3400000');
    await page.keyboard.press('Tab'); // period
    await page.keyboard.press('Tab'); // bonus
    await page.keyboard.type('300000');
    await page.keyboard.press('Tab'); // equity
    await page.keyboard.press('Tab'); // currency: a select, chosen by typing its name
    await page.keyboard.type('Indian');
    expect(await page.locator('select[name="currency"]').inputValue()).toBe('INR');
    await page.keyboard.press('Tab'); // the submit button
    await page.keyboard.press('Enter');
    const comparison = page.locator('[data-testid="comparison"]');
    await comparison.waitFor();
    expect((await comparison.textContent())!.replace(/\s+/g, ' ')).toMatch(
      /You are paid (\d+% (below|above)|about) the market median for .*Software Engineers .*\(p\d+\)\./,
    );
    expect(await comparison.locator('[data-testid="range-mine"]').count()).toBe(1);
    await page.locator('.submission', { hasText: 'Senior Software Engineer' }).waitFor();
    await page.locator('main').screenshot({ path: 'tests/e2e/screenshots/popup.png' });

    // no pause after the stop: the popup opens while the worker is going away, as it may for a
    // user, and must still list the salary (it asks again when the worker is not there)
    await stopServiceWorker(h.browser);
    await page.goto(popupUrl());
    await page.locator('.submission', { hasText: 'Senior Software Engineer' }).waitFor();
    expect(await page.locator('.submission').count()).toBe(1);
    expect(await page.getByText('You have saved 1 salary in this browser.').count()).toBe(1);

    // edit it
    await page.getByRole('button', { name: 'Edit Senior Software Engineer' }).click();
    const edit = page.locator('.card form');
    await edit.locator('input[name="base"]').fill('3600000');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await page.locator('.submission', { hasText: '36,00,000' }).waitFor();
    await page.close();
  });

  it('has no serious or critical accessibility violations (axe-core)', async () => {
    const page = await h.browser.context.newPage();
    await page.goto(popupUrl());
    await page.locator('.submissions, .muted').first().waitFor();
    await page.getByRole('button', { name: /^Compare / }).first().click();
    await page.locator('[data-testid="comparison"]').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('options page', () => {
  it('shows sites by group and real name; a malformed import changes nothing and names the row and field', async () => {
    const page = await h.browser.context.newPage();
    await page.goto(optionsUrl());
    await page.getByRole('group', { name: 'Job boards' }).getByText('Welcome to the Jungle').waitFor();
    await page.getByRole('group', { name: 'Applicant-tracking systems' }).getByText('Zoho Recruit').waitFor();
    await page.getByText(/You have saved \d+ salar/).waitFor();
    const before = await page.getByText(/You have saved \d+ salar/).textContent();
    const csv = ['title,company,location,base,currency', 'Data Engineer,Zepto,Mumbai,2400000,INR', 'Analyst,,Pune,lots,INR'].join('\n');
    await page.locator('input[name="importFile"]').setInputFiles({ name: 'mine.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const status = page.locator('[data-testid="import-status"]');
    await status.waitFor();
    expect(await status.getAttribute('role')).toBe('alert');
    expect(await status.textContent()).toContain('Row 2, field “base”: must be a number.');
    expect(await status.textContent()).toContain('Nothing was imported');
    await page.reload();
    await page.getByText(/You have saved \d+ salar/).waitFor();
    expect(await page.getByText(/You have saved \d+ salar/).textContent()).toBe(before);

    // a good file imports
    const good = ['title,company,location,base,currency', 'Data Engineer,Zepto,Mumbai,2400000,INR'].join('\n');
    await page.locator('input[name="importFile"]').setInputFiles({ name: 'mine.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
    await page.locator('[data-testid="import-status"]', { hasText: 'Imported 1 salary.' }).waitFor();
    await page.close();
  });

  it('has no serious or critical accessibility violations (axe-core), and writes its screenshot', async () => {
    const page = await h.browser.context.newPage();
    await page.goto(optionsUrl());
    await page.getByRole('heading', { name: 'Salary data' }).waitFor();
    await page.locator('table.sources').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: 'tests/e2e/screenshots/options.png', fullPage: true });
    await page.close();
  });
});
