import { describe, expect, it } from 'vitest';
import { firstRun, readsAsTitle } from '../../../utils/sites/dom-reader';
import { generic } from '../../../utils/sites/generic';
import { resolvePage } from '../../../utils/sites/resolve';
import { fixtureDoc } from '../helpers/fixtures';
import { readPay } from '../helpers/adapters';

const read = (href: string) => {
  const doc = fixtureDoc(href);
  const url = new URL(href);
  return { doc, url, posting: readPay(generic.extract(doc, url)), cards: generic.extractCards!(doc, url), kind: generic.pageKind!(doc, url) };
};

const brief = (p: { title: string; company: string | null; location: string | null; mode: string | null; employmentType: string | null }) => ({
  title: p.title,
  company: p.company,
  location: p.location,
  mode: p.mode,
  employmentType: p.employmentType,
});

describe('DOM reader: career pages and small boards without structured data', () => {
  it('reads a DOM-only careers listing: department lists, hashed-class cards, titles alone, locations beside them', () => {
    const { cards, kind, posting } = read('https://careers.larchwood.example/jobs/');
    expect(kind).toBe('listing');
    expect(posting).toBeNull();
    expect(cards.map((c) => brief(readPay(c.posting)))).toEqual([
      { title: 'Senior Platform Engineer', company: 'Larchwood', location: 'Hamburg, Germany', mode: null, employmentType: null },
      // "Remote<br>Lisbon, Portugal": the place is the location, "Remote" the work mode
      { title: 'Data Analyst II', company: 'Larchwood', location: 'Lisbon, Portugal', mode: 'remote', employmentType: null },
      // not a role word, but a card of the same shape as the job cards around it
      { title: 'Workplace Experience', company: 'Larchwood', location: 'Toronto, Canada', mode: null, employmentType: 'Full-time' },
      { title: 'Product Designer', company: 'Larchwood', location: 'Utrecht, Netherlands', mode: 'hybrid', employmentType: null },
      // the link holds title, icons and chips: the title is its first text run, the location the pin's line
      { title: 'Engineering Manager, Payments', company: 'Larchwood', location: 'Leeds', mode: null, employmentType: 'Full-time' },
      { title: 'Customer Support Specialist', company: 'Larchwood', location: 'Cork, Ireland', mode: null, employmentType: null },
    ]);
    // nav/footer links and the employees' quotes ("Priya, Staff Engineer") are no cards
    expect(cards.map((c) => c.posting.url)).not.toContain('https://careers.larchwood.example/teams/engineering');
    expect(cards[0]!.posting.jobKey).toBe('generic:careers.larchwood.example/jobs/senior-platform-engineer');
    expect(cards[0]!.anchor.textContent).toBe('Senior Platform Engineer');
  });

  it('reads a small board: company links, type and place lines, javascript: links with the employer inside', () => {
    const { cards, kind } = read('https://www.kestrelboard.example/');
    expect(kind).toBe('listing');
    expect(cards.map((c) => brief(readPay(c.posting)))).toEqual([
      { title: 'Junior Accountant', company: 'Tealeaf Traders', location: 'Kandy, Sri Lanka', mode: null, employmentType: 'Full-Time' },
      { title: 'Senior QA Engineer', company: 'Bluepeak Software', location: 'Colombo, Sri Lanka', mode: null, employmentType: 'Full-Time' },
      { title: 'Warehouse Supervisor', company: 'Harbourline Logistics', location: 'Galle, Sri Lanka', mode: null, employmentType: 'Contract' },
      { title: 'Marketing Executive', company: 'Palmgrove Foods', location: null, mode: null, employmentType: null },
      { title: 'HR Officer', company: 'Company Name Withheld', location: null, mode: null, employmentType: null },
    ]);
    expect(cards[3]!.posting.url).toBe('https://www.kestrelboard.example/employer/Advert?jc=5501');
  });

  it('reads a DOM-only posting: job-title heading, apply button, labelled place, type, sections and pay', () => {
    const href = 'https://careers.larchwood.example/jobs/plattform-entwickler';
    const { posting, kind } = read(href);
    expect(kind).toBeNull();
    expect(posting).toEqual({
      site: 'generic',
      jobKey: 'generic:careers.larchwood.example/jobs/plattform-entwickler',
      url: href,
      title: 'Senior Plattform-Entwickler (m/w/d)',
      company: 'Larchwood',
      location: 'Hamburg, Deutschland',
      locations: ['Hamburg, Deutschland'],
      mode: null,
      postedSalary: { min: 70000, max: 85000, currency: 'EUR', period: 'year', flags: [], raw: '70.000 € – 85.000 € pro Jahr' },
      employmentType: 'Vollzeit',
      datePosted: null,
      source: 'dom',
    });
  });

  it('reads a plain-HTML posting: the employer from the description\'s first sentence, one pay figure without a period', () => {
    const href = 'https://jobs.fernhollow.example/openings/reliability-engineer';
    const { posting } = read(href);
    expect(posting).toMatchObject({
      title: 'Site Reliability Engineer',
      // the page has no <title> or site name: the employer is the one the description names
      company: 'Fernhollow Systems Ltd.',
      location: 'Leeds, UK',
      // "GBP 65000": the page says no period, so none is claimed (the badge's verdict infers it)
      postedSalary: { min: 65000, max: 65000, currency: 'GBP', period: null, flags: [], raw: 'GBP 65000' },
      employmentType: 'Full-time',
      source: 'dom',
    });
  });

  it.each([
    ['a careers landing page that only links to teams and roles', 'https://careers.larchwood.example/'],
    ['a careers home whose "Featured roles" strip links to many postings', 'https://careers.quillmere.example/'],
    ['a blog post about hiring with role-named related posts', 'https://www.larchwood.example/blog/how-we-hire-engineers'],
    ['a product page named with role words', 'https://www.larchwood.example/products/studio-desk'],
  ])('yields nothing on %s', (_what, href) => {
    const { posting, cards, kind } = read(href);
    expect(posting).toBeNull();
    expect(cards).toEqual([]);
    expect(kind).toBeNull();
  });

  it('yields nothing on an empty careers shell, a block page or a hostile page', () => {
    const url = new URL('https://shell.example/careers.html');
    for (const html of [
      '<html><head><title>Careers</title></head><body><h1>Job Opportunities</h1></body></html>',
      '<html><head><title>Just a moment...</title></head><body><h1>Checking your browser</h1><a href="/cdn-cgi/x">Why?</a></body></html>',
      `<html><body><h1>${'Senior Engineer '.repeat(2000)}</h1>${'<div><a href="/j/1"><svg><title>pin</title></svg></a></div>'.repeat(50)}</body></html>`,
      '<html><body></body></html>',
    ]) {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      expect(readPay(generic.extract(doc, url))).toBeNull();
      expect(generic.extractCards!(doc, url)).toEqual([]);
    }
  });

  it('lets the page loop badge the cards: the fallback is a listing where the DOM reader finds cards', () => {
    const href = 'https://careers.larchwood.example/jobs/';
    expect(resolvePage([], generic, fixtureDoc(href), new URL(href))).toMatchObject({ adapter: generic, listing: true });
    const landing = 'https://careers.larchwood.example/';
    expect(resolvePage([], generic, fixtureDoc(landing), new URL(landing))).toMatchObject({ adapter: generic, listing: false });
  });

  it.each([
    ['Senior Software Engineer', true],
    ['Kaufmännischer Sachbearbeiter (m/w/d)', true],
    ['Werkstudentin Marketing', true],
    ['Softwareentwickler Java', true],
    ['Desarrollador Backend', true],
    ['Analista de Dados Pleno', true],
    ['Développeuse Full Stack', true],
    ['Chef de projet digital', true],
    ['Medewerker Klantenservice', true],
    ['Engineering', false],
    ['Explore roles', false],
    ['Software Engineer jobs in Berlin', false],
    ['How to become a Data Analyst', false],
    ['Meet Priya, Staff Engineer', false],
    ['Designer Studio Desk', true],
  ])('reads "%s" as a job title: %s', (text, expected) => {
    expect(readsAsTitle(text)).toBe(expected);
  });

  it('takes the first text run of a card link, not all of its text', () => {
    const doc = new DOMParser().parseFromString(
      '<a id="a"><div><span>Data <b>Engineer</b></span><div><svg><title>location</title></svg>Pune</div></div></a><a id="b">QA Lead<h5>Acme</h5></a>',
      'text/html',
    );
    expect(firstRun(doc.getElementById('a')!)).toBe('Data Engineer');
    expect(firstRun(doc.getElementById('b')!)).toBe('QA Lead');
  });
});
