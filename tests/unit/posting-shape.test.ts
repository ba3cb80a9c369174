/**
 * The content script checks a posting without zod (utils/posting-shape.ts) before sending it;
 * the background validates it with `JobPosting` (zod). A posting the page check lets through but
 * the background refuses would draw an error badge instead of nothing; one it refuses that the
 * background would take would lose a badge. The two must agree on every posting.
 */
import { describe, expect, it } from 'vitest';
import { postingProblem } from '../../utils/posting-shape';
import { JobPosting } from '../../utils/schemas';

const good = {
  site: 'greenhouse',
  siteCountry: 'US',
  jobKey: 'greenhouse:123',
  url: 'https://boards.greenhouse.io/acme/jobs/123',
  title: 'Backend Engineer',
  company: 'Acme',
  location: 'Austin, TX',
  locations: ['Austin, TX'],
  mode: 'hybrid',
  postedSalary: { min: 120000, max: 150000, currency: 'USD', period: 'year', flags: [], raw: '$120,000 - $150,000' },
  employmentType: 'FULL_TIME',
  datePosted: '2026-01-02',
  source: 'json-ld',
};
const salary = good.postedSalary;
const pay = { text: '$120,000 - $150,000', reading: 'text', country: 'US', flags: [] };

const cases: [string, unknown][] = [
  ['a complete posting', good],
  ['no site country (optional)', { ...good, siteCountry: undefined }],
  ['a null site country', { ...good, siteCountry: null }],
  ['nulls wherever allowed', { ...good, company: null, location: null, locations: [], mode: null, postedSalary: null, employmentType: null, datePosted: null }],
  ['an open-ended salary', { ...good, postedSalary: { ...salary, max: null, currency: null, period: null } }],
  ['extra keys (stripped by the background)', { ...good, description: 'x' }],
  ['not an object', 'posting'],
  ['null', null],
  ['an array', [good]],
  ['an empty title', { ...good, title: '' }],
  ['a title of 301 characters', { ...good, title: 'x'.repeat(301) }],
  ['a title of 300 characters', { ...good, title: 'x'.repeat(300) }],
  ['a title that is a number', { ...good, title: 42 }],
  ['an empty site', { ...good, site: '' }],
  ['a site of 61 characters', { ...good, site: 's'.repeat(61) }],
  ['a lower-case site country', { ...good, siteCountry: 'us' }],
  ['a three-letter site country', { ...good, siteCountry: 'USA' }],
  ['a job key without a site', { ...good, jobKey: 'no-colon' }],
  ['a job key with an upper-case site', { ...good, jobKey: 'Greenhouse:1' }],
  ['a job key of 301 characters', { ...good, jobKey: `greenhouse:${'1'.repeat(290)}` }],
  ['a url of 4001 characters', { ...good, url: 'u'.repeat(4001) }],
  ['a company of 201 characters', { ...good, company: 'c'.repeat(201) }],
  ['a location of 501 characters', { ...good, location: 'l'.repeat(501) }],
  ['101 locations', { ...good, locations: Array.from({ length: 101 }, (_, i) => `Place ${i}`) }],
  ['a location of 201 characters in the list', { ...good, locations: ['p'.repeat(201)] }],
  ['locations that are not a list', { ...good, locations: 'Austin' }],
  ['a missing locations list', { ...good, locations: undefined }],
  ['an unknown work mode', { ...good, mode: 'moon' }],
  ['an unknown source', { ...good, source: 'guess' }],
  ['a negative salary', { ...good, postedSalary: { ...salary, min: -1 } }],
  ['an infinite salary', { ...good, postedSalary: { ...salary, max: Infinity } }],
  ['a NaN salary', { ...good, postedSalary: { ...salary, min: NaN } }],
  ['a salary given as text', { ...good, postedSalary: { ...salary, min: '120000' } }],
  ['a lower-case currency', { ...good, postedSalary: { ...salary, currency: 'usd' } }],
  ['a currency symbol', { ...good, postedSalary: { ...salary, currency: '$' } }],
  ['an unknown period', { ...good, postedSalary: { ...salary, period: 'fortnight' } }],
  ['21 salary flags', { ...good, postedSalary: { ...salary, flags: Array.from({ length: 21 }, (_, i) => `f${i}`) } }],
  ['a salary flag of 41 characters', { ...good, postedSalary: { ...salary, flags: ['f'.repeat(41)] } }],
  ['a salary text of 501 characters', { ...good, postedSalary: { ...salary, raw: 'r'.repeat(501) } }],
  ['a salary without its text', { ...good, postedSalary: { ...salary, raw: undefined } }],
  ['a salary that is a list', { ...good, postedSalary: [salary] }],
  ['an employment type of 101 characters', { ...good, employmentType: 'e'.repeat(101) }],
  ['a date of 41 characters', { ...good, datePosted: 'd'.repeat(41) }],
  ['a missing company (undefined, not null)', { ...good, company: undefined }],
  ['pay texts', { ...good, postedSalary: null, payTexts: [pay, { ...pay, reading: 'element', blocks: ['$120,000'], postingCountry: null, raw: 'r' }] }],
  ['no pay texts', { ...good, payTexts: [] }],
  ['pay texts that are not a list', { ...good, payTexts: pay }],
  ['41 pay texts', { ...good, payTexts: Array.from({ length: 41 }, () => pay) }],
  ['a pay text of 20,001 characters', { ...good, payTexts: [{ ...pay, text: '1'.repeat(20_001) }] }],
  ['a pay text without its text', { ...good, payTexts: [{ ...pay, text: undefined }] }],
  ['an unknown pay reading', { ...good, payTexts: [{ ...pay, reading: 'guess' }] }],
  ['a pay text country of three letters', { ...good, payTexts: [{ ...pay, country: 'USA' }] }],
  ['a pay text without a country (undefined, not null)', { ...good, payTexts: [{ ...pay, country: undefined }] }],
  ['a pay text posting country that is a number', { ...good, payTexts: [{ ...pay, postingCountry: 1 }] }],
  ['a pay text raw of 501 characters', { ...good, payTexts: [{ ...pay, raw: 'r'.repeat(501) }] }],
  ['201 pay blocks', { ...good, payTexts: [{ ...pay, blocks: Array.from({ length: 201 }, () => '1') }] }],
  ['a pay block of 1,501 characters', { ...good, payTexts: [{ ...pay, blocks: ['1'.repeat(1501)] }] }],
  ['pay text flags that are not a list', { ...good, payTexts: [{ ...pay, flags: 'estimate' }] }],
];

describe('the content script accepts exactly the postings the background accepts', () => {
  for (const [name, value] of cases) {
    it(name, () => {
      const background = JobPosting.safeParse(value).success;
      const problem = postingProblem(value);
      expect(problem === null, `page check says ${problem ?? 'ok'}, background says ${background ? 'ok' : 'refused'}`).toBe(background);
    });
  }

  it('names the field that is wrong', () => {
    expect(postingProblem({ ...good, postedSalary: { ...salary, currency: 'usd' } })).toBe('postedSalary.currency');
    expect(postingProblem({ ...good, jobKey: 'x' })).toBe('jobKey');
  });
});
