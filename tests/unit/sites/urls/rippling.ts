import type { UrlRow } from '../url-table';

export const rows: UrlRow[] = [
  { url: 'https://ats.rippling.com/oakline/jobs/5b8f0c3e-1a2b-4c3d-9e4f-6a7b8c9d0e1f', adapter: 'rippling', kind: 'job', jobKey: 'rippling:5b8f0c3e-1a2b-4c3d-9e4f-6a7b8c9d0e1f' },
  { url: 'https://ats.rippling.com/en-GB/oakline/jobs/5b8f0c3e-1a2b-4c3d-9e4f-6a7b8c9d0e1f?jobSite=LinkedIn', adapter: 'rippling', kind: 'job', jobKey: 'rippling:5b8f0c3e-1a2b-4c3d-9e4f-6a7b8c9d0e1f' },
  { url: 'https://ats.rippling.com/oakline/jobs', adapter: 'rippling', kind: 'listing' },
  { url: 'https://ats.rippling.com/', adapter: null, kind: 'none' },
  { url: 'https://ats.rippling.com/oakline', adapter: null, kind: 'none' },
  { url: 'https://www.rippling.com/careers', adapter: null, kind: 'none' },
];
