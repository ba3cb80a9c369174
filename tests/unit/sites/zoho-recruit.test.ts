import { describe, expect, it } from 'vitest';
import { zohoRecruit } from '../../../utils/sites/zoho-recruit';
import { extractJob } from '../helpers/adapters';

describe('Zoho Recruit', () => {
  it('assembles the location from City / State / Country and reads the Salary field', () => {
    const href = 'https://brightpath.zohorecruit.in/jobs/Careers/612345000004567891/Inside-Sales-Executive';
    expect(extractJob(zohoRecruit, href)).toEqual({
      site: 'zoho-recruit',
      jobKey: 'zoho-recruit:612345000004567891',
      url: href,
      title: 'Inside Sales Executive',
      company: 'Brightpath Learning',
      location: 'Chennai, Tamil Nadu, India',
      locations: ['Chennai, Tamil Nadu, India'],
      // "Remote Job: No" is not a workplace label
      mode: null,
      postedSalary: { min: 360000, max: 480000, currency: 'INR', period: 'year', flags: [], raw: '₹3,60,000 - ₹4,80,000 per annum' },
      employmentType: 'Full time',
      datePosted: null,
      source: 'dom',
    });
  });
});
