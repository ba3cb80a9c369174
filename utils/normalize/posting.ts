/**
 * The one step from page text to what the estimator reads: `normalizePosting(posting) →
 * ResolvedQuery` (and `normalizeSubmission` for the user's own salaries, run once when saved).
 *
 * The whole path, page to badge, in order:
 *
 *   page ── utils/content/page-loop.ts: adapter.extract(doc, url) (utils/sites/*, fields.ts)
 *        ── JobPosting (pay as figures, or as the pay texts the page shows), checked by
 *           utils/posting-shape.ts, siteCountry stamped by utils/sites/resolve.ts
 *        ── sendMessage('getEstimate', posting)                      utils/messaging.ts
 *   background ── utils/handlers.ts: payload (zod) + sender checks; pay texts read into
 *           postedSalary (utils/normalize/posted-pay.ts withPostedPay)
 *        ── utils/estimate/service.ts: normalizePosting (here) → ResolvedQuery
 *        ── cache (IndexedDB `estimates`, keyed by the ResolvedQuery + dataset version + settings)
 *        ── miss: estimate(query, cells)                            utils/estimate/estimator.ts
 *        ── badge text (utils/badge-text.ts) ── answer ── <Badge> in the page (components/Badge.tsx)
 *
 * Pure: no I/O, no clocks. The estimator never normalises text itself.
 */
import type { JobPosting, PostedSalary, Submission, SubmissionInput, WorkMode } from '../schemas';
import { normalizeCompany } from './company';
import { postedPayOf } from './posted-pay';
import { annualize, convertCurrency, plausiblePay } from './currency';
import { resolvePlace, type Place } from './place';
import { normalizeTitle } from './title';
import type { TitleLookup } from './title-lookup';

/** A posting after the text normalisers: everything the estimate depends on, and nothing else. */
export interface ResolvedQuery {
  /** the title as posted, for the no-data wording ("does not recognise the role in …") */
  title: string;
  /** role family (utils/normalize/title-tables), or the occupation's plain name from the title tables; null when the title is not recognised */
  family: string | null;
  specialization: string | null;
  /** the title's level (utils/schemas LEVELS) */
  level: string;
  /** US SOC 2018 code of the role, when known */
  soc: string | null;
  companyId: string | null;
  companyName: string | null;
  place: Place;
  /** the work mode the page stated */
  mode: WorkMode | null;
  /** ISO country of the site or board that showed the posting (naukri → IN) */
  siteCountry: string | null;
  /** the posting's published pay, when plausible (see plausiblePosted) */
  postedSalary: PostedSalary | null;
  /** why the page's posted salary was dropped ("implausible"), when it was */
  postedSalaryDropped: string | null;
  /**
   * The title names no role (family null): an open application ("Initiativbewerbung"), a careers
   * information page, or only where the job is worked ("Remote - USA"). The estimate says so
   * instead of "does not recognise the role".
   */
  notARole?: NotARole | null;
}

export type NotARole = 'open-application' | 'careers-page' | 'no-role-in-title';

/** The title normaliser's flag for each kind of title that names no role. */
const NOT_A_ROLE_FLAGS: readonly [string, NotARole][] = [
  ['open_application', 'open-application'],
  ['careers_page', 'careers-page'],
  ['no_role_in_title', 'no-role-in-title'],
];

/** What a title that names no role is, from the title normaliser's flags; null when it names one. */
export function notARoleOf(title: { family: string | null; flags: readonly string[] }): NotARole | null {
  if (title.family) return null;
  for (const [flag, kind] of NOT_A_ROLE_FLAGS) if (title.flags.includes(flag)) return kind;
  return null;
}

/** What normalisation reads of a posting (the CLI and tests pass only some of it). */
export type PostingFields = Pick<JobPosting, 'title'> &
  Partial<Pick<JobPosting, 'company' | 'location' | 'locations' | 'mode' | 'postedSalary' | 'payTexts' | 'siteCountry'>>;

const upper = (cc: string | null | undefined): string | null => (cc && /^[a-z]{2}$/i.test(cc) ? cc.toUpperCase() : null);

/**
 * A posting → the query the estimator answers. `userCountry` (from the browser's locale) is the
 * place of a remote posting that names no country. `titles` (the dataset's title tables, read from
 * IndexedDB by the background) extend the in-code family rules to every occupation and language.
 */
export function normalizePosting(posting: PostingFields, userCountry: string | null = null, titles: TitleLookup | null = null): ResolvedQuery {
  const siteCountry = upper(posting.siteCountry);
  // the structured salary, else the first pay text that reads as pay (posted-pay.ts)
  const posted = plausiblePosted(postedPayOf({ postedSalary: posting.postedSalary ?? null, payTexts: posting.payTexts }));
  const title = normalizeTitle(posting.title, posting.company ?? undefined, titles);
  const company = posting.company?.trim() ? normalizeCompany(posting.company) : null;
  return {
    title: posting.title,
    family: title.family,
    specialization: title.specialization,
    level: title.level,
    soc: title.soc,
    companyId: company?.id || null,
    companyName: company?.name ?? null,
    place: resolvePlace(posting.locations?.[0] ?? posting.location, siteCountry, upper(userCountry), posting.mode ?? null),
    mode: posting.mode ?? null,
    siteCountry,
    postedSalary: posted.salary,
    postedSalaryDropped: posted.dropped,
    notARole: notARoleOf(title),
  };
}

/** The posted salary when every amount it states is plausible for its period and currency (currency.ts `plausiblePay`). */
export function plausiblePosted(salary: PostedSalary | null): { salary: PostedSalary | null; dropped: string | null } {
  if (!salary || (salary.min === null && salary.max === null)) return { salary, dropped: null };
  if (!plausiblePay(salary)) return { salary: null, dropped: 'implausible' };
  if (salary.min !== null && salary.max !== null && salary.min > salary.max) return { salary: null, dropped: 'implausible' };
  return { salary, dropped: null };
}

/** The parts of a query the estimate (and so its cache entry) depends on, in a stable order. */
export function queryKey(q: ResolvedQuery): unknown[] {
  const p = q.postedSalary;
  const pl = q.place;
  return [
    q.family,
    q.family ? null : q.title,
    q.specialization,
    q.level,
    q.companyId,
    [pl.country, pl.region, pl.state, pl.wageArea, pl.metro, pl.city, pl.remote],
    p ? [p.min, p.max, p.currency, p.period, [...p.flags].sort()] : null,
  ];
}

/** What a saved submission is, normalised once when it is saved (never again per estimate). */
export interface ResolvedSubmission {
  family: string | null;
  /** US SOC 2018 code of the role, when known */
  soc?: string | null;
  /** the title's level, or the one the user picked */
  level: string;
  /** the title gave no level: the years of experience decide (estimator's rule) */
  levelDefaulted: boolean;
  companyId: string | null;
  place: Place;
}

export function normalizeSubmission(
  input: Pick<SubmissionInput, 'title' | 'company' | 'location'> & { level?: string | null },
  userCountry: string | null = null,
  titles: TitleLookup | null = null,
): ResolvedSubmission {
  const title = normalizeTitle(input.title, input.company ?? undefined, titles);
  const picked = input.level && input.level !== 'unknown' ? input.level : null;
  return {
    family: title.family,
    soc: title.soc,
    level: picked ?? title.level,
    levelDefaulted: !picked && title.flags.includes('level_defaulted'),
    companyId: input.company?.trim() ? normalizeCompany(input.company).id || null : null,
    place: resolvePlace(input.location, null, upper(userCountry)),
  };
}

/** A stored submission's resolved form: saved with it; computed for records from before it was. */
export function resolvedOf(s: Submission, userCountry: string | null = null): ResolvedSubmission {
  return s.resolved ?? normalizeSubmission(s, userCountry);
}
