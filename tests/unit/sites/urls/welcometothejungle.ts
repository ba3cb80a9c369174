import type { UrlRow } from '../url-table';

export const rows: UrlRow[] = [
  {
    url: 'https://www.welcometothejungle.com/fr/companies/lumen-sas/jobs/developpeur-backend-python-h-f_lyon_LUMEN_aB3dE9x',
    adapter: 'welcometothejungle',
    kind: 'job',
    jobKey: 'welcometothejungle:lumen-sas/developpeur-backend-python-h-f_lyon_LUMEN_aB3dE9x',
  },
  {
    url: 'https://www.welcometothejungle.com/en/companies/payfit/jobs/senior-software-engineer-backend_paris?q=abc&o=123',
    adapter: 'welcometothejungle',
    kind: 'job',
    jobKey: 'welcometothejungle:payfit/senior-software-engineer-backend_paris',
  },
  // same host, not job pages
  { url: 'https://www.welcometothejungle.com/fr', adapter: null, kind: 'none' },
  { url: 'https://www.welcometothejungle.com/fr/jobs?query=python', adapter: null, kind: 'none' },
  { url: 'https://www.welcometothejungle.com/fr/companies/lumen-sas', adapter: null, kind: 'none' },
  { url: 'https://www.welcometothejungle.com/fr/companies/lumen-sas/jobs', adapter: null, kind: 'none' },
  { url: 'https://www.welcometothejungle.com/fr/articles/negocier-son-salaire', adapter: null, kind: 'none' },
];
