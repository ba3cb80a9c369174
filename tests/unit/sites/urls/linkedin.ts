import type { UrlRow } from '../url-table';

export const rows: UrlRow[] = [
  // job pages: numeric, slug and email-link forms, country subdomains
  { url: 'https://www.linkedin.com/jobs/view/3561224688/', adapter: 'linkedin', kind: 'job', jobKey: 'linkedin:3561224688' },
  { url: 'https://www.linkedin.com/jobs/view/power-monitoring-execution-engineer-google-data-center-at-google-3561224688', adapter: 'linkedin', kind: 'job', jobKey: 'linkedin:3561224688' },
  { url: 'https://www.linkedin.com/jobs/view/3915648739/?alternateChannel=search&refId=QtFMfOeF4DFBmMCxtHwuiw%3D%3D&trackingId=njiK5IucWIiZ8iQuZP50CA%3D%3D', adapter: 'linkedin', kind: 'job', jobKey: 'linkedin:3915648739' },
  { url: 'https://www.linkedin.com/comm/jobs/view/4012345678/?tracking=email', adapter: 'linkedin', kind: 'job', jobKey: 'linkedin:4012345678' },
  { url: 'https://bg.linkedin.com/jobs/view/qa-engineer-at-nuvolo-1448593500?refId=abc&position=1', adapter: 'linkedin', kind: 'job', jobKey: 'linkedin:1448593500' },
  { url: 'https://in.linkedin.com/jobs/view/staff-data-engineer-at-lumora-analytics-4012345678', adapter: 'linkedin', kind: 'job', jobKey: 'linkedin:4012345678' },
  { url: 'https://uk.linkedin.com/jobs/view/4101234502', adapter: 'linkedin', kind: 'job', jobKey: 'linkedin:4101234502' },
  // logged-in two-pane pages: the list, and the job in `currentJobId`
  { url: 'https://www.linkedin.com/jobs/search/?currentJobId=4023456789&keywords=backend%20engineer&origin=JOBS_HOME_SEARCH_BUTTON', adapter: 'linkedin', kind: 'job+listing', jobKey: 'linkedin:4023456789' },
  { url: 'https://www.linkedin.com/jobs/collections/recommended/?currentJobId=4386058844', adapter: 'linkedin', kind: 'job+listing', jobKey: 'linkedin:4386058844' },
  { url: 'https://www.linkedin.com/jobs/search-results/?currentJobId=4386070275&keywords=golang', adapter: 'linkedin', kind: 'job+listing', jobKey: 'linkedin:4386070275' },
  { url: 'https://www.linkedin.com/jobs/search/?keywords=software%20engineer', adapter: 'linkedin', kind: 'listing' },
  { url: 'https://www.linkedin.com/jobs/collections/remote-jobs/', adapter: 'linkedin', kind: 'listing' },
  // guest search pages
  { url: 'https://www.linkedin.com/jobs/finance-manager-jobs-home-ks', adapter: 'linkedin', kind: 'listing' },
  { url: 'https://bg.linkedin.com/jobs/qa-automation-jobs-sofia', adapter: 'linkedin', kind: 'listing' },
  { url: 'https://ma.linkedin.com/jobs/data-internship-jobs', adapter: 'linkedin', kind: 'listing' },
  { url: 'https://www.linkedin.com/jobs/platform-engineer-jobs-pune?position=1&pageNum=0', adapter: 'linkedin', kind: 'listing' },
  { url: 'https://www.linkedin.com/jobs/search?keywords=Data%20Engineer&location=India&geoId=102713980', adapter: 'linkedin', kind: 'listing' },
  // same host, not jobs
  { url: 'https://www.linkedin.com/jobs/', adapter: null, kind: 'none' },
  { url: 'https://www.linkedin.com/jobs/view/', adapter: null, kind: 'none' },
  { url: 'https://www.linkedin.com/jobs/search/?currentJobId=not-a-number', adapter: 'linkedin', kind: 'listing' },
  { url: 'https://www.linkedin.com/in/some-person-12345/', adapter: null, kind: 'none' },
  { url: 'https://www.linkedin.com/company/google/jobs/', adapter: null, kind: 'none' },
  { url: 'https://www.linkedin.com/company/google/', adapter: null, kind: 'none' },
  { url: 'https://www.linkedin.com/feed/', adapter: null, kind: 'none' },
  { url: 'https://www.linkedin.com/pulse/how-we-hire-engineers-jane-doe/', adapter: null, kind: 'none' },
  { url: 'https://www.linkedin.com/jobs/tracker/saved/', adapter: null, kind: 'none' },
  { url: 'https://www.linkedin.com/posts/acme_hiring-backend-activity-7100000000000000000-AbCd', adapter: null, kind: 'none' },
  { url: 'https://www.linkedin.com.evil.example/jobs/view/3561224688/', adapter: null, kind: 'none' },
];
