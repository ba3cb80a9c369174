import type { UrlRow } from '../url-table';

export const rows: UrlRow[] = [
  { url: 'https://fjordlabs.recruitee.com/o/backend-developer', adapter: 'recruitee', kind: 'job', jobKey: 'recruitee:fjordlabs/backend-developer' },
  { url: 'https://fjordlabs.recruitee.com/o/backend-developer/c/new', adapter: 'recruitee', kind: 'job', jobKey: 'recruitee:fjordlabs/backend-developer' },
  { url: 'https://climeworks.recruitee.com/o/assembly-supervisor-mechanical', adapter: 'recruitee', kind: 'job', jobKey: 'recruitee:climeworks/assembly-supervisor-mechanical' },
  { url: 'https://fjordlabs.recruitee.com/', adapter: 'recruitee', kind: 'listing' },
  { url: 'https://fjordlabs.recruitee.com/o/', adapter: null, kind: 'none' },
  { url: 'https://fjordlabs.recruitee.com/api/offers/', adapter: null, kind: 'none' },
  { url: 'https://recruitee.com/', adapter: null, kind: 'none' },
  { url: 'https://www.recruitee.com/careers', adapter: null, kind: 'none' },
];
