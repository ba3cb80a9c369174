import { describe, expect, it } from 'vitest';
import { JobPosting } from '../../../utils/schemas';
import { foundit } from '../../../utils/sites/foundit';
import { fixtureDoc } from '../helpers/fixtures';
import { readPay } from '../helpers/adapters';

const JOB = 'https://www.foundit.in/job/qa-automation-engineer-meridian-softlabs-chennai-33445566?searchId=abc';

describe('foundit', () => {
  it('reads a job page: the JobPosting among other JSON-LD nodes, location as shown', () => {
    const posting = readPay(foundit.extract(fixtureDoc(JOB), new URL(JOB)));
    expect(posting).toEqual({
      site: 'foundit',
      jobKey: 'foundit:33445566',
      url: JOB,
      title: 'QA Automation Engineer',
      company: 'Meridian Softlabs Pvt Ltd',
      location: 'Chennai',
      locations: ['Chennai'],
      mode: null,
      postedSalary: { min: 600000, max: 900000, currency: 'INR', period: 'year', flags: [], raw: 'INR 600000–900000 per year' },
      employmentType: 'FULL_TIME',
      datePosted: '2026-05-08',
      source: 'json-ld',
    });
    expect(JobPosting.safeParse(posting).success).toBe(true);
  });

  it('without JSON-LD reads the header, the company as shown and the INR pay line', () => {
    const doc = fixtureDoc(JOB);
    doc.querySelector('script[type="application/ld+json"]')!.remove();
    expect(readPay(foundit.extract(doc, new URL(JOB)))).toMatchObject({
      title: 'QA Automation Engineer',
      company: 'Meridian Softlabs',
      location: 'Chennai',
      postedSalary: { min: 600000, max: 900000, currency: 'INR', raw: '6,00,000 - 9,00,000 INR' },
      source: 'dom',
    });
  });
});
