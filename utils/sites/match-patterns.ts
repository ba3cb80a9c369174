/**
 * The known sites' match patterns, as data: each adapter takes its own from here, and the
 * manifest's content-script `matches` is their union. Kept free of imports so that
 * wxt.config.ts can read it without loading the adapters.
 */
export const SITE_MATCHES = {
  greenhouse: [
    'https://boards.greenhouse.io/*',
    'https://job-boards.greenhouse.io/*',
    'https://job-boards.eu.greenhouse.io/*',
  ],
  // Applicant-tracking systems (one adapter each; embedded boards on company domains are the
  // opt-in 'embedded-ats' adapter's, which has no patterns of its own)
  lever: ['https://jobs.lever.co/*', 'https://jobs.eu.lever.co/*'],
  ashby: ['https://jobs.ashbyhq.com/*'],
  workday: ['https://*.myworkdayjobs.com/*', 'https://*.myworkdaysite.com/*'],
  smartrecruiters: ['https://jobs.smartrecruiters.com/*', 'https://careers.smartrecruiters.com/*'],
  icims: ['https://*.icims.com/*'],
  workable: ['https://apply.workable.com/*'],
  bamboohr: ['https://*.bamboohr.com/*'],
  recruitee: ['https://*.recruitee.com/*'],
  teamtailor: ['https://*.teamtailor.com/*'],
  personio: ['https://*.jobs.personio.de/*', 'https://*.jobs.personio.com/*'],
  jazzhr: ['https://*.applytojob.com/*'],
  rippling: ['https://ats.rippling.com/*'],
  oracle: ['https://*.oraclecloud.com/hcmUI/CandidateExperience/*'],
  successfactors: [
    'https://*.successfactors.com/*',
    'https://*.successfactors.eu/*',
    'https://*.sapsf.com/*',
    'https://*.sapsf.eu/*',
    'https://*.jobs2web.com/*',
    'https://jobs.sap.com/*',
  ],
  keka: ['https://*.keka.com/*'],
  darwinbox: ['https://*.darwinbox.in/*', 'https://*.darwinbox.com/*'],
  'zoho-recruit': [
    'https://*.zohorecruit.com/*',
    'https://*.zohorecruit.in/*',
    'https://*.zohorecruit.eu/*',
    'https://*.zohorecruit.com.au/*',
  ],
  // Company career sites
  google: ['https://www.google.com/about/careers/*', 'https://careers.google.com/*'],
  amazon: ['https://www.amazon.jobs/*', 'https://amazon.jobs/*'],
  microsoft: ['https://jobs.careers.microsoft.com/*', 'https://apply.careers.microsoft.com/*'],
  meta: ['https://www.metacareers.com/*', 'https://metacareers.com/*'],
  apple: ['https://jobs.apple.com/*'],
  openai: ['https://openai.com/careers/*'],
  // Job boards. LinkedIn and Naukri are single-page apps entered from their feed/home page by
  // pushState, so their whole host is matched (the adapter's URL gate decides what to read).
  linkedin: ['https://www.linkedin.com/*', 'https://*.linkedin.com/*'],
  indeed: ['https://*.indeed.com/*'],
  naukri: ['https://www.naukri.com/*'],
  glassdoor: [
    'https://*.glassdoor.com/*',
    'https://*.glassdoor.co.in/*',
    'https://*.glassdoor.co.uk/*',
    'https://*.glassdoor.de/*',
    'https://*.glassdoor.ca/*',
    'https://*.glassdoor.com.au/*',
    'https://*.glassdoor.fr/*',
    'https://*.glassdoor.ie/*',
    'https://*.glassdoor.nl/*',
    'https://*.glassdoor.sg/*',
    'https://*.glassdoor.co.nz/*',
    'https://*.glassdoor.com.br/*',
    'https://*.glassdoor.com.mx/*',
    'https://*.glassdoor.es/*',
    'https://*.glassdoor.it/*',
    'https://*.glassdoor.at/*',
    'https://*.glassdoor.ch/*',
    'https://*.glassdoor.be/*',
    'https://*.glassdoor.com.hk/*',
  ],
  wellfound: ['https://wellfound.com/*'],
  foundit: ['https://www.foundit.in/*', 'https://www.foundit.sg/*', 'https://www.foundit.my/*', 'https://www.foundit.ae/*', 'https://www.foundit.hk/*'],
  instahyre: ['https://www.instahyre.com/*'],
  seek: ['https://www.seek.com.au/*', 'https://www.seek.co.nz/*'],
  stepstone: ['https://www.stepstone.de/*', 'https://www.stepstone.at/*', 'https://www.stepstone.be/*', 'https://www.stepstone.nl/*'],
  welcometothejungle: ['https://www.welcometothejungle.com/*'],
  ycombinator: ['https://www.ycombinator.com/companies/*', 'https://www.workatastartup.com/*'],
} as const satisfies Record<string, readonly string[]>;

export const contentScriptMatches: string[] = [...new Set(Object.values(SITE_MATCHES).flat())].sort();
