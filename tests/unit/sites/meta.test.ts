import { describe, expect, it } from 'vitest';
import { meta } from '../../../utils/sites/meta';
import { extractJob } from '../helpers/adapters';

describe('Meta Careers', () => {
  it('reads JSON-LD for the posting and the compensation line from the page', () => {
    const href = 'https://www.metacareers.com/jobs/1123456789012345/';
    expect(extractJob(meta, href)).toEqual({
      site: 'meta',
      jobKey: 'meta:1123456789012345',
      url: href,
      title: 'Research Scientist, Reality Labs',
      company: 'Meta',
      location: 'Redmond, WA, US | Burlingame, CA, US',
      locations: ['Redmond, WA, US', 'Burlingame, CA, US'],
      mode: null,
      postedSalary: { min: 147000, max: 208000, currency: 'USD', period: 'year', flags: ['equity'], raw: '$147,000/year to $208,000/year + bonus + equity + benefits' },
      employmentType: 'FULL_TIME',
      datePosted: '2026-08-01T10:00:00-07:00',
      source: 'json-ld',
    });
  });
});
