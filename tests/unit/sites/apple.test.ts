import { describe, expect, it } from 'vitest';
import { apple } from '../../../utils/sites/apple';
import { extractJob } from '../helpers/adapters';

describe('Apple Jobs', () => {
  it('reads the details page and the base pay range from the pay section', () => {
    const href = 'https://jobs.apple.com/en-us/details/200561234/software-engineer-maps-platform';
    expect(extractJob(apple, href)).toEqual({
      site: 'apple',
      jobKey: 'apple:200561234',
      url: href,
      title: 'Software Engineer, Maps Platform',
      company: 'Apple',
      location: 'Cupertino, California, United States',
      locations: ['Cupertino, California, United States'],
      mode: null,
      postedSalary: {
        min: 143100,
        max: 264200,
        currency: 'USD',
        period: 'year',
        flags: ['period_inferred'],
        raw: 'At Apple, base pay is one part of our total compensation package and is determined within a range. The base pay range for this role is between $143,100 and $264,200, and your base pay will depend on your skills, qualifications, experience, and location.',
      },
      employmentType: null,
      datePosted: null,
      source: 'dom',
    });
  });
});
