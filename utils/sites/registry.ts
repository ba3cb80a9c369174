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
import type { SiteAdapter } from './types';

const ATS_AND_CAREERS: SiteAdapter[] = [
  lever, ashby, workday, smartrecruiters, icims, workable, bamboohr, recruitee, teamtailor, personio, jazzhr, rippling,
  oracle, successfactors, keka, darwinbox, zohoRecruit,
  google, amazon, microsoft, meta, apple, openai,
  embeddedAts,
];

const JOB_BOARDS: SiteAdapter[] = [linkedin, indeed, naukri, glassdoor, wellfound, foundit, instahyre, seek, stepstone, welcometothejungle, ycombinator];

export const adapters: readonly SiteAdapter[] = [greenhouse, ...JOB_BOARDS, ...ATS_AND_CAREERS, generic].sort((a, b) => a.priority - b.priority);

export { contentScriptMatches } from './match-patterns';

/** The adapter for a page: the highest-priority one that claims it as a job or listing page. */
export function resolveAdapter(url: URL): SiteAdapter | null {
  for (const adapter of adapters) {
    if (adapter.id === 'generic') continue;
    if (adapter.isJobPage(url) || adapter.isListingPage(url)) return adapter;
  }
  return null;
}

export { generic };
