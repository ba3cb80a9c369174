/**
 * Bugs of the two helper modules the field layer (utils/sites/fields.ts) replaced, each seen by a
 * user: read through the adapters and the badge text, as a page would be. Every test here failed
 * on the code before fields.ts.
 */
import { describe, expect, it } from 'vitest';
import { badgeText } from '../../../utils/badge-text';
import type { Estimate } from '../../../utils/schemas';
import { generic } from '../../../utils/sites/generic';
import { personio } from '../../../utils/sites/personio';
import { seek } from '../../../utils/sites/seek';
import { stepstone } from '../../../utils/sites/stepstone';
import { zohoRecruit } from '../../../utils/sites/zoho-recruit';
import { readPay } from '../helpers/adapters';

const page = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const jsonLdPage = (node: object, body = '') =>
  page(`<html><head><script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', ...node })}</script></head><body>${body}</body></html>`);

const market: Estimate = {
  status: 'ok',
  p25: 60000,
  p50: 70000,
  p75: 80000,
  currency: 'EUR',
  period: 'year',
  basis: 'base',
  n: 40,
  scope: { kind: 'country', tier: 3, label: 'in Germany' },
  role: { family: 'software-engineer', specialization: null, level: 'mid' },
  sources: [{ name: 'Survey', year: 2025, licence: 'CC BY 4.0' }],
  asOf: '2026-01-01',
  ratesAsOf: '2026-01-01',
  confidence: 'medium',
  verdict: null,
  mine: null,
};

const salaryPosting = (baseSalary: object, extra: object = {}) =>
  readPay(generic.extract(
    jsonLdPage({
      title: 'Backend Engineer',
      hiringOrganization: { '@type': 'Organization', name: 'Nordlicht Software' },
      jobLocation: { '@type': 'Place', address: { addressLocality: 'Berlin', addressCountry: 'DE' } },
      baseSalary: { '@type': 'MonetaryAmount', ...baseSalary },
      ...extra,
    }),
    new URL('https://careers.nordlicht.example/jobs/backend'),
  ));

describe('posted salaries a badge must never show', () => {
  it('a JSON-LD 0–0 salary is no posted salary: never "Posted by the employer: €0 — 100% below"', () => {
    const posting = salaryPosting({ currency: 'EUR', value: { '@type': 'QuantitativeValue', minValue: 0, maxValue: 0, unitText: 'YEAR' } });
    expect(posting?.postedSalary).toBeNull();
    expect(badgeText(market, posting!.postedSalary).posted).toBeNull();
  });

  it('a JSON-LD 0–0 salary on an ATS page (Personio) is no posted salary either', () => {
    const doc = jsonLdPage(
      { title: 'Werkstudent Vertrieb', hiringOrganization: { name: 'Kranich' }, baseSalary: { currency: 'EUR', value: { minValue: 0, maxValue: 0, unitText: 'MONTH' } } },
      '<h1>Werkstudent Vertrieb</h1>',
    );
    expect(readPay(personio.extract(doc, new URL('https://kranich.jobs.personio.de/job/1459023')))?.postedSalary).toBeNull();
  });

  it('a tiny (1e-300) or huge (1e308) salary is dropped, and the badge text does not throw', () => {
    for (const value of [1e-300, 1e308]) {
      const posting = salaryPosting({ currency: 'EUR', value: { minValue: value, maxValue: value, unitText: 'YEAR' } });
      expect(posting?.postedSalary, String(value)).toBeNull();
      expect(() => badgeText(market, posting!.postedSalary)).not.toThrow();
    }
  });

  it('a yearly salary of 3 and an hourly rate of 50,000 are dropped', () => {
    expect(salaryPosting({ currency: 'EUR', value: { value: 3, unitText: 'YEAR' } })?.postedSalary).toBeNull();
    expect(salaryPosting({ currency: 'EUR', value: { value: 50000, unitText: 'HOUR' } })?.postedSalary).toBeNull();
  });

  it('an inverted range is swapped when the ends are a typo apart, dropped when they are not', () => {
    expect(salaryPosting({ currency: 'EUR', value: { minValue: 75000, maxValue: 60000, unitText: 'YEAR' } })?.postedSalary).toMatchObject({ min: 60000, max: 75000 });
    expect(salaryPosting({ currency: 'EUR', value: { minValue: 150000, maxValue: 19000, unitText: 'YEAR' } })?.postedSalary).toBeNull();
  });

  it('a German posting whose description states the U.S. range shows no posted pay ("DE" is not Delaware)', () => {
    const posting = readPay(generic.extract(
      jsonLdPage({
        title: 'Staff Engineer',
        hiringOrganization: { name: 'Nordlicht Software' },
        jobLocation: { '@type': 'Place', address: { addressLocality: 'Berlin', addressCountry: 'DE' } },
        description: '<p>Join our Berlin team.</p><p>For U.S.-based roles, the base salary range is $150,000–$190,000.</p>',
      }),
      new URL('https://careers.nordlicht.example/jobs/staff'),
    ));
    expect(posting?.location).toBe('Berlin, DE');
    expect(posting?.postedSalary).toBeNull();
  });
});

describe('workplace labels read the same on boards as on ATS pages', () => {
  const stepstoneCard = (chip: string) =>
    page(`<article data-at="job-item" id="job-item-12345678"><h2><a data-at="job-item-title" href="/stellenangebote--Backend-Entwickler-Hamburg--12345678-inline.html">Backend-Entwickler</a></h2>
      <span data-at="job-item-company-name">Hafenkran GmbH</span><span data-at="job-item-location">Hamburg</span><span data-at="job-item-work-from-home">${chip}</span></article>`);

  it('"Homeoffice" on a StepStone card is remote', () => {
    const doc = stepstoneCard('Homeoffice');
    const cards = stepstone.extractCards!(doc, new URL('https://www.stepstone.de/jobs/backend'));
    expect(cards.map((c) => c.posting.mode)).toEqual(['remote']);
  });

  it('"Telecommute" on a SEEK card is remote', () => {
    const doc = page(`<article data-automation="normalJob" data-job-id="81234567"><a data-automation="jobTitle" href="/job/81234567">Support Analyst</a>
      <a data-automation="jobCompany">Kookaburra Pty</a><a data-automation="jobLocation">Sydney NSW</a><span data-automation="jobWorkArrangement">Telecommute</span></article>`);
    const cards = seek.extractCards!(doc, new URL('https://www.seek.com.au/support-jobs'));
    expect(cards.map((c) => c.posting.mode)).toEqual(['remote']);
  });
});

describe('places', () => {
  it('a Canadian province code on an ATS page makes "$" Canadian dollars ("Toronto, ON" is Canada everywhere)', () => {
    const doc = page(
      '<h1 id="jobTitle">Data Analyst</h1><div id="jobdetails"><dl><dt>Location</dt><dd>Toronto, ON</dd><dt>Salary</dt><dd>$90,000 – $110,000 per year</dd></dl></div>',
    );
    const posting = readPay(zohoRecruit.extract(doc, new URL('https://maplefreight.zohorecruit.com/jobs/Careers/612345000001234567')));
    expect(posting?.location).toBe('Toronto, ON');
    expect(posting?.postedSalary).toMatchObject({ min: 90000, max: 110000, currency: 'CAD' });
  });

  it('"London or Remote" is two places, one of them remote', () => {
    const posting = readPay(generic.extract(
      jsonLdPage({ title: 'Designer', hiringOrganization: { name: 'Wrenfield' }, jobLocation: { '@type': 'Place', address: 'London or Remote' } }),
      new URL('https://wrenfield.example/careers/designer'),
    ));
    expect(posting?.locations).toEqual(['London', 'Remote']);
    expect(posting?.mode).toBe('remote_ok');
  });
});
