import type { UrlRow } from '../url-table';

export const rows: UrlRow[] = [
  { url: 'https://careers-ferrovia.icims.com/jobs/4821/maintenance-planner/job', adapter: 'icims', kind: 'job', jobKey: 'icims:careers-ferrovia/4821' },
  { url: 'https://careers-ferrovia.icims.com/jobs/4821/maintenance-planner/job?in_iframe=1', adapter: 'icims', kind: 'job', jobKey: 'icims:careers-ferrovia/4821' },
  { url: 'https://careers-quanta.icims.com/jobs/16500/craft-recruiter/job?mode=job&iis=LinkedIn', adapter: 'icims', kind: 'job', jobKey: 'icims:careers-quanta/16500' },
  { url: 'https://uscareers-acme.icims.com/jobs/77/job', adapter: 'icims', kind: 'job', jobKey: 'icims:uscareers-acme/77' },
  { url: 'https://careers-ferrovia.icims.com/jobs/search?ss=1&searchKeyword=planner', adapter: 'icims', kind: 'listing' },
  { url: 'https://careers-ferrovia.icims.com/jobs/4821/maintenance-planner/login', adapter: null, kind: 'none' },
  { url: 'https://careers-ferrovia.icims.com/jobs/intro/extra', adapter: null, kind: 'none' },
  { url: 'https://www.icims.com/company/careers/', adapter: null, kind: 'none' },
];
