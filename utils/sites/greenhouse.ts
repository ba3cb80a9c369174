/**
 * Greenhouse job boards: boards.greenhouse.io (classic), job-boards.greenhouse.io and
 * job-boards.eu.greenhouse.io (2024 React boards).
 * Checked against a real page: the classic board (../shared/fixtures/greenhouse, 2024).
 */
import type { JobPosting } from '../schemas';
import { parseSalaryText } from '../normalize/salary-text';
import { cleanText, textOf } from './dom';
import { SITE_MATCHES } from './match-patterns';
import { structuredPosting } from './structured-data';
import type { SiteAdapter } from './types';

const HOSTS = /^(boards|job-boards|job-boards\.eu|boards\.eu)\.greenhouse\.io$/;
/** /<board>/jobs/<id> */
const JOB_PATH = /^\/([a-z0-9_-]+)\/jobs\/(\d{4,20})\/?$/i;

/** Selectors, most stable first. Classic: .app-title/.company-name/.location (2024). */
const SELECTORS = {
  title: ['h1.app-title', '.job__title h1', 'h1.section-header', '#header h1', 'main h1'],
  company: ['#header .company-name', '.company-name'],
  location: ['#header .location', '.job__location', '.location'],
  payRange: ['.pay-range', '.job__pay-range'],
} as const;

function jobId(url: URL): { board: string; id: string } | null {
  if (!HOSTS.test(url.hostname)) return null;
  const m = JOB_PATH.exec(url.pathname);
  if (m) return { board: m[1]!.toLowerCase(), id: m[2]! };
  // Embedded application frame: /embed/job_app?for=<board>&token=<id>
  if (url.pathname === '/embed/job_app') {
    const board = url.searchParams.get('for');
    const id = url.searchParams.get('token');
    if (board && id && /^\d{4,20}$/.test(id)) return { board: board.toLowerCase(), id };
  }
  return null;
}

function payText(doc: Document): string | null {
  for (const selector of SELECTORS.payRange) {
    const range = doc.querySelector(selector);
    if (!range) continue;
    // "Annual Salary:" sits beside the range in the classic board's pay-transparency block.
    const label = cleanText(range.parentElement?.querySelector('.title')?.textContent, 100);
    const text = cleanText(Array.from(range.childNodes).map((n) => n.textContent ?? '').join(' '), 300);
    if (text) return label ? `${label} ${text}` : text;
  }
  return null;
}

export const greenhouse: SiteAdapter = {
  id: 'greenhouse',
  priority: 10,
  matches: SITE_MATCHES.greenhouse,
  isJobPage: (url) => jobId(url) !== null,
  isListingPage: (url) => HOSTS.test(url.hostname) && /^\/[a-z0-9_-]+\/?$/i.test(url.pathname) && url.pathname !== '/',
  jobKey: (url) => {
    const id = jobId(url);
    return id ? `greenhouse:${id.id}` : null;
  },
  ready: 'h1.app-title, .job__title h1, main h1, #header h1',
  anchor: 'h1.app-title, .job__title h1, main h1, #header h1',
  extract(doc, url): JobPosting | null {
    const id = jobId(url);
    if (!id) return null;
    const structured = structuredPosting(doc);
    const title = textOf(doc, SELECTORS.title, 300) ?? structured?.title;
    if (!title) return null;
    const companyText = textOf(doc, SELECTORS.company, 200)?.replace(/^at\s+/i, '') ?? null;
    const location = textOf(doc, SELECTORS.location, 500) ?? structured?.location ?? null;
    const locations = location
      ? location.split(/\s*[|;]\s*/).filter(Boolean)
      : (structured?.locations ?? []);
    let postedSalary = structured?.postedSalary ?? null;
    if (!postedSalary) {
      const text = payText(doc);
      const parsed = text ? parseSalaryText(text, 'US') : null;
      if (text && parsed) postedSalary = { ...parsed, raw: text };
    }
    return {
      site: 'greenhouse',
      jobKey: `greenhouse:${id.id}`,
      url: url.href,
      title,
      company: structured?.company ?? companyText,
      location,
      locations,
      mode: structured?.mode ?? null,
      postedSalary,
      employmentType: structured?.employmentType ?? null,
      datePosted: structured?.datePosted ?? null,
      source: structured ? 'json-ld' : 'dom',
    };
  },
};
