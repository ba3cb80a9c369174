import { describe, expect, it } from 'vitest';
import { smartrecruiters } from '../../../utils/sites/smartrecruiters';
import { cardSummary, extractJob, extractListing } from '../helpers/adapters';

describe('SmartRecruiters', () => {
  it('reads a job ad from its microdata, the formatted location, the workplace label, pay from the ad text', () => {
    const href = 'https://jobs.smartrecruiters.com/Quayside/744000051234567-senior-accountant';
    expect(extractJob(smartrecruiters, href)).toEqual({
      site: 'smartrecruiters',
      jobKey: 'smartrecruiters:744000051234567',
      url: href,
      title: 'Senior Accountant',
      company: 'Quayside Hotels Ltd',
      location: 'Leeds, England, United Kingdom',
      locations: ['Leeds, England, United Kingdom'],
      mode: 'hybrid',
      postedSalary: { min: 48000, max: 55000, currency: 'GBP', period: 'year', flags: [], raw: 'Salary: £48,000 - £55,000 per year' },
      employmentType: 'Full-time',
      datePosted: '2026-08-05',
      source: 'microdata',
    });
  });

  it('reads the company board cards', () => {
    const cards = extractListing(smartrecruiters, 'https://careers.smartrecruiters.com/Quayside');
    expect(cards.map(cardSummary)).toEqual([
      { jobKey: 'smartrecruiters:744000051234567', title: 'Senior Accountant', company: 'Quayside Hotels', location: 'Leeds, England, United Kingdom', mode: 'hybrid', anchor: 'Senior Accountant' },
      { jobKey: 'smartrecruiters:744000051230001', title: 'Night Auditor', company: 'Quayside Hotels', location: 'York, England, United Kingdom', mode: null, anchor: 'Night Auditor' },
    ]);
  });
});
