/**
 * The posting's published pay as the badge shows it: the content script sends the pay texts its
 * adapter found, the background reads the first that states plausible pay (posted-pay.ts).
 */
import { describe, expect, it } from 'vitest';
import { postedPayOf, readPayText, withPostedPay } from '../../../utils/normalize/posted-pay';
import type { JobPosting, PayText, PostedSalary } from '../../../utils/schemas';
import { elementPayText, figuresPayText, payText, titlePayText } from '../../../utils/sites/fields';

const page = (html: string) => new DOMParser().parseFromString(`<html><body>${html}</body></html>`, 'text/html');
const text = (t: string, country: string | null = null): PayText => payText(t, country)!;
const read = (pay: PayText | null) => (pay ? readPayText(pay) : null);

const posting: JobPosting = {
  site: 'lever',
  jobKey: 'lever:1',
  url: 'https://jobs.lever.co/acme/1',
  title: 'Data Engineer',
  company: 'Acme',
  location: 'Berlin, Germany',
  locations: ['Berlin, Germany'],
  mode: null,
  postedSalary: null,
  employmentType: null,
  datePosted: null,
  source: 'dom',
};

describe('reading the pay a page shows', () => {
  it('takes the first pay text that states pay, in the adapter\'s order', () => {
    const salary = postedPayOf({ postedSalary: null, payTexts: [text('Competitive pay and a 401(k)'), text('€60.000 – €75.000 brutto/Jahr', 'DE'), text('$1')] });
    expect(salary).toMatchObject({ min: 60000, max: 75000, currency: 'EUR', period: 'year', raw: '€60.000 – €75.000 brutto/Jahr' });
  });

  it('prefers the structured salary the adapter read over any text', () => {
    const structured: PostedSalary = { min: 50000, max: 60000, currency: 'EUR', period: 'year', flags: [], raw: 'EUR 50000–60000 per year' };
    expect(postedPayOf({ postedSalary: structured, payTexts: [text('€70.000 – €80.000', 'DE')] })).toBe(structured);
  });

  it('never shows a range stated for another country\'s roles, nor a zero range', () => {
    const usRange = { ...text('For U.S.-based roles: $150,000 - $190,000', 'DE'), postingCountry: 'DE' };
    expect(readPayText(usRange)).toBeNull();
    expect(read(payText('€0 – €0', 'DE'))).toBeNull();
  });

  it('reads a title or header line only with an explicit currency', () => {
    expect(read(titlePayText('Engineer 3 - 120000', 'US'))).toBeNull();
    expect(read(titlePayText('Up to £85,000 + bonus', 'GB'))).toMatchObject({ max: 85000, currency: 'GBP' });
  });

  it('keeps a range of bare figures as shown, without a currency or period', () => {
    expect(read(figuresPayText('31,988 - 33,672', 'GB'))).toMatchObject({ min: 31988, max: 33672, currency: null, period: null, flags: ['figures_only'] });
    expect(read(payText('31,988 - 33,672', 'GB'))).toBeNull();
  });

  it('keeps as raw the smallest paragraph of a description that states the pay', () => {
    const doc = page(`<div id="d"><p>We are 120 people in 4 offices.</p><ul><li>Pension 5%</li><li>The pay range for this role is $162,000 - $198,000 annually.</li></ul></div>`);
    expect(read(elementPayText(doc.getElementById('d'), 'US'))).toMatchObject({
      min: 162000,
      max: 198000,
      currency: 'USD',
      raw: 'The pay range for this role is $162,000 - $198,000 annually.',
    });
  });

  it('gives the badge and the popup the posting with its pay read and without the texts', () => {
    const read = withPostedPay({ ...posting, payTexts: [text('€60.000 – €75.000', 'DE')] });
    expect(read.postedSalary).toMatchObject({ min: 60000, max: 75000, currency: 'EUR' });
    expect('payTexts' in read).toBe(false);
    expect(withPostedPay(posting)).toBe(posting);
  });
});
