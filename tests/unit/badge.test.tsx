import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import de from '../../public/_locales/de/messages.json';
import { Badge, pluralRole, type BadgeView, type Hide } from '../../components/Badge';
import { renderDetails } from '../../components/BadgeDetails';
import { extras } from './helpers/fake-extras';
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
const loadDetails = () => Promise.resolve(renderDetails);
function show(view: BadgeView, p: JobPosting = posting, onCheckYours = vi.fn(), extra: { badgeStyle?: 'full' | 'compact'; hide?: Hide } = {}) {
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(<Badge variant="full" posting={p} view={view} onCheckYours={onCheckYours} loadDetails={loadDetails} {...extra} />, root!));
  return { root, text: () => root!.textContent!.replace(/\s+/g, ' ').trim(), onCheckYours };
}

/** A click or key as the browser makes it for a person (isTrusted), which the DOM here cannot. */
function trustedEvent<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

async function open(r: HTMLElement) {
  await act(async () => {
    (r.querySelector('button[aria-expanded]') as HTMLButtonElement).click();
    await Promise.resolve();
  });
}

afterEach(() => {
  if (root) render(null, root);
  root?.remove();
});

const withPosted = (min: number, max: number): JobPosting => ({
  ...posting,
  postedSalary: { min, max, currency: 'INR', period: 'year', flags: [], raw: `${min}-${max}` },
});

describe('Badge', () => {
  it('reads like the product: figure, role with its level, scope, evidence, Check yours', () => {
    const { text } = show(okView());
    expect(text()).toBe('PayLens estimate ~₹19.5 LPA for mid-level Software Engineers (industry-wide) · based on 540 salaries · Details · Check yours');
  });

  it('says on the line how a published range compares with the market', () => {
    const p = withPosted(2_300_000, 2_700_000);
    const view: BadgeView = { state: 'ok', estimate: { ...estimate, verdict: { midpointPct: 28.2, position: 'above' } }, text: badgeText(estimate, p.postedSalary) };
    const { text } = show(view, p);
    expect(text()).toMatch(/· posted ₹23.27 LPA · 28% above market · Details/);
  });

  it('expands to the band on a bar, what the figure is for, how far it backed off, basis, other locations and dated sources', async () => {
    const p = withPosted(1_000_000, 1_200_000);
    const view: BadgeView = { state: 'ok', estimate: { ...estimate, verdict: { midpointPct: -43.6, position: 'below' } }, text: badgeText(estimate, p.postedSalary) };
    const { root, text } = show(view, p);
    await open(root);
    const details = root.querySelector('[data-testid="badge-details"]')!;
    expect(details).not.toBeNull();
    expect(root.querySelector('button[aria-expanded]')!.getAttribute('aria-expanded')).toBe('true');
    expect(root.querySelector('.rb-track')!.getAttribute('aria-label')).toBe('The middle half of salaries runs from ₹14.5 LPA to ₹26 LPA, with the median at ₹19.5 LPA.');
    // the posted range drawn on the same scale, left of the band
    const left = (sel: string) => parseFloat((root.querySelector(sel) as HTMLElement).style.left);
    expect(left('.rb-posted')).toBeLessThan(left('.rb-band'));
    expect(text()).toContain('Posted by the employer: ₹10');
    expect(text()).toContain('44% below market');
    expect(text()).toContain('Role: Software Engineer (Backend) · Level: Mid level · Company: all employers (no figures for Ridgeline) · Place: industry-wide');
    expect(text()).toContain('Backed off 2 steps to find enough data.');
    expect(text()).toContain('Base pay (without bonus or equity)');
    expect(text()).toContain('the posting also lists Pune');
    expect(text()).toContain('Stack Overflow Developer Survey (2024, ODbL)');
    expect(text()).toContain('Figures as of 2026-01-01; exchange rates as of 2026-04-13.');
  });

  it('labels an intern figure as an intern estimate and says which rule made it', async () => {
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
    expect(text()).toContain('(in the Seattle area) · intern estimate: DOL level I wage');
    await open(root);
    expect(text()).toContain("Department of Labor's level I (entry) prevailing wage");
    // a figure of any other level carries no such label
    render(null, root);
    root.remove();
    const plain = show(okView());
    expect(plain.text()).not.toContain('intern estimate');
  });

  it('closes the card on Escape (focus back on its button) and on a click outside', async () => {
    const { root } = show(okView());
    await open(root);
    const toggle = root.querySelector('button[aria-expanded]') as HTMLButtonElement;
    act(() => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(root.querySelector('[data-testid="badge-details"]')).toBeNull();
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle);
    await open(root);
    expect(root.querySelector('[data-testid="badge-details"]')).not.toBeNull();
    // a click on the card itself keeps it open; one elsewhere on the page closes it
    act(() => {
      root!.querySelector('[data-testid="badge-details"]')!.dispatchEvent(new Event('pointerdown', { bubbles: true, composed: true }));
    });
    expect(root.querySelector('[data-testid="badge-details"]')).not.toBeNull();
    act(() => {
      document.body.dispatchEvent(new Event('pointerdown', { bubbles: true, composed: true }));
    });
    expect(root.querySelector('[data-testid="badge-details"]')).toBeNull();
  });

  it('offers "Hide on <site>" in the card on a known site, saying it is the whole site, to a person\'s click only', async () => {
    const run = vi.fn();
    const { root } = show(okView(), posting, vi.fn(), { hide: { where: { site: 'greenhouse' }, run } });
    await open(root);
    const hide = root.querySelector('.pl-hide') as HTMLButtonElement;
    expect(hide.textContent).toBe('Hide on Greenhouse');
    // what it does, said beside it and tied to the button for screen readers
    const hint = root.querySelector(`#${hide.getAttribute('aria-describedby')}`);
    expect(hint?.textContent).toBe('Turns PayLens off on every Greenhouse page; turn it back on in settings.');
    act(() => hide.click());
    expect(run).not.toHaveBeenCalled();
    act(() => {
      hide.dispatchEvent(trustedEvent(new MouseEvent('click', { bubbles: true })));
    });
    expect(run).toHaveBeenCalledOnce();
  });

  it('offers "Hide on <host>" on a page the all-sites reader found (no site switch there), to a person\'s click only', async () => {
    const run = vi.fn();
    const career = { ...posting, site: 'generic', jobKey: 'generic:jobs.example.com/1', url: 'https://jobs.example.com/1' };
    const { root } = show(okView(career), career, vi.fn(), { hide: { where: { host: 'jobs.example.com' }, run } });
    await open(root);
    const hide = root.querySelector('.pl-hide') as HTMLButtonElement;
    expect(hide.textContent).toBe('Hide on jobs.example.com');
    expect(root.textContent).toContain('On this site only; show it again from the PayLens popup or settings.');
    act(() => hide.click());
    expect(run).not.toHaveBeenCalled();
    act(() => {
      hide.dispatchEvent(trustedEvent(new MouseEvent('click', { bubbles: true })));
    });
    expect(run).toHaveBeenCalledOnce();
  });

  it('offers no hiding when the page loop gives no way to hide', async () => {
    const { root } = show(okView());
    await open(root);
    expect(root.querySelector('[data-testid="badge-details"]')).not.toBeNull();
    expect(root.querySelector('.pl-hide')).toBeNull();
  });

  it('in the compact style shows the figure and the way to the details only', async () => {
    const { root, text } = show(okView(), posting, vi.fn(), { badgeStyle: 'compact' });
    expect(text()).toBe('PayLens ~₹19.5 LPA · Details');
    await open(root);
    expect(text()).toContain('Backed off 2 steps');
  });

  it('says when the salary data is still being prepared, and offers a retry after a failure', () => {
    expect(show({ state: 'loading', preparing: true }).text()).toBe('PayLens preparing salary data…');
    render(null, root!);
    const retry = vi.fn();
    const { root: r, text } = show({ state: 'error', message: 'x', retry });
    expect(text()).toBe('PayLens could not estimate this posting · Retry');
    act(() => {
      r.querySelector('.pl-retry')!.dispatchEvent(trustedEvent(new MouseEvent('click', { bubbles: true })));
    });
    expect(retry).toHaveBeenCalledOnce();
  });

  it('is translated (German), counts through the plural rules', () => {
    extras.messages = de as Record<string, { message: string }>;
    extras.uiLanguage = 'de';
    const { text } = show({ state: 'ok', estimate: { ...estimate, n: 1 }, text: badgeText(estimate, null) });
    expect(text()).toBe('PayLens-Schätzung ~₹19.5 LPA für Software Engineers (mittlere Stufe) (industry-wide) · auf Grundlage von 1 Gehalt · Details · Ihres prüfen');
  });

  it('says so when there is no data, shows the posted range labelled as posted, and offers Add yours', () => {
    const p = { ...posting, postedSalary: { min: 232000, max: 290000, currency: 'USD', period: 'year' as const, flags: [], raw: '$232,000—$290,000 USD' } };
    const { text } = show(noDataView({ status: 'no-data', reason: 'no salaries for this role in India', role: null }, p), p);
    expect(text()).toContain('No salary data for this role here yet');
    expect(text()).toMatch(/Posted by the employer: \$232k.\$290k · Add yours$/);
    expect(text()).not.toContain('estimate ~');
  });

  it('with no data on a page the all-sites reader found, offers "Hide on <host>" on the line (no card to open), to a person\'s click only', () => {
    const run = vi.fn();
    const none = noDataView({ status: 'no-data', reason: 'no salaries for this role here', role: null });
    const { root, text } = show(none, posting, vi.fn(), { hide: { where: { host: 'jobs.example.com' }, run } });
    expect(text()).toMatch(/Add yours · Hide on jobs\.example\.com$/);
    const hide = root.querySelector('.pl-hide') as HTMLButtonElement;
    act(() => hide.click());
    expect(run).not.toHaveBeenCalled();
    act(() => {
      hide.dispatchEvent(trustedEvent(new MouseEvent('click', { bubbles: true })));
    });
    expect(run).toHaveBeenCalledOnce();
    // a known site's switch stays in the details card and options (the line names no site)
    render(null, root);
    root.remove();
    const known = show(none, posting, vi.fn(), { hide: { where: { site: 'greenhouse' }, run } });
    expect(known.root.querySelector('.pl-hide')).toBeNull();
  });

  it('on a listing card shows the median, and a marker when the posted range sits below the band', () => {
    root = document.createElement('div');
    document.body.append(root);
    const below: BadgeView = { state: 'ok', estimate: { ...estimate, verdict: { midpointPct: -30, position: 'below' } }, text: badgeText(estimate, null) };
    act(() => render(<Badge variant="card" posting={posting} view={okView()} />, root!));
    expect(root.textContent!.trim()).toBe('PayLens ~₹19.5 LPA');
    // what the figure is for is in its name and tooltip
    expect(root.querySelector('[role="group"]')!.getAttribute('aria-label')).toBe('PayLens estimate ~₹19.5 LPA for mid-level Software Engineers (industry-wide)');
    expect(root.querySelector('.pl-below')).toBeNull();
    act(() => render(<Badge variant="card" posting={posting} view={below} />, root!));
    expect(root.querySelector('.pl-below')!.getAttribute('aria-label')).toBe('posted range below the market band');
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
    act(() => {
      button.dispatchEvent(trustedEvent(new MouseEvent('click', { bubbles: true })));
    });
    expect(onCheckYours).toHaveBeenCalledOnce();
  });

  it('shows nothing derived from the user\'s own salaries (the page can read the badge)', async () => {
    const view: BadgeView = { state: 'ok', estimate: { ...estimate, mine: { n: 2 } }, text: badgeText(estimate, posting.postedSalary) };
    const { root, text } = show(view);
    await open(root);
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
