import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Badge, pluralRole, type BadgeView } from '../../components/Badge';
import { badgeText } from '../../utils/badge-text';
import type { EstimateNoData, EstimateOk, JobPosting } from '../../utils/schemas';

const posting: JobPosting = {
  site: 'greenhouse',
  jobKey: 'greenhouse:1',
  url: 'https://boards.greenhouse.io/x/jobs/1',
  title: 'Backend Software Engineer',
  company: 'Ridgeline',
  location: 'Bengaluru',
  locations: ['Bengaluru', 'Pune'],
  mode: null,
  postedSalary: null,
  employmentType: null,
  datePosted: null,
  source: 'dom',
};

const estimate: EstimateOk = {
  status: 'ok',
  p25: 1_450_000,
  p50: 1_950_000,
  p75: 2_600_000,
  currency: 'INR',
  period: 'year',
  basis: 'base',
  n: 540,
  scope: { kind: 'country', tier: 3, label: 'industry-wide' },
  role: { family: 'Software Engineer', specialization: 'Backend', level: 'mid' },
  sources: [{ name: 'Stack Overflow Developer Survey', year: 2024, licence: 'ODbL' }],
  asOf: '2026-01-01',
  ratesAsOf: '2026-04-13',
  confidence: 'medium',
  verdict: null,
  mine: null,
};

/** Views as the page loop builds them, with the text the background formats. */
const okView = (p: JobPosting = posting): BadgeView => ({ state: 'ok', estimate, text: badgeText(estimate, p.postedSalary) });
const noDataView = (e: EstimateNoData, p: JobPosting = posting): BadgeView => ({ state: 'no-data', estimate: e, text: badgeText(e, p.postedSalary) });

let root: HTMLElement | null = null;
function show(view: BadgeView, p: JobPosting = posting, onCheckYours = vi.fn()) {
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(<Badge variant="full" posting={p} view={view} onCheckYours={onCheckYours} />, root!));
  return { root, text: () => root!.textContent!.replace(/\s+/g, ' ').trim(), onCheckYours };
}

afterEach(() => {
  if (root) render(null, root);
  root?.remove();
});

describe('Badge', () => {
  it('reads like the product: figure, role, scope, evidence, Check yours', () => {
    const { text } = show(okView());
    expect(text()).toContain('PayLens estimate ~₹19.5 LPA for Software Engineers (industry-wide) · based on 540 salaries');
    expect(text()).toContain('Check yours');
  });

  it('expands to the band, the level and scope, the other locations and the sources with dates', () => {
    const { root, text } = show(okView());
    act(() => (root.querySelector('button[aria-expanded]') as HTMLButtonElement).click());
    expect(text()).toContain('Middle half of salaries');
    expect(text()).toContain('level mid');
    expect(text()).toContain('backed off 2 step(s)');
    expect(text()).toContain('also lists Pune');
    expect(text()).toContain('Stack Overflow Developer Survey (2024, ODbL)');
    expect(text()).toContain('as of 2026-01-01');
  });

  it('labels an intern figure as an intern estimate and says which rule made it', () => {
    const intern: EstimateOk = {
      ...estimate,
      p25: 30,
      p50: 36,
      p75: 44,
      currency: 'USD',
      period: 'hour',
      n: null,
      figures: 'statistics',
      scope: { kind: 'metro', tier: 2, label: 'in the Seattle area' },
      role: { family: 'Software Engineer', specialization: null, level: 'intern' },
      levelRule: 'intern-dol-level-i',
    };
    const { root, text } = show({ state: 'ok', estimate: intern, text: badgeText(intern, null) });
    expect(text()).toContain('for Software Engineers (in the Seattle area) · intern estimate: DOL level I wage');
    act(() => (root.querySelector('button[aria-expanded]') as HTMLButtonElement).click());
    expect(text()).toContain('level intern');
    expect(text()).toContain("Department of Labor's level I (entry) prevailing wage");
    // a figure of any other level carries no such label
    render(null, root);
    root.remove();
    const plain = show(okView());
    expect(plain.text()).not.toContain('intern estimate');
  });

  it('says so when there is no data, and shows the posted range labelled as posted', () => {
    const p = { ...posting, postedSalary: { min: 232000, max: 290000, currency: 'USD', period: 'year' as const, flags: [], raw: '$232,000—$290,000 USD' } };
    const { text } = show(noDataView({ status: 'no-data', reason: 'no salaries for this role in India', role: null }, p), p);
    expect(text()).toContain('No salary data for this role here yet');
    expect(text()).toMatch(/Posted: \$232k.\$290k/);
    expect(text()).not.toContain('estimate ~');
  });

  it('calls back on a person\'s click on Check yours, never on a page script\'s', () => {
    const { root, onCheckYours } = show(okView());
    const button = root.querySelector('.pl-check') as HTMLButtonElement;
    // What a page script can do through the open shadow root: untrusted events.
    act(() => button.click());
    act(() => {
      button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    });
    expect(onCheckYours).not.toHaveBeenCalled();
    // A real click (the DOM here cannot make one: mark it as the browser would).
    const real = new MouseEvent('click', { bubbles: true });
    Object.defineProperty(real, 'isTrusted', { value: true });
    act(() => {
      button.dispatchEvent(real);
    });
    expect(onCheckYours).toHaveBeenCalledOnce();
  });

  it('shows nothing derived from the user\'s own salaries (the page can read the badge)', () => {
    const view: BadgeView = { state: 'ok', estimate: { ...estimate, mine: { n: 2 } }, text: badgeText(estimate, posting.postedSalary) };
    const { root, text } = show(view);
    act(() => (root.querySelector('button[aria-expanded]') as HTMLButtonElement).click());
    expect(text()).toContain('based on 540 salaries');
    expect(text()).not.toMatch(/of yours|\+ ?2\b/);
  });

  it('on a listing card with no data, draws only a small labelled dot, no text', () => {
    root = document.createElement('div');
    document.body.append(root);
    const view = noDataView({ status: 'no-data', reason: 'No source in PayLens covers internship pay.', role: null });
    act(() => render(<Badge variant="card" posting={posting} view={view} onCheckYours={vi.fn()} />, root!));
    expect(root.textContent).toBe('');
    const dot = root.querySelector('.pl-dot')!;
    expect(dot.getAttribute('aria-label')).toMatch(/no salary data.*internship pay/i);
    expect(dot.getAttribute('title')).toBe(dot.getAttribute('aria-label'));
    expect(root.querySelector('button')).toBeNull();
  });

  it('renders a hostile title as text, never as markup', () => {
    const evil = { ...posting, postedSalary: { min: null, max: null, currency: null, period: null, flags: [], raw: '<img src=x onerror=alert(1)>' } };
    const { root } = show(noDataView({ status: 'no-data', reason: '<b>x</b>', role: null }, evil), evil);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('b')).toBeNull();
  });

  it('pluralises role families', () => {
    expect(pluralRole('Software Engineer')).toBe('Software Engineers');
    expect(pluralRole('Data Analyst')).toBe('Data Analysts');
    expect(pluralRole('Executive')).toBe('Executives');
    expect(pluralRole('Nurse')).toBe('Nurses');
    expect(pluralRole('Sales')).toBe('Sales');
  });
});

describe('edge numbers never reach the badge text (issue 9)', () => {
  it('formats tiny and huge figures without throwing, and shows no implausible posted pay', async () => {
    const { roundForDisplay } = await import('../../utils/estimate/display');
    expect(() => roundForDisplay(1e-300)).not.toThrow();
    expect(roundForDisplay(1e308)).toBeGreaterThan(0);
    const { normalizePosting } = await import('../../utils/normalize/posting');
    const tiny = normalizePosting({ ...posting, postedSalary: { min: 1e-300, max: 1e-300, currency: 'EUR', period: 'year', flags: [], raw: '' } });
    expect(badgeText(estimate, tiny.postedSalary).posted).toBeNull();
  });
});
