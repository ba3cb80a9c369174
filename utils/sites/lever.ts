/**
 * Lever hosted job pages: jobs.lever.co/<company>/<posting uuid> (and jobs.eu.lever.co), the
 * application form /<company>/<uuid>/apply (it shows the same header), and the board /<company>.
 *
 * Board listing checked against a real saved page (../shared/fixtures/lever/board_januxrx.html,
 * 2024: .posting[data-qa-posting-id], h5[data-qa=posting-name], .posting-categories spans).
 * The job page is built from knowledge of Lever's markup (JSON-LD JobPosting in the head,
 * .posting-headline h2, .posting-categories, [data-qa=salary-range]); no real job page was saved.
 */
import type { JobPosting } from '../schemas';
import { adapterShell, assemblePosting, hrefOf, modeFromLabel, prettifySlug, spacedTextOf, splitLocations, titleParts } from './fields';
import { cleanText, metaContent, textOf } from './dom';
import { jsonLdPosting } from './structured-data';
import type { JobCard, SiteAdapter } from './types';

const HOSTS = /^jobs(\.eu)?\.lever\.co$/;
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/** /<company>/<uuid>, /<company>/<uuid>/apply */
const JOB_PATH = new RegExp(`^/([A-Za-z0-9._-]+)/(${UUID})(?:/apply)?/?$`, 'i');
const BOARD_PATH = /^\/([A-Za-z0-9._-]+)\/?$/;

/** Selectors, most stable first (checked 2024 against the board; job page from knowledge). */
const SELECTORS = {
  title: ['.posting-headline h2', '.posting-header h2', '[data-qa="posting-name"]', 'main h2'],
  location: ['.posting-categories .location', '.posting-categories .sort-by-location', '.posting-category.location'],
  workplace: ['.posting-categories .workplaceTypes'],
  commitment: ['.posting-categories .commitment', '.posting-categories .sort-by-commitment'],
  pay: ['[data-qa="salary-range"]', '.posting-categories .compensation', '.salary-range'],
  logo: ['.main-header-logo img[alt]'],
} as const;

const CARD = {
  title: ['[data-qa="posting-name"]', '.posting-name', 'h5'],
  location: ['.posting-categories .location', '.sort-by-location'],
  workplace: ['.workplaceTypes'],
  commitment: ['.commitment', '.sort-by-commitment'],
} as const;

function jobId(url: URL): { company: string; id: string } | null {
  if (!HOSTS.test(url.hostname)) return null;
  const m = JOB_PATH.exec(url.pathname);
  return m ? { company: m[1]!, id: m[2]!.toLowerCase() } : null;
}

/** The jobKey of a Lever job URL (also used for links to it from company pages). */
export function leverJobKey(url: URL): string | null {
  const id = jobId(url);
  return id ? `lever:${id.id}` : null;
}

/** Lever's category labels carry trailing separators ("On-site — ", "Full-time /"). */
function label(text: string | null): string | null {
  return cleanText(text?.replace(/[\s—–/|·-]+$/, ''), 200);
}

/** Company name: the logo's alt, else "<Company> - <Title>" / "<Company> jobs" titles. */
function companyOf(doc: Document): string | null {
  const alt = cleanText(doc.querySelector(SELECTORS.logo[0])?.getAttribute('alt'), 200);
  if (alt && !/^(logo|company logo)$/i.test(alt)) return alt.replace(/\s+logo$/i, '');
  const og = metaContent(doc, 'og:title');
  if (og && / jobs$/i.test(og)) return og.replace(/\s+jobs$/i, '');
  const parts = titleParts(doc, /\s+-\s+/);
  return parts?.first ?? null;
}

export function extractLeverCard(card: Element, url: URL): JobCard | null {
  const link = card.querySelector('a.posting-title[href], a[href]');
  const target = hrefOf(link, url);
  const id = (card.getAttribute('data-qa-posting-id') ?? (target ? jobId(target)?.id : null))?.toLowerCase();
  if (!id || !new RegExp(`^${UUID}$`).test(id)) return null;
  const titleEl = card.querySelector(CARD.title.join(', '));
  const title = cleanText(titleEl?.textContent, 300);
  if (!titleEl || !title) return null;
  const location = textOf(card, CARD.location, 500);
  const doc = card.ownerDocument;
  const board = BOARD_PATH.exec(url.pathname)?.[1] ?? (target ? jobId(target)?.company : null);
  const posting = assemblePosting({
    site: 'lever',
    jobKey: `lever:${id}`,
    url: target?.href ?? url.href,
    title,
    company: companyOf(doc),
    companyFallback: prettifySlug(board),
    location,
    locations: splitLocations(location),
    mode: modeFromLabel(label(textOf(card, CARD.workplace, 100))),
    employmentType: label(textOf(card, CARD.commitment, 100)),
  });
  return posting ? { posting, anchor: titleEl } : null;
}

export const lever: SiteAdapter = adapterShell({
  id: 'lever',
  matches: ['https://jobs.lever.co/*', 'https://jobs.eu.lever.co/*'],
  isListingPage: (url) => HOSTS.test(url.hostname) && BOARD_PATH.test(url.pathname),
  jobKey: (url) => {
    const id = jobId(url);
    return id ? `lever:${id.id}` : null;
  },
  ready: '.posting-headline h2, .posting-header h2',
  anchor: '.posting-headline h2, .posting-header h2',
  cardSelector: '.posting[data-qa-posting-id], .postings-group .posting',
  extractCard: extractLeverCard,
  extract(doc, url): JobPosting | null {
    const id = jobId(url);
    if (!id) return null;
    const shownTitle = textOf(doc, SELECTORS.title, 300);
    const structured = jsonLdPosting(doc);
    const location = textOf(doc, SELECTORS.location, 500);
    return assemblePosting({
      site: 'lever',
      jobKey: `lever:${id.id}`,
      url,
      structured,
      title: shownTitle,
      company: companyOf(doc),
      companyFallback: prettifySlug(id.company),
      location,
      locations: splitLocations(location),
      mode: modeFromLabel(label(textOf(doc, SELECTORS.workplace, 100))),
      payText: spacedTextOf(doc, SELECTORS.pay, 1000),
      employmentType: label(textOf(doc, SELECTORS.commitment, 100)),
    });
  },
});
