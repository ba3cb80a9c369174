import type { UrlRow } from '../url-table';

export const rows: UrlRow[] = [
  { url: 'https://apply.workable.com/harbourline/j/3F7A1C9B2E/', adapter: 'workable', kind: 'job', jobKey: 'workable:3F7A1C9B2E' },
  { url: 'https://apply.workable.com/blueprint-bryanjohnson/j/46641ABCEF', adapter: 'workable', kind: 'job', jobKey: 'workable:46641ABCEF' },
  { url: 'https://apply.workable.com/harbourline/j/3F7A1C9B2E/apply/', adapter: 'workable', kind: 'job', jobKey: 'workable:3F7A1C9B2E' },
  { url: 'https://apply.workable.com/harbourline/', adapter: 'workable', kind: 'listing' },
  { url: 'https://apply.workable.com/blueprint-bryanjohnson/?lng=en', adapter: 'workable', kind: 'listing' },
  { url: 'https://apply.workable.com/', adapter: null, kind: 'none' },
  { url: 'https://apply.workable.com/harbourline/j/', adapter: null, kind: 'none' },
  { url: 'https://apply.workable.com/api/v3/accounts/harbourline/jobs', adapter: null, kind: 'none' },
  { url: 'https://jobs.workable.com/search?query=engineer', adapter: null, kind: 'none' },
  { url: 'https://www.workable.com/careers', adapter: null, kind: 'none' },
];
