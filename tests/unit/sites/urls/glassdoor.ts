import type { UrlRow } from '../url-table';

export const rows: UrlRow[] = [
  { url: 'https://www.glassdoor.com/job-listing/senior-product-designer-cedarline-studio-JV_IC1150505_KO0,23_KE24,40.htm?jl=1009900112233', adapter: 'glassdoor', kind: 'job', jobKey: 'glassdoor:1009900112233' },
  { url: 'https://www.glassdoor.co.in/job-listing/machine-learning-engineer-saffron-health-JV_IC2940587_KO0,25_KE26,40.htm?jl=1009876543210&cs=1_abc&s=58', adapter: 'glassdoor', kind: 'job', jobKey: 'glassdoor:1009876543210' },
  { url: 'https://www.glassdoor.co.uk/job-listing/data-scientist-acme-JV_IC2671300_KO0,14_KE15,19.htm?jl=1009123456789', adapter: 'glassdoor', kind: 'job', jobKey: 'glassdoor:1009123456789' },
  { url: 'https://www.glassdoor.de/job-listing/backend-entwickler-acme-JV_IC2622109_KO0,18_KE19,23.htm?jl=1009555666777', adapter: 'glassdoor', kind: 'job', jobKey: 'glassdoor:1009555666777' },
  // search pages and company job lists; the right pane shows `jl`
  { url: 'https://www.glassdoor.co.in/Job/bangalore-software-engineer-jobs-SRCH_IL.0,9_IC2940587_KO10,27.htm', adapter: 'glassdoor', kind: 'listing' },
  { url: 'https://www.glassdoor.com/Job/seattle-product-designer-jobs-SRCH_IL.0,7_IC1150505_KO8,24.htm', adapter: 'glassdoor', kind: 'listing' },
  { url: 'https://www.glassdoor.com/Job/seattle-product-designer-jobs-SRCH_IL.0,7_IC1150505_KO8,24.htm?jl=1009900112244', adapter: 'glassdoor', kind: 'job+listing', jobKey: 'glassdoor:1009900112244' },
  { url: 'https://www.glassdoor.ca/Job/toronto-data-analyst-jobs-SRCH_IL.0,7_IC2281069_KO8,20.htm?jobListingId=1009000111222', adapter: 'glassdoor', kind: 'job+listing', jobKey: 'glassdoor:1009000111222' },
  { url: 'https://www.glassdoor.com.au/Jobs/Atlassian-Jobs-E115699.htm', adapter: 'glassdoor', kind: 'listing' },
  // same host, not jobs
  { url: 'https://www.glassdoor.com/index.htm', adapter: null, kind: 'none' },
  { url: 'https://www.glassdoor.com/Overview/Working-at-Google-EI_IE9079.11,17.htm', adapter: null, kind: 'none' },
  { url: 'https://www.glassdoor.com/Reviews/Google-Reviews-E9079.htm', adapter: null, kind: 'none' },
  { url: 'https://www.glassdoor.co.in/Salaries/bangalore-software-engineer-salary-SRCH_IL.0,9_IM1091_KO10,27.htm', adapter: null, kind: 'none' },
  { url: 'https://www.glassdoor.com/Interview/Google-Interview-Questions-E9079.htm', adapter: null, kind: 'none' },
  { url: 'https://www.glassdoor.com/member/home/index.htm', adapter: null, kind: 'none' },
  { url: 'https://www.glassdoor.com/job-listing/senior-product-designer-cedarline-studio-JV_IC1150505_KO0,23_KE24,40.htm', adapter: null, kind: 'none' },
];
