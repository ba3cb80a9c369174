/**
 * Build constants of the embedded dataset. Changing any of them changes the dataset (and its
 * version hash); each is explained in public/data/NOTICE.md, which is generated from here.
 */
import { EVIDENCE_MIN_N, type DatasetSource } from '../../../utils/estimate/types';

/** Every amount is brought to this date (inflation-adjusted from the date it was observed). */
export const REFERENCE_DATE = '2025-07-01';
/** REFERENCE_DATE as a fractional year. */
export const REFERENCE_T = 2025.5;
/** Exchange rates of this year (annual average) put cells of different currencies side by side. */
export const REFERENCE_RATE_YEAR = 2025;

/** Hours in a working year (OFLC hourly wages, LCA hourly offers): 40 h × 52 weeks. */
export const HOURS_PER_YEAR = 2080;

/** Cells with fewer deduplicated salaries than this are not shipped (the evidence rule). */
export const MIN_CELL_N = EVIDENCE_MIN_N;

/** Per-cell outlier fences in log space: outside [Q1 − k·IQR, Q3 + k·IQR] is dropped (from 8 rows up). */
export const OUTLIER_FENCE_K = 2;
export const OUTLIER_MIN_ROWS = 8;

/** Absolute sanity range for a gross annual figure, in US dollars at the reference date. */
export const ANNUAL_USD_FLOOR = 3000;
export const ANNUAL_USD_CEILING = 2_500_000;

/**
 * Weight of one Stack Overflow row relative to one row of the other surveys: the file is a
 * non-random, course-modified subset of the 2024 survey, so it is a fallback, not a headline.
 */
export const STACKOVERFLOW_WEIGHT = 0.5;

/**
 * DOU.ua amounts are monthly NET US dollars. Gross-up assumption: the respondent is a Ukrainian
 * sole proprietor (ФОП, 3rd group, single tax) — the usual arrangement for IT specialists:
 * gross = (net + ESV) ÷ (1 − single tax − military levy), × 12.
 * - single tax 5% of revenue; military levy 1% of revenue for the 3rd group from 2025-01-01 (none before);
 * - ESV (social contribution) = 22% of the minimum wage per month: 7,100 UAH (2024) → 1,562 UAH,
 *   8,000 UAH (2025) → 1,760 UAH; at ~41 UAH/USD (NBU, 2024–25) that is ≈ $38 and ≈ $42 a month.
 * Employees on payroll (18% PIT + military levy) would gross up higher; the survey does not say
 * which respondents they are, so their gross pay is understated.
 */
export const DOU_GROSS_UP = {
  '2024-12': { singleTax: 0.05, militaryLevy: 0, esvUsdPerMonth: 38 },
  '2025-06': { singleTax: 0.05, militaryLevy: 0.01, esvUsdPerMonth: 42 },
} as const;

/**
 * Empirical-Bayes pseudo-count when shrinking a family's own level ratio towards the pooled one:
 * a family's ratio counts as this many cells' worth of evidence against the pooled ratio.
 */
export const LEVEL_RATIO_PRIOR_WEIGHT = 3;

/** Smallest between-cell variance kept for a shrinkage link (so a cell never gets weight 0). */
export const TAU2_FLOOR = 0.0025;

/** The standard normal quantiles of OFLC levels I–IV (≈ P17, P34, P50, P67) and of p25/p75. */
export const Z = {
  p17: -0.954165253146194,
  p34: -0.412463129441405,
  p50: 0,
  p67: 0.439913165673234,
  p25: -0.674489750196082,
  p75: 0.674489750196082,
} as const;

/** The sources, in the order cells refer to them (the index is stored in each cell). */
export const SOURCES: readonly DatasetSource[] = [
  {
    id: 'oflc',
    name: 'US DOL OFLC prevailing wages 2025–26 (BLS OEWS May 2024 statistics)',
    year: 2024,
    licence: 'US public domain',
    kind: 'statistic',
    url: 'https://flag.dol.gov/wage-data/wage-search',
    attribution: 'U.S. Department of Labor, Office of Foreign Labor Certification; Bureau of Labor Statistics OEWS',
  },
  {
    id: 'lca',
    name: 'US DOL H-1B LCA filings FY2024 Q1 (offered wage floors)',
    year: 2023,
    licence: 'US public domain',
    kind: 'offered-floor',
    url: 'https://www.dol.gov/agencies/eta/foreign-labor/performance',
    attribution: 'U.S. Department of Labor, Office of Foreign Labor Certification, LCA disclosure data',
  },
  {
    id: 'aijobs',
    name: 'aijobs.net salary survey',
    year: 2025,
    licence: 'CC0 1.0',
    kind: 'salaries',
    url: 'https://aijobs.net/salaries/',
    attribution: 'aijobs.net (Foorilla LLC)',
  },
  {
    id: 'infosec',
    name: 'isecjobs.com salary survey',
    year: 2025,
    licence: 'CC0 1.0',
    kind: 'salaries',
    url: 'https://isecjobs.com/salaries/',
    attribution: 'isecjobs.com, formerly infosec-jobs.com (Foorilla LLC)',
  },
  {
    id: 'devops',
    name: 'devops-jobs.net salary survey',
    year: 2022,
    licence: 'CC0 1.0',
    kind: 'salaries',
    url: 'https://github.com/foorilla/devops-jobs-net-salaries',
    attribution: 'devops-jobs.net (Foorilla LLC)',
  },
  {
    id: 'stackoverflow',
    name: 'Stack Overflow Developer Survey 2024 (subset)',
    year: 2024,
    licence: 'ODbL 1.0',
    kind: 'salaries',
    url: 'https://survey.stackoverflow.co/',
    attribution: 'Stack Overflow Annual Developer Survey 2024',
  },
  {
    id: 'dou',
    name: 'DOU.ua salary survey',
    year: 2025,
    licence: 'free use with a link to DOU.ua',
    kind: 'salaries',
    url: 'https://dou.ua/',
    attribution: 'DOU.ua (https://dou.ua/)',
  },
  {
    id: 'ashe',
    name: 'UK ONS Annual Survey of Hours and Earnings 2024 (Table 14.7a, full-time annual gross pay)',
    year: 2024,
    licence: 'Open Government Licence v3.0',
    kind: 'statistic',
    url: 'https://www.ons.gov.uk/employmentandlabourmarket/peopleinwork/earningsandworkinghours/datasets/occupation4digitsoc2010ashetable14',
    attribution: 'Source: Office for National Statistics licensed under the Open Government Licence v3.0',
  },
  {
    id: 'jobbank',
    name: 'Canada Job Bank wages 2024 (ESDC, Labour Force Survey), by occupation and economic region',
    year: 2024,
    licence: 'Open Government Licence – Canada 2.0',
    kind: 'statistic',
    url: 'https://open.canada.ca/data/en/dataset/adad580f-76b0-4502-bd05-20c125de9116',
    attribution: 'Contains information licensed under the Open Government Licence – Canada',
  },
  {
    id: 'mom',
    name: 'Singapore Ministry of Manpower Occupational Wages 2024 (monthly basic wage)',
    year: 2024,
    licence: 'Singapore Open Data Licence v1.0',
    kind: 'statistic',
    url: 'https://stats.mom.gov.sg/Pages/Occupational-Wages-Tables2024.aspx',
    attribution: 'Source: Ministry of Manpower, Singapore',
  },
  {
    id: 'abs',
    name: 'Australian Bureau of Statistics, Employee Earnings and Hours, May 2023 (average weekly ordinary-time earnings)',
    year: 2023,
    licence: 'CC BY 4.0',
    kind: 'statistic',
    url: 'https://www.abs.gov.au/statistics/labour/earnings-and-working-conditions/employee-earnings-and-hours-australia/may-2023',
    attribution: 'Source: Australian Bureau of Statistics, Employee Earnings and Hours, May 2023',
  },
  {
    // not a cell source: the country wage levels (meta.wageLevel) that scale a US figure abroad
    id: 'ilostat',
    name: "ILOSTAT average monthly earnings of employees (ILO), the country's wage level a US figure is scaled by",
    year: 2024,
    licence: 'CC BY 4.0',
    kind: 'statistic',
    url: 'https://ilostat.ilo.org/data/',
    attribution:
      'Source: International Labour Organization, ILOSTAT, indicator EAR_4MTH_SEX_GEO_CUR_NB_A (average monthly earnings of employees by sex and rural/urban areas, 2021 PPP $), via github.com/openwashdata-conf/ilostat-wage; licensed under CC BY 4.0. Modified: national all-sexes rows, latest year per country, converted to local currency with World Bank PPP factors and brought to the reference date with CPI inflation',
  },
];

export type SourceId = 'oflc' | 'lca' | 'aijobs' | 'infosec' | 'devops' | 'stackoverflow' | 'dou' | 'ashe' | 'jobbank' | 'mom' | 'abs' | 'ilostat';

/** Canada: Job Bank hourly wages → annual at 37.5 h × 52 weeks (the full-time week Job Bank's annual figures assume). */
export const CA_HOURS_PER_YEAR = 1950;
/** Australia: weekly earnings → annual (365.25 ÷ 7 weeks). */
export const WEEKS_PER_YEAR = 52.18;
/** Singapore: monthly basic wage → annual (× 12; the customary 13th month and bonuses are not included). */
export const MONTHS_PER_YEAR = 12;
/** Job Bank "low" and "high" wages are about the 10th and 90th percentiles. */
export const Z_P10 = -1.2815515655446004;
export const sourceIndex = (id: SourceId): number => SOURCES.findIndex((s) => s.id === id);
