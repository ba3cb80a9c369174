import { describe, expect, it } from 'vitest';
import { JobPosting } from '../../../utils/schemas';
import { indeed } from '../../../utils/sites/indeed';
import { fixtureDoc } from '../helpers/fixtures';
import { readPay } from '../helpers/adapters';

const MODERN = 'https://in.indeed.com/viewjob?jk=3f9a2c71d0e4b586';
const LEGACY = 'https://www.indeed.com/viewjob?jk=7c1e5a90b2d34f68&from=serp';
const SEARCH = 'https://uk.indeed.com/jobs?q=data+analyst&l=Manchester&vjk=1a2b3c4d5e6f7081';

describe('Indeed', () => {
  it('reads the data-testid header (2024+): title without " - job post", INR pay in the site\'s country', () => {
    const posting = readPay(indeed.extract(fixtureDoc(MODERN), new URL(MODERN)));
    expect(posting).toEqual({
      site: 'indeed',
      jobKey: 'indeed:3f9a2c71d0e4b586',
      url: MODERN,
      title: 'Senior Backend Developer',
      company: 'Tarang Fintech',
      location: 'Hybrid work in Pune, Maharashtra',
      locations: ['Hybrid work in Pune, Maharashtra'],
      mode: 'hybrid',
      postedSalary: { min: 1800000, max: 2600000, currency: 'INR', period: 'year', flags: [], raw: '₹18,00,000 - ₹26,00,000 a year' },
      employmentType: null,
      datePosted: null,
      source: 'dom',
    });
    expect(JobPosting.safeParse(posting).success).toBe(true);
    expect(indeed.siteCountry!(new URL(MODERN))).toBe('IN');
    expect(indeed.siteCountry!(new URL(SEARCH))).toBe('GB');
    expect(indeed.siteCountry!(new URL(LEGACY))).toBe('US');
  });

  it('reads the 2023 page: JSON-LD first, the location as shown, "Remote" from the header label', () => {
    expect(readPay(indeed.extract(fixtureDoc(LEGACY), new URL(LEGACY)))).toEqual({
      site: 'indeed',
      jobKey: 'indeed:7c1e5a90b2d34f68',
      url: LEGACY,
      title: 'Site Reliability Engineer II',
      company: 'Alder Peak Software',
      location: 'Denver, CO',
      locations: ['Denver, CO'],
      mode: 'remote',
      postedSalary: { min: 128000, max: 152000, currency: 'USD', period: 'year', flags: [], raw: 'USD 128000–152000 per year' },
      employmentType: 'FULL_TIME',
      datePosted: '2026-04-20T14:02:11Z',
      source: 'json-ld',
    });
  });

  it('reads the search page\'s right pane (vjk) and its result cards, keyed like /viewjob', () => {
    const doc = fixtureDoc(SEARCH);
    const url = new URL(SEARCH);
    expect(indeed.isJobPage(url) && indeed.isListingPage(url)).toBe(true);
    expect(readPay(indeed.extract(doc, url))).toMatchObject({
      jobKey: 'indeed:1a2b3c4d5e6f7081',
      title: 'Senior Data Analyst',
      company: 'Northgate Energy',
      location: 'Hybrid work in Manchester M1',
      mode: 'hybrid',
      postedSalary: { min: 48000, max: 56000, currency: 'GBP', period: 'year' },
      source: 'dom',
    });
    const cards = indeed.extractCards!(doc, url);
    expect(cards.map((c) => readPay(c.posting))).toEqual([
      {
        site: 'indeed',
        jobKey: 'indeed:1a2b3c4d5e6f7081',
        url: 'https://uk.indeed.com/viewjob?jk=1a2b3c4d5e6f7081',
        title: 'Senior Data Analyst',
        company: 'Northgate Energy',
        location: 'Hybrid work in Manchester M1',
        locations: ['Hybrid work in Manchester M1'],
        mode: 'hybrid',
        postedSalary: { min: 48000, max: 56000, currency: 'GBP', period: 'year', flags: [], raw: '£48,000 - £56,000 a year' },
        employmentType: null,
        datePosted: null,
        source: 'dom',
      },
      {
        site: 'indeed',
        jobKey: 'indeed:9f8e7d6c5b4a3921',
        url: 'https://uk.indeed.com/viewjob?jk=9f8e7d6c5b4a3921',
        title: 'Data Analyst (Graduate)',
        company: 'Pennine Health NHS Trust',
        location: 'Salford M6',
        locations: ['Salford M6'],
        mode: null,
        postedSalary: { min: 13.5, max: 13.5, currency: 'GBP', period: 'hour', flags: [], raw: '£13.50 an hour' },
        employmentType: null,
        datePosted: null,
        source: 'dom',
      },
      {
        site: 'indeed',
        jobKey: 'indeed:0c0d0e0f10111213',
        url: 'https://uk.indeed.com/viewjob?jk=0c0d0e0f10111213',
        title: 'Analytics Engineer',
        company: 'Brightwater Retail',
        location: 'Remote in Manchester',
        locations: ['Remote in Manchester'],
        mode: 'remote',
        postedSalary: null,
        employmentType: null,
        datePosted: null,
        source: 'dom',
      },
    ]);
    expect(cards.map((c) => c.anchor.tagName)).toEqual(['H2', 'H2', 'H2']);
    // the full badge goes after the pane's title, not a card's
    expect(doc.querySelector(indeed.anchor)?.closest('#jobsearch-ViewjobPaneWrapper')).not.toBeNull();
    expect(indeed.jobKey(new URL(cards[1]!.posting.url), document)).toBe(cards[1]!.posting.jobKey);
  });

  it('reads a search response whose cards are only in its JSON payload (no card elements yet)', () => {
    const href = 'https://www.indeed.com/jobs?q=backend+engineer&l=Denver%2C+CO';
    // (the content script badges the cards once the page draws them: cardSelector + extractCard)
    const cards = indeed.extractCards!(fixtureDoc(href), new URL(href));
    expect(cards.every((c) => JobPosting.safeParse(c.posting).success)).toBe(true);
    expect(cards.map((c) => readPay(c.posting))).toEqual([
      {
        site: 'indeed',
        jobKey: 'indeed:4c2e8a1f9b3d7e60',
        url: 'https://www.indeed.com/viewjob?jk=4c2e8a1f9b3d7e60',
        title: 'Backend Engineer',
        company: 'Pikes Ledger',
        location: 'Denver, CO 80202',
        locations: ['Denver, CO 80202'],
        mode: null,
        postedSalary: { min: 125000, max: 145000, currency: 'USD', period: 'year', flags: [], raw: '$125,000 - $145,000 a year' },
        employmentType: null,
        datePosted: null,
        source: 'dom',
      },
      // Indeed's own estimate is not the employer's range
      expect.objectContaining({ jobKey: 'indeed:9a7b5c3d1e2f4a6b', title: 'Senior Backend Developer (Java)', mode: 'hybrid', postedSalary: null }),
      expect.objectContaining({ jobKey: 'indeed:0f1e2d3c4b5a6978', title: 'Software Engineer, Platform', company: 'Cherry Creek Robotics', mode: 'remote', postedSalary: null }),
    ]);
  });

  it('finds a card\'s job key without data-jk: from the ids Indeed derives from it, or the link\'s jk=', () => {
    const card = (attrs: string, outline = '') =>
      `<li><div class="cardOutline tapItem result ${outline}"><div class="job_seen_beacon"><h2 class="jobTitle"><a ${attrs} class="jcs-JobTitle"><span title="Data Engineer">Data Engineer</span></a></h2>` +
      '<span data-testid="company-name">Lakeside Grain</span><div data-testid="text-location">Omaha, NE</div></div></div></li>';
    const doc = new DOMParser().parseFromString(
      `<ul>${card('id="job_1111aaaa2222bbbb" href="/rc/clk?x=1"')}${card('href="/rc/clk?jk=3333cccc4444dddd&fccid=1"')}${card('href="/pagead/clk?mo=r"', 'job_5555eeee6666ffff')}</ul>`,
      'text/html',
    );
    const url = new URL('https://www.indeed.com/jobs?q=data+engineer');
    expect(indeed.extractCards!(doc, url).map((c) => c.posting.jobKey)).toEqual(['indeed:1111aaaa2222bbbb', 'indeed:3333cccc4444dddd', 'indeed:5555eeee6666ffff']);
  });
});
