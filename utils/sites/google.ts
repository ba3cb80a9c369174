/**
 * Google Careers: www.google.com/about/careers/applications/jobs/results/<id>-<slug> (and the
 * legacy careers.google.com/jobs/results/<id>-<slug>), the search results
 * /about/careers/applications/jobs/results (the listing). Selecting a result navigates client-side.
 * Pay is in the description ("The US base salary range for this full-time position is
 * $141,000-$202,000 + bonus + equity + benefits").
 *
 * Built from knowledge of the site. Its class names are generated (dated: seen 2024 —
 * h2.p1N2lc title, span.r0wTof locations, li.lLd3Je result cards with h3.QJPWVe); they are
 * tried after JSON-LD and ARIA/semantic selectors and will need refreshing when Google rebuilds.
 */
import { defineAtsAdapter, textsOf } from './fields';

const JOB_PATH = /^\/about\/careers\/applications\/jobs\/results\/(\d{6,24})(?:-[^/]*)?\/?$/;
const LEGACY_JOB_PATH = /^\/jobs\/results\/(\d{6,24})(?:-[^/]*)?\/?$/;
const LIST_PATH = /^\/about\/careers\/applications\/jobs\/results\/?$/;
const LEGACY_LIST_PATH = /^\/jobs\/results\/?$/;

export const google = defineAtsAdapter({
  id: 'google',
  matches: ['https://www.google.com/about/careers/*', 'https://careers.google.com/*'],
  parseJob(url) {
    const m =
      url.hostname === 'www.google.com'
        ? JOB_PATH.exec(url.pathname)
        : url.hostname === 'careers.google.com'
          ? LEGACY_JOB_PATH.exec(url.pathname)
          : null;
    return m ? { id: m[1]! } : null;
  },
  isListingPage: (url) =>
    (url.hostname === 'www.google.com' && LIST_PATH.test(url.pathname)) ||
    (url.hostname === 'careers.google.com' && LEGACY_LIST_PATH.test(url.pathname)),
  ready: 'h2.p1N2lc, main h1, [role="main"] h2',
  spa: true,
  selectors: {
    // generated class names: dated 2024
    title: ['h2.p1N2lc', 'main h1', '[role="main"] h2'],
    locations: ['.op1BBf span.r0wTof', 'span.r0wTof'],
    location: ['span.r0wTof', '[aria-label^="Location"]'],
    // "Qualifications", "About the job" and the pay paragraph
    pay: ['.KwJkGe', '.aG5W3', '[role="main"] section'],
  },
  company: () => 'Google',
  override(doc) {
    // "Remote eligible" is shown beside the locations as its own label.
    const labels = textsOf(doc, ['span.ZWntq', '.op1BBf span'], 200, 20);
    const remote = labels.some((l) => /^remote eligible$/i.test(l));
    return { mode: remote ? 'remote_ok' : undefined };
  },
  card: {
    selector: 'li.lLd3Je',
    title: ['h3.QJPWVe', 'h3'],
    location: ['span.r0wTof'],
  },
});
