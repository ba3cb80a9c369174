import { describe, expect, it } from 'vitest';
import { darwinbox } from '../../../utils/sites/darwinbox';
import { extractJob } from '../helpers/adapters';

describe('Darwinbox', () => {
  it('reads the job page and its details table (lakh-grouped INR)', () => {
    const href = 'https://suryafin.darwinbox.in/ms/candidate/careers/a64f1e2b9c7d3';
    expect(extractJob(darwinbox, href)).toEqual({
      site: 'darwinbox',
      jobKey: 'darwinbox:suryafin/a64f1e2b9c7d3',
      url: href,
      title: 'Relationship Manager - Home Loans',
      company: 'Surya Finance',
      location: 'Hyderabad, Telangana',
      locations: ['Hyderabad, Telangana'],
      mode: null,
      postedSalary: { min: 600000, max: 900000, currency: 'INR', period: 'year', flags: [], raw: 'INR 6,00,000 - 9,00,000 per annum' },
      employmentType: 'Permanent',
      datePosted: null,
      source: 'dom',
    });
  });
});
