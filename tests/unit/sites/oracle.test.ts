import { describe, expect, it } from 'vitest';
import { oracle } from '../../../utils/sites/oracle';
import { extractJob } from '../helpers/adapters';

describe('Oracle Recruiting Cloud', () => {
  it('reads the rendered job details: primary and other locations, workplace type, pay range', () => {
    const href = 'https://efgh.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1/job/20931';
    expect(extractJob(oracle, href)).toEqual({
      site: 'oracle',
      jobKey: 'oracle:efgh/20931',
      url: href,
      title: 'Clinical Data Analyst',
      company: 'Efgh Health',
      location: 'Austin, TX, United States',
      locations: ['Austin, TX, United States', 'Dallas, TX, United States'],
      mode: 'hybrid',
      postedSalary: { min: 74500, max: 96800, currency: 'USD', period: 'year', flags: [], raw: '$74,500.00 - $96,800.00 Annual' },
      employmentType: 'Full time',
      datePosted: null,
      source: 'dom',
    });
  });

  it('a posting opened over the search results is the same job', () => {
    const url = new URL('https://efgh.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1/requisitions/preview/20931');
    expect(oracle.jobKey(url, document)).toBe('oracle:efgh/20931');
  });
});
