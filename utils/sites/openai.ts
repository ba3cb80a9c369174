/**
 * OpenAI careers: openai.com/careers/<slug>/ (a posting; applications go to Ashby,
 * jobs.ashbyhq.com/openai/<uuid>, which the Ashby adapter reads), the search /careers/search/.
 * The page shows the team and location under the title ("Applied AI Engineering - San Francisco")
 * and the pay as "$230K – $385K • Offers Equity". Other pages under /careers/ (life at OpenAI,
 * benefits…) share the URL shape, so a page counts as a posting only when it links to its Ashby
 * application or carries a JobPosting.
 *
 * Built from knowledge of the site (Next.js pages: main h1, the team/location line after it, a
 * compensation block, search results as links to /careers/<slug>/). No real page was saved.
 */
import type { JobPosting } from '../schemas';
import { adapterShell, assemblePosting, fieldByLabel, hrefOf, labelledFields, modeFromLabels, splitLocations } from './fields';
import { cleanText, textOf } from './dom';
import { jsonLdPosting } from './structured-data';
import type { JobCard, SiteAdapter } from './types';

const HOST = 'openai.com';
const JOB_PATH = /^\/careers\/([a-z0-9][a-z0-9-]{1,150})\/?$/;
const LIST_PATH = /^\/careers\/search\/?$/;
/** pages under /careers/ that are not postings */
const NOT_POSTINGS = new Set(['search', 'life-at-openai', 'benefits', 'interview-guide', 'diversity', 'inclusion', 'faq']);
const PAY = /[$€£₹]\s?\d/;

const SELECTORS = {
  title: ['main h1', 'h1'],
  apply: ['a[href*="jobs.ashbyhq.com/openai"]', 'a[href*="ashbyhq.com"]'],
} as const;
const CARD_SELECTOR = 'a[href^="/careers/"], a[href^="https://openai.com/careers/"]';

function slugOf(url: URL): string | null {
  if (url.hostname !== HOST && url.hostname !== 'www.openai.com') return null;
  const m = JOB_PATH.exec(url.pathname);
  return m && !NOT_POSTINGS.has(m[1]!) ? m[1]! : null;
}

/** The short texts right after the title: "<Team> - <Location>", the pay line, labels. */
function headerLines(title: Element): string[] {
  const lines: string[] = [];
  let el: Element | null = title.nextElementSibling ?? title.parentElement?.nextElementSibling ?? null;
  for (let i = 0; el && i < 6; i++, el = el.nextElementSibling) {
    const text = cleanText(el.textContent, 300);
    if (text && text.length <= 200) lines.push(text);
  }
  return lines;
}

export function extractOpenAiCard(link: Element, url: URL): JobCard | null {
  const target = hrefOf(link, url);
  const slug = target ? slugOf(target) : null;
  const titleEl = link.querySelector('h2, h3, [class*="title"]') ?? link;
  const title = cleanText(titleEl.textContent, 300);
  if (!slug || !title) return null;
  const meta = cleanText(link.querySelector('p, span:last-child')?.textContent, 300);
  const location = meta && meta !== title ? (meta.split(/\s+-\s+/).pop() ?? null) : null;
  const posting = assemblePosting({
    site: 'openai',
    jobKey: `openai:${slug}`,
    url: target!.href,
    title,
    company: 'OpenAI',
    location,
    locations: splitLocations(location),
  });
  return posting ? { posting, anchor: titleEl } : null;
}

export const openai: SiteAdapter = adapterShell({
  id: 'openai',
  matches: ['https://openai.com/careers/*'],
  isListingPage: (url) => (url.hostname === HOST || url.hostname === 'www.openai.com') && LIST_PATH.test(url.pathname),
  jobKey: (url) => {
    const slug = slugOf(url);
    return slug ? `openai:${slug}` : null;
  },
  ready: 'main h1',
  anchor: 'main h1',
  cardSelector: CARD_SELECTOR,
  extractCard: extractOpenAiCard,
  extract(doc, url): JobPosting | null {
    const slug = slugOf(url);
    if (!slug) return null;
    const structured = jsonLdPosting(doc);
    const apply = doc.querySelector(SELECTORS.apply.join(', '));
    if (!structured && !apply) return null;
    const titleEl = doc.querySelector(SELECTORS.title.join(', '));
    const lines = titleEl ? headerLines(titleEl) : [];
    const fields = labelledFields(doc.querySelector('main'));
    const teamLine = lines.find((l) => !PAY.test(l) && /\s-\s/.test(l));
    const location =
      fieldByLabel(fields, /^locations?$/)?.value ?? (teamLine ? (teamLine.split(/\s+-\s+/).pop() ?? null) : null);
    const pay = fieldByLabel(fields, /^(compensation|salary|pay)\b/)?.value ?? lines.find((l) => PAY.test(l)) ?? null;
    return assemblePosting({
      site: 'openai',
      jobKey: `openai:${slug}`,
      url,
      structured,
      title: textOf(doc, SELECTORS.title, 300),
      company: 'OpenAI',
      location,
      locations: splitLocations(location),
      mode: modeFromLabels(lines.flatMap((l) => l.split(/\s*[•·|]\s*/))),
      payText: pay,
    });
  },
});
