import { describe, expect, it } from 'vitest';
import { recruitee } from '../../../utils/sites/recruitee';
import { extractJob } from '../helpers/adapters';

describe('Recruitee', () => {
  it('reads the offer: JSON-LD title, company and NOK salary; the shown location and remote label', () => {
    const href = 'https://fjordlabs.recruitee.com/o/backend-developer';
    expect(extractJob(recruitee, href)).toEqual({
      site: 'recruitee',
      jobKey: 'recruitee:fjordlabs/backend-developer',
      url: href,
      title: 'Backend Developer',
      company: 'Fjord Labs AS',
      location: 'Bergen, Vestland, Norway',
      locations: ['Bergen, Vestland, Norway'],
      mode: 'hybrid',
      postedSalary: { min: 720000, max: 850000, currency: 'NOK', period: 'year', flags: [], raw: 'NOK 720000–850000 per year' },
      employmentType: 'FULL_TIME',
      datePosted: '2026-07-30',
      source: 'json-ld',
    });
  });
});
