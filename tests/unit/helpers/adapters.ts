/** Run one site adapter on one of our fixture pages, checking what every adapter must honour. */
import { expect } from 'vitest';
import { withPostedPay } from '../../../utils/normalize/posted-pay';
import { JobPosting } from '../../../utils/schemas';
import { resolveAdapter } from '../../../utils/sites/registry';
import type { JobCard, SiteAdapter } from '../../../utils/sites/types';
import { fixtureDoc } from './fixtures';

/**
 * The posting on a job page: the adapter resolves for the URL, its `ready` and `anchor` match, the
 * output validates; returned as the badge gets it (its pay texts read in the background).
 */
export function extractJob(adapter: SiteAdapter, href: string): JobPosting {
  const url = new URL(href);
  const doc = fixtureDoc(href);
  expect(resolveAdapter(url)?.id, `resolveAdapter(${href})`).toBe(adapter.id);
  expect(adapter.isJobPage(url)).toBe(true);
  expect(doc.querySelector(adapter.ready), `ready "${adapter.ready}"`).not.toBeNull();
  expect(doc.querySelector(adapter.anchor), `anchor "${adapter.anchor}"`).not.toBeNull();
  const posting = adapter.extract(doc, url);
  expect(posting).not.toBeNull();
  const checked = JobPosting.safeParse(posting);
  expect(checked.success, JSON.stringify(checked.error?.issues)).toBe(true);
  expect(posting!.jobKey).toBe(adapter.jobKey(url, doc));
  return withPostedPay(posting!);
}

/**
 * The cards on a listing page: every card validates, its anchor is in the page, and reading the
 * cards one by one (cardSelector + extractCard, as the content script does for added nodes)
 * finds the same postings as extractCards. Returned as the badges get them (pay texts read in
 * the background).
 */
export function extractListing(adapter: SiteAdapter, href: string, options: { resolve?: boolean } = {}): JobCard[] {
  const url = new URL(href);
  const doc = fixtureDoc(href);
  if (options.resolve !== false) {
    expect(resolveAdapter(url)?.id, `resolveAdapter(${href})`).toBe(adapter.id);
    expect(adapter.isListingPage(url)).toBe(true);
  }
  const cards = adapter.extractCards!(doc, url);
  for (const card of cards) {
    const checked = JobPosting.safeParse(card.posting);
    expect(checked.success, JSON.stringify(checked.error?.issues)).toBe(true);
    expect(doc.contains(card.anchor)).toBe(true);
  }
  if (adapter.cardSelector && adapter.extractCard) {
    const oneByOne = Array.from(doc.querySelectorAll(adapter.cardSelector))
      .map((el) => adapter.extractCard!(el, url)?.posting.jobKey)
      .filter((k): k is string => !!k);
    expect([...new Set(oneByOne)]).toEqual(cards.map((c) => c.posting.jobKey));
  }
  return cards.map((card) => ({ ...card, posting: withPostedPay(card.posting) }));
}

/** The fields a card shows, for compact expectations. */
export function cardSummary(card: JobCard) {
  const { jobKey, title, company, location, mode } = card.posting;
  return { jobKey, title, company, location, mode, anchor: card.anchor.textContent?.trim() };
}

/** A posting (or null) as the badge gets it: its pay texts read in the background (withPostedPay). */
export function readPay<P extends JobPosting | null | undefined>(posting: P): P {
  return (posting ? withPostedPay(posting) : posting) as P;
}
