import { describe, expect, it } from 'vitest';
import { JobPosting } from '../../../utils/schemas';
import { welcometothejungle } from '../../../utils/sites/welcometothejungle';
import { fixtureDoc } from '../helpers/fixtures';
import { readPay } from '../helpers/adapters';

const JOB = 'https://www.welcometothejungle.com/fr/companies/lumen-sas/jobs/developpeur-backend-python-h-f_lyon_LUMEN_aB3dE9x';

describe('Welcome to the Jungle', () => {
  it('reads the job metadata block: fields by their icon, "Télétravail fréquent" as hybrid, "45K à 55K €"', () => {
    const posting = readPay(welcometothejungle.extract(fixtureDoc(JOB), new URL(JOB)));
    expect(posting).toEqual({
      site: 'welcometothejungle',
      jobKey: 'welcometothejungle:lumen-sas/developpeur-backend-python-h-f_lyon_LUMEN_aB3dE9x',
      url: JOB,
      title: 'Développeur Backend Python (H/F)',
      company: 'Lumen',
      location: 'Lyon',
      locations: ['Lyon'],
      mode: 'hybrid',
      postedSalary: { min: 45000, max: 55000, currency: 'EUR', period: 'year', flags: [], raw: 'Salaire : 45K à 55K €' },
      employmentType: 'CDI',
      datePosted: '2026-05-06T08:00:00Z',
      source: 'dom',
    });
    expect(JobPosting.safeParse(posting).success).toBe(true);
  });
});
