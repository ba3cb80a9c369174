import type { UrlRow } from '../url-table';

export const rows: UrlRow[] = [
  { url: 'https://www.indeed.com/viewjob?jk=bf873f62104b48b5', adapter: 'indeed', kind: 'job', jobKey: 'indeed:bf873f62104b48b5' },
  { url: 'https://www.indeed.com/viewjob?from=socialmediatagsbigj&jk=bf873f62104b48b5', adapter: 'indeed', kind: 'job', jobKey: 'indeed:bf873f62104b48b5' },
  { url: 'https://in.indeed.com/viewjob?jk=3f9a2c71d0e4b586&tk=1hf0abc&from=serp&vjs=3', adapter: 'indeed', kind: 'job', jobKey: 'indeed:3f9a2c71d0e4b586' },
  { url: 'https://uk.indeed.com/rc/clk?jk=1a2b3c4d5e6f7081&bb=abc&xkcb=SoAP67M3', adapter: 'indeed', kind: 'job', jobKey: 'indeed:1a2b3c4d5e6f7081' },
  { url: 'https://ca.indeed.com/m/viewjob?jk=0c0d0e0f10111213', adapter: 'indeed', kind: 'job', jobKey: 'indeed:0c0d0e0f10111213' },
  { url: 'https://de.indeed.com/viewjob?jk=9f8e7d6c5b4a3921', adapter: 'indeed', kind: 'job', jobKey: 'indeed:9f8e7d6c5b4a3921' },
  // search pages; the right pane shows the job in `vjk`
  { url: 'https://uk.indeed.com/jobs?q=data+analyst&l=Manchester&vjk=1a2b3c4d5e6f7081', adapter: 'indeed', kind: 'job+listing', jobKey: 'indeed:1a2b3c4d5e6f7081' },
  { url: 'https://au.indeed.com/jobs?q=nurse&l=Sydney+NSW', adapter: 'indeed', kind: 'listing' },
  { url: 'https://www.indeed.com/jobs?q=software+engineer&l=Austin%2C+TX', adapter: 'indeed', kind: 'listing' },
  { url: 'https://www.indeed.com/q-sustainability-engineer-l-austin,-tx-jobs.html', adapter: 'indeed', kind: 'listing' },
  // same host, not jobs
  { url: 'https://www.indeed.com/', adapter: null, kind: 'none' },
  { url: 'https://www.indeed.com/viewjob', adapter: null, kind: 'none' },
  { url: 'https://www.indeed.com/cmp/Canonical', adapter: null, kind: 'none' },
  { url: 'https://www.indeed.com/cmp/Canonical/reviews?campaignid=mobvjcmp', adapter: null, kind: 'none' },
  { url: 'https://www.indeed.com/salary?q1=Sustainability+Engineer&l1=Austin%2C+TX', adapter: null, kind: 'none' },
  { url: 'https://www.indeed.com/career/salaries', adapter: null, kind: 'none' },
  { url: 'https://www.indeed.com/applystart?jk=bf873f62104b48b5&from=vj', adapter: null, kind: 'none' },
  { url: 'https://my.indeed.com/resume', adapter: null, kind: 'none' },
  { url: 'https://employers.indeed.com/jobs', adapter: null, kind: 'none' },
];
