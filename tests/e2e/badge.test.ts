/**
 * The in-page badge as a person meets it, in real Chromium with the built extension: the line
 * (the role's level, the posted range against the market), the details card opened and closed by
 * mouse and keyboard, light and dark, AA contrast of the colours actually rendered, axe-core on the
 * open card, a page whose CSS strips every element under a strict CSP, and settings applied to
 * badges on screen. Writes tests/e2e/screenshots/badge-*.png and listing.png (shown in the README).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension } from '../../scripts/lib/browser';
import { DEMO_ROOT, hostsOf } from '../../scripts/lib/demo';
import { badgeText, EXTENSION_PATH, settledBadge, startHarness, type Harness } from './harness';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

/** a demo posting that publishes a range ($232k–$290k) */
const POSTED = { url: 'https://boards.greenhouse.io/ridgeline/jobs/4012377', key: 'greenhouse:4012377' };
const HOSTILE_CSS = { url: 'https://boards.greenhouse.io/saltmarsh/jobs/7300001', key: 'greenhouse:7300001' };
const LISTING = 'https://www.linkedin.com/jobs/software-engineer-jobs-bengaluru';

const toggleOf = (badge: Locator) => badge.locator('button[aria-expanded]');
const detailsOf = (badge: Locator) => badge.locator('[data-testid="badge-details"]');

async function open(page: Page, url: string, key: string, scheme: 'light' | 'dark' = 'light') {
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(url);
  return settledBadge(page, key);
}

/** The page's area from the top down to just below the badge (and its card, when open). */
async function shoot(page: Page, badge: Locator, path: string) {
  const box = (await badge.boundingBox())!;
  await page.screenshot({ path, clip: { x: 0, y: 0, width: Math.min(1000, Math.ceil(box.x + box.width + 24)), height: Math.ceil(box.y + box.height + 16) } });
}

/** What has focus, through the badge's shadow root: "paylens-badge > .pl-toggle", or the page's element. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (el?.localName !== 'paylens-badge') return el?.localName ?? null;
    return `paylens-badge > .${el.shadowRoot?.activeElement?.className ?? ''}`;
  });

/** An extension page of the same profile, to change settings the way options does. */
async function withSettings(patch: Record<string, unknown>): Promise<void> {
  const page = await h.browser.context.newPage();
  await page.goto(`chrome-extension://${h.browser.extensionId}/options.html`);
  await page.evaluate(async (p) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings ?? {}), ...p } });
  }, patch);
  await page.close();
}

describe('the badge on a posting', () => {
  it('says the level and how the posted range compares on the line; expands to the card; light and dark (screenshots)', async () => {
    const page = await h.browser.context.newPage();
    await page.setViewportSize({ width: 1000, height: 800 });
    const badge = await open(page, POSTED.url, POSTED.key);
    const [line] = await badgeText(page);
    expect(line).toMatch(/^PayLens estimate ~\$[\d.]+k for (Senior |Staff |mid-level |entry-level )?[A-Z][\w ]+s \(.+\) · (based on \d+ [\w -]+|from official wage statistics)/);
    expect(line).toMatch(/· posted \$232k.\$290k · (\d+% (above|below) market|at market) · Details · Check yours$/);
    await shoot(page, badge, 'tests/e2e/screenshots/badge-collapsed.png');

    await toggleOf(badge).click();
    await detailsOf(badge).waitFor();
    expect(await toggleOf(badge).getAttribute('aria-expanded')).toBe('true');
    const card = (await detailsOf(badge).textContent())!.replace(/\s+/g, ' ');
    expect(card).toMatch(/Middle half \$[\d.]+k.\$[\d.]+k/);
    expect(card).toMatch(/Posted by the employer: \$232k.\$290k/);
    expect(card).toMatch(/Role: .+ · Level: .+ · Place: /);
    expect(card).toMatch(/Figures as of \d{4}-\d{2}-\d{2}; exchange rates as of \d{4}-\d{2}-\d{2}\./);
    expect(card).toMatch(/(Base|Total) pay/);
    // a known site: its own switch, named (every Greenhouse board), and said so
    expect(card).toContain('Hide on Greenhouse');
    expect(card).toContain('Turns PayLens off on every Greenhouse page');
    // the posted range is drawn on the bar, on the same scale as the band
    expect(await badge.locator('.rb-posted').count()).toBe(1);
    await shoot(page, badge, 'tests/e2e/screenshots/badge-expanded.png');

    const lightBg = await badge.evaluate((el) => getComputedStyle(el.shadowRoot!.querySelector('.pl')!).backgroundColor);
    await page.emulateMedia({ colorScheme: 'dark' });
    const darkBg = await badge.evaluate((el) => getComputedStyle(el.shadowRoot!.querySelector('.pl')!).backgroundColor);
    expect(darkBg).not.toBe(lightBg);
    // a dark page around it, as a site that follows the scheme would be
    await page.addStyleTag({ content: 'html, body { background: #121212 !important; color: #e0e0e0 !important; } h1, h1 * { color: #e0e0e0 !important; }' });
    await shoot(page, badge, 'tests/e2e/screenshots/badge-dark.png');
    await page.close();
  });

  it('opens the card with Enter and Space on the focused badge; Escape and a click outside close it, focus back on the badge', async () => {
    const page = await h.browser.context.newPage();
    const badge = await open(page, POSTED.url, POSTED.key);
    // Tab to the badge as a keyboard user would
    for (let i = 0; i < 30 && (await focused(page)) !== 'paylens-badge > .pl-toggle'; i++) await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('paylens-badge > .pl-toggle');
    await page.keyboard.press('Enter');
    await detailsOf(badge).waitFor();
    await page.keyboard.press('Escape');
    await detailsOf(badge).waitFor({ state: 'detached' });
    expect(await toggleOf(badge).getAttribute('aria-expanded')).toBe('false');
    expect(await focused(page)).toBe('paylens-badge > .pl-toggle');
    await page.keyboard.press('Space');
    await detailsOf(badge).waitFor();
    // a click inside the card keeps it open; one on the page closes it
    await detailsOf(badge).click({ position: { x: 4, y: 4 } });
    expect(await detailsOf(badge).count()).toBe(1);
    await page.mouse.click(5, 5);
    await detailsOf(badge).waitFor({ state: 'detached' });
    await page.close();
  });

  it('has AA contrast in the colours it renders, light and dark, on the line, the card and listing cards', async () => {
    const failures: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      const page = await h.browser.context.newPage();
      const badge = await open(page, POSTED.url, POSTED.key, scheme);
      await toggleOf(badge).click();
      await detailsOf(badge).waitFor();
      failures.push(...(await lowContrast(page)).map((f) => `${scheme} posting: ${f}`));
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(LISTING);
      await page.locator('paylens-badge[data-variant="card"][data-state="ok"]').first().waitFor({ timeout: 15_000 });
      failures.push(...(await lowContrast(page)).map((f) => `${scheme} listing: ${f}`));
      await page.close();
    }
    expect(failures).toEqual([]);
  });

  it('has no serious or critical accessibility violations with the card open (axe-core)', async () => {
    const page = await h.browser.context.newPage();
    const badge = await open(page, POSTED.url, POSTED.key);
    await toggleOf(badge).click();
    await detailsOf(badge).waitFor();
    await page.evaluate(AXE);
    const violations = await page.evaluate(async () => {
      type Result = { violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] };
      const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<Result> } }).axe;
      const result = await axe.run({ include: [['paylens-badge']] }, { resultTypes: ['violations'] });
      return result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
    });
    expect(violations).toEqual([]);
    expect(await badge.locator('[role="region"]').getAttribute('aria-label')).toBe('Salary estimate details');
    await page.close();
  });

  it("keeps its size and colours on a page whose CSS strips every element (all: unset, 62.5% root) under a strict CSP, and its card still loads", async () => {
    const page = await h.browser.context.newPage();
    const blocked: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) blocked.push(m.text());
    });
    const badge = await open(page, HOSTILE_CSS.url, HOSTILE_CSS.key);
    const look = await badge.evaluate((el) => {
      const pl = getComputedStyle(el.shadowRoot!.querySelector('.pl')!);
      const toggle = getComputedStyle(el.shadowRoot!.querySelector('.pl-toggle')!);
      return { font: pl.fontSize, bg: pl.backgroundColor, border: pl.borderTopWidth, padding: pl.paddingLeft, display: getComputedStyle(el).display, toggleColor: toggle.color };
    });
    expect(look).toEqual({ font: '13px', bg: 'rgb(243, 246, 252)', border: '1px', padding: '10px', display: 'block', toggleColor: 'rgb(39, 81, 176)' });
    await toggleOf(badge).click();
    await detailsOf(badge).waitFor({ timeout: 5_000 });
    const card = (await detailsOf(badge).textContent())!.replace(/\s+/g, ' ');
    expect(card).toMatch(/Posted by the employer: \$150k.\$180k/);
    expect(card).toMatch(/the posting also lists Portland/);
    expect(await badge.evaluate((el) => getComputedStyle(el.shadowRoot!.querySelector('.rb-band')!).backgroundColor)).toBe('rgb(157, 183, 239)');
    expect(blocked).toEqual([]);
    await page.close();
  });
});

describe('the lazily loaded card code', () => {
  it('cannot be fetched by the page under the extension\'s id (no probing for PayLens by URL)', async () => {
    const page = await h.browser.context.newPage();
    const badge = await open(page, POSTED.url, POSTED.key);
    await toggleOf(badge).click();
    await detailsOf(badge).waitFor();
    const fetched = await page.evaluate(async (id) => {
      try {
        return (await fetch(`chrome-extension://${id}/badge-details.js`)).ok;
      } catch {
        return false;
      }
    }, h.browser.extensionId);
    expect(fetched).toBe(false);
    await page.close();
  });
});

describe('settings and actions reach badges on screen', () => {
  it('applies the badge style and the display currency to an open badge without a reload', async () => {
    const page = await h.browser.context.newPage();
    await open(page, POSTED.url, POSTED.key);
    try {
      await withSettings({ badgeStyle: 'compact' });
      await expect.poll(async () => (await badgeText(page))[0], { timeout: 5_000 }).toMatch(/^PayLens ~\$[\d.]+k · (\d+% (above|below) market|at market) · Details$/);
      await withSettings({ badgeStyle: 'full', displayCurrency: 'EUR' });
      await expect.poll(async () => (await badgeText(page))[0], { timeout: 5_000 }).toMatch(/^PayLens estimate ~€[\d.]+k for /);
    } finally {
      await withSettings({ badgeStyle: 'full', displayCurrency: null });
    }
    await page.close();
  });

  it('applies a display currency change to the listing cards on screen without a reload', async () => {
    const page = await h.browser.context.newPage();
    await page.goto('https://www.linkedin.com/jobs/software-engineer-jobs-bengaluru');
    const ok = page.locator('paylens-badge[data-variant="card"][data-state="ok"]');
    await ok.first().waitFor({ timeout: 15_000 });
    const cardTexts = () => page.$$eval('paylens-badge[data-variant="card"][data-state="ok"]', (els) => els.map((el) => el.shadowRoot?.textContent ?? ''));
    expect((await cardTexts()).some((t) => t.includes('₹'))).toBe(true);
    try {
      await withSettings({ displayCurrency: 'EUR' });
      await expect.poll(async () => { const t = await cardTexts(); return t.length > 0 && t.every((x) => x.includes('€') && !x.includes('₹')); }, { timeout: 5_000 }).toBe(true);
    } finally {
      await withSettings({ displayCurrency: null });
    }
    await page.close();
  });

  it('"Hide on Greenhouse" switches PayLens off on that site: the badge goes, the setting says so', async () => {
    const page = await h.browser.context.newPage();
    const badge = await open(page, POSTED.url, POSTED.key);
    try {
      await toggleOf(badge).click();
      await badge.locator('.pl-hide').click();
      await expect.poll(() => page.locator('paylens-badge').count(), { timeout: 5_000 }).toBe(0);
      const options = await h.browser.context.newPage();
      await options.goto(`chrome-extension://${h.browser.extensionId}/options.html`);
      expect(await options.evaluate(async () => ((await chrome.storage.local.get('settings')).settings as { sites: unknown }).sites)).toMatchObject({ greenhouse: false });
      await options.close();
    } finally {
      await withSettings({ sites: {} });
    }
    await page.close();
  });
});

describe('first run after install', () => {
  it('says it is preparing the salary data while the dataset goes in, then shows the figure without a reload (never stuck loading)', async () => {
    // a new profile: the dataset install that onInstalled starts is still going when the page opens
    const fresh = await launchWithExtension({ extensionPath: EXTENSION_PATH, port: h.server.port, hosts: hostsOf([DEMO_ROOT]), headless: true });
    try {
      const page = await fresh.context.newPage();
      await page.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { __seen: string[] }).__seen = seen;
        // the badge's shadow root is open: watch it from the page once the host appears
        const watched = new WeakSet<Element>();
        new MutationObserver(() => {
          for (const host of Array.from(document.querySelectorAll('paylens-badge'))) {
            if (watched.has(host) || !host.shadowRoot) continue;
            watched.add(host);
            const note = () => {
              const text = `${host.getAttribute('data-state')}: ${host.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim()}`;
              if (seen[seen.length - 1] !== text) seen.push(text);
            };
            note();
            new MutationObserver(note).observe(host.shadowRoot, { childList: true, subtree: true, characterData: true });
            new MutationObserver(note).observe(host, { attributes: true, attributeFilter: ['data-state'] });
          }
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(POSTED.url);
      const badge = page.locator(`paylens-badge[data-job-key="${POSTED.key}"][data-state="ok"]`);
      await badge.waitFor({ timeout: 20_000 });
      const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
      // every loading text is one of the two, and the last thing drawn is the figure
      for (const text of seen.filter((x) => x.startsWith('loading'))) expect(text).toMatch(/^loading: PayLens (estimating…|preparing salary data…)$/);
      expect(seen.at(-1)).toMatch(/^ok: PayLens estimate ~\$/);
    } finally {
      await fresh.close();
    }
  });
});

describe('listing cards', () => {
  it('show the median on each card; writes the listing screenshot', async () => {
    const page = await h.browser.context.newPage();
    await page.setViewportSize({ width: 1000, height: 800 });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(LISTING);
    const first = page.locator('paylens-badge[data-variant="card"][data-state="ok"]').first();
    await first.waitFor({ timeout: 15_000 });
    const text = await first.evaluate((el) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim());
    expect(text).toMatch(/^PayLens ~₹[\d.]+ (LPA|Cr)/);
    await page.screenshot({ path: 'tests/e2e/screenshots/listing.png', clip: { x: 0, y: 0, width: 1000, height: 600 } });
    await page.close();
  });
});

/**
 * Every text of every badge on the page whose colour against its (composited) background is
 * below WCAG AA (4.5:1, all badge text is small), as "text: ratio (fg on bg)".
 */
function lowContrast(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const parse = (c: string): [number, number, number, number] => {
      const m = c.match(/rgba?\(([^)]+)\)/);
      if (!m) return [0, 0, 0, 0];
      const [r, g, b, a] = m[1]!.split(/[ ,/]+/).filter(Boolean).map(Number);
      return [r!, g!, b!, a ?? 1];
    };
    const over = (top: number[], below: number[]) => top.slice(0, 3).map((v, i) => v * top[3]! + below[i]! * (1 - top[3]!));
    const lum = (rgb: number[]) => {
      const [r, g, b] = rgb.map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    /** the background behind `el`: its own and its ancestors' colours composited, then the page's */
    const background = (el: Element): number[] => {
      const layers: number[][] = [];
      for (let n: Element | null = el; n; n = n.parentElement ?? ((n.getRootNode() as ShadowRoot).host ?? null)) {
        const c = parse(getComputedStyle(n).backgroundColor);
        if (c[3] > 0) layers.push(c);
        if (c[3] === 1) break;
      }
      let rgb = [255, 255, 255];
      for (const layer of layers.reverse()) rgb = over(layer, rgb);
      return rgb;
    };
    const out: string[] = [];
    for (const host of Array.from(document.querySelectorAll('paylens-badge'))) {
      const walker = document.createTreeWalker(host.shadowRoot!, NodeFilter.SHOW_TEXT);
      for (let t = walker.nextNode(); t; t = walker.nextNode()) {
        const el = t.parentElement;
        if (!el || !t.textContent!.trim() || el.closest('style')) continue;
        const bg = background(el);
        const fg = over(parse(getComputedStyle(el).color), bg);
        const [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a);
        const ratio = (hi! + 0.05) / (lo! + 0.05);
        if (ratio < 4.5) out.push(`"${t.textContent!.trim().slice(0, 30)}": ${ratio.toFixed(2)} (${fg.map(Math.round)} on ${bg.map(Math.round)})`);
      }
    }
    return [...new Set(out)];
  });
}
