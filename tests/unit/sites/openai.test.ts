import { describe, expect, it } from 'vitest';
import { openai } from '../../../utils/sites/openai';
import { extractJob, readPay } from '../helpers/adapters';

describe('OpenAI careers', () => {
  const href = 'https://openai.com/careers/research-engineer-applied-ai/';

  it('reads the posting: "<Team> - <Location>" under the title, "$295K – $440K • Offers Equity"', () => {
    expect(extractJob(openai, href)).toEqual({
      site: 'openai',
      jobKey: 'openai:research-engineer-applied-ai',
      url: href,
      title: 'Research Engineer, Applied AI',
      company: 'OpenAI',
      location: 'San Francisco',
      locations: ['San Francisco'],
      mode: null,
      postedSalary: { min: 295000, max: 440000, currency: 'USD', period: 'year', flags: ['equity'], raw: '$295K – $440K • Offers Equity' },
      employmentType: null,
      datePosted: null,
      source: 'dom',
    });
  });

  it('a /careers/<slug>/ page without an application link or JobPosting is not a posting', () => {
    const doc = new DOMParser().parseFromString('<main><h1>Residency</h1><p>A six-month program.</p></main>', 'text/html');
    expect(readPay(openai.extract(doc, new URL('https://openai.com/careers/residency/')))).toBeNull();
  });
});
