import type { UrlRow } from '../url-table';

export const rows: UrlRow[] = [
  { url: 'https://vistaar.keka.com/careers/jobdetails/48213', adapter: 'keka', kind: 'job', jobKey: 'keka:vistaar/48213' },
  { url: 'https://vistaar.keka.com/careers/jobdetails/48213?source=linkedin', adapter: 'keka', kind: 'job', jobKey: 'keka:vistaar/48213' },
  { url: 'https://vistaar.keka.com/careers/', adapter: 'keka', kind: 'listing' },
  { url: 'https://vistaar.keka.com/careers/applyjob/48213', adapter: null, kind: 'none' },
  { url: 'https://vistaar.keka.com/', adapter: null, kind: 'none' },
  { url: 'https://www.keka.com/careers', adapter: null, kind: 'none' },
];
