import { describe, expect, it } from 'vitest';
import { JobPosting } from '../../../utils/schemas';
import { extractPage } from '../../../utils/sites/extract-page';
import { generic } from '../../../utils/sites/registry';
import { readPay } from '../helpers/adapters';
import { fixtureDoc } from '../helpers/fixtures';

function extractOne(href: string) {
  const postings = extractPage(fixtureDoc(href), new URL(href));
  expect(postings).toHaveLength(1);
  const posting = postings[0]!;
  expect(JobPosting.safeParse(posting).success).toBe(true);
  return readPay(posting);
}

describe('Greenhouse', () => {
  it('reads a classic board posting: visible title, company, both locations, the pay range', () => {
    const href = 'https://boards.greenhouse.io/lumenwave/jobs/5567012';
    const p = extractOne(href);
    expect(p).toMatchObject({
      site: 'greenhouse',
      jobKey: 'greenhouse:5567012',
      url: href,
      title: 'Frontend Engineer II',
      company: 'Lumenwave',
      location: 'Seattle, WA | Remote (US)',
      locations: ['Seattle, WA', 'Remote (US)'],
      datePosted: '2026-08-11',
      source: 'json-ld',
    });
    expect(p.postedSalary).toMatchObject({ min: 142000, max: 178000, currency: 'USD', period: 'year' });
    expect(p.postedSalary?.raw).toContain('$142,000');
  });

  it('reads the 2024 React board, which has no JSON-LD, from the DOM', () => {
    const p = extractOne('https://job-boards.greenhouse.io/kestrel/jobs/7781023');
    expect(p).toMatchObject({
      jobKey: 'greenhouse:7781023',
      title: 'Site Reliability Engineer',
      location: 'London, England, United Kingdom',
      source: 'dom',
    });
    expect(p.postedSalary).toMatchObject({ min: 85000, max: 105000, currency: 'GBP' });
  });
});

describe('generic schema.org adapter', () => {
  it('finds the JobPosting in a top-level JSON-LD array, with the INR base salary and remote option', () => {
    const p = extractOne('https://careers.harborline.example/openings/product-manager-bengaluru');
    expect(p).toMatchObject({
      site: 'generic',
      jobKey: 'generic:careers.harborline.example/openings/product-manager-bengaluru',
      title: 'Product Manager',
      company: 'Harborline Logistics Pvt Ltd',
      location: 'Bengaluru, Karnataka, IN',
      mode: 'remote_ok',
      employmentType: 'FULL_TIME',
      source: 'json-ld',
    });
    expect(p.postedSalary).toMatchObject({ min: 2800000, max: 3600000, currency: 'INR', period: 'year', flags: [] });
  });

  it('reads microdata when there is no JSON-LD', () => {
    const p = extractOne('https://jobs.quillmark.example/careers/support-specialist');
    expect(p).toMatchObject({
      title: 'Customer Support Specialist',
      company: 'Quillmark Inc.',
      location: 'Toronto, ON, CA',
      employmentType: 'Part-time',
      datePosted: '2026-07-01',
      source: 'microdata',
    });
    expect(p.postedSalary).toMatchObject({ min: 24, max: 29, currency: 'CAD', period: 'hour' });
  });

  it('finds nothing on a page whose JSON-LD is only an Organization', () => {
    const href = 'https://www.harborline.example/';
    expect(extractPage(fixtureDoc(href), new URL(href))).toEqual([]);
  });

  it('survives a hostile page: broken and huge JSON-LD, __proto__ keys, markup in the title', () => {
    const href = 'https://www.hostile.example/jobs/qa';
    const p = extractOne(href);
    // Markup is removed and entities decoded: the title is plain text.
    expect(p.title).toBe('Senior QA & Test Engineer');
    expect(p.company).toBe('Hostile Corp');
    // A negative or non-numeric salary is not a salary.
    expect(p.postedSalary).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keys a page by host and path, ignoring tracking parameters', () => {
    const a = generic.jobKey(new URL('https://jobs.example.com/open/123?utm_source=x&ref=li'), document);
    const b = generic.jobKey(new URL('https://jobs.example.com/open/123/'), document);
    const c = generic.jobKey(new URL('https://jobs.example.com/open?id=124'), document);
    expect(a).toBe(b);
    expect(c).toBe('generic:jobs.example.com/open?id=124');
  });
});
