/**
 * A local HTTPS server for demo and test pages. Chromium's --host-resolver-rules maps real job
 * site host names (boards.greenhouse.io, …) to it, so the manifest's real match patterns apply.
 * A request for https://<host><path> is answered from <root>/<host><path>(.html|/index.html).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** A throwaway self-signed certificate (Chromium runs with --ignore-certificate-errors). */
function certificate(): { key: Buffer; cert: Buffer } {
  const dir = join(tmpdir(), 'paylens-dev-cert');
  const keyPath = join(dir, 'key.pem');
  const certPath = join(dir, 'cert.pem');
  if (!existsSync(keyPath) || !existsSync(certPath)) {
    mkdirSync(dir, { recursive: true });
    try {
      execFileSync(
        'openssl',
        ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', keyPath, '-out', certPath, '-days', '30', '-subj', '/CN=paylens.test'],
        { stdio: 'ignore' },
      );
    } catch (error) {
      throw new Error(`Could not create a test certificate with openssl (apt-get install -y openssl): ${String(error)}`);
    }
  }
  return { key: readFileSync(keyPath), cert: readFileSync(certPath) };
}

export interface PageServer {
  port: number;
  server: Server;
  /** requests served, for tests that check what was fetched */
  log: string[];
  close(): Promise<void>;
}

function resolveFile(roots: string[], host: string, pathname: string): string | null {
  const safeHost = host.replace(/[^a-z0-9.-]/gi, '');
  const decoded = decodeURIComponent(pathname);
  for (const root of roots) {
    const base = resolve(root, safeHost);
    const target = normalize(join(base, decoded));
    if (!target.startsWith(base)) continue;
    for (const candidate of [target, `${target}.html`, join(target, 'index.html')]) {
      if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    }
  }
  return null;
}

export async function startPageServer(roots: string[], port = 0): Promise<PageServer> {
  const log: string[] = [];
  const server = createServer(certificate(), (req, res) => {
    const host = (req.headers.host ?? 'localhost').replace(/:\d+$/, '');
    const url = new URL(req.url ?? '/', `https://${host}`);
    log.push(`${host}${url.pathname}${url.search}`);
    const file = resolveFile(roots, host, url.pathname);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>Not found</title><h1>Not found</h1>');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  return {
    port: (server.address() as AddressInfo).port,
    server,
    log,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
