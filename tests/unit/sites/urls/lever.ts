import type { UrlRow } from '../url-table';

export const rows: UrlRow[] = [
  { url: 'https://jobs.lever.co/brightforge/6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b', adapter: 'lever', kind: 'job', jobKey: 'lever:6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b' },
  { url: 'https://jobs.lever.co/brightforge/6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b/apply', adapter: 'lever', kind: 'job', jobKey: 'lever:6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b' },
  { url: 'https://jobs.lever.co/januxrx/2d3977f1-f207-4c2d-a534-c7e517b66bfb?lever-source=LinkedIn', adapter: 'lever', kind: 'job', jobKey: 'lever:2d3977f1-f207-4c2d-a534-c7e517b66bfb' },
  { url: 'https://jobs.eu.lever.co/qonto/8e0f5f6b-2c3d-4a1b-9e8f-7a6b5c4d3e2f', adapter: 'lever', kind: 'job', jobKey: 'lever:8e0f5f6b-2c3d-4a1b-9e8f-7a6b5c4d3e2f' },
  { url: 'https://jobs.lever.co/brightforge', adapter: 'lever', kind: 'listing' },
  { url: 'https://jobs.lever.co/januxrx?department=Clinical&team=Clinical%20Development', adapter: 'lever', kind: 'listing' },
  { url: 'https://jobs.lever.co/', adapter: null, kind: 'none' },
  { url: 'https://jobs.lever.co/brightforge/not-a-posting', adapter: null, kind: 'none' },
  { url: 'https://jobs.lever.co/brightforge/6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b/thanks', adapter: null, kind: 'none' },
  { url: 'https://api.lever.co/v0/postings/brightforge?mode=json', adapter: null, kind: 'none' },
  { url: 'https://www.lever.co/', adapter: null, kind: 'none' },
];
