import type { UrlRow } from '../url-table';

export const rows: UrlRow[] = [
  { url: 'https://career5.successfactors.eu/career?career_ns=job_listing&company=AlpenwerkP&navBarLevel=JOB_SEARCH&career_job_req_id=48211', adapter: 'successfactors', kind: 'job', jobKey: 'successfactors:alpenwerkp/48211' },
  { url: 'https://career4.successfactors.com/career?company=Quayside&career_job_req_id=912&career_ns=job_listing', adapter: 'successfactors', kind: 'job', jobKey: 'successfactors:quayside/912' },
  { url: 'https://jobs.sap.com/job/Walldorf-Senior-Developer-69190/1069871701/', adapter: 'successfactors', kind: 'job', jobKey: 'successfactors:jobs.sap.com/1069871701' },
  { url: 'https://alpenwerk.jobs2web.com/job/Munich-Controller-BY/912345601/', adapter: 'successfactors', kind: 'job', jobKey: 'successfactors:alpenwerk.jobs2web.com/912345601' },
  { url: 'https://career5.successfactors.eu/career?company=AlpenwerkP&career_ns=job_listing_summary&navBarLevel=JOB_SEARCH', adapter: 'successfactors', kind: 'listing' },
  { url: 'https://jobs.sap.com/search/?q=developer&locationsearch=Walldorf', adapter: 'successfactors', kind: 'listing' },
  { url: 'https://career5.successfactors.eu/login?company=AlpenwerkP', adapter: null, kind: 'none' },
  { url: 'https://jobs.sap.com/content/Benefits/', adapter: null, kind: 'none' },
  { url: 'https://www.successfactors.com/', adapter: null, kind: 'none' },
];
