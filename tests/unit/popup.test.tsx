import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RangeBar } from '../../components/RangeBar';
import { compareSentence, Popup } from '../../entrypoints/popup/Popup';
import { handle, MESSAGE_NAMES, rememberTabPosting } from '../../utils/handlers';
import { onMessage } from '../../utils/messaging';
import type { EstimateOk, JobPosting } from '../../utils/schemas';
import { popupSender } from './helpers/senders';

const estimate: EstimateOk = {
  status: 'ok',
  p25: 2_000_000,
  p50: 2_600_000,
  p75: 3_300_000,
  currency: 'INR',
  period: 'year',
  basis: 'base',
  n: 87,
  figures: 'salaries',
  scope: { kind: 'metro', tier: 2, label: 'in Bengaluru' },
  role: { family: 'Software Engineer', specialization: null, level: 'senior' },
  sources: [],
  asOf: '2026-01-01',
  ratesAsOf: '2026-04-13',
  confidence: 'medium',
  verdict: null,
  mine: null,
};

describe('compare', () => {
  it('says where the pay falls, in words people use', () => {
    expect(compareSentence({ estimate, position: { pay: 2_132_000, pctFromMedian: -18, percentile: 30, basis: 'base' } })).toBe(
      'You are paid 18% below the market median for Senior Software Engineers in Bengaluru (p30).',
    );
    expect(
      compareSentence({
        estimate: { ...estimate, scope: { ...estimate.scope, label: 'industry-wide' }, role: { ...estimate.role, level: 'unknown' } },
        position: { pay: 1, pctFromMedian: 12, percentile: 66, basis: 'base' },
      }),
    ).toBe('You are paid 12% above the market median for Software Engineers (industry-wide) (p66).');
  });
});

describe('range bar', () => {
  it('draws the band, the median, the posted range and your pay on one scale, and describes it', () => {
    const root = document.createElement('div');
    render(
      <RangeBar
        p25={100}
        p50={150}
        p75={200}
        posted={{ min: 60, max: 90 }}
        mine={250}
        format={(x) => `$${x}k`}
        labels={{ band: 'Middle half', median: 'Median', posted: 'Posted range', mine: 'You' }}
        summary="summary text"
      />,
      root,
    );
    const left = (sel: string) => parseFloat((root.querySelector(sel) as HTMLElement).style.left);
    // posted range below the band, your pay above it, the median inside the band
    expect(left('[data-testid="range-posted"]')).toBeLessThan(left('.rb-band'));
    expect(left('[data-testid="range-mine"]')).toBeGreaterThan(left('.rb-median'));
    expect(left('.rb-median')).toBeGreaterThan(left('.rb-band'));
    expect(root.querySelector('[role="img"]')!.getAttribute('aria-label')).toBe('summary text');
    expect(root.textContent).toContain('Middle half $100k–$200k');
  });
});

describe('popup', () => {
  let root: HTMLElement;
  const off: (() => void)[] = [];
  const posting: JobPosting = {
    site: 'greenhouse',
    jobKey: 'greenhouse:77',
    url: 'https://boards.greenhouse.io/acme/jobs/77',
    title: 'Senior Backend Engineer',
    company: 'Acme',
    location: 'Bengaluru',
    locations: ['Bengaluru'],
    mode: null,
    postedSalary: null,
    employmentType: null,
    datePosted: null,
    source: 'json-ld',
  };
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
    // the background, answering as it does for the popup
    for (const name of MESSAGE_NAMES) {
      if (name === 'getEstimate' || name === 'compareSalary') continue;
      off.push(onMessage(name, ({ data }) => handle(name, data, popupSender()) as never));
    }
    off.push(onMessage('getEstimate', () => ({ ok: true, value: { estimate, text: { figure: '₹26 LPA', band: '₹20–33 LPA', posted: null } } })));
    off.push(
      onMessage('compareSalary', () => ({ ok: true, value: { estimate, position: { pay: 2_132_000, pctFromMedian: -18, percentile: 30, basis: 'base' } } })),
    );
  });
  afterEach(() => {
    render(null, root);
    root.remove();
    off.splice(0).forEach((f) => f());
  });
  const settle = async () => {
    for (let i = 0; i < 8; i++) await act(() => new Promise((r) => setTimeout(r, 5)));
  };

  it("shows the current tab's posting with its estimate and bar, and prefills the form from it", async () => {
    const tab = await fakeBrowser.tabs.create({ url: posting.url, active: true });
    await rememberTabPosting({ id: fakeBrowser.runtime.id, url: posting.url, tab: { id: tab.id!, url: posting.url } }, posting);
    history.replaceState(null, '', `/popup.html?tab=${tab.id}`);
    await act(() => render(<Popup />, root));
    await settle();
    const card = root.querySelector('[data-testid="posting"]')!;
    expect(card.textContent).toContain('Senior Backend Engineer');
    expect(card.textContent).toContain('Estimate for Senior Software Engineers (in Bengaluru): ~₹26 LPA');
    expect(card.querySelector('[data-testid="range-bar"]')).not.toBeNull();
    expect(root.querySelector<HTMLInputElement>('input[name="title"]')!.value).toBe('Senior Backend Engineer');
    expect(root.querySelector<HTMLInputElement>('input[name="company"]')!.value).toBe('Acme');
  });

  it('says the site is switched off, with the button that turns it back on', async () => {
    await handle('getDatasetInfo', undefined, popupSender());
    const { updateSettings, getSettings } = await import('../../utils/settings');
    await updateSettings({ sites: { greenhouse: false } });
    const tab = await fakeBrowser.tabs.create({ url: posting.url, active: true });
    history.replaceState(null, '', `/popup.html?tab=${tab.id}`);
    await act(() => render(<Popup />, root));
    await settle();
    const none = root.querySelector('[data-testid="no-posting"]')!;
    expect(none.getAttribute('data-reason')).toBe('site-off');
    expect(none.textContent).toContain('PayLens is turned off on Greenhouse.');
    await act(() => {
      none.querySelector('button')!.click();
    });
    await settle();
    expect((await getSettings()).sites.greenhouse).toBe(true);
  });

  it('on a hidden host says PayLens is hidden there, and "Show PayLens here again" (a person\'s click only) shows it again', async () => {
    const { updateSettings, getSettings } = await import('../../utils/settings');
    await updateSettings({ hiddenHosts: ['jobs.example.com', 'careers.example.org'] });
    const url = 'https://jobs.example.com/openings/42';
    const tab = await fakeBrowser.tabs.create({ url, active: true });
    history.replaceState(null, '', `/popup.html?tab=${tab.id}`);
    await act(() => render(<Popup />, root));
    await settle();
    const none = root.querySelector('[data-testid="no-posting"]')!;
    expect(none.getAttribute('data-reason')).toBe('host-hidden');
    expect(none.textContent).toContain('PayLens is hidden on this site (jobs.example.com).');
    const button = none.querySelector('button')!;
    expect(button.textContent).toBe('Show PayLens here again');
    // a script's click changes nothing
    await act(() => {
      button.click();
    });
    await settle();
    expect((await getSettings()).hiddenHosts).toEqual(['jobs.example.com', 'careers.example.org']);
    await act(() => {
      const click = new MouseEvent('click', { bubbles: true });
      Object.defineProperty(click, 'isTrusted', { value: true });
      button.dispatchEvent(click);
    });
    await settle();
    expect((await getSettings()).hiddenHosts).toEqual(['careers.example.org']);
    expect(root.querySelector('[data-testid="no-posting"]')?.getAttribute('data-reason')).not.toBe('host-hidden');
  });

  it('saves a salary typed with the keyboard, shows the errors at their fields first, then the comparison', async () => {
    history.replaceState(null, '', '/popup.html?tab=999');
    await act(() => render(<Popup />, root));
    await settle();
    const form = root.querySelector('form')!;
    const type = (name: string, value: string) => {
      const input = form.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    };
    await act(() => {
      type('title', 'Senior Software Engineer');
      type('base', 'lots');
    });
    await act(() => {
      form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await settle();
    const base = form.querySelector<HTMLInputElement>('[name="base"]')!;
    expect(base.getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector(`#${base.getAttribute('aria-describedby')}`)!.textContent).toBe('Enter a number, like 1800000 or 18,00,000.');
    expect(document.activeElement).toBe(base);

    await act(() => {
      type('base', '2132000');
      const currency = form.querySelector<HTMLSelectElement>('[name="currency"]')!;
      currency.value = 'INR';
      currency.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await act(() => {
      form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await settle();
    expect(root.querySelector('[data-testid="comparison"]')!.textContent).toContain(
      'You are paid 18% below the market median for Senior Software Engineers in Bengaluru (p30).',
    );
    expect(root.querySelector('.submissions')!.textContent).toContain('Senior Software Engineer');
    expect(root.textContent).toContain('You have saved 1 salary in this browser.');
  });
});
