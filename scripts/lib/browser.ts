/**
 * Launch Chromium with a built PayLens extension in a throwaway profile, mapping job-site host
 * names to the local page server. Used by `npm start`, the end-to-end tests and the benchmarks.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome-for-testing',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export function findChromium(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH=${fromEnv} does not exist.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  throw new Error(
    [
      'No Chromium found. PayLens loads its unpacked build into Chromium (branded Google Chrome 137+ ignores --load-extension).',
      'Install it:  Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium',
      '             macOS: brew install --cask chromium',
      'or point CHROME_PATH at a Chromium or Chrome for Testing binary.',
    ].join('\n'),
  );
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker(): Promise<Worker>;
  close(): Promise<void>;
}

export async function launchWithExtension(options: {
  extensionPath: string;
  port: number;
  hosts: string[];
  headless: boolean;
  /** more Chromium switches (the cold-start profile passes --trace-startup…) */
  extraArgs?: string[];
}): Promise<ExtensionBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'paylens-profile-'));
  const rules = options.hosts.map((h) => `MAP ${h} 127.0.0.1:${options.port}`).join(', ');
  const args = [
    `--disable-extensions-except=${options.extensionPath}`,
    `--load-extension=${options.extensionPath}`,
    `--host-resolver-rules=${rules}`,
    '--ignore-certificate-errors',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--disable-gpu',
  ];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  if (options.headless) args.push('--headless=new');
  args.push(...(options.extraArgs ?? []));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: false,
    args,
    ignoreDefaultArgs: ['--disable-extensions', '--disable-component-extensions-with-background-pages'],
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 900 },
  });
  const serviceWorker = async (): Promise<Worker> =>
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const worker = await serviceWorker();
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Stop the extension's service worker, as Chrome does after ~30 s idle. */
export async function stopServiceWorker(browser: ExtensionBrowser): Promise<void> {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}
