/**
 * Issue 9, "the page's reach": in real Chromium, what a job page's content-script context can
 * ask the background for, and what of the user's own data reaches the page's DOM.
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandedText, settledBadge, startHarness, type Harness } from './harness';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

/** Send a PayLens message the way @webext-core/messaging does, from `expression`'s context. */
const SEND = (type: string, data: unknown) =>
  `new Promise((done) => chrome.runtime.sendMessage({ id: 1, type: ${JSON.stringify(type)}, data: ${JSON.stringify(data) ?? 'undefined'}, timestamp: Date.now() }, (r) => done(r ?? { err: String(chrome.runtime.lastError?.message) })))`;

/** The content script's isolated world on a page (found through CDP). */
async function contentScriptWorld(page: Page): Promise<{ cdp: CDPSession; send(type: string, data?: unknown): Promise<unknown> }> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { type?: string; isDefault?: boolean } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await cdp.send('Runtime.enable');
  const world = contexts.find((c) => c.origin.startsWith(`chrome-extension://${h.browser.extensionId}`) && c.auxData?.type === 'isolated');
  if (!world) throw new Error(`no content-script world on ${page.url()}: ${JSON.stringify(contexts)}`);
  return {
    cdp,
    async send(type, data) {
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression: SEND(type, data), contextId: world.id, awaitPromise: true, returnByValue: true });
      if (exceptionDetails) throw new Error(exceptionDetails.text);
      return (result.value as { res?: unknown }).res;
    },
  };
}

const submission = {
  clientId: '2f6d1c7e-5b0a-4a53-9d1e-1a2b3c4d5e6f',
  title: 'Senior Software Engineer',
  company: null,
  location: 'Bengaluru, India',
  level: 'unknown',
  base: 9_000_000,
  total: null,
  currency: 'INR',
  period: 'year',
  yearsExperience: 7,
  jobKey: null,
};

describe("the page's reach (real Chromium)", () => {
  it("a job page's content-script context cannot list, delete or add the user's salaries", async () => {
    const popup = await h.browser.context.newPage();
    await popup.goto(`chrome-extension://${h.browser.extensionId}/popup.html`);
    const saved = (await popup.evaluate(SEND('submitSalary', submission))) as { res: { ok: boolean; value: { id: string } } };
    expect(saved.res.ok).toBe(true);

    const page = await h.browser.context.newPage();
    await page.goto('https://boards.greenhouse.io/ridgeline/jobs/4012345');
    await settledBadge(page, 'greenhouse:4012345');
    const content = await contentScriptWorld(page);
    for (const [type, data] of [
      ['listSubmissions', undefined],
      ['deleteSubmission', saved.res.value.id],
      ['submitSalary', { ...submission, clientId: 'a-second-entry-from-a-page' }],
      ['takePrefill', undefined],
    ] as const) {
      const answer = (await content.send(type, data)) as { ok: boolean; error?: { message: string } };
      expect(answer.ok, type).toBe(false);
      expect(answer.error?.message).toMatch(/only for PayLens's own pages/);
    }
    // the estimate is still answered there
    expect(((await content.send('getEstimate', undefined)) as { ok: boolean }).ok).toBe(false); // a bad payload, answered
    await content.cdp.detach();

    const list = (await popup.evaluate(SEND('listSubmissions', undefined))) as { res: { ok: boolean; value: { title: string }[] } };
    expect(list.res.value.map((s) => s.title)).toEqual(['Senior Software Engineer']);
    await page.close();
    await popup.close();
  });

  it("nothing derived from the user's salaries is drawn where the page can read it; the popup has it", async () => {
    const page = await h.browser.context.newPage();
    await page.goto('https://boards.greenhouse.io/ridgeline/jobs/4012345');
    const badge = await settledBadge(page, 'greenhouse:4012345');
    const text = await expandedText(badge);
    expect(text).toMatch(/Software Engineers/);
    expect(text.replace(/Check yours|Add yours/g, '')).not.toMatch(/yours/i);

    // the same posting asked from an extension page counts the user's matching salary apart
    const popup = await h.browser.context.newPage();
    await popup.goto(`chrome-extension://${h.browser.extensionId}/popup.html`);
    const posting = await page.evaluate(() => {
      const ld = JSON.parse(document.querySelector('script[type="application/ld+json"]')!.textContent!);
      return {
        site: 'greenhouse',
        siteCountry: null,
        jobKey: 'greenhouse:4012345',
        url: location.href,
        title: ld.title,
        company: ld.hiringOrganization.name,
        location: ld.jobLocation.address.addressLocality,
        locations: [ld.jobLocation.address.addressLocality],
        mode: null,
        postedSalary: null,
        employmentType: null,
        datePosted: null,
        source: 'json-ld',
      };
    });
    const answer = (await popup.evaluate(SEND('getEstimate', posting))) as { res: { ok: boolean; value: { estimate: { mine: unknown } } } };
    expect(answer.res.ok).toBe(true);
    expect(answer.res.value.estimate.mine).toEqual({ n: 1 });
    await popup.close();
    await page.close();
  });
});
