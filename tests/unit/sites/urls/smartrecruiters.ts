import type { UrlRow } from '../url-table';

export const rows: UrlRow[] = [
  { url: 'https://jobs.smartrecruiters.com/Quayside/744000051234567-senior-accountant', adapter: 'smartrecruiters', kind: 'job', jobKey: 'smartrecruiters:744000051234567' },
  { url: 'https://jobs.smartrecruiters.com/WilliamsRacing/744000046538770-engineering-acceleration-engineer?trid=abc', adapter: 'smartrecruiters', kind: 'job', jobKey: 'smartrecruiters:744000046538770' },
  { url: 'https://careers.smartrecruiters.com/Quayside', adapter: 'smartrecruiters', kind: 'listing' },
  { url: 'https://jobs.smartrecruiters.com/Quayside', adapter: 'smartrecruiters', kind: 'listing' },
  { url: 'https://jobs.smartrecruiters.com/oneclick-ui/company/Quayside/publication/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b', adapter: null, kind: 'none' },
  { url: 'https://jobs.smartrecruiters.com/', adapter: null, kind: 'none' },
  { url: 'https://www.smartrecruiters.com/', adapter: null, kind: 'none' },
  { url: 'https://api.smartrecruiters.com/v1/companies/Quayside/postings', adapter: null, kind: 'none' },
];
