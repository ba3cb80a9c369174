import { describe, expect, it } from 'vitest';
import { JobPosting } from '../../../utils/schemas';
import { wellfound } from '../../../utils/sites/wellfound';
import { fixtureDoc } from '../helpers/fixtures';
import { readPay } from '../helpers/adapters';

const JOB = 'https://wellfound.com/jobs/2987654-founding-backend-engineer';
const SEARCH = 'https://wellfound.com/role/r/software-engineer';

describe('Wellfound', () => {
  it('reads a job page from its JSON-LD, with the location as shown', () => {
    const posting = readPay(wellfound.extract(fixtureDoc(JOB), new URL(JOB)));
    expect(posting).toEqual({
      site: 'wellfound',
      jobKey: 'wellfound:2987654',
      url: JOB,
      title: 'Founding Backend Engineer',
      company: 'Tidewell',
      location: 'Remote (United States)',
      locations: ['Remote (United States)'],
      mode: 'remote',
      postedSalary: { min: 150000, max: 185000, currency: 'USD', period: 'year', flags: [], raw: 'USD 150000–185000 per year' },
      employmentType: 'FULL_TIME',
      datePosted: '2026-04-30',
      source: 'json-ld',
    });
    expect(JobPosting.safeParse(posting).success).toBe(true);
  });

  it('reads one card per job link in each startup block, the startup as company', () => {
    const cards = wellfound.extractCards!(fixtureDoc(SEARCH), new URL(SEARCH));
    expect(cards.map((c) => readPay(c.posting))).toEqual([
      {
        site: 'wellfound',
        jobKey: 'wellfound:2987654',
        url: JOB,
        title: 'Founding Backend Engineer',
        company: 'Tidewell',
        location: 'Remote (US)',
        locations: ['Remote (US)'],
        mode: 'remote',
        postedSalary: { min: 150000, max: 185000, currency: 'USD', period: 'year', flags: [], raw: '$150k – $185k • 0.5% – 1.0%' },
        employmentType: null,
        datePosted: null,
        source: 'dom',
      },
      {
        site: 'wellfound',
        jobKey: 'wellfound:2987701',
        url: 'https://wellfound.com/jobs/2987701-frontend-engineer-react',
        title: 'Frontend Engineer (React)',
        company: 'Tidewell',
        location: 'New York',
        locations: ['New York'],
        mode: null,
        postedSalary: { min: 130000, max: 160000, currency: 'USD', period: 'year', flags: [], raw: '$130k – $160k' },
        employmentType: null,
        datePosted: null,
        source: 'dom',
      },
      {
        site: 'wellfound',
        jobKey: 'wellfound:2990012',
        url: 'https://wellfound.com/jobs/2990012-senior-software-engineer-infra',
        title: 'Senior Software Engineer, Infra',
        company: 'Orbitkit',
        location: 'Bengaluru',
        locations: ['Bengaluru'],
        mode: null,
        postedSalary: { min: 4000000, max: 6000000, currency: 'INR', period: 'year', flags: [], raw: '₹40L – ₹60L • 0.1% – 0.3%' },
        employmentType: null,
        datePosted: null,
        source: 'dom',
      },
    ]);
    expect(cards.every((c) => c.anchor.tagName === 'A')).toBe(true);
  });
});
