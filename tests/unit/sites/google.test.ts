import { describe, expect, it } from 'vitest';
import { google } from '../../../utils/sites/google';
import { cardSummary, extractJob, extractListing } from '../helpers/adapters';

describe('Google Careers', () => {
  it('reads a job page: every location, "Remote eligible", the US base salary sentence', () => {
    const href = 'https://www.google.com/about/careers/applications/jobs/results/118023045607789510-software-engineer-iii-infrastructure';
    expect(extractJob(google, href)).toEqual({
      site: 'google',
      jobKey: 'google:118023045607789510',
      url: href,
      title: 'Software Engineer III, Infrastructure',
      company: 'Google',
      location: 'Sunnyvale, CA, USA | Seattle, WA, USA',
      locations: ['Sunnyvale, CA, USA', 'Seattle, WA, USA'],
      mode: 'remote_ok',
      postedSalary: {
        min: 141000,
        max: 202000,
        currency: 'USD',
        period: 'year',
        flags: ['equity', 'period_inferred'],
        raw: 'The US base salary range for this full-time position is $141,000-$202,000 + bonus + equity + benefits. Our salary ranges are determined by role, level, and location.',
      },
      employmentType: null,
      datePosted: null,
      source: 'dom',
    });
  });

  it('reads the search results, resolving links against <base href>', () => {
    const cards = extractListing(google, 'https://www.google.com/about/careers/applications/jobs/results/');
    expect(cards.map(cardSummary)).toEqual([
      { jobKey: 'google:118023045607789510', title: 'Software Engineer III, Infrastructure', company: 'Google', location: 'Sunnyvale, CA, USA', mode: null, anchor: 'Software Engineer III, Infrastructure' },
      { jobKey: 'google:97731240558936774', title: 'Technical Program Manager, Cloud', company: 'Google', location: 'Bengaluru, Karnataka, India', mode: null, anchor: 'Technical Program Manager, Cloud' },
    ]);
    expect(cards[0]!.posting.url).toBe('https://www.google.com/about/careers/applications/jobs/results/118023045607789510-software-engineer-iii-infrastructure?q=software');
  });
});
