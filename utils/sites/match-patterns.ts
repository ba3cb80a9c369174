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
