import { describe, expect, it } from 'vitest';
import { workday } from '../../../utils/sites/workday';
import { cardSummary, extractJob, extractListing, readPay } from '../helpers/adapters';
import { fixtureDoc, fixtureHtml } from '../helpers/fixtures';

describe('Workday', () => {
  it('reads a rendered posting: JSON-LD whose identifier is the URL req id, every location dd, remote type, pay from the description', () => {
    const href = 'https://tidewater.wd5.myworkdayjobs.com/en-US/External/job/Pune-MH-IND/Senior-Data-Engineer_R-104233';
    expect(extractJob(workday, href)).toEqual({
      site: 'workday',
      jobKey: 'workday:tidewater/R-104233',
      url: href,
      title: 'Senior Data Engineer',
      company: 'Tidewater Analytics India Pvt. Ltd.',
      location: 'Pune, MH, India | Bengaluru, KA, India',
      locations: ['Pune, MH, India', 'Bengaluru, KA, India'],
      mode: 'hybrid',
      postedSalary: {
        min: 2800000,
        max: 3600000,
        currency: 'INR',
        period: 'year',
        flags: [],
        raw: 'Compensation: ₹28,00,000 - ₹36,00,000 per annum, plus a 10% annual bonus.',
      },
      employmentType: 'FULL_TIME',
      datePosted: '2026-08-02',
      source: 'json-ld',
    });
  });

  it('after SPA navigation ignores the head JSON-LD of the first posting and reads the one shown', () => {
    const href = 'https://tidewater.wd5.myworkdayjobs.com/en-US/External/job/Remote-USA/Staff-Analytics-Engineer_R-104871';
    expect(extractJob(workday, href)).toEqual({
      site: 'workday',
      jobKey: 'workday:tidewater/R-104871',
      url: href,
      title: 'Staff Analytics Engineer',
      company: 'Tidewater Analytics',
      location: 'Remote-USA',
      locations: ['Remote-USA'],
      mode: 'remote',
      postedSalary: {
        min: 162000,
        max: 198000,
        currency: 'USD',
        period: 'year',
        flags: [],
        raw: 'The pay range for this role is $162,000 - $198,000 annually. Tidewater manages $4 billion of cargo a year.',
      },
      employmentType: 'Full time',
      datePosted: null,
      source: 'dom',
    });
  });

  it('mid-navigation (new URL, previous posting still rendered) yields nothing rather than the wrong posting', () => {
    const previous = fixtureDoc('https://tidewater.wd5.myworkdayjobs.com/en-US/External/job/Pune-MH-IND/Senior-Data-Engineer_R-104233');
    const next = new URL('https://tidewater.wd5.myworkdayjobs.com/en-US/External/job/Remote-USA/Staff-Analytics-Engineer_R-104871');
    expect(previous.querySelector(workday.ready)).not.toBeNull();
    expect(readPay(workday.extract(previous, next))).toBeNull();
  });

  it('on the server HTML (app not rendered) reads JSON-LD and the location the URL names, and is not ready', () => {
    const href = 'https://tidewater.wd5.myworkdayjobs.com/en-US/External/job/Pune-MH-IND/Senior-Data-Engineer_R-104233';
    const shell = new DOMParser().parseFromString(fixtureHtml(href).replace(/<div id="root">[\s\S]*<\/body>/, '<div id="root"></div></body>'), 'text/html');
    expect(shell.querySelector(workday.ready)).toBeNull();
    expect(readPay(workday.extract(shell, new URL(href)))).toMatchObject({
      title: 'Senior Data Engineer',
      location: 'Pune, MH, IND',
      postedSalary: null,
      source: 'json-ld',
    });
  });

  it('reads the search results list, keyed by tenant and req id like the job pages', () => {
    const cards = extractListing(workday, 'https://tidewater.wd5.myworkdayjobs.com/en-US/External');
    expect(cards.map(cardSummary)).toEqual([
      { jobKey: 'workday:tidewater/R-104233', title: 'Senior Data Engineer', company: 'Tidewater Analytics', location: '2 Locations', mode: null, anchor: 'Senior Data Engineer' },
      { jobKey: 'workday:tidewater/R-104871', title: 'Staff Analytics Engineer', company: 'Tidewater Analytics', location: 'Remote-USA', mode: null, anchor: 'Staff Analytics Engineer' },
      { jobKey: 'workday:tidewater/R-103990', title: 'Fleet Operations Analyst', company: 'Tidewater Analytics', location: 'Toronto, ON, Canada', mode: null, anchor: 'Fleet Operations Analyst' },
    ]);
    expect(cards[0]!.posting.url).toBe('https://tidewater.wd5.myworkdayjobs.com/en-US/External/job/Pune-MH-IND/Senior-Data-Engineer_R-104233');
  });
});
