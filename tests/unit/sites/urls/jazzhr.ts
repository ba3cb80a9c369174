import type { UrlRow } from '../url-table';

export const rows: UrlRow[] = [
  { url: 'https://cobaltpaints.applytojob.com/apply/Xk29LpQr7d/Regional-Sales-Manager', adapter: 'jazzhr', kind: 'job', jobKey: 'jazzhr:Xk29LpQr7d' },
  { url: 'https://cobaltpaints.applytojob.com/apply/Xk29LpQr7d/Regional-Sales-Manager?source=LinkedIn', adapter: 'jazzhr', kind: 'job', jobKey: 'jazzhr:Xk29LpQr7d' },
  { url: 'https://cobaltpaints.applytojob.com/apply', adapter: 'jazzhr', kind: 'listing' },
  { url: 'https://cobaltpaints.applytojob.com/apply/jobs', adapter: 'jazzhr', kind: 'listing' },
  { url: 'https://cobaltpaints.applytojob.com/', adapter: null, kind: 'none' },
  { url: 'https://www.jazzhr.com/careers/', adapter: null, kind: 'none' },
];
