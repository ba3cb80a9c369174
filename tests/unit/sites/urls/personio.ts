import type { UrlRow } from '../url-table';

export const rows: UrlRow[] = [
  { url: 'https://kranich.jobs.personio.de/job/1459023', adapter: 'personio', kind: 'job', jobKey: 'personio:kranich/1459023' },
  { url: 'https://kranich.jobs.personio.de/job/1459023?language=en&display=en', adapter: 'personio', kind: 'job', jobKey: 'personio:kranich/1459023' },
  { url: 'https://kranich.jobs.personio.com/job/1459023', adapter: 'personio', kind: 'job', jobKey: 'personio:kranich/1459023' },
  { url: 'https://kranich.jobs.personio.de/', adapter: 'personio', kind: 'listing' },
  { url: 'https://kranich.jobs.personio.de/?language=en', adapter: 'personio', kind: 'listing' },
  { url: 'https://kranich.jobs.personio.de/job/1459023/apply', adapter: null, kind: 'none' },
  { url: 'https://kranich.jobs.personio.de/xml', adapter: null, kind: 'none' },
  { url: 'https://www.personio.de/karriere/', adapter: null, kind: 'none' },
];
