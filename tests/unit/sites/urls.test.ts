import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adapters, contentScriptMatches, resolveAdapter } from '../../../utils/sites/registry';
import { SITES_ROOT } from '../helpers/fixtures';
import { URL_TABLE } from './url-table';

const rows = Object.values(URL_TABLE).flat();

describe('URL table: every URL against every adapter', () => {
  it.each(rows)('$url', (row) => {
    const url = new URL(row.url);
    const resolved = resolveAdapter(url);
    expect(resolved?.id ?? null, `resolveAdapter(${row.url}): add the URL to the table with the right adapter, or fix that adapter's isJobPage/isListingPage`).toBe(row.adapter);
    for (const adapter of adapters) {
      if (adapter.id === 'generic') continue;
      const claims = adapter.isJobPage(url) || adapter.isListingPage(url);
      const should = adapter.id === row.adapter;
      expect(claims, `${adapter.id} ${claims ? 'claims' : 'does not claim'} ${row.url}: fix ${adapter.id}'s URL detectors, or the row's adapter`).toBe(should);
      if (should) {
        // 'job+listing': a two-pane search page (a result list, and one job in the details pane).
        expect(adapter.isJobPage(url), `${adapter.id}.isJobPage(${row.url})`).toBe(row.kind === 'job' || row.kind === 'job+listing');
        expect(adapter.isListingPage(url), `${adapter.id}.isListingPage(${row.url})`).toBe(row.kind === 'listing' || row.kind === 'job+listing');
        if (row.jobKey) expect(adapter.jobKey(url, document)).toBe(row.jobKey);
      }
    }
  });
});

describe('every adapter is covered', () => {
  it.each(adapters.map((a) => a.id))('%s has URL rows and a fixture page', (id) => {
    expect(URL_TABLE[id]?.length ?? 0, `add URL rows for "${id}" to tests/unit/sites/url-table.ts`).toBeGreaterThan(0);
    if (id === 'generic') return;
    const positive = URL_TABLE[id]!.filter((r) => r.adapter === id);
    expect(positive.length, `add positive URL rows for "${id}"`).toBeGreaterThan(0);
    const hosts = new Set(positive.map((r) => new URL(r.url).hostname));
    const hasFixture = [...hosts].some((h) => existsSync(`${SITES_ROOT}${h}`) && readdirSync(`${SITES_ROOT}${h}`).length > 0);
    expect(hasFixture, `write a fixture page for "${id}" under tests/fixtures/sites/<host>/`).toBe(true);
  });

  it('the manifest matches are the union of the adapters\' patterns and cover every positive row', () => {
    expect(contentScriptMatches).toEqual([...new Set(adapters.flatMap((a) => a.matches))].sort());
    // Opt-in adapters (matches: [] — generic, embedded-ats) run only where the user allowed all sites.
    const optIn = new Set(adapters.filter((a) => a.matches.length === 0).map((a) => a.id));
    for (const row of rows.filter((r) => r.adapter && !optIn.has(r.adapter))) {
      const { hostname: host, pathname } = new URL(row.url);
      // A pattern is host + path ('https://*.example.com/*', or path-scoped 'https://www.google.com/about/careers/*').
      const patternRe = (p: string) => {
        const [, h = '', path = '/*'] = /^https:\/\/([^/]+)(\/.*)$/.exec(p) ?? [];
        const hostRe = h.replace(/\./g, '\\.').replace(/^\*\\\./, '([a-z0-9-]+\\.)*');
        const pathRe = path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
        return new RegExp(`^https://${hostRe}${pathRe}$`);
      };
      const covered = contentScriptMatches.some((p) => patternRe(p).test(`https://${host}${pathname}`));
      expect(covered, `${row.url} is claimed by ${row.adapter} but no manifest match pattern covers ${host}${pathname}`).toBe(true);
    }
  });
});
