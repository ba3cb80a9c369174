import { describe, expect, it } from 'vitest';
import { collectCards, MAX_CARDS, modeFromLabel, modeFromLocation, salaryFromDescription } from '../../../utils/sites/board-helpers';
import { generic } from '../../../utils/sites/generic';

const page = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const jsonLd = (node: object) => page(`<html><head><script type="application/ld+json">${JSON.stringify(node)}</script></head><body></body></html>`);

describe('workplace labels', () => {
  it.each([
    ['Remote', 'remote'],
    ['Hybrid', 'hybrid'],
    ['On-site', 'onsite'],
    ['Teilweise Home-Office', 'hybrid'],
    ['Nur Home-Office', 'remote'],
    ['Home Office möglich', 'remote_ok'],
    ['Télétravail fréquent', 'hybrid'],
    ['Télétravail total', 'remote'],
    ['Full-time', null],
    ['Remote work is not possible for this role, sorry', null],
  ])('%s → %s', (label, mode) => {
    expect(modeFromLabel(label)).toBe(mode);
  });

  it.each([
    ['EMEA (Remote)', 'remote'],
    ['Pune, Maharashtra, India (Hybrid)', 'hybrid'],
    ['London, England, United Kingdom (On-site)', 'onsite'],
    ['Remote in Manchester', 'remote'],
    ['Hybrid work in Pune, Maharashtra', 'hybrid'],
    ['Hybrid - Hyderabad', 'hybrid'],
    ['Remote (US)', 'remote'],
    ['Remote', 'remote'],
    ['Remoteville, TX', null],
    ['Austin, TX', null],
  ])('location %s → %s', (location, mode) => {
    expect(modeFromLocation(location)).toBe(mode);
  });
});

describe('pay in a description', () => {
  it('reads the sentence that states pay, and keeps it as raw', () => {
    expect(salaryFromDescription('We raised $40 million.\nThe base salary range for this role is $120,000 - $150,000.\nWe hire everywhere.', 'US')).toMatchObject({
      min: 120000,
      max: 150000,
      currency: 'USD',
      raw: 'The base salary range for this role is $120,000 - $150,000.',
    });
  });

  it('does not read perks, funding, or pay scoped to another country than the posting\'s', () => {
    expect(salaryFromDescription('Personal learning and development budget of 2,000USD per annum.', 'US')).toBeNull();
    expect(salaryFromDescription('We aim to build a $500 million enterprise over the next five years.', 'US')).toBeNull();
    expect(salaryFromDescription('For U.S.-based roles, we expect a starting base salary between $148,200 and $239,800.', 'CA')).toBeNull();
  });
});

describe('the generic schema.org path, completed from the JSON-LD node (structured-extras)', () => {
  it('reads pay from the description when there is no baseSalary', () => {
    const doc = jsonLd({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Director of Growth',
      hiringOrganization: { '@type': 'Organization', name: 'Kitefin' },
      jobLocation: { '@type': 'Place', address: { addressLocality: 'Denver', addressRegion: 'CO', addressCountry: 'US' } },
      description: '&lt;p&gt;Kitefin sells kites.&lt;/p&gt;&lt;p&gt;Salary Range: $160k- $200K/year&lt;/p&gt;&lt;p&gt;Home-office budget: $1,000.&lt;/p&gt;',
    });
    const posting = generic.extract(doc, new URL('https://careers.kitefin.example/jobs/12'));
    expect(posting?.postedSalary).toEqual({ min: 160000, max: 200000, currency: 'USD', period: 'year', flags: [], raw: 'Salary Range: $160k- $200K/year' });
  });

  it('reads a posting with applicant location requirements and no place as remote', () => {
    const doc = jsonLd({ '@context': 'https://schema.org/', '@type': 'JobPosting', name: 'Support Agent', applicantLocationRequirements: { '@type': 'Country', name: 'USA' } });
    expect(generic.extract(doc, new URL('https://jobs.example.org/support'))).toMatchObject({ title: 'Support Agent', location: null, mode: 'remote', postedSalary: null });
  });
});

describe('card collection', () => {
  it(`stops at ${MAX_CARDS} cards, skips nested matches and duplicates`, () => {
    const cards = Array.from({ length: 1200 }, (_, i) => `<li class="card" data-id="${i}"><h3>Job ${i}</h3><div class="card" data-id="${i}"></div></li>`).join('');
    const doc = page(`<ul>${cards}<li class="card" data-id="0"><h3>Job 0 again</h3></li></ul>`);
    const found = collectCards(doc, '.card', (el) => ({
      posting: {
        site: 'test', jobKey: `test:${el.getAttribute('data-id')}`, url: 'https://x.example/', title: el.querySelector('h3')!.textContent!,
        company: null, location: null, locations: [], mode: null, postedSalary: null, employmentType: null, datePosted: null, source: 'dom',
      },
      anchor: el.querySelector('h3')!,
    }));
    expect(found).toHaveLength(MAX_CARDS);
    expect(found[0]!.posting.title).toBe('Job 0');
    expect(new Set(found.map((c) => c.posting.jobKey)).size).toBe(MAX_CARDS);
  });
});
