import { describe, expect, it } from 'vitest';
import { jazzhr } from '../../../utils/sites/jazzhr';
import { extractJob } from '../helpers/adapters';

describe('JazzHR', () => {
  it('reads the job header and its titled attribute list', () => {
    const href = 'https://cobaltpaints.applytojob.com/apply/Xk29LpQr7d/Regional-Sales-Manager';
    expect(extractJob(jazzhr, href)).toEqual({
      site: 'jazzhr',
      jobKey: 'jazzhr:Xk29LpQr7d',
      url: href,
      title: 'Regional Sales Manager',
      company: 'Cobalt Paints',
      location: 'Columbus, OH',
      locations: ['Columbus, OH'],
      mode: 'onsite',
      postedSalary: { min: 70000, max: 85000, currency: 'USD', period: 'year', flags: ['period_inferred'], raw: '$70,000 - $85,000 plus commission' },
      employmentType: 'Full Time',
      datePosted: null,
      source: 'dom',
    });
  });
});
