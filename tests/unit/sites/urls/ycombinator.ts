import type { UrlRow } from '../url-table';

export const rows: UrlRow[] = [
  { url: 'https://www.workatastartup.com/jobs/93768', adapter: 'ycombinator', kind: 'job', jobKey: 'ycombinator:93768' },
  { url: 'https://www.workatastartup.com/jobs/81234?utm_source=hn', adapter: 'ycombinator', kind: 'job', jobKey: 'ycombinator:81234' },
  { url: 'https://www.ycombinator.com/companies/quillstack/jobs/Xk29LmQ-founding-ml-engineer', adapter: 'ycombinator', kind: 'job', jobKey: 'ycombinator:Xk29LmQ' },
  { url: 'https://www.ycombinator.com/companies/airbnb/jobs/7qF0Xkm-software-engineer', adapter: 'ycombinator', kind: 'job', jobKey: 'ycombinator:7qF0Xkm' },
  // same hosts, not job pages
  { url: 'https://www.workatastartup.com/', adapter: null, kind: 'none' },
  { url: 'https://www.workatastartup.com/jobs', adapter: null, kind: 'none' },
  { url: 'https://www.workatastartup.com/companies/vectorshift', adapter: null, kind: 'none' },
  { url: 'https://www.ycombinator.com/companies/quillstack', adapter: null, kind: 'none' },
  { url: 'https://www.ycombinator.com/companies/quillstack/jobs', adapter: null, kind: 'none' },
  { url: 'https://www.ycombinator.com/jobs', adapter: null, kind: 'none' },
  { url: 'https://news.ycombinator.com/item?id=40000000', adapter: null, kind: 'none' },
];
