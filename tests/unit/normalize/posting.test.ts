import { describe, expect, it } from 'vitest';
import { normalizePosting, normalizeSubmission, queryKey } from '../../../utils/normalize/posting';
import { withSiteCountry } from '../../../utils/sites/resolve';
import type { JobPosting } from '../../../utils/schemas';
import type { SiteAdapter } from '../../../utils/sites/types';

const posting = (p: Partial<JobPosting>): JobPosting => ({
  site: 'naukri',
  siteCountry: null,
  jobKey: 'naukri:1',
  url: 'https://www.naukri.com/job-listings-1',
  title: 'Senior Data Engineer',
  company: null,
  location: null,
  locations: [],
  mode: null,
  postedSalary: null,
  employmentType: null,
  datePosted: null,
  source: 'dom',
  ...p,
});

describe('normalizePosting: page fields → the query the estimator answers', () => {
  it('says when the title names no role: an open application, a careers page, only places', () => {
    expect(normalizePosting(posting({ title: 'Spontanbewerbung (m/w/d)' })).notARole).toBe('open-application');
    expect(normalizePosting(posting({ title: 'Orientation professionnelle' })).notARole).toBe('careers-page');
    expect(normalizePosting(posting({ title: 'Remote - Europe' })).notARole).toBe('no-role-in-title');
    // an open application for a named role is that role
    expect(normalizePosting(posting({ title: 'Open application as Software Engineer' }))).toMatchObject({ family: 'Software Engineer', notARole: null });
    expect(normalizePosting(posting({ title: 'Zephyr Coordinator' })).notARole).toBeNull();
  });

  it('reads role, level, SOC and company once', () => {
    const q = normalizePosting(posting({ title: 'Sr. Backend Engineer II', company: 'Flipkart Internet Pvt Ltd', location: 'Bengaluru' }), null);
    expect(q).toMatchObject({ family: 'Software Engineer', level: 'senior', soc: '15-1252', companyId: expect.any(String) });
    expect(q.companyId).not.toBeNull();
  });

  it("uses the posting's siteCountry for an ambiguous place, and only that (the URL is not re-read)", () => {
    const inIndia = normalizePosting(posting({ location: 'Hyderabad', siteCountry: 'IN' }));
    expect(inIndia.place.country).toBe('IN');
    // the same naukri URL with no siteCountry is not assumed to be India from its host
    const unknown = normalizePosting(posting({ location: null, siteCountry: null }));
    expect(unknown.place.country).toBeNull();
    expect(unknown.siteCountry).toBeNull();
  });

  it("keeps the page's work mode: a remote posting is paid for its country, not its city", () => {
    const onsite = normalizePosting(posting({ title: 'Software Engineer', location: 'Seattle, WA', mode: 'onsite' }));
    const remote = normalizePosting(posting({ title: 'Software Engineer', location: 'Seattle, WA', mode: 'remote' }));
    expect(onsite.place).toMatchObject({ country: 'US', remote: false });
    expect(onsite.place.wageArea).not.toBeNull();
    expect(remote.place).toMatchObject({ country: 'US', state: 'US-WA', wageArea: null, metro: null, remote: true });
    expect(remote.mode).toBe('remote');
  });

  it("takes a remote posting that names no country to the user's country", () => {
    expect(normalizePosting(posting({ title: 'Software Engineer', location: 'Remote' }), 'DE').place.country).toBe('DE');
  });

  it('gives postings that normalise alike the same key, and different places different keys', () => {
    const a = normalizePosting(posting({ title: 'Senior Software Engineer', location: 'Bengaluru, India' }));
    const b = normalizePosting(posting({ title: 'Sr. Software Engineer', location: 'Bangalore, Karnataka', jobKey: 'naukri:2', siteCountry: 'IN' }));
    const c = normalizePosting(posting({ title: 'Senior Software Engineer', location: 'Pune, India' }));
    expect(JSON.stringify(queryKey(a))).toBe(JSON.stringify(queryKey(b)));
    expect(JSON.stringify(queryKey(a))).not.toBe(JSON.stringify(queryKey(c)));
  });

  it('says the role is unknown without inventing one', () => {
    const q = normalizePosting(posting({ title: 'Underwater basket weaver' }));
    expect(q.family).toBeNull();
    expect(q.title).toBe('Underwater basket weaver');
  });
});

describe('normalizeSubmission', () => {
  it('prefers the level the user picked over the title', () => {
    expect(normalizeSubmission({ title: 'Software Engineer', company: null, location: 'Pune', level: 'staff' })).toMatchObject({ level: 'staff', levelDefaulted: false });
    expect(normalizeSubmission({ title: 'Software Engineer', company: null, location: 'Pune', level: 'unknown' }).levelDefaulted).toBe(true);
  });
});

describe('withSiteCountry: the adapter that read the page sets the market', () => {
  const adapter = (siteCountry?: (url: URL) => string | null) => ({ id: 'x', siteCountry }) as unknown as SiteAdapter;
  const url = new URL('https://www.naukri.com/job-listings-1');
  it("stamps the adapter's country, keeps one the adapter set, and is null for sites of no one market", () => {
    const bare = { ...posting({}), siteCountry: undefined };
    expect(withSiteCountry(adapter(() => 'IN'), url, bare).siteCountry).toBe('IN');
    expect(withSiteCountry(adapter(() => 'IN'), url, { ...bare, siteCountry: 'GB' }).siteCountry).toBe('GB');
    expect(withSiteCountry(adapter(), url, bare).siteCountry).toBeNull();
    expect(withSiteCountry(adapter(() => 'nonsense'), url, bare).siteCountry).toBeNull();
  });
});

describe('posted salary plausibility with exchange rates (issue 9: tiny and huge JSON-LD salaries)', () => {
  const salary = (min: number | null, max: number | null, currency: string | null, period: 'year' | 'hour' | 'month' = 'year') => ({
    min,
    max,
    currency,
    period,
    flags: [],
    raw: '',
  });
  it('drops 1e-300, 1e308, $3 a year and 50,000 an hour, keeping real ranges in any currency', () => {
    for (const bad of [salary(1e-300, 1e-300, 'EUR'), salary(1e308, 1e308, 'USD'), salary(3, 3, 'USD'), salary(50_000, 60_000, 'USD', 'hour'), salary(0.5, null, null)]) {
      const q = normalizePosting(posting({ postedSalary: bad }));
      expect(q.postedSalary, JSON.stringify(bad)).toBeNull();
      expect(q.postedSalaryDropped).toBe('implausible');
    }
    for (const good of [salary(1_200_000, 1_800_000, 'INR'), salary(45, 60, 'USD', 'hour'), salary(9_000_000, 14_000_000, 'JPY'), salary(8_000, 10_000, 'SGD', 'month'), salary(60_000_000, 90_000_000, 'IDR')]) {
      expect(normalizePosting(posting({ postedSalary: good })).postedSalary, JSON.stringify(good)).toEqual(good);
    }
  });

  it('keeps an Indonesian hourly wage read from the page (Rp 50,000–75,000 an hour), drops the same figures in US dollars', () => {
    const read = (text: string) =>
      normalizePosting(posting({ location: 'Jakarta, Indonesia', postedSalary: null, payTexts: [{ text, reading: 'text', country: 'ID', flags: [] }] })).postedSalary;
    expect(read('IDR 50,000 - 75,000 per hour')).toMatchObject({ min: 50_000, max: 75_000, currency: 'IDR', period: 'hour' });
    expect(read('USD 50,000 - 75,000 per hour')).toBeNull();
  });
});
