import type { UrlRow } from '../url-table';

export const rows: UrlRow[] = [
  { url: 'https://www.google.com/about/careers/applications/jobs/results/118023045607789510-software-engineer-iii-infrastructure', adapter: 'google', kind: 'job', jobKey: 'google:118023045607789510' },
  { url: 'https://www.google.com/about/careers/applications/jobs/results/118023045607789510-software-engineer-iii-infrastructure?location=Bangalore%20India', adapter: 'google', kind: 'job', jobKey: 'google:118023045607789510' },
  { url: 'https://careers.google.com/jobs/results/118023045607789510-software-engineer-iii/', adapter: 'google', kind: 'job', jobKey: 'google:118023045607789510' },
  { url: 'https://www.google.com/about/careers/applications/jobs/results/?q=software%20engineer', adapter: 'google', kind: 'listing' },
  { url: 'https://www.google.com/about/careers/applications/jobs/results', adapter: 'google', kind: 'listing' },
  { url: 'https://www.google.com/about/careers/applications/', adapter: null, kind: 'none' },
  { url: 'https://www.google.com/about/careers/applications/apply/118023045607789510/form', adapter: null, kind: 'none' },
  { url: 'https://www.google.com/search?q=jobs', adapter: null, kind: 'none' },
];
