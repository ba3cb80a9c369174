/**
 * Launch stock Firefox (Debian's firefox-esr) with a built PayLens extension installed as a
 * temporary add-on, driven over WebDriver BiDi by puppeteer-core. Job-site host names reach the
 * local page server through a CONNECT proxy on this machine (Firefox has no host-resolver rules);
 * the page server's self-signed certificate is accepted by the BiDi session.
 *
 * Firefox runs with system access for the remote agent, so a test can also reach the browser's
 * own window ("chrome"): open extension pages (BiDi may not navigate a tab to moz-extension://)
 * and answer the browser's permission prompts, which live outside any page.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'];

export function findFirefox(): string {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`FIREFOX_PATH=${fromEnv} does not exist.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  throw new Error(
    [
      'No Firefox found. The Firefox end-to-end tests drive a stock Firefox 140+ over WebDriver BiDi.',
      'Install it:  Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y firefox-esr',
      'or point FIREFOX_PATH at a Firefox binary.',
    ].join('\n'),
  );
}

/** An HTTP CONNECT proxy that tunnels every https request to the local page server. */
async function startTunnel(targetPort: number): Promise<Server> {
  const proxy = createServer((_req, res) => {
    // plain http is not proxied (only network.proxy.ssl is set): nothing should arrive here
    res.writeHead(502).end();
  });
  proxy.on('connect', (_req, client, head) => {
    const upstream = connect(targetPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((ok) => proxy.listen(0, '127.0.0.1', ok));
  return proxy;
}

export interface FirefoxWithExtension {
  browser: Browser;
  /** moz-extension://<uuid>: fixed before launch, so extension pages have a known address */
  extensionBase: string;
  /** A new tab on one of the extension's pages ("/options.html"), opened as the user would. */
  openExtensionPage(path: string): Promise<Page>;
  /** Evaluate an expression in the browser window's own (privileged) scope; promises are awaited. */
  inChrome<T = unknown>(expression: string): Promise<T>;
  close(): Promise<void>;
}

interface BidiSend {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

type RemoteValue = { type: string; value?: unknown };

/** A BiDi remote value (primitives, arrays, plain objects) back to JSON-ish data. */
function fromRemote(v: RemoteValue): unknown {
  switch (v.type) {
    case 'undefined':
      return undefined;
    case 'null':
      return null;
    case 'array':
      return (v.value as RemoteValue[]).map(fromRemote);
    case 'object':
      return Object.fromEntries((v.value as [string | RemoteValue, RemoteValue][]).map(([k, val]) => [typeof k === 'string' ? k : String(fromRemote(k)), fromRemote(val)]));
    default:
      return v.value;
  }
}

export async function launchFirefoxWithExtension(options: { extensionPath: string; pagePort: number; headless: boolean }): Promise<FirefoxWithExtension> {
  const manifestId = 'paylens@paylens.app';
  const uuid = randomUUID();
  const tunnel = await startTunnel(options.pagePort);
  const tunnelPort = (tunnel.address() as AddressInfo).port;
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: findFirefox(),
      headless: options.headless,
      acceptInsecureCerts: true,
      defaultViewport: { width: 1280, height: 900 },
      // the remote agent may evaluate in the browser window (permission prompts, extension tabs)
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        // https to any host goes through the tunnel; localhost (a sharing service) is never proxied
        'network.proxy.type': 1,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': tunnelPort,
        'network.proxy.allow_hijacking_localhost': false,
        'network.dns.disablePrefetch': true,
        // the add-on's moz-extension:// host, fixed so tests can name its pages
        'extensions.webextensions.uuids': JSON.stringify({ [manifestId]: uuid }),
      },
    });
  } catch (error) {
    tunnel.close();
    throw error;
  }
  const installed = await browser.installExtension(options.extensionPath);
  if (installed !== manifestId) throw new Error(`Installed add-on ${installed}, expected ${manifestId}`);
  const extensionBase = `moz-extension://${uuid}`;
  // puppeteer's BiDi connection (public on the object, not in its typings)
  const bidi = (browser as unknown as { connection: BidiSend }).connection;

  const chromeContext = async (): Promise<string> => {
    const { result } = await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
    const contexts = result.contexts as { context: string; url: string }[];
    const win = contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
    if (!win) throw new Error(`No browser window among the chrome contexts: ${JSON.stringify(contexts)}`);
    return win.context;
  };

  const inChrome = async <T>(expression: string): Promise<T> => {
    const { result } = await bidi.send('script.evaluate', { expression, target: { context: await chromeContext() }, awaitPromise: true });
    if (result.type === 'exception') throw new Error(`In the browser window: ${JSON.stringify(result.exceptionDetails)}`);
    return fromRemote(result.result as RemoteValue) as T;
  };

  const openExtensionPage = async (path: string): Promise<Page> => {
    const url = `${extensionBase}${path}`;
    const before = new Set(await browser.pages());
    await inChrome(
      `(() => { gBrowser.selectedTab = gBrowser.addTab(${JSON.stringify(url)}, { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() }); return true; })()`,
    );
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      for (const page of await browser.pages()) {
        if (before.has(page)) continue;
        // puppeteer may still report about:blank for an extension tab: ask the page itself
        const href = await page.evaluate(() => location.href).catch(() => '');
        if (href === url) {
          await page.waitForFunction(() => document.readyState === 'complete');
          return page;
        }
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`The extension page ${url} did not open`);
  };

  return {
    browser,
    extensionBase,
    openExtensionPage,
    inChrome,
    async close() {
      await browser.close().catch(() => undefined);
      await new Promise<void>((ok) => tunnel.close(() => ok()));
    },
  };
}
