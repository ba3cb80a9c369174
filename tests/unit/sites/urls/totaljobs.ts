import type { UrlRow } from '../url-table';

export const rows: UrlRow[] = [
  // job pages: /job/<title>/<company>-job<id>, the short /job/<id>
  { url: 'https://www.totaljobs.com/job/senior-full-stack-developer/anson-mccade-job107761254', adapter: 'totaljobs', kind: 'job', jobKey: 'totaljobs:107761254' },
  { url: 'https://www.totaljobs.com/job/java-developer/develop-job104754028?source=searchResults&searchRequestId=abc', adapter: 'totaljobs', kind: 'job', jobKey: 'totaljobs:104754028' },
  { url: 'https://www.totaljobs.com/job/107699680', adapter: 'totaljobs', kind: 'job', jobKey: 'totaljobs:107699680' },
  // search pages
  { url: 'https://www.totaljobs.com/jobs/sponsorship/in-united-kingdom?page=3', adapter: 'totaljobs', kind: 'listing' },
  { url: 'https://www.totaljobs.com/jobs/python-developer/in-london?radius=10', adapter: 'totaljobs', kind: 'listing' },
  { url: 'https://www.totaljobs.com/jobs/in-manchester', adapter: 'totaljobs', kind: 'listing' },
  { url: 'https://www.totaljobs.com/jobs/data-analyst', adapter: 'totaljobs', kind: 'listing' },
  { url: 'https://www.totaljobs.com/jobs?keywords=nurse&location=leeds', adapter: 'totaljobs', kind: 'listing' },
  // same host, not jobs
  { url: 'https://www.totaljobs.com/', adapter: null, kind: 'none' },
  { url: 'https://www.totaljobs.com/career-advice/cv-and-cover-letter/how-to-write-a-cv', adapter: null, kind: 'none' },
  { url: 'https://www.totaljobs.com/salary-checker/average-data-analyst-salary', adapter: null, kind: 'none' },
  { url: 'https://www.totaljobs.com/recruiters', adapter: null, kind: 'none' },
  { url: 'https://www.totaljobs.com/profile/applications', adapter: null, kind: 'none' },
  { url: 'https://www.totaljobs.com/job/107699680/application/redirection?JobId=107699680', adapter: null, kind: 'none' },
  { url: 'https://www.totaljobs.com.evil.example/job/java-developer/develop-job104754028', adapter: null, kind: 'none' },
  // the group's sister sites are other hosts: not claimed
  { url: 'https://www.caterer.com/job/sales-office-manager/james-webber-recruitment-job104759430', adapter: null, kind: 'none' },
];
