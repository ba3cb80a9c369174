import type { UrlRow } from '../url-table';

export const rows: UrlRow[] = [
  { url: 'https://www.naukri.com/job-listings-software-engineer-acme-bengaluru-3-to-5-years-011025000000', adapter: 'naukri', kind: 'job', jobKey: 'naukri:011025000000' },
  { url: 'https://www.naukri.com/job-listings-senior-data-engineer-vantara-retail-hyderabad-5-to-9-years-140526500123?src=jobsearchDesk&sid=17150&xp=1&px=1', adapter: 'naukri', kind: 'job', jobKey: 'naukri:140526500123' },
  { url: 'https://www.naukri.com/job-listings-java-developer-infosys-limited-pune-chennai-bengaluru-4-to-9-years-270324006411', adapter: 'naukri', kind: 'job', jobKey: 'naukri:270324006411' },
  { url: 'https://www.naukri.com/data-engineer-jobs-in-hyderabad', adapter: 'naukri', kind: 'listing' },
  { url: 'https://www.naukri.com/python-developer-jobs', adapter: 'naukri', kind: 'listing' },
  { url: 'https://www.naukri.com/python-developer-jobs-2', adapter: 'naukri', kind: 'listing' },
  { url: 'https://www.naukri.com/jobs-in-bangalore', adapter: 'naukri', kind: 'listing' },
  { url: 'https://www.naukri.com/react-js-developer-jobs-in-pune-3?k=react%20js%20developer&l=pune', adapter: 'naukri', kind: 'listing' },
  // same host, not jobs
  { url: 'https://www.naukri.com/', adapter: null, kind: 'none' },
  { url: 'https://www.naukri.com/mnjuser/homepage', adapter: null, kind: 'none' },
  { url: 'https://www.naukri.com/mnjuser/profile?id=&altresid', adapter: null, kind: 'none' },
  { url: 'https://www.naukri.com/vantara-retail-jobs-careers-998877', adapter: null, kind: 'none' },
  { url: 'https://www.naukri.com/companies-hiring-in-india', adapter: null, kind: 'none' },
  { url: 'https://www.naukri.com/nlogin/login', adapter: null, kind: 'none' },
  { url: 'https://www.naukri.com/job-listings-', adapter: null, kind: 'none' },
];
