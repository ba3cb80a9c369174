import { describe, expect, it } from 'vitest';
import { amazon } from '../../../utils/sites/amazon';
import { extractJob } from '../helpers/adapters';

describe('Amazon Jobs', () => {
  it('reads the job page: both locations, the hiring entity beside the job id, pay from the qualifications text', () => {
    const href = 'https://www.amazon.jobs/en/jobs/2781234/software-development-engineer-ii-payments';
    const posting = extractJob(amazon, href);
    expect(posting).toEqual({
      site: 'amazon',
      jobKey: 'amazon:2781234',
      url: href,
      title: 'Software Development Engineer II, Payments',
      company: 'Amazon.com Services LLC',
      location: 'USA, WA, Seattle | USA, VA, Arlington',
      locations: ['USA, WA, Seattle', 'USA, VA, Arlington'],
      mode: null,
      postedSalary: expect.objectContaining({ min: 129300, currency: 'USD', period: 'year' }),
      employmentType: null,
      datePosted: null,
      source: 'dom',
    });
    expect(posting.postedSalary?.raw).toContain('ranges from $129,300/year in our lowest geographic market up to $223,600/year');
  });

  it.todo('reads "from $129,300/year … up to $223,600/year" as a range (parseSalaryText gives only the minimum today)');
});
