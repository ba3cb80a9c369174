import { describe, expect, it } from 'vitest';
import { JobPosting } from '../../../utils/schemas';
import { extractPage } from '../../../utils/sites/extract-page';
import { naukri } from '../../../utils/sites/naukri';
import { fixtureDoc } from '../helpers/fixtures';
import { readPay } from '../helpers/adapters';

const JOB = 'https://www.naukri.com/job-listings-senior-data-engineer-vantara-retail-hyderabad-5-to-9-years-140526500123?src=jobsearchDesk&sid=1';
const SEARCH = 'https://www.naukri.com/data-engineer-jobs-in-hyderabad';

describe('Naukri', () => {
  it('prefers the JSON-LD JobPosting, with the locations and workplace label as shown', () => {
    const posting = readPay(naukri.extract(fixtureDoc(JOB), new URL(JOB)));
    expect(posting).toEqual({
      site: 'naukri',
      jobKey: 'naukri:140526500123',
      url: JOB,
      title: 'Senior Data Engineer',
      company: 'Vantara Retail',
      location: 'Hyderabad, Bengaluru',
      locations: ['Hyderabad', 'Bengaluru'],
      mode: 'hybrid',
      postedSalary: { min: 1400000, max: 2200000, currency: 'INR', period: 'year', flags: [], raw: 'INR 1400000–2200000 per year' },
      employmentType: 'FULL_TIME',
      datePosted: '2026-05-14',
      source: 'json-ld',
    });
    expect(JobPosting.safeParse(posting).success).toBe(true);
  });

  it('without JSON-LD reads the CSS-module header by the stable part of its class names', () => {
    const doc = fixtureDoc(JOB);
    doc.querySelector('script[type="application/ld+json"]')!.remove();
    expect(readPay(naukri.extract(doc, new URL(JOB)))).toEqual({
      site: 'naukri',
      jobKey: 'naukri:140526500123',
      url: JOB,
      title: 'Senior Data Engineer',
      company: 'Vantara Retail',
      location: 'Hyderabad, Bengaluru',
      locations: ['Hyderabad', 'Bengaluru'],
      mode: 'hybrid',
      postedSalary: { min: 1400000, max: 2200000, currency: 'INR', period: 'year', flags: [], raw: '14-22 Lacs P.A.' },
      employmentType: null,
      datePosted: null,
      source: 'dom',
    });
  });

  it('reads search result cards; "Not disclosed" is no salary; card and job page share the jobKey', () => {
    const url = new URL(SEARCH);
    const cards = naukri.extractCards!(fixtureDoc(SEARCH), url);
    expect(cards.map((c) => readPay(c.posting))).toEqual([
      {
        site: 'naukri',
        jobKey: 'naukri:140526500123',
        url: 'https://www.naukri.com/job-listings-senior-data-engineer-vantara-retail-hyderabad-5-to-9-years-140526500123',
        title: 'Senior Data Engineer',
        company: 'Vantara Retail',
        location: 'Hyderabad, Bengaluru',
        locations: ['Hyderabad', 'Bengaluru'],
        mode: null,
        postedSalary: { min: 1400000, max: 2200000, currency: 'INR', period: 'year', flags: [], raw: '14-22 Lacs PA' },
        employmentType: null,
        datePosted: null,
        source: 'dom',
      },
      {
        site: 'naukri',
        jobKey: 'naukri:130526009876',
        url: 'https://www.naukri.com/job-listings-data-engineer-azure-ridgecrest-consulting-hyderabad-3-to-6-years-130526009876',
        title: 'Data Engineer - Azure',
        company: 'Ridgecrest Consulting',
        location: 'Hybrid - Hyderabad',
        locations: ['Hybrid - Hyderabad'],
        mode: 'hybrid',
        postedSalary: null,
        employmentType: null,
        datePosted: null,
        source: 'dom',
      },
      {
        site: 'naukri',
        jobKey: 'naukri:120526004411',
        url: 'https://www.naukri.com/job-listings-big-data-developer-lotusgrid-technologies-hyderabad-2-to-4-years-120526004411',
        title: 'Big Data Developer',
        company: 'Lotusgrid Technologies',
        location: 'Hyderabad',
        locations: ['Hyderabad'],
        mode: null,
        postedSalary: { min: 600000, max: 900000, currency: 'INR', period: 'year', flags: [], raw: '6-9 Lacs PA' },
        employmentType: null,
        datePosted: null,
        source: 'dom',
      },
    ]);
    expect(cards.every((c) => c.anchor.matches('a.title'))).toBe(true);
    expect(cards[0]!.posting.jobKey).toBe(naukri.jobKey(new URL(JOB), document));
  });

  it('detects nothing in the empty Next.js shell served without JavaScript', () => {
    const doc = new DOMParser().parseFromString(
      '<html><head><link rel="stylesheet" href="https://static.naukimg.com/s/9/121/_next/static/css/x.css"></head><body><div id="root"><div class="styles_splashscreen-container__jxBax"></div></div></body></html>',
      'text/html',
    );
    expect(extractPage(doc, new URL(JOB))).toEqual([]);
  });
});
