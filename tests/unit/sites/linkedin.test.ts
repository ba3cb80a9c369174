import { describe, expect, it } from 'vitest';
import { JobPosting } from '../../../utils/schemas';
import { extractPage } from '../../../utils/sites/extract-page';
import { linkedin } from '../../../utils/sites/linkedin';
import { extractJob, readPay } from '../helpers/adapters';
import { fixtureDoc, fixtureHtml } from '../helpers/fixtures';

const VIEW = 'https://www.linkedin.com/jobs/view/staff-data-engineer-at-lumora-analytics-4012345678';
const TWO_PANE = 'https://www.linkedin.com/jobs/search/?currentJobId=4023456789&keywords=backend%20engineer';
const GUEST_SEARCH = 'https://www.linkedin.com/jobs/platform-engineer-jobs-pune';

describe('LinkedIn', () => {
  it('reads a guest job page: JSON-LD title/company, the location as shown, pay from the description', () => {
    const posting = readPay(linkedin.extract(fixtureDoc(VIEW), new URL(VIEW)));
    expect(posting).toEqual({
      site: 'linkedin',
      jobKey: 'linkedin:4012345678',
      url: VIEW,
      title: 'Staff Data Engineer',
      company: 'Lumora Analytics',
      location: 'Bengaluru, Karnataka, India',
      locations: ['Bengaluru, Karnataka, India'],
      mode: null,
      postedSalary: {
        min: 3800000,
        max: 5200000,
        currency: 'INR',
        period: 'year',
        flags: ['equity'],
        raw: 'The base salary range for this role is ₹38,00,000 - ₹52,00,000 per year, plus equity.',
      },
      employmentType: 'FULL_TIME',
      datePosted: '2026-05-04T09:12:00.000Z',
      source: 'json-ld',
    });
    expect(JobPosting.safeParse(posting).success).toBe(true);
  });

  it('reads the job in the two-pane search page\'s right pane (currentJobId), pay and workplace from its pills', () => {
    const url = new URL(TWO_PANE);
    expect(linkedin.isJobPage(url) && linkedin.isListingPage(url)).toBe(true);
    expect(readPay(linkedin.extract(fixtureDoc(TWO_PANE), url))).toEqual({
      site: 'linkedin',
      jobKey: 'linkedin:4023456789',
      url: TWO_PANE,
      title: 'Senior Backend Engineer, Payments',
      company: 'Quayside Pay',
      location: 'San Francisco, CA',
      locations: ['San Francisco, CA'],
      mode: 'hybrid',
      postedSalary: { min: 165000, max: 195000, currency: 'USD', period: 'year', flags: [], raw: '$165K/yr - $195K/yr' },
      employmentType: null,
      datePosted: null,
      source: 'dom',
    });
  });

  it('puts the full badge after the pane\'s title, not a card\'s', () => {
    const doc = fixtureDoc(TWO_PANE);
    expect(doc.querySelector(linkedin.ready)).toBe(doc.querySelector(linkedin.anchor));
    expect(doc.querySelector(linkedin.anchor)?.closest('.jobs-search__job-details--container')).not.toBeNull();
  });

  it('reads nothing while the pane still shows the previous job', () => {
    const doc = fixtureDoc(TWO_PANE);
    const next = new URL('https://www.linkedin.com/jobs/search/?currentJobId=4023450011&keywords=backend%20engineer');
    expect(linkedin.jobKey(next, doc)).toBe('linkedin:4023450011');
    expect(readPay(linkedin.extract(doc, next))).toBeNull();
  });

  it('reads the logged-in result cards: de-duplicated titles, workplace from the location, skips occluded placeholders', () => {
    const cards = linkedin.extractCards!(fixtureDoc(TWO_PANE), new URL(TWO_PANE));
    expect(cards.map((c) => readPay(c.posting))).toEqual([
      {
        site: 'linkedin',
        jobKey: 'linkedin:4023456789',
        url: 'https://www.linkedin.com/jobs/view/4023456789/',
        title: 'Senior Backend Engineer, Payments',
        company: 'Quayside Pay',
        location: 'San Francisco, CA (Hybrid)',
        locations: ['San Francisco, CA (Hybrid)'],
        mode: 'hybrid',
        postedSalary: { min: 165000, max: 195000, currency: 'USD', period: 'year', flags: [], raw: '$165K/yr - $195K/yr · 401(k) benefit' },
        employmentType: null,
        datePosted: '2026-05-02',
        source: 'dom',
      },
      {
        site: 'linkedin',
        jobKey: 'linkedin:4023450011',
        url: 'https://www.linkedin.com/jobs/view/4023450011/',
        title: 'Platform Engineer (Go)',
        company: 'Fernhill Robotics',
        location: 'United States (Remote)',
        locations: ['United States (Remote)'],
        mode: 'remote',
        postedSalary: null,
        employmentType: null,
        datePosted: null,
        source: 'dom',
      },
      {
        site: 'linkedin',
        jobKey: 'linkedin:4023447777',
        url: 'https://www.linkedin.com/jobs/view/4023447777/',
        title: 'Backend Developer | Node.js | Up to £85,000 + bonus',
        company: 'Harbour & Wilde Recruitment',
        location: 'London, England, United Kingdom (On-site)',
        locations: ['London, England, United Kingdom (On-site)'],
        mode: 'onsite',
        // pay written only in the title, with an explicit currency
        postedSalary: { min: null, max: 85000, currency: 'GBP', period: 'year', flags: ['period_inferred'], raw: 'Backend Developer | Node.js | Up to £85,000 + bonus' },
        employmentType: null,
        datePosted: null,
        source: 'dom',
      },
    ]);
    // the badge goes after the card's title element
    expect(cards.every((c) => c.anchor.classList.contains('artdeco-entity-lockup__title'))).toBe(true);
    // a card and the pane showing the same job share its jobKey
    expect(cards[0]!.posting.jobKey).toBe(linkedin.jobKey(new URL(TWO_PANE), document));
  });

  it('reads guest search result cards (base-card), pay from the salary line, keyed like the job page', () => {
    const url = new URL(GUEST_SEARCH);
    expect(linkedin.isJobPage(url)).toBe(false);
    const cards = linkedin.extractCards!(fixtureDoc(GUEST_SEARCH), url);
    expect(cards.map((c) => readPay(c.posting))).toEqual([
      {
        site: 'linkedin',
        jobKey: 'linkedin:4101234501',
        url: 'https://in.linkedin.com/jobs/view/4101234501/',
        title: 'Platform Engineer',
        company: 'Tessaract Cloud',
        location: 'Pune, Maharashtra, India',
        locations: ['Pune, Maharashtra, India'],
        mode: null,
        postedSalary: { min: 2500000, max: 3500000, currency: 'INR', period: 'year', flags: [], raw: '₹25L/yr - ₹35L/yr' },
        employmentType: null,
        datePosted: '2026-05-01',
        source: 'dom',
      },
      {
        site: 'linkedin',
        jobKey: 'linkedin:4101234502',
        url: 'https://in.linkedin.com/jobs/view/4101234502/',
        title: 'Senior Site Reliability Engineer',
        company: 'Monsoon Labs',
        location: 'Pune, Maharashtra, India',
        locations: ['Pune, Maharashtra, India'],
        mode: null,
        postedSalary: null,
        employmentType: null,
        datePosted: '2026-05-05',
        source: 'dom',
      },
      {
        site: 'linkedin',
        jobKey: 'linkedin:4101234503',
        url: 'https://in.linkedin.com/jobs/view/4101234503/',
        title: 'DevOps Engineer',
        company: 'Kestrel Systems',
        location: 'Pimpri Chinchwad, Maharashtra, India',
        locations: ['Pimpri Chinchwad, Maharashtra, India'],
        mode: null,
        postedSalary: null,
        employmentType: null,
        datePosted: '2026-04-28',
        source: 'dom',
      },
    ]);
    expect(cards.map((c) => c.anchor.tagName)).toEqual(['H3', 'H3', 'H3']);
    const jobPage = new URL('https://in.linkedin.com/jobs/view/platform-engineer-at-tessaract-cloud-4101234501?position=1');
    expect(linkedin.jobKey(jobPage, document)).toBe(cards[0]!.posting.jobKey);
    expect(extractPage(fixtureDoc(GUEST_SEARCH), url)).toHaveLength(3);
  });

  it('detects nothing on an anti-bot interstitial served at a job URL', () => {
    const doc = new DOMParser().parseFromString(
      '<html><head><meta http-equiv="refresh" content="1;url=https://www.linkedin.com"><script>window.x=1</script></head><body></body></html>',
      'text/html',
    );
    const url = new URL('https://www.linkedin.com/jobs/view/3915648739/');
    expect(readPay(linkedin.extract(doc, url))).toBeNull();
    expect(extractPage(doc, url)).toEqual([]);
  });

  it('keeps each card\'s work inside the card (extractCard reads one card element)', () => {
    const doc = fixtureDoc(TWO_PANE);
    const card = doc.querySelector(linkedin.cardSelector!)!;
    expect(linkedin.extractCard!(card, new URL(TWO_PANE))?.posting.jobKey).toBe('linkedin:4023456789');
  });

  describe('the logged-in job view of 2025–26 (hashed classes, title in a <p>, no JSON-LD)', () => {
    const SDUI = 'https://www.linkedin.com/jobs/view/4398765432/';

    it('reads the top card: company link, title paragraph, place before " · ", pills; never the premium "€0" or similar jobs\' pay', () => {
      expect(extractJob(linkedin, SDUI)).toEqual({
        site: 'linkedin',
        jobKey: 'linkedin:4398765432',
        url: SDUI,
        title: 'Backend Platform Engineer',
        company: 'Tidewell Systems',
        location: 'Rotterdam, South Holland, Netherlands',
        locations: ['Rotterdam, South Holland, Netherlands'],
        mode: 'hybrid',
        postedSalary: { min: 65000, max: 80000, currency: 'EUR', period: 'year', flags: [], raw: '€65K/yr - €80K/yr' },
        employmentType: null,
        datePosted: null,
        source: 'dom',
      });
      // the badge goes right after the title paragraph
      expect(fixtureDoc(SDUI).querySelector(linkedin.anchor)?.textContent?.trim()).toBe('Backend Platform Engineer');
    });

    it('without pay pills, reads nothing from the upsells or other jobs; the mode from "About the job"', () => {
      const html = fixtureHtml(SDUI)
        .replace(/<div class="d7647716 _2ed27a17">.*?€65K\/yr - €80K\/yr.*?<\/div>/, '')
        .replace(/<span class="_29bfc5c9 _3b814e8a">Hybrid<\/span>/, '<span class="_29bfc5c9 _3b814e8a">Mid-Senior level</span>');
      const doc = new DOMParser().parseFromString(html, 'text/html');
      expect(readPay(linkedin.extract(doc, new URL(SDUI)))).toMatchObject({ title: 'Backend Platform Engineer', mode: 'hybrid', postedSalary: null });
    });

    it('while the page still shows another job (its components carry the other id), reads nothing', () => {
      expect(readPay(linkedin.extract(fixtureDoc(SDUI), new URL('https://www.linkedin.com/jobs/view/4398700001/')))).toBeNull();
    });
  });

  it('reads a 2026 guest job page without JSON-LD: the mode its description states, and never a similar job\'s pay', () => {
    const GUEST = 'https://au.linkedin.com/jobs/view/data-platform-engineer-at-koala-reach-4412345678';
    expect(extractJob(linkedin, GUEST)).toEqual({
      site: 'linkedin',
      jobKey: 'linkedin:4412345678',
      url: GUEST,
      title: 'Data Platform Engineer',
      company: 'Koala Reach',
      location: 'Brisbane, Queensland, Australia',
      locations: ['Brisbane, Queensland, Australia'],
      mode: 'hybrid',
      postedSalary: null,
      employmentType: null,
      datePosted: null,
      source: 'dom',
    });
  });

  it('takes no pay from a guest card\'s title words ("($150k - $180k salary)"), only from its salary element', () => {
    const card = (id: string, title: string, salary = '') =>
      `<li><div class="base-card base-search-card job-search-card" data-entity-urn="urn:li:jobPosting:${id}"><a class="base-card__full-link" href="https://www.linkedin.com/jobs/view/x-${id}"></a>` +
      `<div class="base-search-card__info"><h3 class="base-search-card__title">${title}</h3><h4 class="base-search-card__subtitle">Quarry Lane Labs</h4>` +
      `<div class="base-search-card__metadata"><span class="job-search-card__location">Austin, TX</span>${salary}</div></div></div></li>`;
    const doc = new DOMParser().parseFromString(
      `<ul class="jobs-search__results-list">${card('4420000001', 'Junior Data Engineer ($150k - $180k salary)')}${card('4420000002', 'Data Engineer', '<span class="job-search-card__salary-info">$120,000 - $140,000</span>')}</ul>`,
      'text/html',
    );
    const url = new URL('https://www.linkedin.com/jobs/data-engineer-jobs');
    const cards = linkedin.extractCards!(doc, url).map((c) => readPay(c.posting));
    expect(cards.map((c) => [c.title, c.postedSalary?.min ?? null, c.postedSalary?.max ?? null])).toEqual([
      ['Junior Data Engineer ($150k - $180k salary)', null, null],
      ['Data Engineer', 120000, 140000],
    ]);
  });
});
