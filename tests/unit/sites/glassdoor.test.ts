import { describe, expect, it } from 'vitest';
import { JobPosting } from '../../../utils/schemas';
import { glassdoor } from '../../../utils/sites/glassdoor';
import { fixtureDoc } from '../helpers/fixtures';
import { readPay } from '../helpers/adapters';

const JOB = 'https://www.glassdoor.co.in/job-listing/machine-learning-engineer-saffron-health-JV_IC2940587_KO0,25_KE26,40.htm?jl=1009876543210';
const SEARCH = 'https://www.glassdoor.com/Job/seattle-product-designer-jobs-SRCH_IL.0,7_IC1150505_KO8,24.htm';

describe('Glassdoor', () => {
  it('reads a job page: company without its rating, "Employer est." pay flagged as an estimate, workplace tag', () => {
    const posting = readPay(glassdoor.extract(fixtureDoc(JOB), new URL(JOB)));
    expect(posting).toEqual({
      site: 'glassdoor',
      jobKey: 'glassdoor:1009876543210',
      url: JOB,
      title: 'Machine Learning Engineer',
      company: 'Saffron Health',
      location: 'Bengaluru',
      locations: ['Bengaluru'],
      mode: 'hybrid',
      postedSalary: { min: 2000000, max: 3000000, currency: 'INR', period: 'year', flags: ['estimate'], raw: '₹20L - ₹30L (Employer est.)' },
      employmentType: null,
      datePosted: null,
      source: 'dom',
    });
    expect(JobPosting.safeParse(posting).success).toBe(true);
    expect(glassdoor.siteCountry!(new URL(JOB))).toBe('IN');
  });

  it('reads search result cards, each pay flagged as an estimate, keyed like the job page', () => {
    const url = new URL(SEARCH);
    const cards = glassdoor.extractCards!(fixtureDoc(SEARCH), url);
    expect(cards.map((c) => readPay(c.posting))).toEqual([
      {
        site: 'glassdoor',
        jobKey: 'glassdoor:1009900112233',
        url: 'https://www.glassdoor.com/job-listing/senior-product-designer-cedarline-studio-JV_IC1150505_KO0,23_KE24,40.htm?jl=1009900112233',
        title: 'Senior Product Designer',
        company: 'Cedarline Studio',
        location: 'Seattle, WA',
        locations: ['Seattle, WA'],
        mode: null,
        postedSalary: { min: 135000, max: 170000, currency: 'USD', period: 'year', flags: ['estimate'], raw: '$135K - $170K (Employer est.)' },
        employmentType: null,
        datePosted: null,
        source: 'dom',
      },
      {
        site: 'glassdoor',
        jobKey: 'glassdoor:1009900112244',
        url: 'https://www.glassdoor.com/job-listing/ux-designer-pinecrest-games-JV_IC1150505_KO0,11_KE12,27.htm?jl=1009900112244',
        title: 'UX Designer',
        company: 'Pinecrest Games',
        location: 'Remote',
        locations: ['Remote'],
        mode: 'remote',
        postedSalary: { min: 98000, max: 124000, currency: 'USD', period: 'year', flags: ['estimate'], raw: '$98K - $124K (Glassdoor est.)' },
        employmentType: null,
        datePosted: null,
        source: 'dom',
      },
      {
        site: 'glassdoor',
        jobKey: 'glassdoor:1009900112255',
        url: 'https://www.glassdoor.com/job-listing/product-designer-ii-sound-summit-bank-JV_IC1150505_KO0,19_KE20,37.htm?jl=1009900112255',
        title: 'Product Designer II',
        company: 'Sound & Summit Bank',
        location: 'Bellevue, WA',
        locations: ['Bellevue, WA'],
        mode: null,
        postedSalary: null,
        employmentType: null,
        datePosted: null,
        source: 'dom',
      },
    ]);
    expect(cards.every((c) => c.anchor.getAttribute('data-test') === 'job-title')).toBe(true);
    expect(glassdoor.jobKey(new URL(cards[0]!.posting.url), document)).toBe('glassdoor:1009900112233');
  });

  it('on a search page, reads the job only from the details pane, never from the first card', () => {
    const withJob = new URL(`${SEARCH}?jl=1009900112244`);
    expect(glassdoor.isJobPage(withJob) && glassdoor.isListingPage(withJob)).toBe(true);
    expect(readPay(glassdoor.extract(fixtureDoc(SEARCH), withJob))).toBeNull();
  });
});
