/**
 * `npm start`: build PayLens, serve the demo job pages over HTTPS and open Chromium with the
 * extension loaded on them, in a throwaway profile. With no display (DISPLAY unset) or with
 * --headless it loads each page, writes a screenshot and prints what the badge says.
 */
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { findChromium, launchWithExtension } from './lib/browser';
import { DEMO_ROOT, demoPages, hostsOf, onePagePerHost } from './lib/demo';
import { startPageServer } from './lib/https-server';

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const skipBuild = process.argv.includes('--no-build');

async function main(): Promise<void> {
  try {
    findChromium();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  if (!skipBuild) {
    console.log('Building PayLens (with detection on all sites granted, for the demo company page)…');
    execSync('npx wxt build', { stdio: 'inherit', env: { ...process.env, PAYLENS_TEST_BUILD: '1' } });
  }
  const extensionPath = resolve('.output-granted/chrome-mv3');
  // The demo pages, then one page for every other supported site (the pages the tests use).
  const SITES_ROOT = resolve('tests/fixtures/sites');
  const roots = [DEMO_ROOT, SITES_ROOT];
  const server = await startPageServer(roots);
  const demos = demoPages();
  const pages = [...demos, ...onePagePerHost(SITES_ROOT).filter((p) => !demos.some((d) => d.host === p.host))];
  const browser = await launchWithExtension({ extensionPath, port: server.port, hosts: hostsOf(roots), headless });

  if (!headless) {
    for (const page of demos) await (await browser.context.newPage()).goto(page.url);
    console.log(`PayLens is loaded in Chromium on ${demos.length} demo pages. Pages for every other supported site:`);
    for (const page of pages.slice(demos.length)) console.log(`  ${page.url}`);
    console.log('Close the window or press Ctrl+C to stop.');
    await new Promise<void>((done) => {
      browser.context.on('close', () => done());
      process.on('SIGINT', () => done());
    });
  } else {
    const outDir = resolve('.output/screenshots');
    mkdirSync(outDir, { recursive: true });
    for (const demo of pages) {
      const page = await browser.context.newPage();
      await page.goto(demo.url);
      const badge = page.locator('paylens-badge[data-variant="full"]');
      const cards = page.locator('paylens-badge[data-variant="card"]');
      let text = '(no badge: not a job posting)';
      try {
        await page.locator('paylens-badge:not([data-state="loading"])').first().waitFor({ timeout: 8000 });
        await page.waitForTimeout(300);
        const shown = (b: typeof badge) =>
          b.first().evaluate((el) => (el.shadowRoot?.querySelector('.pl') as HTMLElement | null)?.innerText.replace(/\s+/g, ' ').trim() ?? '');
        if (await badge.count()) text = await shown(badge);
        else if (await cards.count()) text = `${await cards.count()} card badges, the first: ${await shown(cards)}`;
      } catch {
        // no badge within the wait: expected on pages that are not postings
      }
      const name = `${demo.host}${new URL(demo.url).pathname}`.replace(/[^a-z0-9.-]+/gi, '_').replace(/_$/, '');
      const shot = resolve(outDir, `${name}.png`);
      await page.screenshot({ path: shot });
      console.log(`${demo.url}\n  screenshot: ${shot}\n  badge: ${text}`);
      await page.close();
    }
  }
  await browser.close();
  await server.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
