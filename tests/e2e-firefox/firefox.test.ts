/**
 * The shipped Firefox build (`npm run build:firefox`, .output/firefox-mv3) in a real, stock Firefox
 * (Debian's firefox-esr), driven over WebDriver BiDi, at the job boards' real addresses: the badge
 * on a posting and on a listing's cards; its details card, a module the content script imports
 * from the extension on the first open (also under a page's strict CSP); "Check yours" opening the
 * toolbar popup prefilled; answers and saved salaries after Firefox stopped the background; the
 * data-collection consent Firefox asks for when sharing is turned on (refused: sharing stays off);
 * detection on all sites once allowed.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from '../../scripts/lib/firefox';
import { DEMO_ROOT } from '../../scripts/lib/demo';
import { startPageServer, type PageServer } from '../../scripts/lib/https-server';

/** the store build; PAYLENS_E2E_FIREFOX_EXTENSION points at another (e.g. an older build, to see a test fail) */
const EXTENSION_PATH = resolve(process.env.PAYLENS_E2E_FIREFOX_EXTENSION ?? '.output/firefox-mv3');
/** the site fixtures we wrote (tests/fixtures/sites), served at their hosts as in the Chromium suite */
const SITES_ROOT = `${resolve('tests/fixtures/sites')}/`;
/** the hostile pages of the Chromium suite (tests/e2e/pages/README.md) */
const HOSTILE_ROOT = `${resolve('tests/e2e/pages')}/`;

/** a demo posting that publishes a range ($232k–$290k) and lists a second location */
const POSTED = { url: 'https://boards.greenhouse.io/ridgeline/jobs/4012377', key: 'greenhouse:4012377' };
/** a listing page of 25 cards; `postMessage({ more: n })` appends n more (tests/fixtures/sites) */
const LISTING = 'https://www.linkedin.com/jobs/software-engineer-jobs-bengaluru';
/** another demo posting (in India), opened only after the background was stopped */
const OTHER = { url: 'https://boards.greenhouse.io/ridgeline/jobs/4012345', key: 'greenhouse:4012345' };
/** a hostile page: `* { all: unset }` and a strict Content-Security-Policy (tests/e2e/pages/README.md) */
const STRICT_CSP = { url: 'https://boards.greenhouse.io/saltmarsh/jobs/7300001', key: 'greenhouse:7300001' };

let server: PageServer;
let ff: FirefoxWithExtension;

beforeAll(async () => {
  if (!existsSync(`${EXTENSION_PATH}/manifest.json`)) {
    throw new Error(`No Firefox build at ${EXTENSION_PATH}: run "npm run build:firefox" (npm run test:e2e-firefox does).`);
  }
  server = await startPageServer([DEMO_ROOT, SITES_ROOT, HOSTILE_ROOT]);
  ff = await launchFirefoxWithExtension({ extensionPath: EXTENSION_PATH, pagePort: server.port, headless: true });
});

afterAll(async () => {
  await ff?.close();
  await server?.close();
});

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Open a posting and wait until its full badge has an answer. */
async function openPosting(url: string, key?: string): Promise<{ page: Page; badge: ElementHandle<Element> }> {
  const page = await ff.browser.newPage();
  await page.goto(url);
  const ofKey = key ? `[data-job-key="${key}"]` : '';
  const badge = await page.waitForSelector(`paylens-badge[data-variant="full"]${ofKey}:not([data-state="loading"])`, { timeout: 20_000 });
  return { page, badge: badge! };
}

/** What the page shows inside the badge's shadow root. */
const shadowText = (page: Page, selector: string) =>
  page.evaluate((sel) => document.querySelector('paylens-badge')?.shadowRoot?.querySelector(sel)?.textContent ?? null, selector);

/** Click the badge's toggle as a user does (a real pointer event from the browser) and wait for the card. */
async function openCard(page: Page): Promise<string> {
  const toggle = await page.waitForSelector('paylens-badge >>> button[aria-expanded]');
  expect(await toggle!.evaluate((b) => b.getAttribute('aria-expanded'))).toBe('false');
  await toggle!.click();
  await page.waitForSelector('paylens-badge >>> [data-testid="badge-details"]', { timeout: 10_000 });
  expect(await toggle!.evaluate((b) => b.getAttribute('aria-expanded'))).toBe('true');
  return squash(await shadowText(page, '[data-testid="badge-details"]'));
}

describe('Firefox: the badge on a posting', () => {
  it('shows one badge with a figure; a click opens the lazily loaded details card, Escape closes it', async () => {
    const { page, badge } = await openPosting(POSTED.url, POSTED.key);
    expect(await page.$$eval('paylens-badge', (els) => els.length)).toBe(1);
    expect(await badge.evaluate((el) => el.getAttribute('data-state'))).toBe('ok');
    const line = squash(await shadowText(page, '.pl'));
    expect(line).toMatch(/^PayLens estimate ~\$\d[\d.]*k for (Senior |Staff |mid-level |entry-level )?[A-Z][\w ]+s \(.+\) · /);
    expect(line).toMatch(/· posted \$232k.\$290k · (\d+% (above|below) market|at market) · Details · Check yours$/);
    // the card's code is not on the page until it is first opened
    expect(await shadowText(page, '[data-testid="badge-details"]')).toBeNull();

    const card = await openCard(page);
    expect(card).toMatch(/Middle half \$\d[\d.]*k.\$\d[\d.]*k/);
    expect(card).toMatch(/Median \$\d[\d.]*k/);
    expect(card).toMatch(/Posted by the employer: \$232k.\$290k . \d+% (above|below) market|Posted by the employer: \$232k.\$290k . at market/);
    expect(card).toMatch(/the posting also lists New York/);
    expect(card).toMatch(/Sources: .+\(\d{4}, [^)]+\)/);
    expect(card).toMatch(/Figures as of \d{4}-\d\d-\d\d; exchange rates as of \d{4}-\d\d-\d\d/);
    // drawn, not just present: the bar has a width on screen
    const barWidth = await page.evaluate(() => document.querySelector('paylens-badge')!.shadowRoot!.querySelector('.rb-band')?.getBoundingClientRect().width ?? 0);
    expect(barWidth).toBeGreaterThan(20);
    // the module ran in the content script's world: the page's own scripts cannot see its renderer
    expect(await page.evaluate(() => typeof (window as unknown as Record<string, unknown>).__paylensBadgeDetails)).toBe('undefined');

    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('paylens-badge')?.shadowRoot?.querySelector('[data-testid="badge-details"]'), { timeout: 5_000 });
    await page.close();
  });

  it('opens the details card under a strict Content-Security-Policy and host CSS that strips every element', async () => {
    const { page } = await openPosting(STRICT_CSP.url, STRICT_CSP.key);
    expect(squash(await shadowText(page, '.pl'))).toMatch(/^PayLens estimate ~\$\d[\d.]*k for /);
    const card = await openCard(page);
    expect(card).toMatch(/Posted by the employer: \$150k.\$180k/);
    expect(card).toMatch(/the posting also lists Portland/);
    // the badge's own styles apply in spite of the page's CSP and `all: unset`
    const look = await page.evaluate(() => {
      const root = document.querySelector('paylens-badge')!.shadowRoot!;
      const s = getComputedStyle(root.querySelector('.pl')!);
      return { font: s.fontSize, display: s.display, band: getComputedStyle(root.querySelector('.rb-band')!).backgroundColor };
    });
    expect(look).toEqual({ font: '13px', display: 'block', band: 'rgb(157, 183, 239)' });
    await page.close();
  });

  it('"Check yours" opens the toolbar popup on this posting, its form prefilled', async () => {
    const { page } = await openPosting(POSTED.url, POSTED.key);
    const check = await page.waitForSelector('paylens-badge >>> button.pl-check');
    await check!.click();
    // the popup is a panel of the browser window, not a tab: an extension page can see it
    const options = await ff.openExtensionPage('/options.html');
    const popup = () =>
      options.evaluate(() => {
        const api = (globalThis as unknown as { browser: { extension: { getViews(q: object): Window[] } } }).browser;
        const view = api.extension.getViews({ type: 'popup' })[0];
        const posting = view?.document.querySelector('[data-testid="posting"]');
        if (!view || !posting?.querySelector('.figure')) return null;
        return {
          posting: posting.textContent!.replace(/\s+/g, ' '),
          title: view.document.querySelector<HTMLInputElement>('input[name="title"]')?.value ?? null,
          company: view.document.querySelector<HTMLInputElement>('input[name="company"]')?.value ?? null,
        };
      });
    await expect.poll(popup, { timeout: 10_000 }).not.toBeNull();
    const shown = (await popup())!;
    expect(shown.posting).toMatch(/Staff Machine Learning Engineer/);
    expect(shown.posting).toMatch(/Estimate for .*Engineers .*~\$\d/);
    expect(shown.posting).toMatch(/Posted by the employer: \$232k.\$290k/);
    expect(shown.title).toBe('Staff Machine Learning Engineer');
    expect(shown.company).not.toBe('');
    await ff.inChrome(`(() => { document.getElementById('customizationui-widget-panel')?.hidePopup(); return true; })()`);
    await options.close();
    await page.close();
  });

  it('puts one answered compact badge on every card of a listing, also on cards appended later', async () => {
    const page = await ff.browser.newPage();
    await page.goto(LISTING);
    const count = () => page.$$eval('paylens-badge[data-variant="card"]', (els) => els.length);
    await page.waitForFunction(() => document.querySelectorAll('paylens-badge[data-variant="card"]').length === 25, { timeout: 20_000 });
    await page.evaluate(() => window.postMessage({ more: 25 }, '*'));
    await page.waitForFunction(() => document.querySelectorAll('paylens-badge[data-variant="card"]').length === 50, { timeout: 15_000 });
    await page.waitForFunction(() => document.querySelectorAll('paylens-badge[data-variant="card"][data-state="loading"]').length === 0, { timeout: 15_000 });
    const keys = await page.$$eval('paylens-badge[data-variant="card"]', (els) => els.map((e) => e.getAttribute('data-job-key')));
    expect(new Set(keys).size).toBe(50);
    expect(await count()).toBe(50);
    // a figure in rupees on the cards that have one, drawn with the badge's own styles
    const figures = await page.$$eval('paylens-badge[data-variant="card"][data-state="ok"]', (els) =>
      els.map((b) => ({ text: b.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim(), font: getComputedStyle(b.shadowRoot!.querySelector('.pl')!).fontSize })),
    );
    expect(figures.length).toBeGreaterThan(10);
    for (const f of figures) expect(f.text).toMatch(/₹[\d.]+ ?(LPA|L|Cr|k)?/);
    expect(new Set(figures.map((f) => f.font)).size).toBe(1);
    await page.close();
  });

  it('answers after Firefox stopped the background (as it does after idle): the next posting still gets its figure', async () => {
    const ext = `WebExtensionPolicy.getByID('paylens@paylens.app').extension`;
    expect(await ff.inChrome(`${ext}.backgroundState`)).toBe('running');
    expect(await ff.inChrome(`(async () => { await ${ext}.terminateBackground({ disableResetIdleForTest: true }); return ${ext}.backgroundState; })()`)).toBe('stopped');
    const { page, badge } = await openPosting(OTHER.url, OTHER.key);
    expect(await badge.evaluate((el) => el.getAttribute('data-state'))).toBe('ok');
    expect(squash(await shadowText(page, '.pl'))).toMatch(/^PayLens estimate ~₹[\d.]+ (LPA|Cr) for .+ · based on \d+ salaries · /);
    expect(await ff.inChrome(`${ext}.backgroundState`)).toBe('running');
    await page.close();
  });
});

describe('Firefox: your own salary', () => {
  it('is saved from the popup, compared with the market, and still listed after Firefox stopped the background', async () => {
    const popup = await ff.openExtensionPage('/popup.html');
    const fill = async (name: string, text: string) => {
      const input = (await popup.waitForSelector(`form input[name="${name}"]`))!;
      await input.click({ count: 3 });
      await popup.keyboard.press('Backspace');
      await input.type(text);
    };
    await fill('title', 'Senior Software Engineer');
    await fill('company', 'Swiggy');
    await fill('location', 'Bengaluru, India');
    await fill('yearsExperience', '7');
    await fill('base', '3400000');
    await popup.select('form select[name="currency"]', 'INR');
    await popup.click('form button[type="submit"]');
    const comparison = await popup.waitForSelector('[data-testid="comparison"]', { timeout: 10_000 });
    expect(squash(await comparison!.evaluate((el) => el.textContent))).toMatch(
      /You are paid (\d+% (below|above)|about) the market median for .*Software Engineers .*\(p\d+\)\./,
    );
    await popup.waitForFunction(() => [...document.querySelectorAll('.submission')].some((el) => /Senior Software Engineer/.test(el.textContent ?? '')));

    const ext = `WebExtensionPolicy.getByID('paylens@paylens.app').extension`;
    await ff.inChrome(`(async () => { await ${ext}.terminateBackground({ disableResetIdleForTest: true }); return true; })()`);
    await popup.close();
    const again = await ff.openExtensionPage('/popup.html');
    await again.waitForFunction(() => [...document.querySelectorAll('.submission')].some((el) => /Senior Software Engineer/.test(el.textContent ?? '')), { timeout: 10_000 });
    expect(await again.$$eval('.submission', (els) => els.length)).toBe(1);
    await again.close();
  });
});

/** Firefox's own permission prompt (a doorhanger in the browser window, outside any page). */
const PROMPT = `document.getElementById('addon-webext-permissions-notification')`;

async function promptText(): Promise<string> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const text = await ff.inChrome<string | null>(`(() => { const n = ${PROMPT}; return n && PopupNotifications.panel.state === 'open' ? n.textContent : null; })()`);
    if (text) return squash(text);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('Firefox showed no permission prompt');
}

async function answerPrompt(answer: 'allow' | 'deny'): Promise<void> {
  await ff.inChrome(`(() => { const n = ${PROMPT}; (${JSON.stringify(answer)} === 'allow' ? n.button : n.secondaryButton).click(); return true; })()`);
}

/** What the extension has been granted, and the stored sharing setting, read from its own page. */
const granted = (page: Page) =>
  page.evaluate(async () => {
    const api = (globalThis as unknown as { browser: typeof chrome }).browser;
    const all = (await api.permissions.getAll()) as { data_collection?: string[] };
    const { settings } = (await api.storage.local.get('settings')) as { settings?: { sharing?: boolean } };
    return { dataCollection: [...(all.data_collection ?? [])].sort(), sharing: settings?.sharing ?? false };
  });

const sharingSwitch = (page: Page) => page.$eval('input[name="sharing"]', (el) => (el as HTMLInputElement).checked);

describe('Firefox: sharing asks for the data-collection permissions', () => {
  it('turning sharing on asks; refused leaves it off; allowed turns it on with the permissions granted', async () => {
    const options = await ff.openExtensionPage('/options.html');
    await options.waitForSelector('input[name="sharing"]');
    expect(await sharingSwitch(options)).toBe(false);
    expect(await granted(options)).toEqual({ dataCollection: [], sharing: false });

    await options.click('input[name="sharing"]');
    const asked = await promptText();
    expect(asked).toMatch(/financial and payment information/i);
    expect(asked).toMatch(/browsing activity/i);
    await answerPrompt('deny');
    await options.waitForFunction(() => /Sharing stays off/.test(document.querySelector('.sharing [role="status"]')?.textContent ?? ''), { timeout: 5_000 });
    expect(await sharingSwitch(options)).toBe(false);
    expect(await granted(options)).toEqual({ dataCollection: [], sharing: false });

    await options.click('input[name="sharing"]');
    expect(await promptText()).toMatch(/financial and payment information/i);
    await answerPrompt('allow');
    await options.waitForFunction(async () => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      const { settings } = (await api.storage.local.get('settings')) as { settings?: { sharing?: boolean } };
      return settings?.sharing === true;
    });
    expect(await sharingSwitch(options)).toBe(true);
    expect(await granted(options)).toEqual({ dataCollection: ['browsingActivity', 'financialAndPaymentInfo'], sharing: true });
    await options.close();
  });
});

/** a company career page with schema.org JobPosting data: read only with detection on all sites */
const CAREERS = 'https://careers.northwind.example/jobs/data-engineer-berlin';

describe('Firefox: detection on all sites', () => {
  it('is off until the user allows it in options; then a company career page gets its badge', async () => {
    const before = await ff.browser.newPage();
    await before.goto(CAREERS);
    await before.waitForSelector('script[type="application/ld+json"]');
    // the known-site scripts answer within a second or two (above); give this one longer
    await new Promise((r) => setTimeout(r, 3_000));
    expect(await before.$$eval('paylens-badge', (els) => els.length)).toBe(0);
    await before.close();

    const options = await ff.openExtensionPage('/options.html');
    const allow = await options.waitForSelector('.all-sites button');
    await allow!.click();
    expect(await promptText()).toMatch(/Access your data for all websites/i);
    await answerPrompt('allow');
    await options.waitForFunction(() => /Stop detecting/.test(document.querySelector('.all-sites')?.textContent ?? ''), { timeout: 5_000 });
    await options.close();

    const { page } = await openPosting(CAREERS);
    const line = squash(await shadowText(page, '.pl'));
    expect(line).toMatch(/^PayLens estimate ~€\d[\d.]*k for .*Data Engineers \(.+\) · /);
    expect(line).toMatch(/posted €65k.€80k/);
    await page.close();
  });
});
