/**
 * What people call each site PayLens reads, and the group it belongs to on the options page.
 * Data, not code: one row per adapter id (a unit test fails when an adapter has no row).
 * Names are brand names and are not translated; the group headings are (messages.json).
 */
export const SITE_GROUPS = ['board', 'ats', 'company'] as const;
export type SiteGroup = (typeof SITE_GROUPS)[number];

export interface SiteName {
  /** the name people know the site by, as the site writes it */
  name: string;
  group: SiteGroup;
  /** runs only once detection on all sites is granted (no host of its own) */
  needsAllSites?: boolean;
  /** a description rather than a brand: shown through this i18n message instead of `name` */
  message?: string;
}

export const SITE_NAMES: Readonly<Record<string, SiteName>> = {
  // Job boards
  linkedin: { name: 'LinkedIn', group: 'board' },
  indeed: { name: 'Indeed', group: 'board' },
  naukri: { name: 'Naukri.com', group: 'board' },
  glassdoor: { name: 'Glassdoor', group: 'board' },
  wellfound: { name: 'Wellfound', group: 'board' },
  foundit: { name: 'foundit', group: 'board' },
  instahyre: { name: 'Instahyre', group: 'board' },
  seek: { name: 'SEEK', group: 'board' },
  stepstone: { name: 'StepStone', group: 'board' },
  welcometothejungle: { name: 'Welcome to the Jungle', group: 'board' },
  ycombinator: { name: 'Y Combinator', group: 'board' },
  totaljobs: { name: 'Totaljobs', group: 'board' },
  // Applicant-tracking systems
  greenhouse: { name: 'Greenhouse', group: 'ats' },
  lever: { name: 'Lever', group: 'ats' },
  ashby: { name: 'Ashby', group: 'ats' },
  workday: { name: 'Workday', group: 'ats' },
  smartrecruiters: { name: 'SmartRecruiters', group: 'ats' },
  icims: { name: 'iCIMS', group: 'ats' },
  workable: { name: 'Workable', group: 'ats' },
  bamboohr: { name: 'BambooHR', group: 'ats' },
  recruitee: { name: 'Recruitee', group: 'ats' },
  teamtailor: { name: 'Teamtailor', group: 'ats' },
  personio: { name: 'Personio', group: 'ats' },
  jazzhr: { name: 'JazzHR', group: 'ats' },
  rippling: { name: 'Rippling', group: 'ats' },
  oracle: { name: 'Oracle Recruiting Cloud', group: 'ats' },
  successfactors: { name: 'SAP SuccessFactors', group: 'ats' },
  keka: { name: 'Keka', group: 'ats' },
  darwinbox: { name: 'Darwinbox', group: 'ats' },
  'zoho-recruit': { name: 'Zoho Recruit', group: 'ats' },
  'embedded-ats': { name: 'Embedded job boards', group: 'ats', needsAllSites: true, message: 'site_embedded_ats' },
  // Company career sites
  google: { name: 'Google Careers', group: 'company' },
  amazon: { name: 'Amazon Jobs', group: 'company' },
  microsoft: { name: 'Microsoft Careers', group: 'company' },
  meta: { name: 'Meta Careers', group: 'company' },
  apple: { name: 'Apple Jobs', group: 'company' },
  openai: { name: 'OpenAI Careers', group: 'company' },
  generic: { name: 'Other career pages', group: 'company', needsAllSites: true, message: 'site_generic' },
};

/** The display name of a site id; the id itself for an unknown one. */
export function siteName(id: string): string {
  return Object.hasOwn(SITE_NAMES, id) ? SITE_NAMES[id]!.name : id;
}

/** Site ids of one group, sorted by name (locale-aware), the all-sites rows last. */
export function sitesInGroup(group: SiteGroup, locale = 'en'): string[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return Object.entries(SITE_NAMES)
    .filter(([, s]) => s.group === group)
    .sort(([, a], [, b]) => Number(!!a.needsAllSites) - Number(!!b.needsAllSites) || collator.compare(a.name, b.name))
    .map(([id]) => id);
}
