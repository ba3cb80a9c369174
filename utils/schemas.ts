/**
 * The single source of PayLens types: zod schemas, with types as their `z.infer`.
 *
 * Written with `zod/mini` (full zod would add ~22 KB gzipped to every bundle that imports them).
 * The background and extension pages use these schemas; the background validates every message
 * it receives with them. Content scripts import no zod at all: they check a posting before
 * sending it with posting-shape.ts, built from the same bounds and held to the same verdict by
 * a test, so there is one definition of every shape.
 */
import * as z from 'zod/mini';
import { COUNTRY_CODE, CURRENCY_CODE, EXTRACTION_SOURCES, JOB_KEY, PAY_READINGS, PERIODS, POSTING_LIMITS as L, WORK_MODES } from './posting-shape';

export { EXTRACTION_SOURCES, PAY_READINGS, PERIODS, WORK_MODES };

// ---------------------------------------------------------------------------------------------
// Vocabularies
// ---------------------------------------------------------------------------------------------

export const Period = z.enum(PERIODS);
export type Period = z.infer<typeof Period>;

/** Periods a figure is shown in: a posting's day/week rates are shown hourly or yearly. */
export const DisplayPeriod = z.enum(['year', 'month', 'hour']);
export type DisplayPeriod = z.infer<typeof DisplayPeriod>;

export const WorkMode = z.enum(WORK_MODES);
export type WorkMode = z.infer<typeof WorkMode>;

/**
 * The nine levels a posting or a submission is at, lowest first on each ladder
 * (issue 10 "every level"):
 * - intern: interns, apprentices, trainees, working students (Praktikant, Werkstudent,
 *   stagiaire, becario…);
 * - entry, mid, senior: the individual-contributor ladder;
 * - staff: staff and above (senior staff, principal, distinguished, fellow);
 * - manager (incl. senior manager), director, vp (incl. head of, SVP, EVP), exec (C-level,
 *   founder, president): the management ladder.
 * Plus `unknown`, the "level not stated" value the code needs: a title without any level
 * word and a form left at "from the title", estimated over all levels together.
 * Stored records from before these nine (IndexedDB v6 and older) are rewritten by the v7 upgrade
 * (utils/db/index.ts): senior_staff/principal/distinguished → staff, senior_manager → manager.
 */
export const LEVELS = ['intern', 'entry', 'mid', 'senior', 'staff', 'manager', 'director', 'vp', 'exec', 'unknown'] as const;
export const Level = z.enum(LEVELS);
export type Level = z.infer<typeof Level>;

/** ISO 4217 code, upper case. */
const CurrencyCode = z.string().check(z.regex(CURRENCY_CODE));

/** ISO 3166-1 alpha-2 code, upper case. */
const CountryCode = z.string().check(z.regex(COUNTRY_CODE));

// ---------------------------------------------------------------------------------------------
// What the content script extracts (bounds in posting-shape.ts: the content script checks a
// posting with postingProblem, which holds to these rules, before it sends one)
// ---------------------------------------------------------------------------------------------

const boundedText = (max: number) => z.string().check(z.maxLength(max));

export const PostedSalary = z.object({
  min: z.nullable(z.number().check(z.nonnegative())),
  max: z.nullable(z.number().check(z.nonnegative())),
  currency: z.nullable(CurrencyCode),
  period: z.nullable(Period),
  flags: z.array(boundedText(L.flag)).check(z.maxLength(L.flags)),
  raw: boundedText(L.raw),
});
export type PostedSalary = z.infer<typeof PostedSalary>;

/**
 * Pay as the page shows it, sent for the background to read (utils/normalize/posted-pay.ts
 * `readPayText`): the salary-text parser is not in the content scripts. Made by the `*PayText`
 * helpers of utils/sites/fields.ts.
 */
export const PayText = z.object({
  /** the text as shown (a chip, a field, a title segment, a whole description) */
  text: boundedText(L.payText),
  /** how to read it: a pay element, a title (explicit currency only), a pay element that may
   *  show bare figures, a long element (with `blocks`), a whole description */
  reading: z.enum(PAY_READINGS),
  /** the country the figures are read for (resolves `$`, `Rs`, bare figures): ISO alpha-2 */
  country: z.nullable(boundedText(L.country)),
  /** the posting's country, when known to the adapter: a range scoped to another country is not its pay */
  postingCountry: z.optional(z.nullable(boundedText(L.country))),
  /** flags added to what the parser finds ("estimate") */
  flags: z.array(boundedText(L.flag)).check(z.maxLength(L.flags)),
  /** kept as the salary's `raw` instead of the text (a title whose segment states the pay) */
  raw: z.optional(boundedText(L.raw)),
  /** `element`: its paragraphs and list items that hold a figure, shortest first */
  blocks: z.optional(z.array(boundedText(L.payBlock)).check(z.maxLength(L.payBlocks))),
});
export type PayText = z.infer<typeof PayText>;

export const JobPosting = z.object({
  site: z.string().check(z.minLength(1), z.maxLength(L.site)),
  /**
   * ISO alpha-2 market of the site or board that showed the posting (naukri → IN), from the
   * adapter that read the page (its `siteCountry(url)`, stamped by utils/sites/resolve.ts
   * `withSiteCountry`). Optional in the type so adapters need not repeat it; every posting the
   * content script sends carries it (null when the site has no one market).
   */
  siteCountry: z.optional(z.nullable(CountryCode)),
  /** "<site>:<id>" */
  jobKey: z.string().check(z.minLength(3), z.maxLength(L.jobKey), z.regex(JOB_KEY)),
  url: z.string().check(z.maxLength(L.url)),
  title: z.string().check(z.minLength(1), z.maxLength(L.title)),
  company: z.nullable(boundedText(L.company)),
  location: z.nullable(boundedText(L.location)),
  locations: z.array(boundedText(L.place)).check(z.maxLength(L.places)),
  mode: z.nullable(WorkMode),
  /** the published pay as figures: structured data's (JSON-LD, microdata), or read from `payTexts` in the background */
  postedSalary: z.nullable(PostedSalary),
  /**
   * Pay texts the adapter found, in its order of preference, when it has no figures: the
   * background reads the first that states plausible pay into `postedSalary`
   * (utils/normalize/posted-pay.ts `withPostedPay`) and drops the list.
   */
  payTexts: z.optional(z.array(PayText).check(z.maxLength(L.payTexts))),
  employmentType: z.nullable(boundedText(L.employmentType)),
  datePosted: z.nullable(boundedText(L.datePosted)),
  source: z.enum(EXTRACTION_SOURCES),
});
export type JobPosting = z.infer<typeof JobPosting>;

// ---------------------------------------------------------------------------------------------
// What the background answers
// ---------------------------------------------------------------------------------------------

export const RoleRef = z.object({
  family: z.string(),
  specialization: z.nullable(z.string()),
  level: z.string(),
});
export type RoleRef = z.infer<typeof RoleRef>;

export const SCOPE_KINDS = ['company', 'metro', 'state', 'country', 'region', 'global'] as const;

export const EstimateOk = z.object({
  status: z.literal('ok'),
  p25: z.number(),
  p50: z.number(),
  p75: z.number(),
  currency: CurrencyCode,
  period: DisplayPeriod,
  basis: z.enum(['base', 'total']),
  /** deduplicated salaries; null for official statistics */
  n: z.nullable(z.number()),
  /** what the figures behind the number are: reported salaries, salaries shared by PayLens users
   *  (the crowd cell carries the figure), H-1B offered pay floors, or official wage statistics
   *  (the badge words its evidence accordingly) */
  figures: z.optional(z.enum(['salaries', 'shared', 'offered-floors', 'statistics'])),
  scope: z.object({
    kind: z.enum(SCOPE_KINDS),
    /** 1 = most specific */
    tier: z.number(),
    /** "industry-wide", "in Bengaluru" */
    label: z.string(),
  }),
  role: RoleRef,
  /**
   * How a level's figure was made when it is not the level's own salaries: interns are estimated
   * by a stated rule ('intern-dol-level-i': the occupation's DOL OFLC level I wage relative to its
   * median, applied to the place's figure; 'intern-below-entry' where the entry figure is lower:
   * the entry figure × DOL level I ÷ level II) unless salaries of
   * interns stand behind the cell ('intern-salaries'). The badge says which.
   */
  levelRule: z.optional(z.enum(['intern-dol-level-i', 'intern-below-entry', 'intern-salaries'])),
  sources: z.array(z.object({ name: z.string(), year: z.number(), licence: z.string(), url: z.optional(z.string()) })),
  /** YYYY-MM-DD */
  asOf: z.string(),
  ratesAsOf: z.string(),
  confidence: z.enum(['low', 'medium', 'high']),
  verdict: z.nullable(
    z.object({ midpointPct: z.number(), position: z.enum(['below', 'within', 'above']) }),
  ),
  /** the user's own submissions that joined this cell */
  mine: z.nullable(z.object({ n: z.number() })),
});
export type EstimateOk = z.infer<typeof EstimateOk>;

export const EstimateNoData = z.object({
  status: z.literal('no-data'),
  reason: z.string(),
  role: z.nullable(RoleRef),
});
export type EstimateNoData = z.infer<typeof EstimateNoData>;

export const Estimate = z.discriminatedUnion('status', [EstimateOk, EstimateNoData]);
export type Estimate = z.infer<typeof Estimate>;

/** The badge's figures as text, formatted in the background (the content script only shows them). */
export const BadgeText = z.object({
  /** p50, short form: "₹19.5 LPA", "$188k" */
  figure: z.nullable(z.string()),
  /** p25–p75 */
  band: z.nullable(z.string()),
  /** the posting's own published pay, labelled as such by the badge */
  posted: z.nullable(z.string()),
  /** the details card's bar: p25, p50, p75 as text, and the posted range on the estimate's scale */
  scale: z.optional(
    z.object({
      low: z.string(),
      median: z.string(),
      high: z.string(),
      posted: z.nullable(z.object({ min: z.nullable(z.number()), max: z.nullable(z.number()) })),
    }),
  ),
});
export type BadgeText = z.infer<typeof BadgeText>;

/**
 * Ranges this employer published for the same role family on postings the user has seen
 * (public data, but a trace of the user's browsing: extension pages only, never a content script).
 */
export const EmployerPosted = z.object({
  company: z.string(),
  family: z.string(),
  /** distinct postings (by job key) */
  postings: z.number(),
  /** lowest and highest published figure, gross annual, in `currency` */
  min: z.number(),
  max: z.number(),
  currency: CurrencyCode,
  /** newest posting seen, YYYY-MM-DD */
  lastSeen: z.string(),
});
export type EmployerPosted = z.infer<typeof EmployerPosted>;

/**
 * What getEstimate answers: the Estimate (the contract) and its text for the badge; for
 * extension pages also what the employer posts for similar roles (beside the market figure,
 * never blended into it).
 */
export const EstimateAnswer = z.object({ estimate: Estimate, text: BadgeText, employerPosted: z.optional(z.nullable(EmployerPosted)) });
export type EstimateAnswer = z.infer<typeof EstimateAnswer>;

// ---------------------------------------------------------------------------------------------
// The user's own salary submissions (stored locally; shared only if the user turns sharing on)
// ---------------------------------------------------------------------------------------------

export const SubmissionInput = z.object({
  /**
   * Made by the form once per entry (a UUID): saving the same entry twice — a retry after the
   * service worker stopped mid-reply — stores it once.
   */
  clientId: z.string().check(z.regex(/^[A-Za-z0-9_-]{8,64}$/)),
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  company: z.nullable(z.string().check(z.trim(), z.maxLength(200))),
  location: z.nullable(z.string().check(z.trim(), z.maxLength(200))),
  /** the level the user picked ('unknown': from the title and years of experience) */
  level: Level,
  /** gross base pay per `period`, in `currency` */
  base: z.number().check(z.positive(), z.lt(1e10)),
  /** gross total pay per `period` (base + bonus + equity), when the user gave it */
  total: z.nullable(z.number().check(z.positive(), z.lt(1e10))),
  currency: CurrencyCode,
  /** the period `base` and `total` are paid per */
  period: DisplayPeriod,
  yearsExperience: z.nullable(z.number().check(z.gte(0), z.lte(60))),
  /** the posting the form was prefilled from, if any */
  jobKey: z.nullable(z.string().check(z.maxLength(300))),
  /** yearly bonus and yearly equity, when the user gave them (`total` includes both, per period) */
  annualBonus: z.optional(z.nullable(z.number().check(z.nonnegative(), z.lt(1e10)))),
  annualEquity: z.optional(z.nullable(z.number().check(z.nonnegative(), z.lt(1e10)))),
});
export type SubmissionInput = z.infer<typeof SubmissionInput>;

/** Where a submission belongs, normalised once when it is saved (utils/normalize/posting.ts). */
export const SubmissionResolved = z.object({
  family: z.nullable(z.string()),
  soc: z.optional(z.nullable(z.string())),
  level: z.string(),
  levelDefaulted: z.boolean(),
  companyId: z.nullable(z.string()),
  place: z.object({
    country: z.nullable(z.string()),
    region: z.nullable(z.string()),
    state: z.nullable(z.string()),
    wageArea: z.nullable(z.string()),
    metro: z.nullable(z.string()),
    city: z.nullable(z.string()),
    remote: z.boolean(),
  }),
});

export const Submission = z.extend(SubmissionInput, {
  id: z.string(),
  /** ISO timestamp */
  createdAt: z.string(),
  /** gross annual base and total pay in `currency` (from `base`/`total` per `period`) */
  annualBase: z.number(),
  annualTotal: z.nullable(z.number()),
  resolved: z.optional(SubmissionResolved),
});
export type Submission = z.infer<typeof Submission>;

// ---------------------------------------------------------------------------------------------
// Typed results across the messaging boundary
// ---------------------------------------------------------------------------------------------

export const ERROR_CODES = ['bad_request', 'storage_full', 'not_found', 'internal'] as const;
export const AppError = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  /** the input field a bad_request is about ("base", "currency"), when it is about one */
  field: z.optional(z.string()),
});
export type AppError = z.infer<typeof AppError>;

/** Every background answer: `{ok: true, value}` or `{ok: false, error}` — never a throw. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const DatasetInfo = z.object({
  version: z.nullable(z.string()),
  installedAt: z.nullable(z.string()),
  cells: z.number(),
  sources: z.array(z.object({ name: z.string(), year: z.number(), licence: z.string(), url: z.optional(z.string()) })),
  /** YYYY-MM-DD the dataset's amounts are brought to */
  asOf: z.optional(z.nullable(z.string())),
  /** YYYY-MM-DD of the exchange rates figures are converted with */
  ratesAsOf: z.optional(z.nullable(z.string())),
});
export type DatasetInfo = z.infer<typeof DatasetInfo>;

// ---------------------------------------------------------------------------------------------
// The popup and the options page (answers to extension pages only)
// ---------------------------------------------------------------------------------------------

/** What the popup knows about a tab: the posting its content script last asked about, and why
 *  there may be none (the site is switched off, or detection on all sites is not granted). */
export const TabPostingView = z.object({
  posting: z.nullable(JobPosting),
  /** the known site the tab shows, if any */
  site: z.nullable(z.object({ id: z.string(), enabled: z.boolean() })),
  /** the tab's host when PayLens is hidden there ("Hide on jobs.example.com"), else null */
  hiddenHost: z.nullable(z.string()),
  allSitesGranted: z.boolean(),
  /** whether the tab shows a web page PayLens could read at all (http/https) */
  webPage: z.boolean(),
});
export type TabPostingView = z.infer<typeof TabPostingView>;

/** Where the user's pay falls against the market for their role, level and place. */
export const PayComparison = z.object({
  estimate: Estimate,
  /** null when there is no market figure, or no rate to convert the user's pay */
  position: z.nullable(
    z.object({
      /** the user's pay in the estimate's currency and period, on the estimate's basis */
      pay: z.number(),
      /** % difference from the market median (negative = below) */
      pctFromMedian: z.number(),
      /** the user's percentile (1–99) in the market's distribution */
      percentile: z.number(),
      basis: z.enum(['base', 'total']),
    }),
  ),
});
export type PayComparison = z.infer<typeof PayComparison>;

/** Turn a zod error into one readable line (path: message; …). */
export function describeIssues(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`)
    .join('; ');
}
