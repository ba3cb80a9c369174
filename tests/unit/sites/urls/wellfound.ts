import type { UrlRow } from '../url-table';

export const rows: UrlRow[] = [
  { url: 'https://wellfound.com/jobs/2987654-founding-backend-engineer', adapter: 'wellfound', kind: 'job', jobKey: 'wellfound:2987654' },
  { url: 'https://wellfound.com/jobs/4716782-software-engineer?utm_source=x', adapter: 'wellfound', kind: 'job', jobKey: 'wellfound:4716782' },
  { url: 'https://wellfound.com/company/tidewell/jobs/2987654-founding-backend-engineer', adapter: 'wellfound', kind: 'job', jobKey: 'wellfound:2987654' },
  { url: 'https://wellfound.com/jobs', adapter: 'wellfound', kind: 'listing' },
  { url: 'https://wellfound.com/role/r/software-engineer', adapter: 'wellfound', kind: 'listing' },
  { url: 'https://wellfound.com/role/l/software-engineer/london', adapter: 'wellfound', kind: 'listing' },
  { url: 'https://wellfound.com/location/bangalore', adapter: 'wellfound', kind: 'listing' },
  { url: 'https://wellfound.com/company/tidewell/jobs', adapter: 'wellfound', kind: 'listing' },
  // same host, not jobs
  { url: 'https://wellfound.com/', adapter: null, kind: 'none' },
  { url: 'https://wellfound.com/company/tidewell', adapter: null, kind: 'none' },
  { url: 'https://wellfound.com/u/jane-doe', adapter: null, kind: 'none' },
  { url: 'https://wellfound.com/recruit/overview', adapter: null, kind: 'none' },
  { url: 'https://wellfound.com/jobs/applications', adapter: null, kind: 'none' },
];
