import { describe, expect, it } from 'vitest';
import { JobPosting } from '../../../utils/schemas';
import { ycombinator } from '../../../utils/sites/ycombinator';
import { fixtureDoc } from '../helpers/fixtures';
import { readPay } from '../helpers/adapters';

const WAAS = 'https://www.workatastartup.com/jobs/81234';
const YC = 'https://www.ycombinator.com/companies/quillstack/jobs/Xk29LmQ-founding-ml-engineer';

describe('Y Combinator', () => {
  it('reads a Work at a Startup page: title without "at <Company> (W24)", pay line, chips by icon', () => {
    const posting = readPay(ycombinator.extract(fixtureDoc(WAAS), new URL(WAAS)));
    expect(posting).toEqual({
      site: 'ycombinator',
      jobKey: 'ycombinator:81234',
      url: WAAS,
      title: 'Full Stack Engineer',
      company: 'Ledgerly',
      location: 'San Francisco, CA, US',
      locations: ['San Francisco, CA, US'],
      mode: null,
      postedSalary: { min: 140000, max: 180000, currency: 'USD', period: 'year', flags: [], raw: '$140K - $180K · 0.25% - 0.75%' },
      employmentType: 'Full-time',
      datePosted: null,
      source: 'dom',
    });
    expect(JobPosting.safeParse(posting).success).toBe(true);
  });

  it('reads a "<place> / Remote (<country>)" location as remote-friendly', () => {
    const doc = fixtureDoc(WAAS);
    doc.querySelector('svg[data-icon="location-dot"] + span')!.textContent = 'IN / Remote (IN)';
    expect(readPay(ycombinator.extract(doc, new URL(WAAS)))).toMatchObject({ location: 'IN / Remote (IN)', locations: ['IN', 'Remote (IN)'], mode: 'remote_ok' });
  });

  it('reads a ycombinator.com job page from its JSON-LD, both places', () => {
    expect(readPay(ycombinator.extract(fixtureDoc(YC), new URL(YC)))).toEqual({
      site: 'ycombinator',
      jobKey: 'ycombinator:Xk29LmQ',
      url: YC,
      title: 'Founding ML Engineer',
      company: 'Quillstack',
      location: 'San Francisco, CA, US | New York, NY, US',
      locations: ['San Francisco, CA, US', 'New York, NY, US'],
      mode: null,
      postedSalary: { min: 170000, max: 220000, currency: 'USD', period: 'year', flags: [], raw: 'USD 170000–220000 per year' },
      employmentType: 'FULL_TIME',
      datePosted: '2026-05-01',
      source: 'json-ld',
    });
  });
});
