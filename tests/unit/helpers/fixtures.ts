/** Read our own fixture pages (tests/fixtures/sites/<host>/<path>.html) as parsed Documents. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Tests run from the repository root (npm test, vitest). */
export const SITES_ROOT = `${resolve('tests/fixtures/sites')}/`;

export function fixtureHtml(url: string): string {
  const u = new URL(url);
  const path = u.pathname.endsWith('/') ? `${u.pathname}index` : u.pathname;
  return readFileSync(`${SITES_ROOT}${u.hostname}${path}.html`, 'utf8');
}

export function fixtureDoc(url: string): Document {
  return new DOMParser().parseFromString(fixtureHtml(url), 'text/html');
}
