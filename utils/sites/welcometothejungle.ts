/**
 * Welcome to the Jungle (www.welcometothejungle.com): job pages
 * /<lang>/companies/<company>/jobs/<slug>. Job pages only. The job is identified by company and
 * slug together (the slug ends with WTTJ's own short reference, e.g. "…_paris_ACME_aB3dE9").
 *
 * Built from knowledge of the site's markup, not checked against a saved page: the JSON-LD
 * JobPosting is read first; the DOM fallback uses the job metadata block
 * (data-testid="job-metadata-block"), whose fields are marked by their icon (<i name="location">,
 * "salary", "remote", "contract").
 */
import type { JobPosting } from '../schemas';
import { adapterShell, assemblePosting, countryFromLocation, firstOf, modeFromLabel, payText, shownPosting, visibleText, visibleTextOf } from './fields';
import { cleanText } from './dom';
import type { SiteAdapter } from './types';

const HOST = /^(?:www\.)?welcometothejungle\.com$/;
const JOB_PATH = /^\/([a-z]{2}(?:-[a-z]{2})?)\/companies\/([a-z0-9_-]+)\/jobs\/([a-z0-9_%-]+)\/?$/i;

const SELECTORS = {
  block: ['[data-testid="job-metadata-block"]', 'main header', 'main'],
  title: ['h2', 'h1'],
  company: ['a[href*="/companies/"] span', 'a[href*="/companies/"]'],
} as const;

/** Page language → country for bare figures ("45K €" needs none; "$" on /en pages is USD). */
const LANG_COUNTRY: Record<string, string> = { fr: 'FR', en: 'GB', es: 'ES', cs: 'CZ', sk: 'SK' };

function jobRef(url: URL): { lang: string; company: string; slug: string } | null {
  if (!HOST.test(url.hostname)) return null;
  const m = JOB_PATH.exec(url.pathname);
  return m ? { lang: m[1]!.toLowerCase(), company: m[2]!.toLowerCase(), slug: m[3]! } : null;
}

/** The text beside a field's icon: <i name="location"></i><span>Paris</span>. */
function field(block: ParentNode, name: string): string | null {
  const icon = block.querySelector(`i[name="${name}"]`);
  const holder = icon?.parentElement;
  if (!holder) return null;
  return visibleText(icon.nextElementSibling ?? holder, 300) ?? visibleText(holder, 300);
}

/** "Salaire : 40K à 50K €", "Télétravail : fréquent" → the value after the label. */
function valueOf(text: string | null): string | null {
  return cleanText(text?.replace(/^[^:]{1,30}:\s*/, ''), 300);
}

function extract(doc: Document, url: URL): JobPosting | null {
  const ref = jobRef(url);
  if (!ref) return null;
  const block = firstOf(doc, SELECTORS.block) ?? doc;
  const shown = shownPosting(doc, block, SELECTORS.title);
  if (!shown) return null;
  const { title: domTitle, structured } = shown;
  const location = field(block, 'location');
  const remote = field(block, 'remote');
  const country = countryFromLocation(location) ?? LANG_COUNTRY[ref.lang.slice(0, 2)] ?? null;
  return assemblePosting({
    site: 'welcometothejungle',
    jobKey: `welcometothejungle:${ref.company}/${ref.slug}`.slice(0, 300),
    url: url.href,
    structured,
    title: domTitle,
    company: visibleTextOf(block, SELECTORS.company, 200),
    location,
    mode: modeFromLabel(remote) ?? modeFromLabel(valueOf(remote) ? `télétravail ${valueOf(remote)}` : null),
    payTexts: [payText(field(block, 'salary'), country)],
    employmentType: valueOf(field(block, 'contract')),
    datePosted: block.querySelector('time[datetime]')?.getAttribute('datetime') ?? null,
    country,
  });
}

export const welcometothejungle: SiteAdapter = adapterShell({
  id: 'welcometothejungle',
  matches: ['https://www.welcometothejungle.com/*'],
  isListingPage: () => false,
  jobKey: (url) => {
    const ref = jobRef(url);
    return ref ? `welcometothejungle:${ref.company}/${ref.slug}`.slice(0, 300) : null;
  },
  ready: '[data-testid="job-metadata-block"] h2, main h1',
  anchor: '[data-testid="job-metadata-block"] h2, main h1, h1',
  extract,
});
