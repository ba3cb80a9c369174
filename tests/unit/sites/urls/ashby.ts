import type { UrlRow } from '../url-table';

export const rows: UrlRow[] = [
  { url: 'https://jobs.ashbyhq.com/northwind/3c9e2f1a-7b6d-4c5e-9f8a-1b2c3d4e5f60', adapter: 'ashby', kind: 'job', jobKey: 'ashby:3c9e2f1a-7b6d-4c5e-9f8a-1b2c3d4e5f60' },
  { url: 'https://jobs.ashbyhq.com/northwind/3c9e2f1a-7b6d-4c5e-9f8a-1b2c3d4e5f60/application', adapter: 'ashby', kind: 'job', jobKey: 'ashby:3c9e2f1a-7b6d-4c5e-9f8a-1b2c3d4e5f60' },
  { url: 'https://jobs.ashbyhq.com/openai/de06790a-1234-4bcd-8ef0-0123456789ab?utm_source=openai', adapter: 'ashby', kind: 'job', jobKey: 'ashby:de06790a-1234-4bcd-8ef0-0123456789ab' },
  { url: 'https://jobs.ashbyhq.com/northwind', adapter: 'ashby', kind: 'listing' },
  { url: 'https://jobs.ashbyhq.com/ramp?departmentId=abc', adapter: 'ashby', kind: 'listing' },
  { url: 'https://jobs.ashbyhq.com/', adapter: null, kind: 'none' },
  { url: 'https://jobs.ashbyhq.com/northwind/not-a-uuid', adapter: null, kind: 'none' },
  { url: 'https://jobs.ashbyhq.com/northwind/embed', adapter: null, kind: 'none' },
  { url: 'https://api.ashbyhq.com/posting-api/job-board/ramp', adapter: null, kind: 'none' },
  { url: 'https://www.ashbyhq.com/careers', adapter: null, kind: 'none' },
];
