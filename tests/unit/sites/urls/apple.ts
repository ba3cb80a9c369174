import type { UrlRow } from '../url-table';

export const rows: UrlRow[] = [
  { url: 'https://jobs.apple.com/en-us/details/200561234/software-engineer-maps-platform', adapter: 'apple', kind: 'job', jobKey: 'apple:200561234' },
  { url: 'https://jobs.apple.com/en-in/details/200561234-3337/software-engineer-maps-platform?team=SFTWR', adapter: 'apple', kind: 'job', jobKey: 'apple:200561234-3337' },
  { url: 'https://jobs.apple.com/en-us/search?search=maps&sort=relevance', adapter: 'apple', kind: 'listing' },
  { url: 'https://jobs.apple.com/en-us/', adapter: null, kind: 'none' },
  { url: 'https://jobs.apple.com/app/en-us/profile/info', adapter: null, kind: 'none' },
  { url: 'https://www.apple.com/careers/us/', adapter: null, kind: 'none' },
];
