import { describe, expect, it } from 'vitest';
import { rippling } from '../../../utils/sites/rippling';
import { extractJob } from '../helpers/adapters';

describe('Rippling', () => {
  it('reads JSON-LD baseSalary first, the shown location and workplace type', () => {
    const href = 'https://ats.rippling.com/oakline/jobs/5b8f0c3e-1a2b-4c3d-9e4f-6a7b8c9d0e1f';
    expect(extractJob(rippling, href)).toEqual({
      site: 'rippling',
      jobKey: 'rippling:5b8f0c3e-1a2b-4c3d-9e4f-6a7b8c9d0e1f',
      url: href,
      title: 'Product Designer',
      company: 'Oakline Studio Inc.',
      location: 'Remote (United States)',
      locations: ['Remote (United States)'],
      mode: 'remote',
      postedSalary: { min: 120000, max: 145000, currency: 'USD', period: 'year', flags: [], raw: 'USD 120000–145000 per year' },
      employmentType: 'FULL_TIME',
      datePosted: '2026-08-09',
      source: 'json-ld',
    });
  });
});
