import type { UrlRow } from '../url-table';

export const rows: UrlRow[] = [
  { url: 'https://suryafin.darwinbox.in/ms/candidate/careers/a64f1e2b9c7d3', adapter: 'darwinbox', kind: 'job', jobKey: 'darwinbox:suryafin/a64f1e2b9c7d3' },
  { url: 'https://suryafin.darwinbox.in/ms/candidatev2/main/careers/jobDetails/a64f1e2b9c7d3', adapter: 'darwinbox', kind: 'job', jobKey: 'darwinbox:suryafin/a64f1e2b9c7d3' },
  { url: 'https://suryafin.darwinbox.com/ms/candidate/careers/a64f1e2b9c7d3', adapter: 'darwinbox', kind: 'job', jobKey: 'darwinbox:suryafin/a64f1e2b9c7d3' },
  { url: 'https://suryafin.darwinbox.in/ms/candidate/careers', adapter: 'darwinbox', kind: 'listing' },
  { url: 'https://suryafin.darwinbox.in/ms/candidatev2/main/careers/allJobs', adapter: 'darwinbox', kind: 'listing' },
  { url: 'https://suryafin.darwinbox.in/user/login', adapter: null, kind: 'none' },
  { url: 'https://darwinbox.com/careers', adapter: null, kind: 'none' },
];
