import type { UrlRow } from '../url-table';

export const rows: UrlRow[] = [
  { url: 'https://www.metacareers.com/jobs/1123456789012345/', adapter: 'meta', kind: 'job', jobKey: 'meta:1123456789012345' },
  { url: 'https://www.metacareers.com/v2/jobs/1123456789012345/', adapter: 'meta', kind: 'job', jobKey: 'meta:1123456789012345' },
  { url: 'https://www.metacareers.com/profile/job_details/1123456789012345', adapter: 'meta', kind: 'job', jobKey: 'meta:1123456789012345' },
  { url: 'https://www.metacareers.com/jobs?q=software%20engineer&offices[0]=Menlo%20Park%2C%20CA', adapter: 'meta', kind: 'listing' },
  { url: 'https://www.metacareers.com/jobsearch', adapter: 'meta', kind: 'listing' },
  { url: 'https://www.metacareers.com/', adapter: null, kind: 'none' },
  { url: 'https://www.metacareers.com/teams/engineering', adapter: null, kind: 'none' },
];
