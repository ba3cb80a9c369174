import { describe, expect, it } from 'vitest';
import { SITE_GROUPS, SITE_NAMES, siteName, sitesInGroup } from '../../utils/site-names';
import { adapters } from '../../utils/sites/registry';

describe('site display names (options page)', () => {
  it('names every adapter, and names no adapter that does not exist', () => {
    const ids = adapters.map((a) => a.id).sort();
    const missing = ids.filter((id) => !Object.hasOwn(SITE_NAMES, id));
    expect(missing, 'add a row to utils/site-names.ts for each of these adapters').toEqual([]);
    expect(Object.keys(SITE_NAMES).sort()).toEqual(ids);
  });

  it('uses the names people know, not ids', () => {
    expect(siteName('welcometothejungle')).toBe('Welcome to the Jungle');
    expect(siteName('zoho-recruit')).toBe('Zoho Recruit');
    expect(siteName('successfactors')).toBe('SAP SuccessFactors');
    expect(siteName('icims')).toBe('iCIMS');
  });

  it('groups them: every site in exactly one of job boards, ATS, company career sites', () => {
    const grouped = SITE_GROUPS.flatMap((g) => sitesInGroup(g));
    expect(grouped.sort()).toEqual(Object.keys(SITE_NAMES).sort());
    expect(sitesInGroup('board')).toContain('linkedin');
    expect(sitesInGroup('ats')).toContain('greenhouse');
    expect(sitesInGroup('company')).toContain('google');
    // the all-sites rows come last in their group
    expect(sitesInGroup('company').at(-1)).toBe('generic');
  });
});
