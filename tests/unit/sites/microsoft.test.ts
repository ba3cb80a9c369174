import { describe, expect, it } from 'vitest';
import { microsoft } from '../../../utils/sites/microsoft';
import { extractJob } from '../helpers/adapters';

describe('Microsoft Careers', () => {
  it('reads the job details: the location line, "Work site" as the workplace, the US base pay range', () => {
    const href = 'https://jobs.careers.microsoft.com/global/en/job/1781234/Software-Engineer-II';
    expect(extractJob(microsoft, href)).toEqual({
      site: 'microsoft',
      jobKey: 'microsoft:1781234',
      url: href,
      title: 'Software Engineer II',
      company: 'Microsoft',
      location: 'Redmond, Washington, United States + 1 more',
      locations: ['Redmond, Washington, United States + 1 more'],
      // "Up to 50% work from home"
      mode: 'hybrid',
      postedSalary: {
        min: 98300,
        max: 193200,
        currency: 'USD',
        period: 'year',
        flags: [],
        raw: 'Software Engineering IC3 - The typical base pay range for this role across the U.S. is USD $98,300 - $193,200 per year.',
      },
      employmentType: 'Full-Time',
      datePosted: null,
      source: 'dom',
    });
  });
});
