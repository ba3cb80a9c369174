import type { UrlRow } from '../url-table';

export const rows: UrlRow[] = [
  { url: 'https://brightpath.zohorecruit.in/jobs/Careers/612345000004567891/Inside-Sales-Executive', adapter: 'zoho-recruit', kind: 'job', jobKey: 'zoho-recruit:612345000004567891' },
  { url: 'https://brightpath.zohorecruit.com/jobs/Careers/612345000004567891/Inside-Sales-Executive?source=CareerSite', adapter: 'zoho-recruit', kind: 'job', jobKey: 'zoho-recruit:612345000004567891' },
  { url: 'https://brightpath.zohorecruit.in/jobs/Careers', adapter: 'zoho-recruit', kind: 'listing' },
  { url: 'https://brightpath.zohorecruit.in/jobs/Careers/612345000004567891/Inside-Sales-Executive/apply', adapter: null, kind: 'none' },
  { url: 'https://brightpath.zohorecruit.in/recruit/Portal.na', adapter: null, kind: 'none' },
  { url: 'https://www.zoho.com/recruit/', adapter: null, kind: 'none' },
];
