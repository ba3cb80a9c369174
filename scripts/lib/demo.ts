/** The demo job pages `npm start` serves (scripts/demo-pages/<host>/<path>.html). */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEMO_ROOT = fileURLToPath(new URL('../demo-pages/', import.meta.url));

export interface DemoPage {
  host: string;
  url: string;
  file: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : path.endsWith('.html') ? [path] : [];
    });
}

/** Every demo page with its https URL (index.html → the directory URL). */
export function demoPages(root = DEMO_ROOT): DemoPage[] {
  return walk(root).map((file) => {
    const rel = relative(root, file).split('\\').join('/');
    const [host, ...rest] = rel.split('/');
    const path = rest.join('/').replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '');
    return { host: host!, url: `https://${host}/${path}`, file };
  });
}

/** Host names served from one or more page roots (the first path segment of each). */
export function hostsOf(roots: string[]): string[] {
  return [...new Set(roots.flatMap((r) => readdirSync(r).filter((n) => statSync(join(r, n)).isDirectory())))].sort();
}

/**
 * One page per site host from a page root (the first, in name order, under each host): with
 * the test fixtures this is one page for every supported site.
 */
export function onePagePerHost(root: string): DemoPage[] {
  const seen = new Set<string>();
  return demoPages(root).filter((p) => (seen.has(p.host) ? false : (seen.add(p.host), true)));
}
