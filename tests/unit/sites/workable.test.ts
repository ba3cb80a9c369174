import { describe, expect, it } from 'vitest';
import { workable } from '../../../utils/sites/workable';
import { cardSummary, extractJob, extractListing, readPay } from '../helpers/adapters';
import { fixtureHtml } from '../helpers/fixtures';

describe('Workable', () => {
  const href = 'https://apply.workable.com/harbourline/j/3F7A1C9B2E/';

  it('reads a rendered job page from its data-ui attributes', () => {
    expect(extractJob(workable, href)).toEqual({
      site: 'workable',
      jobKey: 'workable:3F7A1C9B2E',
      url: href,
      title: 'Customer Success Manager',
      company: 'Harbourline',
      location: 'Lisbon, Lisbon, Portugal',
      locations: ['Lisbon, Lisbon, Portugal'],
      mode: 'hybrid',
      postedSalary: { min: 42000, max: 50000, currency: 'EUR', period: 'year', flags: [], raw: 'Salary: €42,000 - €50,000 per year' },
      employmentType: 'Full time',
      datePosted: null,
      source: 'dom',
    });
  });

  it('before the app renders, reads title and company from "<Title> - <Company>" (source meta)', () => {
    const shell = new DOMParser().parseFromString(fixtureHtml(href).replace(/<div id="app">[\s\S]*<\/body>/, '<div id="app"></div></body>'), 'text/html');
    expect(shell.querySelector(workable.ready)).toBeNull();
    expect(readPay(workable.extract(shell, new URL(href)))).toMatchObject({ title: 'Customer Success Manager', company: 'Harbourline', location: null, source: 'meta' });
  });

  it('the server shell (spinner only) is ready: the badge goes after the spinner, inside the app root, and the rendered title replaces it', () => {
    const html = fixtureHtml(href);
    const shell = new DOMParser().parseFromString(
      html.replace(/<div id="app">[\s\S]*<\/body>/, '<div id="app" style="height: 100%"><div class="loader"><div class="inner"><div class="cube"></div></div></div></div></body>'),
      'text/html',
    );
    expect(shell.querySelector(workable.ready)).not.toBeNull();
    expect(shell.querySelector(workable.anchor)?.parentElement?.id).toBe('app');
    expect(readPay(workable.extract(shell, new URL(href)))).toMatchObject({ title: 'Customer Success Manager', company: 'Harbourline', source: 'meta' });
    const rendered = new DOMParser().parseFromString(html, 'text/html');
    expect(rendered.querySelector(workable.anchor)?.textContent).toBe('Customer Success Manager');
  });

  it('reads the account board cards', () => {
    const cards = extractListing(workable, 'https://apply.workable.com/harbourline/');
    expect(cards.map(cardSummary)).toEqual([
      { jobKey: 'workable:3F7A1C9B2E', title: 'Customer Success Manager', company: 'Harbourline', location: 'Lisbon, Lisbon, Portugal', mode: 'hybrid', anchor: 'Customer Success Manager' },
      { jobKey: 'workable:9B2E3F7A1C', title: 'Backend Engineer (Go)', company: 'Harbourline', location: 'Portugal', mode: 'remote', anchor: 'Backend Engineer (Go)' },
    ]);
  });
});
