import { describe, expect, it } from 'vitest';
import { lever } from '../../../utils/sites/lever';
import { cardSummary, extractJob, extractListing } from '../helpers/adapters';

describe('Lever', () => {
  it('reads a job page: JSON-LD title/company/date, the shown locations, workplace label and the pay range', () => {
    const href = 'https://jobs.lever.co/brightforge/6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b';
    expect(extractJob(lever, href)).toEqual({
      site: 'lever',
      jobKey: 'lever:6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b',
      url: href,
      title: 'Senior Firmware Engineer',
      company: 'Brightforge Robotics',
      // as shown in .posting-categories, not JSON-LD's single "Pittsburgh, PA"
      location: 'Pittsburgh, PA / Boston, MA',
      locations: ['Pittsburgh, PA', 'Boston, MA'],
      mode: 'hybrid',
      // [data-qa=salary-range], not the "$40M" raised in the description
      postedSalary: { min: 155000, max: 190000, currency: 'USD', period: 'year', flags: [], raw: 'Base salary $155,000 - $190,000 a year' },
      employmentType: 'Full-time',
      datePosted: '2026-07-28',
      source: 'json-ld',
    });
  });

  it('reads the board: one card per posting, keyed like its job page, with workplace and commitment labels', () => {
    const cards = extractListing(lever, 'https://jobs.lever.co/brightforge');
    expect(cards.map(cardSummary)).toEqual([
      { jobKey: 'lever:6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b', title: 'Senior Firmware Engineer', company: 'Brightforge Robotics', location: 'Pittsburgh, PA / Boston, MA', mode: 'hybrid', anchor: 'Senior Firmware Engineer' },
      { jobKey: 'lever:a0b1c2d3-e4f5-4a6b-8c7d-8e9f0a1b2c3d', title: 'Robotics Test Technician', company: 'Brightforge Robotics', location: 'Pittsburgh, PA', mode: 'onsite', anchor: 'Robotics Test Technician' },
      { jobKey: 'lever:c4d5e6f7-a8b9-4c0d-9e1f-2a3b4c5d6e7f', title: 'Field Deployment Lead', company: 'Brightforge Robotics', location: 'United States', mode: 'remote', anchor: 'Field Deployment Lead' },
    ]);
    expect(cards[1]!.posting).toMatchObject({ employmentType: 'Contract', url: 'https://jobs.lever.co/brightforge/a0b1c2d3-e4f5-4a6b-8c7d-8e9f0a1b2c3d', source: 'dom' });
  });
});
