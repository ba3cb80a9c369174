/**
 * Shapes shared by the dataset build (scripts/build-dataset.ts), the estimator core and its cell
 * sources. The cell itself is `DatasetCell` (utils/db/index.ts), stored as-is in IndexedDB.
 *
 * Cell keys: "<family>|<level>|<geo>|<company>|<basis>"
 * - level: a data level (DATA_LEVELS) or `*` (all levels together);
 * - geo: `global` · `r:<region>` (regionOfCountry) · `c:<ISO country>` · `s:<US-XX>` (US state) ·
 *   `m:<DOL OFLC wage area code>` (US metro / non-metro area) · `m:<ISO country>:<city>` (another
 *   metro, as utils/normalize/location names it: "m:UA:Kyiv"; Canadian economic regions as the metros
 *   they stand for: "m:CA:Toronto") · `s:CA-ON` (a Canadian province) · `o:<ISO country>` (a country's
 *   official statistics, kept apart from the surveys' `c:` cell they are the prior of);
 * - company: '' for market cells, a canonical company id (normalizeCompany) for H-1B employer
 *   cells, `*` for all H-1B employers together (the market the employer cells are compared to);
 * - basis: `base` or `total`.
 */
import type { DatasetCell } from '../db/index';
import type { DisplayPeriod } from '../schemas';
import type { MineEntry } from './estimator';

export type { DatasetCell };

/** Levels the sources can tell apart (the estimator maps every title level onto one of them). */
export const DATA_LEVELS = ['intern', 'entry', 'mid', 'senior', 'staff', 'manager', 'director', 'vp', 'exec'] as const;
export type DataLevel = (typeof DATA_LEVELS)[number];
export const ALL_LEVELS = '*';

/** How an intern figure is set when no intern salaries stand behind it (LearnedParams.internRule). */
export type InternRule = 'dol-level-i' | 'entry-less-step';

/** The evidence rule: a figure needs at least this many deduplicated salaries behind its cell (or an official statistic). */
export const EVIDENCE_MIN_N = 5;

export type Basis = 'base' | 'total';
export type CellKind = DatasetCell['kind'];

/** One source of the dataset, as the Estimate lists it (plus what the badge needs to word it). */
export interface DatasetSource {
  id: string;
  /** e.g. "aijobs.net salary survey"; for non-salary sources the name says what the figures are */
  name: string;
  /** latest year of the data used */
  year: number;
  licence: string;
  kind: CellKind;
  url: string;
  attribution: string;
}

/** Multipliers and shrinkage strengths learned from the data at build time (all in log space). */
export interface LearnedParams {
  /**
   * ln(median at level ÷ median of all levels), per family, learned where both exist; `_default`
   * pools every family and is used when a family has no level data of its own.
   */
  levelRatios: Record<string, Partial<Record<DataLevel, number>>>;
  /**
   * How each family's intern ratio was set (`_default`: the pooled one): 'dol-level-i' — the
   * occupation's DOL OFLC level I wage ÷ its median (level III); 'entry-less-step' — where the
   * entry figure is below that, the entry ratio less one DOL step, ln(level I ÷ level II).
   */
  internRule?: Record<string, InternRule>;
  /** Between-cell variance of child medians around their parent's prediction, per link. */
  tau2: Record<ShrinkLink, number>;
  /** ln(area median ÷ US median) per DOL wage area, pooled over the families with DOL data. */
  metroIndex: Record<string, number>;
  /**
   * ln(a country's pay ÷ US pay for the same role), in US dollars at the reference rates, from a
   * role + country fit over the country cells. Region and global cells hold US-equivalent pay;
   * the estimator multiplies them by the posting's country index.
   */
  countryIndex: Record<string, number>;
  /** the same per world region (weighted mean of its countries), for countries without an index */
  regionIndex: Record<string, number>;
  /**
   * ln(a country's pay ÷ US pay) from official statistics on both sides (UK, Canada, Singapore,
   * Australia vs DOL), per family group ('tech', 'office', 'care', 'frontline') and pooled
   * ('_all'); preferred to `countryIndex` where present.
   */
  officialIndex?: Record<string, Record<string, number>>;
  /** ln(employer's H-1B offered wage ÷ all H-1B employers' for the same role and state). */
  companyPremium: Record<string, { logRatio: number; n: number }>;
  /** ln(p75/p50) ÷ ln(p50/p25) seen in US survey cells, per family (`_default` pooled). */
  upperSpread: Record<string, number>;
}

export type ShrinkLink =
  | 'metro'
  | 'globalLevel'
  | 'region'
  | 'regionLevel'
  | 'country'
  | 'countryLevel'
  | 'company'
  | 'companyLevel';

export interface DatasetMeta {
  format: 1;
  /** content hash of the dataset files */
  version: string;
  /** the cells files, in order (cells-1.json …) */
  cellFiles: string[];
  /** the title tables' files (titles-1.json …; utils/normalize/title-lookup.ts), installed with the cells */
  titleFiles?: string[];
  /** YYYY-MM-DD every amount is brought to (inflation-adjusted) */
  asOf: string;
  /** exchange rates used at build time */
  ratesAsOf: string;
  /** year whose average exchange rates put cells of different currencies side by side */
  rateYear: number;
  sources: DatasetSource[];
  learned: LearnedParams;
  /** DOL wage area code → its name ("Seattle-Tacoma-Bellevue, WA") */
  areaNames: Record<string, string>;
  /** "US-CA" → "California" */
  stateNames: Record<string, string>;
  /** canonical company id → display name */
  companyNames: Record<string, string>;
  /**
   * DOL statistics are per occupation (SOC): a family sharing its SOC with another family uses that
   * family's statistic cells ("Machine Learning Engineer" → "Software Engineer", both 15-1252).
   */
  statFamily: Record<string, string>;
  /** cells by geography kind, for the options page and the bench */
  counts: Record<string, number>;
  /** countries' wage levels vs the US and the rule that scales a US figure by them (none in older datasets) */
  wageLevel?: WageLevelParams;
}

/**
 * Where a country has no official statistics of its own, a US national DOL figure is placed on
 * the country's wage level (ILOSTAT average earnings; scripts/lib/dataset/wage-level.ts):
 * ln pay = usLogAnnual + country ln + slope × (ln US pay − usLogAnnual), in the country's currency.
 * The slope (pay differences between occupations are narrower outside the US) is fitted on the
 * official statistics of the UK, Canada, Singapore and Australia.
 */
export interface WageLevelParams {
  /** the index of ILOSTAT in `sources` */
  source: number;
  /** ln of the US average annual earnings of employees, US dollars at the reference date */
  usLogAnnual: number;
  slope: number;
  /**
   * ISO country → ln(its average earnings in its currency ÷ the US average in dollars), and the
   * ILOSTAT year; only countries without official statistics of their own (theirs answer there)
   */
  countries: Record<string, { ln: number; year: number }>;
}

/**
 * Where the estimator reads cells from: IndexedDB in the background, the dataset file in the CLI
 * and tests. Synchronous or asynchronous; `getMany` is an optional batch read.
 */
export interface CellSource {
  get(key: string): DatasetCell | undefined | Promise<DatasetCell | undefined>;
  getMany?(keys: readonly string[]): (DatasetCell | undefined)[] | Promise<(DatasetCell | undefined)[]>;
  meta(): DatasetMeta | undefined | Promise<DatasetMeta | undefined>;
}

/** How to answer a query: display settings, the user's own salaries (extension pages only). */
export interface EstimateOptions {
  /** the user's display currency setting (the posting's local currency when unset) */
  displayCurrency?: string | null;
  /** the user's display period setting (default year) */
  displayPeriod?: DisplayPeriod | null;
  /**
   * the user's own submissions, each with where it belongs: they join a matching cell, never
   * alone. Only for answers to extension pages; never in an answer to a content script.
   */
  mine?: readonly MineEntry[];
  /** only this basis (the bench compares like with like); default: base preferred */
  basis?: Basis;
}

/** Explanations that do not fit the Estimate contract (shown in the expanded badge, logged by the CLI). */
export interface EstimateNotes {
  /** why `verdict` is null, when it is */
  verdict: string | null;
  /** what kind of figures stand behind the number */
  kind: CellKind | null;
  /** the cell keys used, most specific first */
  cells: string[];
  /** the posted range converted to the estimate's currency and period, when there is one */
  posted: { min: number | null; max: number | null } | null;
  /** unrounded annual quartiles in the estimate's currency */
  annual: { p25: number; p50: number; p75: number } | null;
}

export const cellKey = (family: string, level: string, geo: string, company: string, basis: Basis): string =>
  `${family}|${level}|${geo}|${company}|${basis}`;

export const geoKey = {
  global: 'global',
  region: (region: string) => `r:${region}`,
  country: (cc: string) => `c:${cc}`,
  state: (code: string) => `s:${code}`,
  metro: (area: string) => `m:${area}`,
  /** a country's official occupational statistics (UK, Canada, Singapore, Australia): "o:GB" */
  official: (cc: string) => `o:${cc}`,
  /** a metro outside the DOL areas: "m:UA:Kyiv" (surveys that name a city; Canadian economic regions) */
  city: (cc: string, name: string) => `m:${cc}:${name}`,
} as const;
