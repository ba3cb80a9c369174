import { describe, expect, it } from 'vitest';
import { greenhouse } from '../../../utils/sites/greenhouse';
import { extractJob, readPay } from '../helpers/adapters';
import { fixtureHtml } from '../helpers/fixtures';

const NEW_BOARD = 'https://job-boards.greenhouse.io/fernwood/jobs/6012345';
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('Greenhouse job page, new board layout (job-boards.greenhouse.io)', () => {
  it('reads company (logo / loader data), locations, the published pay range and the work mode the description states', () => {
    expect(extractJob(greenhouse, NEW_BOARD)).toEqual({
      site: 'greenhouse',
      jobKey: 'greenhouse:6012345',
      url: NEW_BOARD,
      title: 'Staff Data Engineer',
      company: 'Fernwood Health',
      location: 'Denver, CO | Chicago, IL',
      locations: ['Denver, CO', 'Chicago, IL'],
      mode: 'hybrid',
      postedSalary: { min: 172000, max: 205000, currency: 'USD', period: 'year', flags: ['period_inferred'], raw: '$172,000 — $205,000 USD' },
      employmentType: null,
      datePosted: '2026-10-02T09:15:00-06:00',
      source: 'dom',
    });
  });

  it('when the page draws no location or pay element, reads them from the loader data of this job', () => {
    const html = fixtureHtml(NEW_BOARD)
      .replace(/<div class="job__location">[\s\S]*?<\/div><\/div>/, '')
      .replace(/<div class="pay-transparency">[\s\S]*?<\/div><\/div>/, '')
      .replace(/<img class="logo"[^>]*>/, '');
    const posting = readPay(greenhouse.extract(parse(html), new URL(NEW_BOARD)));
    expect(posting).toMatchObject({
      company: 'Fernwood Health',
      location: 'Denver, CO | Chicago, IL',
      locations: ['Denver, CO', 'Chicago, IL'],
      postedSalary: { min: 172000, max: 205000, currency: 'USD', period: 'year' },
    });
  });

  it('ignores loader data about another job (left behind by a client-side navigation); falls back to the <title>, then the board slug', () => {
    const html = fixtureHtml(NEW_BOARD).replace(/<img class="logo"[^>]*>/, '');
    const other = new URL('https://job-boards.greenhouse.io/fernwood/jobs/6099999');
    expect(readPay(greenhouse.extract(parse(html), other))).toMatchObject({ jobKey: 'greenhouse:6099999', company: 'Fernwood Health' });
    const untitled = html.replace(/<title>[^<]*<\/title>/, '<title>page_title</title>');
    expect(readPay(greenhouse.extract(parse(untitled), other))?.company).toBe('Fernwood');
  });
});
