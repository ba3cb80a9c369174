import type { UrlRow } from '../url-table';

export const rows: UrlRow[] = [
  { url: 'https://www.instahyre.com/job-412233-android-developer-at-paisabridge-bangalore/', adapter: 'instahyre', kind: 'job', jobKey: 'instahyre:412233' },
  { url: 'https://www.instahyre.com/job-283061-senior-backend-engineer-at-acme-technologies-work-from-home/?ref=share', adapter: 'instahyre', kind: 'job', jobKey: 'instahyre:283061' },
  // same host, not job pages
  { url: 'https://www.instahyre.com/', adapter: null, kind: 'none' },
  { url: 'https://www.instahyre.com/search-jobs/', adapter: null, kind: 'none' },
  { url: 'https://www.instahyre.com/candidate/opportunities/?matching=true', adapter: null, kind: 'none' },
  { url: 'https://www.instahyre.com/employer/paisabridge/', adapter: null, kind: 'none' },
  { url: 'https://www.instahyre.com/python-jobs-in-bangalore/', adapter: null, kind: 'none' },
];
