import { describe, expect, it } from 'vitest';
import type { PostedSalary } from '../../../utils/schemas';
import {
  checkSalary,
  companyFromHiringSentence,
  collectCards,
  countryFromLocation,
  MAX_CARDS,
  modeFromLabel,
  modeFromLocation,
  descriptionPayText,
  payScope,
  payText,
  splitLocations,
} from '../../../utils/sites/fields';
import { generic } from '../../../utils/sites/generic';
import { readPayText } from '../../../utils/normalize/posted-pay';
import { plausiblePay } from '../../../utils/normalize/currency';
import { readPay } from '../helpers/adapters';

// What the badge gets from a pay text the page shows: found in the page, read in the background.
const salaryFromText = (text: string, country: string | null) => {
  const pay = payText(text, country);
  return pay && readPayText(pay);
};
const salaryFromDescription = (text: string, country: string | null) => {
  const pay = descriptionPayText(text, country);
  return pay && readPayText(pay);
};

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
    ['Home Office', 'remote'],
    ['Homeoffice', 'remote'],
    ['Telecommute', 'remote'],
    ['Work from home', 'remote'],
    ['Fully Remote', 'remote'],
    ['Remote (US)', 'remote'],
    ['Remote - EMEA', 'remote'],
    ['Télétravail', 'remote'],
    ['100% télétravail', 'remote'],
    ['Remoto', 'remote'],
    ['Teletrabajo', 'remote'],
    ['Trabalho remoto', 'remote'],
    ['Thuiswerken', 'remote'],
    ['Da remoto', 'remote'],
    ['Zdalnie', 'remote'],
    ['Praca zdalna', 'remote'],
    ['På distans', 'remote'],
    ['Fjernarbejde', 'remote'],
    ['Remote OK', 'remote_ok'],
    ['Homeoffice möglich', 'remote_ok'],
    ['Télétravail possible', 'remote_ok'],
    ['Hybrid', 'hybrid'],
    ['Hybrid (3 days in office)', 'hybrid'],
    ['Hybrides Arbeiten', 'hybrid'],
    ['Hybride', 'hybrid'],
    ['Híbrido', 'hybrid'],
    ['Modalidad híbrida', 'hybrid'],
    ['Ibrido', 'hybrid'],
    ['Hybrydowo', 'hybrid'],
    ['Vor Ort', 'onsite'],
    ['On-site', 'onsite'],
    ['In office', 'onsite'],
    ['Présentiel', 'onsite'],
    ['Presencial', 'onsite'],
    ['Op kantoor', 'onsite'],
    ['In sede', 'onsite'],
    ['Stacjonarnie', 'onsite'],
    ['På plats', 'onsite'],
    ['Full-time', null],
    ['Berlin', null],
    ['Remote work is not possible for this role, sorry', null],
    ['We offer home office two days a week', null],
    ['Wir bieten Homeoffice an zwei Tagen pro Woche und flexible Arbeitszeiten', null],
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
    ['London or Remote', 'remote_ok'],
    ['Berlin | Remote', 'remote_ok'],
    ['Remote (US) | Remote (Canada)', 'remote'],
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
    const posting = readPay(generic.extract(doc, new URL('https://careers.kitefin.example/jobs/12')));
    expect(posting?.postedSalary).toEqual({ min: 160000, max: 200000, currency: 'USD', period: 'year', flags: [], raw: 'Salary Range: $160k- $200K/year' });
  });

  it('reads a posting with applicant location requirements and no place as remote', () => {
    const doc = jsonLd({ '@context': 'https://schema.org/', '@type': 'JobPosting', name: 'Support Agent', applicantLocationRequirements: { '@type': 'Country', name: 'USA' } });
    expect(readPay(generic.extract(doc, new URL('https://jobs.example.org/support')))).toMatchObject({ title: 'Support Agent', location: null, mode: 'remote', postedSalary: null });
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

describe('places', () => {
  it.each([
    ['San Francisco, CA; New York, NY', ['San Francisco, CA', 'New York, NY']],
    ['Berlin | Munich', ['Berlin', 'Munich']],
    ['London or Remote', ['London', 'Remote']],
    ['Pune • Hyderabad • Pune', ['Pune', 'Hyderabad']],
    ['Austin, TX', ['Austin, TX']],
    ['Hamburg, Kiel, Bremen', ['Hamburg, Kiel, Bremen']],
    ['Delhi / NCR', ['Delhi', 'NCR']],
    ['Oregon', ['Oregon']],
    ['', []],
  ])('splits %j', (text, places) => {
    expect(splitLocations(text)).toEqual(places);
  });

  it.each([
    // names, endonyms, alpha-3 codes (ISO codes of the gazetteer's tables)
    ['Pune, India', null, 'IN'],
    ['Berlin, Deutschland', null, 'DE'],
    ['Wien, Österreich', null, 'AT'],
    ['London, UK', null, 'GB'],
    ['Austin, Texas, United States', null, 'US'],
    ['USA, WA, Seattle', null, 'US'],
    ['Pune-MH-IND', null, 'IN'],
    ['US-LA-Prairieville', null, 'US'],
    ['Redmond, Washington, United States + 1 more', null, 'US'],
    // subdivision codes only one country uses: the same everywhere
    ['Austin, TX', null, 'US'],
    ['Austin, TX', 'GB', 'US'],
    ['Toronto, ON', null, 'CA'],
    ['Seattle, WA', null, 'US'],
    ['Perth, WA', 'AU', 'AU'],
    // ISO codes that are no subdivision
    ['Gothenburg, Västra Götaland, SE', null, 'SE'],
    ['Remote - US', null, 'US'],
    // a code that is a country and a US state is never guessed
    ['Berlin, DE', null, null],
    ['Wilmington, DE', null, null],
    ['Buenos Aires, AR', null, null],
    ['Jakarta, ID', null, null],
    ['Indianapolis, IN', 'US', 'US'],
    ['Bengaluru, IN', 'IN', 'IN'],
    ['Berlin, DE', 'DE', 'DE'],
    ['Berlin, Berlin, DE', null, 'DE'],
    ['Wilmington, DE, US', null, 'US'],
    // alone, or after no place, a code is the country it names
    ['DE', null, 'DE'],
    ['AR', null, 'AR'],
    ['ID', null, 'ID'],
    ['Remote, DE', null, 'DE'],
    // several places: their country when they agree
    ['Chicago, IL | Toronto, ON', null, null],
    ['Austin, TX; Denver, CO, USA', null, 'US'],
    // nothing to read
    ['Remote', null, null],
    ['EMEA', null, null],
    ['Springfield', 'US', null],
    ['XY', null, null],
  ])('country of %j (site %s) → %s', (text, site, country) => {
    expect(countryFromLocation(text, site)).toBe(country);
  });
});

describe('salary plausibility', () => {
  const salary = (min: number | null, max: number | null, period: PostedSalary['period'] = 'year', raw = '', currency: string | null = 'USD'): PostedSalary => ({
    min,
    max,
    currency,
    period,
    flags: [],
    raw,
  });

  it.each([
    ['a range', salary(90000, 120000), null, null],
    ['"up to"', salary(null, 120000), null, null],
    ['0–0', salary(0, 0), null, 'zero'],
    ['min 0', salary(0, 120000), null, 'zero'],
    ['no amount', salary(null, null), null, 'no_amount'],
    ['a swapped typo', salary(120000, 90000), null, null],
    ['an inverted range that is no typo', salary(150000, 19000), null, 'inverted'],
    ['NaN', salary(Number.NaN, 100), null, 'implausible_magnitude'],
    ['Infinity', salary(90000, Number.POSITIVE_INFINITY), null, 'implausible_magnitude'],
    ['a U.S. range on a German posting', salary(150000, 190000, 'year', 'For U.S.-based roles, the range is $150,000–$190,000'), 'DE', 'other_country'],
    ['a U.S. range on a U.S. posting', salary(150000, 190000, 'year', 'For U.S.-based roles, the range is $150,000–$190,000'), 'US', null],
    ['a U.S. range where the country is unknown', salary(150000, 190000, 'year', 'For U.S.-based roles, the range is $150,000–$190,000'), null, null],
  ])('%s → %s', (_name, s, country, problem) => {
    const result = checkSalary(s, country);
    expect(result.problem).toBe(problem);
    expect(result.salary === null).toBe(problem !== null);
  });

  // magnitude needs exchange rates: decided in the background, by one function (normalize/currency.ts plausiblePay)
  it.each([
    ['1e-300 a year', salary(1e-300, 1e-300), false],
    ['1e308 a year', salary(1e308, 1e308), false],
    ['3 a year', salary(3, 3), false],
    ['50,000 an hour', salary(50000, 50000, 'hour'), false],
    ['US$75,000 an hour', salary(50_000, 75_000, 'hour'), false],
    ['€3 a year', salary(3, 3, 'year', '', 'EUR'), false],
    ['Rp 1e13 a year', salary(1e13, 1e13, 'year', '', 'IDR'), false],
    ['1e308 a year, no currency', salary(1e308, 1e308, 'year', '', null), false],
    // plausibility is per currency, at exchange rates: Rp 50,000–75,000 an hour is real pay (≈ US$3–5)
    ['an IDR hourly wage', salary(50_000, 75_000, 'hour', '', 'IDR'), true],
    ['25 an hour', salary(25, 40, 'hour'), true],
    ['an IDR yearly salary', salary(180_000_000, 1_200_000_000, 'year', '', 'IDR'), true],
    ['a JPY monthly salary', salary(400_000, 800_000, 'month', '', 'JPY'), true],
    ['a KRW hourly wage', salary(10_030, 30_000, 'hour', '', 'KRW'), true],
    ['an INR CTC', salary(1_200_000, 2_500_000, 'year', '', 'INR'), true],
  ])('plausiblePay: %s → %s', (_name, s, plausible) => {
    expect(plausiblePay(s)).toBe(plausible);
  });

  it('claims no period for one figure whose period was only guessed from its size; a range keeps it', () => {
    const guessed = (min: number, max: number): PostedSalary => ({ ...salary(min, max), flags: ['period_inferred'] });
    expect(checkSalary(guessed(100000, 100000), 'US').salary).toMatchObject({ min: 100000, max: 100000, period: null, flags: [] });
    expect(checkSalary(guessed(136000, 203000), 'US').salary).toMatchObject({ period: 'year', flags: ['period_inferred'] });
    expect(checkSalary(salary(100000, 100000), 'US').salary).toMatchObject({ period: 'year' });
  });

  it.each([
    ['Description: Acme Widgets Inc. seeks a full-time engineer to build tools.', 'Acme Widgets Inc.'],
    ['Nordlicht GmbH sucht ab sofort eine Entwicklerin (m/w/d).', 'Nordlicht GmbH'],
    ['Bluefin Labs is hiring a Senior Data Engineer.', 'Bluefin Labs'],
    ['We are looking for a developer who loves tests.', null],
    ['Our platform team is hiring.', null],
    ['Today our company seeks a clerk.', null],
    ['Responsibilities: build and run tools.', null],
  ])('the employer of the hiring sentence %j → %s', (text, company) => {
    expect(companyFromHiringSentence(text)).toBe(company);
  });

  it('swaps a typo and says so', () => {
    expect(checkSalary(salary(120000, 90000), null).salary).toMatchObject({ min: 90000, max: 120000, flags: ['swapped'] });
  });

  it.each([
    ['For U.S.-based roles', 'US'],
    ['The US base salary range for this position', 'US'],
    ['Salary: US$150,000', null],
    ['USD 150,000 – 190,000', null],
    ['UK salary band', 'GB'],
    ['In Canada: CA$120,000', 'CA'],
    ['€60.000 – €75.000 brutto/Jahr', null],
  ])('pay scope of %j → %s', (text, scope) => {
    expect(payScope(text)).toBe(scope);
  });

  it('reads visible pay text through the same checks', () => {
    expect(salaryFromText('€0 – €0', 'DE')).toBeNull();
    expect(salaryFromText('For U.S.-based roles: $150,000 - $190,000', 'DE')).toBeNull();
    expect(salaryFromText('60.000 € - 75.000 € brutto/Jahr', 'DE')).toMatchObject({ min: 60000, max: 75000, currency: 'EUR', period: 'year' });
  });

  it('picks the posting\'s own range in a description that states one per country', () => {
    const text = 'Pay.\nFor U.S.-based roles, the base salary range is $150,000–$190,000.\nIn Germany, the base salary range is €90,000–€120,000.';
    expect(salaryFromDescription(text, 'DE')).toMatchObject({ min: 90000, max: 120000, currency: 'EUR' });
  });
});
