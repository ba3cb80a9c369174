/**
 * Every site adapter, and the one function that picks the adapter for a URL.
 * Add an adapter: write utils/sites/<id>.ts, add it here, add its URL rows and a fixture.
 */
import { generic } from './generic';
import { greenhouse } from './greenhouse';
// Job boards
import { foundit } from './foundit';
import { glassdoor } from './glassdoor';
import { indeed } from './indeed';
import { instahyre } from './instahyre';
import { linkedin } from './linkedin';
import { naukri } from './naukri';
import { seek } from './seek';
import { stepstone } from './stepstone';
import { totaljobs } from './totaljobs';
import { welcometothejungle } from './welcometothejungle';
import { wellfound } from './wellfound';
import { ycombinator } from './ycombinator';
// Applicant-tracking systems, company career sites, ATS boards embedded on company domains
import { amazon } from './amazon';
import { apple } from './apple';
import { ashby } from './ashby';
import { bamboohr } from './bamboohr';
import { darwinbox } from './darwinbox';
import { embeddedAts } from './embedded-ats';
import { google } from './google';
import { icims } from './icims';
import { jazzhr } from './jazzhr';
import { keka } from './keka';
import { lever } from './lever';
import { meta } from './meta';
import { microsoft } from './microsoft';
import { openai } from './openai';
import { oracle } from './oracle';
import { personio } from './personio';
import { recruitee } from './recruitee';
import { rippling } from './rippling';
import { smartrecruiters } from './smartrecruiters';
import { successfactors } from './successfactors';
import { teamtailor } from './teamtailor';
import { workable } from './workable';
import { workday } from './workday';
import { zohoRecruit } from './zoho-recruit';
import { matchesPattern } from './patterns';
import { resolvePage } from './resolve';
import type { SiteAdapter } from './types';

const ATS_AND_CAREERS: SiteAdapter[] = [
  lever, ashby, workday, smartrecruiters, icims, workable, bamboohr, recruitee, teamtailor, personio, jazzhr, rippling,
  oracle, successfactors, keka, darwinbox, zohoRecruit,
  google, amazon, microsoft, meta, apple, openai,
  embeddedAts,
];

const JOB_BOARDS: SiteAdapter[] = [linkedin, indeed, naukri, glassdoor, wellfound, foundit, instahyre, seek, stepstone, totaljobs, welcometothejungle, ycombinator];

export const adapters: readonly SiteAdapter[] = [greenhouse, ...JOB_BOARDS, ...ATS_AND_CAREERS, generic].sort((a, b) => a.priority - b.priority);

/** Every adapter but the generic fallback. */
export const siteAdapters: readonly SiteAdapter[] = adapters.filter((a) => a.id !== 'generic');

/** The known sites' match patterns: the union of every site adapter's (each site's own
 *  content script has its own; the all-sites registration excludes all of them). */
export const contentScriptMatches: string[] = [...new Set(siteAdapters.flatMap((a) => a.matches))].sort();

/** A page on a known job board, ATS or career site (its adapter, not the embedded-ATS one). */
export function isKnownSite(url: URL): boolean {
  return matchesPattern(contentScriptMatches, url);
}

/**
 * The adapters that may read a page at this URL: on a known site only the site adapters (the
 * all-sites ones, with no matches of their own, never run there: the browser registration
 * excludes the known sites), elsewhere the all-sites ones.
 */
export function adaptersFor(url: URL): readonly SiteAdapter[] {
  return isKnownSite(url) ? siteAdapters.filter((a) => a.matches.length > 0) : siteAdapters.filter((a) => a.matches.length === 0);
}

/** The adapter that claims this URL as a job or listing page (the URL alone decides). */
export function resolveAdapter(url: URL): SiteAdapter | null {
  return resolvePage(adaptersFor(url), null, null, url)?.adapter ?? null;
}

export { generic };
