import { describe, expect, it } from 'vitest';
import { keka } from '../../../utils/sites/keka';
import { extractJob } from '../helpers/adapters';

describe('Keka', () => {
  it('reads the job details and a "₹ x - y LPA" salary', () => {
    const href = 'https://vistaar.keka.com/careers/jobdetails/48213';
    expect(extractJob(keka, href)).toEqual({
      site: 'keka',
      jobKey: 'keka:vistaar/48213',
      url: href,
      title: 'Senior Backend Developer (Java)',
      // no company on the page but "Careers - Vistaar Fintech"
      company: 'Vistaar Fintech',
      location: 'Pune, Maharashtra, India',
      locations: ['Pune, Maharashtra, India'],
      mode: 'hybrid',
      postedSalary: { min: 1800000, max: 2600000, currency: 'INR', period: 'year', flags: [], raw: '₹ 18 - 26 LPA' },
      employmentType: 'Full time',
      datePosted: null,
      source: 'dom',
    });
  });
});
