import type { UrlRow } from '../url-table';

export const rows: UrlRow[] = [
  { url: 'https://jobs.careers.microsoft.com/global/en/job/1781234/Software-Engineer-II', adapter: 'microsoft', kind: 'job', jobKey: 'microsoft:1781234' },
  { url: 'https://jobs.careers.microsoft.com/us/en/job/1781234/Software-Engineer-II?jobsource=linkedin', adapter: 'microsoft', kind: 'job', jobKey: 'microsoft:1781234' },
  { url: 'https://apply.careers.microsoft.com/careers/job/1970393556642561', adapter: 'microsoft', kind: 'job', jobKey: 'microsoft:1970393556642561' },
  { url: 'https://apply.careers.microsoft.com/careers?pid=1970393556642561&domain=microsoft.com', adapter: 'microsoft', kind: 'job', jobKey: 'microsoft:1970393556642561' },
  { url: 'https://jobs.careers.microsoft.com/global/en/search?q=software&l=en_us', adapter: 'microsoft', kind: 'listing' },
  { url: 'https://apply.careers.microsoft.com/careers?query=software&location=India', adapter: 'microsoft', kind: 'listing' },
  { url: 'https://jobs.careers.microsoft.com/global/en', adapter: null, kind: 'none' },
  { url: 'https://careers.microsoft.com/v2/global/en/benefits', adapter: null, kind: 'none' },
];
