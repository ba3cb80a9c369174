import { describe, expect, it } from 'vitest';
import { totaljobs } from '../../../utils/sites/totaljobs';
import { extractJob, extractListing, readPay } from '../helpers/adapters';

const SEARCH = 'https://www.totaljobs.com/jobs/data-analyst/in-leeds';
const JOB = 'https://www.totaljobs.com/job/data-analyst/harrowgate-analytics-job107712345';

describe('Totaljobs', () => {
  it('reads the search cards: pay as shown (a range, none for "Unspecified", bare figures without a currency), never the salary filters', () => {
    const cards = extractListing(totaljobs, SEARCH);
    expect(cards.map((c) => readPay(c.posting))).toEqual([
      {
        site: 'totaljobs',
        jobKey: 'totaljobs:107712345',
        url: 'https://www.totaljobs.com/job/data-analyst/harrowgate-analytics-job107712345',
        title: 'Data Analyst',
        company: 'Harrowgate Analytics',
        location: 'Leeds, LS1',
        locations: ['Leeds, LS1'],
        mode: null,
        postedSalary: { min: 38000, max: 44000, currency: 'GBP', period: 'year', flags: [], raw: '£38,000 - £44,000 per annum' },
        employmentType: null,
        datePosted: '2026-11-28T09:12:00.00',
        source: 'dom',
      },
      expect.objectContaining({ jobKey: 'totaljobs:107712388', title: 'Junior Data Analyst', company: 'Kirkstall Mills', location: 'Horsforth, LS18', postedSalary: null }),
      expect.objectContaining({
        jobKey: 'totaljobs:107712401',
        title: 'Insight Analyst',
        postedSalary: { min: 29412, max: 31870, currency: null, period: null, flags: ['figures_only'], raw: '29,412 - 31,870' },
      }),
      // a card that links to a sister site of the group keeps that link and the same job id
      expect.objectContaining({
        jobKey: 'totaljobs:107712455',
        url: 'https://www.caterer.com/job/revenue-analyst/roundhay-hotels-job107712455',
        title: 'Revenue Analyst',
        location: 'LS8, Leeds',
        postedSalary: expect.objectContaining({ min: 15.2, max: 17.8, currency: 'GBP', period: 'hour' }),
      }),
    ]);
    // the badge goes after the card's title link
    expect(cards.every((c) => c.anchor.getAttribute('data-testid') === 'job-item-title')).toBe(true);
    expect(totaljobs.siteCountry!(new URL(SEARCH))).toBe('GB');
  });

  it('reads a job page: JSON-LD first, the location and work mode as shown', () => {
    expect(extractJob(totaljobs, JOB)).toEqual({
      site: 'totaljobs',
      jobKey: 'totaljobs:107712345',
      url: JOB,
      title: 'Data Analyst',
      company: 'Harrowgate Analytics',
      location: 'Leeds (LS1)',
      locations: ['Leeds (LS1)'],
      mode: 'hybrid',
      postedSalary: { min: 38000, max: 44000, currency: 'GBP', period: 'year', flags: [], raw: 'GBP 38000–44000 per year' },
      employmentType: 'FULL_TIME',
      datePosted: '2026-11-28',
      source: 'json-ld',
    });
  });
});
