import { describe, expect, it } from 'vitest';
import { ashby } from '../../../utils/sites/ashby';
import { cardSummary, extractJob, extractListing, readPay } from '../helpers/adapters';
import { fixtureHtml } from '../helpers/fixtures';

describe('Ashby', () => {
  const href = 'https://jobs.ashbyhq.com/northwind/3c9e2f1a-7b6d-4c5e-9f8a-1b2c3d4e5f60';

  it('reads a hydrated posting from the left pane: both locations, workplace type, the compensation summary', () => {
    expect(extractJob(ashby, href)).toEqual({
      site: 'ashby',
      jobKey: 'ashby:3c9e2f1a-7b6d-4c5e-9f8a-1b2c3d4e5f60',
      url: href,
      title: 'Staff Backend Engineer',
      company: 'Northwind Freight',
      location: 'Chicago, IL | Toronto, ON',
      locations: ['Chicago, IL', 'Toronto, ON'],
      mode: 'hybrid',
      postedSalary: { min: 185000, max: 240000, currency: 'USD', period: 'year', flags: ['equity'], raw: '$185K – $240K • Offers Equity' },
      employmentType: 'Full time',
      datePosted: null,
      source: 'dom',
    });
  });

  it('waits for the rendered title: the server shell (no app content yet) is not ready', () => {
    const shell = new DOMParser().parseFromString(fixtureHtml(href).replace(/<div id="root">[\s\S]*<\/body>/, '<div id="root"></div></body>'), 'text/html');
    expect(shell.querySelector(ashby.ready)).toBeNull();
  });

  it('ignores JSON-LD left over from another posting after client-side navigation', () => {
    const stale = '<script type="application/ld+json">{"@type":"JobPosting","title":"Dispatch Coordinator","hiringOrganization":{"name":"Northwind"},"baseSalary":{"@type":"MonetaryAmount","currency":"USD","value":{"@type":"QuantitativeValue","minValue":20,"maxValue":25,"unitText":"HOUR"}}}</script>';
    const doc = new DOMParser().parseFromString(fixtureHtml(href).replace('</head>', `${stale}</head>`), 'text/html');
    const posting = readPay(ashby.extract(doc, new URL(href)))!;
    expect(posting.title).toBe('Staff Backend Engineer');
    expect(posting.postedSalary?.min).toBe(185000);
  });

  it('reads the board cards: location is the last detail that is neither the type nor the workplace', () => {
    const cards = extractListing(ashby, 'https://jobs.ashbyhq.com/northwind');
    expect(cards.map(cardSummary)).toEqual([
      { jobKey: 'ashby:3c9e2f1a-7b6d-4c5e-9f8a-1b2c3d4e5f60', title: 'Staff Backend Engineer', company: 'Northwind Freight', location: 'Chicago, IL', mode: 'hybrid', anchor: 'Staff Backend Engineer' },
      { jobKey: 'ashby:9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', title: 'Data Platform Engineer', company: 'Northwind Freight', location: 'Toronto, ON', mode: 'remote', anchor: 'Data Platform Engineer' },
      { jobKey: 'ashby:0f1e2d3c-4b5a-4978-8a9b-0c1d2e3f4a5b', title: 'Dispatch Coordinator', company: 'Northwind Freight', location: 'Chicago, IL', mode: null, anchor: 'Dispatch Coordinator' },
    ]);
    expect(cards[2]!.posting.employmentType).toBe('Part time');
  });
});
