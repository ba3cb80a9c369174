import type { UrlRow } from '../url-table';

export const rows: UrlRow[] = [
  // the hosts since 2025
  { url: 'https://au.seek.com/job/93856863', adapter: 'seek', kind: 'job', jobKey: 'seek:93856863' },
  { url: 'https://au.seek.com/job/81234567?type=standard&ref=search-standalone', adapter: 'seek', kind: 'job', jobKey: 'seek:81234567' },
  { url: 'https://nz.seek.com/job/76543210', adapter: 'seek', kind: 'job', jobKey: 'seek:76543210' },
  { url: 'https://au.seek.com/platform-engineer-jobs/in-All-Melbourne-VIC', adapter: 'seek', kind: 'listing' },
  { url: 'https://au.seek.com/data-analyst-jobs/in-All-Melbourne-VIC?jobId=81230011&type=standard', adapter: 'seek', kind: 'job+listing', jobKey: 'seek:81230011' },
  { url: 'https://au.seek.com/', adapter: null, kind: 'none' },
  { url: 'https://au.seek.com/companies/atlassian-432306', adapter: null, kind: 'none' },
  { url: 'https://au.seek.com/oauth/login/?returnUrl=%2Fjob%2F93856863', adapter: null, kind: 'none' },
  { url: 'https://www.seek.com/job/93856863', adapter: null, kind: 'none' },
  { url: 'https://www.seek.com.au/job/81234567', adapter: 'seek', kind: 'job', jobKey: 'seek:81234567' },
  { url: 'https://www.seek.com.au/job/39890231?type=standout&searchrequesttoken=5f987813-a033-444d-95e5', adapter: 'seek', kind: 'job', jobKey: 'seek:39890231' },
  { url: 'https://www.seek.co.nz/job/76543210?ref=recom-homepage', adapter: 'seek', kind: 'job', jobKey: 'seek:76543210' },
  // search pages; the split view shows the job in `jobId`
  { url: 'https://www.seek.com.au/qa-automation-jobs/in-All-Sydney-NSW', adapter: 'seek', kind: 'listing' },
  { url: 'https://www.seek.com.au/data-analyst-jobs/in-All-Melbourne-VIC', adapter: 'seek', kind: 'listing' },
  { url: 'https://www.seek.com.au/data-analyst-jobs/in-All-Melbourne-VIC?jobId=81230011&type=standard', adapter: 'seek', kind: 'job+listing', jobKey: 'seek:81230011' },
  { url: 'https://www.seek.com.au/jobs?keywords=nurse&where=Perth', adapter: 'seek', kind: 'listing' },
  { url: 'https://www.seek.com.au/jobs-in-information-communication-technology', adapter: 'seek', kind: 'listing' },
  { url: 'https://www.seek.co.nz/developer-jobs/in-Auckland', adapter: 'seek', kind: 'listing' },
  // same host, not jobs
  { url: 'https://www.seek.com.au/', adapter: null, kind: 'none' },
  { url: 'https://www.seek.com.au/companies/atlassian-432306', adapter: null, kind: 'none' },
  { url: 'https://www.seek.com.au/career-advice/role/data-analyst/salary', adapter: null, kind: 'none' },
  { url: 'https://www.seek.com.au/profile/me', adapter: null, kind: 'none' },
  { url: 'https://www.seek.com.au/my-activity/saved-jobs', adapter: null, kind: 'none' },
  { url: 'https://www.seek.com.au/oauth/login/?returnUrl=%2F', adapter: null, kind: 'none' },
];
