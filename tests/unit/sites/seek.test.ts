import { describe, expect, it } from 'vitest';
import { JobPosting } from '../../../utils/schemas';
import { seek } from '../../../utils/sites/seek';
import { extractJob, readPay } from '../helpers/adapters';
import { fixtureDoc } from '../helpers/fixtures';

const JOB = 'https://www.seek.com.au/job/81234567?type=promoted';
const SEARCH = 'https://www.seek.com.au/data-analyst-jobs/in-All-Melbourne-VIC';

describe('SEEK', () => {
  it('reads a job page by its data-automation attributes; "$" is AUD on seek.com.au', () => {
    const posting = readPay(seek.extract(fixtureDoc(JOB), new URL(JOB)));
    expect(posting).toEqual({
      site: 'seek',
      jobKey: 'seek:81234567',
      url: JOB,
      title: 'Senior Data Analyst',
      company: 'Kookaburra Insurance Group',
      location: 'Melbourne VIC (Hybrid)',
      locations: ['Melbourne VIC (Hybrid)'],
      mode: 'hybrid',
      postedSalary: { min: 115000, max: 130000, currency: 'AUD', period: 'year', flags: ['currency_from_country'], raw: '$115,000 – $130,000 per year + super' },
      employmentType: 'Full time',
      datePosted: null,
      source: 'dom',
    });
    expect(JobPosting.safeParse(posting).success).toBe(true);
    expect(seek.siteCountry!(new URL('https://www.seek.co.nz/job/76543210'))).toBe('NZ');
  });

  it('reads search result cards: places joined as shown, pay per hour, keyed like the job page', () => {
    const cards = seek.extractCards!(fixtureDoc(SEARCH), new URL(SEARCH));
    expect(cards.map((c) => readPay(c.posting))).toEqual([
      {
        site: 'seek',
        jobKey: 'seek:81234567',
        url: 'https://www.seek.com.au/job/81234567',
        title: 'Senior Data Analyst',
        company: 'Kookaburra Insurance Group',
        location: 'Melbourne VIC',
        locations: ['Melbourne VIC'],
        mode: 'hybrid',
        postedSalary: { min: 115000, max: 130000, currency: 'AUD', period: 'year', flags: ['currency_from_country'], raw: '$115,000 – $130,000 per year + super' },
        employmentType: null,
        datePosted: null,
        source: 'dom',
      },
      {
        site: 'seek',
        jobKey: 'seek:81230011',
        url: 'https://www.seek.com.au/job/81230011',
        title: 'Data Analyst – Customer Insights',
        company: 'Bluegum Energy',
        location: 'Richmond, Melbourne VIC',
        locations: ['Richmond, Melbourne VIC'],
        mode: null,
        postedSalary: null,
        employmentType: null,
        datePosted: null,
        source: 'dom',
      },
      {
        site: 'seek',
        jobKey: 'seek:81229876',
        url: 'https://www.seek.com.au/job/81229876',
        title: 'Reporting Analyst (Contract)',
        company: 'Wattle City Council',
        location: 'Dandenong VIC',
        locations: ['Dandenong VIC'],
        mode: null,
        postedSalary: { min: 85, max: 95, currency: 'AUD', period: 'hour', flags: ['currency_from_country'], raw: '$85 - $95 per hour' },
        employmentType: null,
        datePosted: null,
        source: 'dom',
      },
    ]);
    expect(cards.every((c) => c.anchor.getAttribute('data-automation') === 'jobTitle')).toBe(true);
    expect(seek.jobKey(new URL(JOB), document)).toBe(cards[0]!.posting.jobKey);
  });

  it('in split view reads only the job-detail pane, never a card\'s title', () => {
    const pane = new URL(`${SEARCH}?jobId=81230011&type=standard`);
    expect(seek.isJobPage(pane) && seek.isListingPage(pane)).toBe(true);
    // The fixture has no details pane rendered yet: nothing, rather than the first card.
    expect(readPay(seek.extract(fixtureDoc(SEARCH), pane))).toBeNull();
  });

  it('reads the 2026 job page on au.seek.com (hashed classes, no JobPosting JSON-LD); the sign-in salary prompt is not pay', () => {
    const JOB_2026 = 'https://au.seek.com/job/82345678';
    expect(extractJob(seek, JOB_2026)).toEqual({
      site: 'seek',
      jobKey: 'seek:82345678',
      url: JOB_2026,
      title: 'Site Reliability Engineer',
      company: 'Bellarine Cloud Works',
      location: 'Geelong VIC (Hybrid)',
      locations: ['Geelong VIC (Hybrid)'],
      mode: 'hybrid',
      postedSalary: { min: 135000, max: 150000, currency: 'AUD', period: 'year', flags: ['period_inferred', 'currency_from_country'], raw: '$135,000 – $150,000 + super' },
      employmentType: 'Full time',
      datePosted: null,
      source: 'dom',
    });
    expect(seek.siteCountry!(new URL('https://nz.seek.com/job/76543210'))).toBe('NZ');
  });
});
