import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Options } from '../../entrypoints/options/Options';
import { DISPLAY_CURRENCIES } from '../../utils/currencies';
import { onMessage } from '../../utils/messaging';
import { getSettings } from '../../utils/settings';

let root: HTMLElement;
const unlisten: (() => void)[] = [];

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  unlisten.push(
    onMessage('listSubmissions', () => ({ ok: true, value: [] })),
    onMessage('getDatasetInfo', () => ({
      ok: true,
      value: {
        version: 'v-test',
        installedAt: '2026-11-01T00:00:00Z',
        cells: 1,
        asOf: '2026-01-01',
        ratesAsOf: '2026-04-13',
        sources: [{ name: 'A survey', year: 2025, licence: 'CC0', url: 'https://example.org/s' }],
      },
    })),
  );
});
afterEach(() => {
  render(null, root);
  root.remove();
  unlisten.splice(0).forEach((f) => f());
});

const settle = async () => {
  for (let i = 0; i < 5; i++) await act(() => new Promise((r) => setTimeout(r, 5)));
};

describe('options page', () => {
  it('groups the sites under the names people know, one switch each', async () => {
    await act(() => render(<Options />, root));
    await settle();
    const legends = [...root.querySelectorAll('legend')].map((l) => l.textContent);
    expect(legends).toEqual(expect.arrayContaining(['Job boards', 'Applicant-tracking systems', 'Company career sites']));
    const boards = [...root.querySelectorAll('fieldset')].find((f) => f.querySelector('legend')?.textContent === 'Job boards')!;
    expect(boards.textContent).toContain('Welcome to the Jungle');
    expect(boards.textContent).not.toContain('welcometothejungle');
    const ats = [...root.querySelectorAll('fieldset')].find((f) => f.querySelector('legend')?.textContent === 'Applicant-tracking systems')!;
    expect(ats.textContent).toContain('Zoho Recruit');
    expect(root.querySelectorAll('input[role="switch"][name^="site-"]').length).toBeGreaterThan(30);

    const jungle = root.querySelector<HTMLInputElement>('input[name="site-welcometothejungle"]')!;
    expect(jungle.checked).toBe(true);
    await act(() => {
      jungle.click();
    });
    await settle();
    expect((await getSettings()).sites.welcometothejungle).toBe(false);
  });

  it('lists the hidden hosts, each with "Show again" (a person\'s click only); focus moves on to the next one', async () => {
    const { updateSettings } = await import('../../utils/settings');
    await act(() => render(<Options />, root));
    await settle();
    const section = () => root.querySelector('[data-testid="hidden-hosts"]')!;
    expect(section().querySelector('h3')!.textContent).toBe('Hidden sites');
    expect(section().textContent).toContain('None.');
    // hidden from a badge meanwhile: the open page follows the setting
    await updateSettings({ hiddenHosts: ['jobs.example.com', 'careers.example.org'] });
    await settle();
    const rows = () => [...section().querySelectorAll('li')].map((li) => li.textContent);
    expect(rows()).toEqual(['jobs.example.com Show again', 'careers.example.org Show again']);
    const first = section().querySelector('button')!;
    expect(first.getAttribute('aria-label')).toBe('Show again on jobs.example.com');
    await act(() => {
      first.click();
    });
    await settle();
    expect((await getSettings()).hiddenHosts).toEqual(['jobs.example.com', 'careers.example.org']);
    first.focus();
    await act(() => {
      const click = new MouseEvent('click', { bubbles: true });
      Object.defineProperty(click, 'isTrusted', { value: true });
      first.dispatchEvent(click);
    });
    await settle();
    expect((await getSettings()).hiddenHosts).toEqual(['careers.example.org']);
    expect(rows()).toEqual(['careers.example.org Show again']);
    expect(root.textContent).toContain('PayLens shows on jobs.example.com again.');
    // the keyboard focus is on the next row's button, not lost
    expect(document.activeElement).toBe(section().querySelector('button'));
  });

  it('offers every currency that has a rate, by name, and saves the choice, Indian format and badge style', async () => {
    await act(() => render(<Options />, root));
    await settle();
    const select = root.querySelector<HTMLSelectElement>('select[name="displayCurrency"]')!;
    const options = [...select.options];
    expect(options.length).toBe(DISPLAY_CURRENCIES.length + 1);
    expect(DISPLAY_CURRENCIES.length).toBeGreaterThan(25);
    expect(options.map((o) => o.textContent)).toContain('Indian Rupee (INR)');
    expect(options[0]!.textContent).toMatch(/^Automatic/);
    select.value = 'TWD';
    await act(() => {
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect((await getSettings()).displayCurrency).toBe('TWD');

    await act(() => {
      root.querySelector<HTMLInputElement>('input[name="indianFormat"]')!.click();
      root.querySelector<HTMLInputElement>('input[name="badgeStyle"][value="compact"]')!.click();
    });
    await settle();
    expect(await getSettings()).toMatchObject({ indianFormat: false, badgeStyle: 'compact' });
  });

  it("shows the dataset's version, dates, sources and licences", async () => {
    await act(() => render(<Options />, root));
    await settle();
    const text = root.textContent!;
    expect(text).toContain('v-test');
    expect(text).toContain('A survey');
    expect(text).toContain('CC0');
    expect(text).toMatch(/Figures as of\s*Jan 1, 2026/);
  });
});

describe('turning sharing on (Firefox)', () => {
  beforeEach(() => {
    // the Firefox build: sharing asks for the data-collection permissions the manifest declares optional
    vi.stubEnv('BROWSER', 'firefox');
    unlisten.push(onMessage('getSharingPreview', () => ({ ok: true, value: { serviceUrl: 'http://localhost:8787', records: [] } })));
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  const turnOn = async () => {
    await act(() => render(<Options />, root));
    await settle();
    const toggle = root.querySelector<HTMLInputElement>('input[name="sharing"]')!;
    expect(toggle.checked).toBe(false);
    await act(() => {
      toggle.click();
    });
    await settle();
    return toggle;
  };

  it('asks for the service address and the data collection from the click; a refusal leaves sharing off and says why', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false as never);
    const toggle = await turnOn();
    expect(request).toHaveBeenCalledTimes(1);
    expect(request).toHaveBeenCalledWith({ origins: ['http://localhost:8787/*'], data_collection: ['financialAndPaymentInfo', 'browsingActivity'] });
    expect((await getSettings()).sharing).toBe(false);
    expect(toggle.checked).toBe(false);
    expect([...root.querySelectorAll('[role="status"]')].map((s) => s.textContent).join(' ')).toMatch(/Sharing stays off/);
  });

  it('a prompt that fails (no user gesture, unknown permission) leaves sharing off too', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockRejectedValue(new Error('permissions.request may only be called from a user input handler'));
    const toggle = await turnOn();
    expect((await getSettings()).sharing).toBe(false);
    expect(toggle.checked).toBe(false);
  });

  it('granted, sharing is on', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true as never);
    const toggle = await turnOn();
    expect((await getSettings()).sharing).toBe(true);
    expect(toggle.checked).toBe(true);
  });
});
