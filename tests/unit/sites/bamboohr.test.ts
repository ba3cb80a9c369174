import { describe, expect, it } from 'vitest';
import { bamboohr } from '../../../utils/sites/bamboohr';
import { extractJob } from '../helpers/adapters';

describe('BambooHR', () => {
  it('reads the posting header and its labelled facts (not "Payroll" as a pay label)', () => {
    const href = 'https://larkspur.bamboohr.com/careers/118';
    expect(extractJob(bamboohr, href)).toEqual({
      site: 'bamboohr',
      jobKey: 'bamboohr:larkspur/118',
      url: href,
      title: 'Payroll Specialist',
      company: 'Larkspur Health',
      location: 'Boise, Idaho',
      locations: ['Boise, Idaho'],
      mode: 'onsite',
      postedSalary: { min: 24, max: 29, currency: 'USD', period: 'hour', flags: [], raw: '$24.00 - $29.00 / hour' },
      employmentType: 'Full-Time',
      datePosted: null,
      source: 'dom',
    });
  });
});
