import type { UrlRow } from '../url-table';

export const rows: UrlRow[] = [
  { url: 'https://www.amazon.jobs/en/jobs/2781234/software-development-engineer-ii-payments', adapter: 'amazon', kind: 'job', jobKey: 'amazon:2781234' },
  { url: 'https://www.amazon.jobs/en-gb/jobs/2781234/software-development-engineer-ii-payments', adapter: 'amazon', kind: 'job', jobKey: 'amazon:2781234' },
  { url: 'https://amazon.jobs/en/jobs/2781234', adapter: 'amazon', kind: 'job', jobKey: 'amazon:2781234' },
  { url: 'https://www.amazon.jobs/en/search?base_query=software&loc_query=Seattle', adapter: 'amazon', kind: 'listing' },
  { url: 'https://www.amazon.jobs/en/', adapter: null, kind: 'none' },
  { url: 'https://www.amazon.jobs/en/teams/aws', adapter: null, kind: 'none' },
  { url: 'https://www.amazon.com/jobs/2781234', adapter: null, kind: 'none' },
];
