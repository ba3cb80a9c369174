import { describe, expect, it } from 'vitest';
import { JobPosting } from '../../../utils/schemas';
import { instahyre } from '../../../utils/sites/instahyre';
import { fixtureDoc } from '../helpers/fixtures';
import { readPay } from '../helpers/adapters';

const JOB = 'https://www.instahyre.com/job-412233-android-developer-at-paisabridge-bangalore/';

describe('Instahyre', () => {
  it('reads a job page without structured data from its header fields', () => {
    const posting = readPay(instahyre.extract(fixtureDoc(JOB), new URL(JOB)));
    expect(posting).toEqual({
      site: 'instahyre',
      jobKey: 'instahyre:412233',
      url: JOB,
      title: 'Android Developer',
      company: 'PaisaBridge',
      location: 'Bangalore',
      locations: ['Bangalore'],
      mode: 'hybrid',
      postedSalary: { min: 1200000, max: 1800000, currency: 'INR', period: 'year', flags: [], raw: '₹ 12 - 18 LPA' },
      employmentType: null,
      datePosted: null,
      source: 'dom',
    });
    expect(JobPosting.safeParse(posting).success).toBe(true);
  });

  it('splits "<title> at <company>" when the company is not shown apart', () => {
    const doc = fixtureDoc(JOB);
    doc.querySelector('.company-name')!.remove();
    doc.querySelector('h1')!.textContent = 'Android Developer at PaisaBridge';
    expect(readPay(instahyre.extract(doc, new URL(JOB)))).toMatchObject({ title: 'Android Developer', company: 'PaisaBridge' });
  });
});
