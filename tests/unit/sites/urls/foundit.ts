import type { UrlRow } from '../url-table';

export const rows: UrlRow[] = [
  { url: 'https://www.foundit.in/job/qa-automation-engineer-meridian-softlabs-chennai-33445566?searchId=abc', adapter: 'foundit', kind: 'job', jobKey: 'foundit:33445566' },
  { url: 'https://www.foundit.in/job/software-engineer-visa-bengaluru-69182454', adapter: 'foundit', kind: 'job', jobKey: 'foundit:69182454' },
  { url: 'https://www.foundit.in/job/69182454', adapter: 'foundit', kind: 'job', jobKey: 'foundit:69182454' },
  { url: 'https://www.foundit.sg/job/data-analyst-lion-city-bank-singapore-31234567', adapter: 'foundit', kind: 'job', jobKey: 'foundit:31234567' },
  // same host, not job pages (search pages are not read: job pages only)
  { url: 'https://www.foundit.in/', adapter: null, kind: 'none' },
  { url: 'https://www.foundit.in/srp/results?query=java&locations=Pune', adapter: null, kind: 'none' },
  { url: 'https://www.foundit.in/search/java-developer-jobs-in-pune', adapter: null, kind: 'none' },
  { url: 'https://www.foundit.in/seeker/profile', adapter: null, kind: 'none' },
  { url: 'https://www.foundit.in/career-advice/how-to-write-a-resume/', adapter: null, kind: 'none' },
];
