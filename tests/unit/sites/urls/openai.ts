import type { UrlRow } from '../url-table';

export const rows: UrlRow[] = [
  { url: 'https://openai.com/careers/research-engineer-applied-ai/', adapter: 'openai', kind: 'job', jobKey: 'openai:research-engineer-applied-ai' },
  { url: 'https://openai.com/careers/research-engineer-applied-ai', adapter: 'openai', kind: 'job', jobKey: 'openai:research-engineer-applied-ai' },
  { url: 'https://openai.com/careers/search/', adapter: 'openai', kind: 'listing' },
  { url: 'https://openai.com/careers/search/?l=San+Francisco', adapter: 'openai', kind: 'listing' },
  { url: 'https://openai.com/careers/', adapter: null, kind: 'none' },
  { url: 'https://openai.com/careers/life-at-openai/', adapter: null, kind: 'none' },
  { url: 'https://openai.com/research/', adapter: null, kind: 'none' },
];
