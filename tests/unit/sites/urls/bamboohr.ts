import type { UrlRow } from '../url-table';

export const rows: UrlRow[] = [
  { url: 'https://larkspur.bamboohr.com/careers/118', adapter: 'bamboohr', kind: 'job', jobKey: 'bamboohr:larkspur/118' },
  { url: 'https://larkspur.bamboohr.com/careers/118?source=aWQ9Mg%3D%3D', adapter: 'bamboohr', kind: 'job', jobKey: 'bamboohr:larkspur/118' },
  { url: 'https://larkspur.bamboohr.com/jobs/view.php?id=118', adapter: 'bamboohr', kind: 'job', jobKey: 'bamboohr:larkspur/118' },
  { url: 'https://larkspur.bamboohr.com/careers', adapter: 'bamboohr', kind: 'listing' },
  { url: 'https://larkspur.bamboohr.com/careers/', adapter: 'bamboohr', kind: 'listing' },
  { url: 'https://larkspur.bamboohr.com/careers/list', adapter: null, kind: 'none' },
  { url: 'https://larkspur.bamboohr.com/login.php', adapter: null, kind: 'none' },
  { url: 'https://www.bamboohr.com/careers/', adapter: null, kind: 'none' },
];
