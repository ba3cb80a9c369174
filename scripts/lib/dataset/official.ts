/**
 * Official occupational wage statistics outside the US → statistic cells (role family × all levels
 * × place), the country-level prior the surveys refine:
 *
 * - UK: ONS ASHE Table 14.7a 2024, full-time employee jobs, annual gross pay (incl. bonuses:
 *   basis `total`), p25/p50/p75 per UK SOC 2020 unit group; UK-wide (`o:GB`).
 * - Canada: ESDC Job Bank wages 2024 release, hourly low/median/high (≈ P10/P50/P90) per NOC 2021
 *   × economic region; base pay (`o:CA`, provinces `s:CA-ON`, economic regions as the metros
 *   utils/normalize/location names: `m:CA:Toronto`).
 * - Singapore: MOM Occupational Wages 2024, monthly basic wage p25/p50/p75 per SSOC 2020, all
 *   industries, full-time residents; base pay (`o:SG`).
 * - Australia: ABS EEH May 2023, full-time non-managerial adult employees, mean weekly
 *   ordinary-time cash earnings (≈ base) per ANZSCO 3-digit group (`o:AU`); means → medians and the
 *   band from the UK figures' spread for the same family (the ABS table has no percentiles).
 *
 * Occupation codes → role families:
 * - UK SOC 2020: ONS's coding index (32k job titles people write, each with its SOC 2020 code)
 *   read with the project's title normaliser: a family's unit groups are the ones its titles fall in;
 * - NOC 2021: the NOC 2021 → O*NET-SOC crosswalk, O*NET-SOC → family by its US SOC code;
 * - SSOC 2020: by the occupation's title, read with the title normaliser and naming the family (no
 *   SSOC crosswalk file was available);
 * - ANZSCO: by the group's title, a hand-made table below (no crosswalk file).
 * Each mapping is many-to-many: a family combines the codes holding at least CODE_SHARE_MIN of its
 * best code's evidence, weighted by evidence (× employment where the source has it), in log space.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { familyForSoc, normalizeTitle, type TitleOptions } from '../../../utils/normalize/title';
import { lookupOnetSoc } from './titles';
import { prepareTitle } from '../../../utils/normalize/title-text';
import { normalizeLocation } from '../../../utils/normalize/location';
import { ALL_LEVELS, cellKey, geoKey, type Basis, type DatasetCell } from '../../../utils/estimate/types';
import { csvObjects } from './csv';
import { CA_HOURS_PER_YEAR, MONTHS_PER_YEAR, REFERENCE_DATE, REFERENCE_T, sourceIndex, WEEKS_PER_YEAR, Z, Z_P10, type SourceId } from './constants';
import type { Inflation } from './inflation';
import { xlsxRows } from './xlsx';

/** A code joins a family when it holds at least this share of the family's best code's evidence. */
export const CODE_SHARE_MIN = 0.5;
/** Canada: a NOC needs half its O*NET codes in the family (or a quarter and its own title naming it). */
const CA_MIN_EVIDENCE = 0.5;
/** UK coding index: a unit group needs this many of the family's titles. */
const UK_MIN_TITLES = 3;
/** Official titles count for the family they name as written (title.ts backoff off). */
const NO_BACKOFF: TitleOptions = { backoff: false };

type Q = [number, number, number];

export interface OfficialReport {
  source: SourceId;
  country: string;
  /** occupation rows read (national, the sheet used) */
  rows: number;
  /** rows without a usable median (suppressed or blank) */
  suppressed: number;
  /** family → the codes it was built from */
  families: Record<string, string[]>;
  cells: number;
}

interface CodeStat {
  code: string;
  title: string;
  /** log quartiles, annual, local currency, at the source's date */
  q: Q;
  /** employment (thousands) where the source has it */
  jobs: number | null;
}

interface Evidence {
  code: string;
  score: number;
  /** titles behind it (title-mapped sources) */
  count?: number;
}

const ln = Math.log;

/** The codes a family is built from: those with ≥ CODE_SHARE_MIN of the best code's score. */
function pick(evidence: readonly Evidence[], has: (code: string) => boolean): Evidence[] {
  const usable = evidence.filter((e) => has(e.code) && e.score > 0);
  const best = Math.max(0, ...usable.map((e) => e.score));
  return usable
    .filter((e) => e.score >= CODE_SHARE_MIN * best)
    .sort((a, b) => b.score - a.score || (a.code < b.code ? -1 : 1));
}

/** Weighted mean of log quartiles. */
function combine(parts: readonly { q: Q; w: number }[]): Q {
  const total = parts.reduce((s, p) => s + p.w, 0);
  const out: Q = [0, 0, 0];
  for (const p of parts) for (let i = 0; i < 3; i++) out[i]! += (p.w / total) * p.q[i]!;
  return out;
}

function statCell(family: string, geo: string, q: Q, currency: string, basis: Basis, source: SourceId, lift: number): DatasetCell {
  return {
    key: cellKey(family, ALL_LEVELS, geo, '', basis),
    family,
    level: ALL_LEVELS,
    geo,
    company: null,
    basis,
    kind: 'statistic',
    logP25: q[0] + lift,
    logP50: q[1] + lift,
    logP75: q[2] + lift,
    currency,
    n: null,
    nEff: null,
    sources: [sourceIndex(source)],
    asOf: REFERENCE_DATE,
  };
}

/**
 * The role family an official occupation title names: the title normaliser's family, unless
 * O*NET's titles give the words an occupation of another family ("Marine engineer" is 17-2121,
 * not a software engineer; "Fork-lift truck driver" is 53-7051, not a truck driver).
 */
export function familyOfOfficialTitle(title: string): string | null {
  const family = normalizeTitle(title, null, null, NO_BACKOFF).family;
  if (!family) return null;
  const soc = lookupOnetSoc(prepareTitle(title).segments);
  return soc && familyForSoc(soc) !== family ? null : family;
}

/** Families → evidence per code, from titles read with the title normaliser (level words ignored). */
function byTitles(titles: readonly { code: string; title: string }[], all: readonly { code: string }[] = titles): Map<string, Evidence[]> {
  const titlesSeen = all;
  const tally = new Map<string, Map<string, number>>();
  for (const { code, title } of titles) {
    const family = familyOfOfficialTitle(title);
    if (!family) continue;
    const m = tally.get(family) ?? tally.set(family, new Map()).get(family)!;
    m.set(code, (m.get(code) ?? 0) + 1);
  }
  // a code's evidence for a family: its titles read as the family × the share of the code's titles they are
  // (a unit group where "engineer" titles are a handful among hundreds of fitters is not the family's)
  const perCode = new Map<string, number>();
  for (const { code } of titlesSeen) perCode.set(code, (perCode.get(code) ?? 0) + 1);
  const out = new Map<string, Evidence[]>();
  for (const [family, m] of tally) out.set(family, [...m].map(([code, count]) => ({ code, count, score: (count * count) / perCode.get(code)! })));
  return out;
}

const num = (s: string | undefined): number | null => {
  if (s === undefined || s.trim() === '') return null;
  const x = Number(s);
  return Number.isFinite(x) && x > 0 ? x : null;
};

// ---------------------------------------------------------------------------------------------
// UK · ASHE Table 14.7a, Full-Time sheet, mapped through the SOC 2020 coding index
// ---------------------------------------------------------------------------------------------

export const ASHE_T = 2024.29; // April 2024

export interface UkData {
  codes: Map<string, CodeStat>;
  families: Map<string, Evidence[]>;
  report: Pick<OfficialReport, 'rows' | 'suppressed'>;
}

export function readUk(dataDir: string): UkData {
  const { rows } = csvObjects(readFileSync(join(dataDir, 'uk-ons-ashe-table14-2024/ashe-table14.7a-annual-gross-2024.csv'), 'utf8'));
  const codes = new Map<string, CodeStat>();
  let read = 0;
  let suppressed = 0;
  for (const r of rows) {
    if (r.sheet !== 'Full-Time' || !/^\d{4}$/.test(r.soc2020 ?? '')) continue;
    read++;
    const p50 = num(r.median);
    // a missing quartile (CV > 20%) is read from its neighbours (p20/p30, p70/p80)
    const p25 = num(r.p25) ?? (num(r.p20) && num(r.p30) ? Math.sqrt(num(r.p20)! * num(r.p30)!) : null);
    const p75 = num(r.p75) ?? (num(r.p70) && num(r.p80) ? Math.sqrt(num(r.p70)! * num(r.p80)!) : null);
    if (!p50 || !p25 || !p75) {
      suppressed++;
      continue;
    }
    codes.set(r.soc2020!, { code: r.soc2020!, title: r.description ?? '', q: [ln(p25), ln(p50), ln(p75)], jobs: num(r.jobs_thousand) });
  }
  // the coding index: column G SOC_2020, column V INDEXOCC in natural word order
  const index = xlsxRows(join(dataDir, 'occupation-crosswalks/soc2020volume2thecodingindexexcel16042025.xlsx'), 'SOC2020 coding index');
  const seen = new Set<string>();
  const titles: { code: string; title: string }[] = [];
  for (const row of index.slice(1)) {
    const code = row[6];
    const title = row[21];
    if (!code || !/^\d{4}$/.test(code) || !title) continue;
    const k = `${code}|${title.toLowerCase()}`;
    if (seen.has(k)) continue;
    seen.add(k);
    titles.push({ code, title });
  }
  const families = byTitles(titles);
  for (const [f, ev] of families) families.set(f, ev.filter((e) => (e.count ?? 0) >= UK_MIN_TITLES));
  return { codes, families, report: { rows: read, suppressed } };
}

// ---------------------------------------------------------------------------------------------
// Canada · Job Bank wages (2024 release) × economic region, NOC 2021 → O*NET-SOC
// ---------------------------------------------------------------------------------------------

/** The 2024 release rests on Labour Force Survey data of about 2021–2023. */
export const JOBBANK_T = 2023.0;

/** Province/territory of an economic region, by its first two digits. */
const CA_PROVINCES: Record<string, string> = {
  '10': 'CA-NL', '11': 'CA-PE', '12': 'CA-NS', '13': 'CA-NB', '24': 'CA-QC', '35': 'CA-ON',
  '46': 'CA-MB', '47': 'CA-SK', '48': 'CA-AB', '59': 'CA-BC', '60': 'CA-YT', '61': 'CA-NT', '62': 'CA-NU',
};

/**
 * Economic regions → the cities they stand for (looked up with the location normaliser, so the
 * cell is keyed by the metro name a posting resolves to: Mississauga → "Toronto"). Regions of a
 * single province or territory (PEI, the territories) are the province's cell.
 */
const CA_REGION_PLACES: Record<string, string[]> = {
  ER1010: ["St. John's"],
  ER1250: ['Halifax'],
  ER1320: ['Moncton'],
  ER1330: ['Saint John'],
  ER1340: ['Fredericton'],
  ER2420: ['Quebec City'],
  ER2430: ['Sherbrooke'],
  ER2440: ['Montreal'],
  ER2470: ['Trois-Rivieres'],
  ER2475: ['Saguenay'],
  ER3510: ['Ottawa'],
  ER3515: ['Kingston'],
  ER3530: ['Toronto'],
  ER3540: ['Kitchener', 'Barrie', 'Guelph'],
  ER3550: ['Hamilton', 'St. Catharines', 'Niagara Falls'],
  ER3560: ['London'],
  ER3570: ['Windsor', 'Sarnia'],
  ER3590: ['Sudbury'],
  ER3595: ['Thunder Bay'],
  ER4650: ['Winnipeg'],
  ER4710: ['Regina'],
  ER4730: ['Saskatoon'],
  ER4810: ['Lethbridge', 'Medicine Hat'],
  ER4830: ['Calgary'],
  ER4850: ['Red Deer'],
  ER4860: ['Edmonton'],
  ER5910: ['Victoria', 'Nanaimo'],
  ER5920: ['Vancouver', 'Abbotsford'],
  ER5930: ['Kelowna', 'Kamloops'],
};

/** Province codes → names (the state labels of dataset-meta). */
export const CA_PROVINCE_NAMES: Record<string, string> = {
  'CA-NL': 'Newfoundland and Labrador', 'CA-PE': 'Prince Edward Island', 'CA-NS': 'Nova Scotia', 'CA-NB': 'New Brunswick',
  'CA-QC': 'Quebec', 'CA-ON': 'Ontario', 'CA-MB': 'Manitoba', 'CA-SK': 'Saskatchewan', 'CA-AB': 'Alberta',
  'CA-BC': 'British Columbia', 'CA-YT': 'Yukon', 'CA-NT': 'Northwest Territories', 'CA-NU': 'Nunavut',
};

/** The cell geography of an economic region: national, province, or the metros it stands for. */
function caGeos(er: string): string[] {
  if (er === 'ER00') return [geoKey.official('CA')];
  const province = CA_PROVINCES[er.slice(2, 4)];
  if (!province) return [];
  if (er.length === 4 || er === 'ER1110' || er === 'ER6010' || er === 'ER6110' || er === 'ER6210') return [geoKey.state(province)];
  const out = new Set<string>();
  for (const place of CA_REGION_PLACES[er] ?? []) {
    const loc = normalizeLocation(`${place}, ${province.slice(3)}, Canada`, 'CA');
    const name = loc.country === 'CA' ? (loc.metro ?? loc.city) : null;
    if (name) out.add(geoKey.city('CA', name));
  }
  return [...out].sort();
}

export interface CaData {
  /** NOC → geo → quartiles */
  byGeo: Map<string, Map<string, Q>>;
  titles: Map<string, string>;
  families: Map<string, Evidence[]>;
  report: Pick<OfficialReport, 'rows' | 'suppressed'>;
}

export function readCa(dataDir: string): CaData {
  const { rows } = csvObjects(readFileSync(join(dataDir, 'ca-jobbank-wages/jobbank-wages-2016-2020-2024-noc2021.csv'), 'utf8'));
  const byGeo = new Map<string, Map<string, Q>>();
  const titles = new Map<string, string>();
  const k = -Z.p25 / -Z_P10; // p10 → p25 distance on the normal scale
  let read = 0;
  let suppressed = 0;
  for (const r of rows) {
    const noc = (r.NOC_2021 ?? '').padStart(5, '0');
    if (r.ER_Code === 'ER00') read++;
    const lo = num(r.Low_Wage_2024);
    const med = num(r.Median_Wage_2024);
    const hi = num(r.High_Wage_2024);
    if (!med || !lo || !hi || lo > med || hi < med) {
      if (r.ER_Code === 'ER00') suppressed++;
      continue;
    }
    // hourly (a value above 200 would be an annual rate; none is)
    const perYear = med > 200 ? 1 : CA_HOURS_PER_YEAR;
    const m = ln(med * perYear);
    const q: Q = [m - k * (m - ln(lo * perYear)), m, m + k * (ln(hi * perYear) - m)];
    titles.set(noc, r.NOC_Title_2021 ?? '');
    for (const geo of caGeos(r.ER_Code ?? '')) (byGeo.get(noc) ?? byGeo.set(noc, new Map()).get(noc)!).set(geo, q);
  }
  // NOC 2021 → O*NET-SOC → family; a NOC's evidence for a family is the share of its O*NET codes
  const cross = csvObjects(readFileSync(join(dataDir, 'occupation-crosswalks/noc2021_onet26.csv'), 'utf8')).rows;
  const perNoc = new Map<string, string[]>();
  for (const r of cross) {
    const noc = (r.noc ?? '').padStart(5, '0');
    const soc = (r.onet ?? '').slice(0, 7);
    if (!/^\d{2}-\d{4}$/.test(soc)) continue;
    (perNoc.get(noc) ?? perNoc.set(noc, []).get(noc)!).push(soc);
  }
  const families = new Map<string, Evidence[]>();
  for (const [noc, socs] of [...perNoc].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const counts = new Map<string, number>();
    for (const soc of socs) {
      const family = familyForSoc(soc);
      if (family) counts.set(family, (counts.get(family) ?? 0) + 1);
    }
    // the NOC's own title agreeing with the family doubles its evidence
    const own = normalizeTitle(titles.get(noc) ?? '', null, null, NO_BACKOFF).family;
    for (const [family, c] of counts) {
      const ev = families.get(family) ?? families.set(family, []).get(family)!;
      const score = (c / socs.length) * (own === family ? 2 : 1);
      if (score >= CA_MIN_EVIDENCE) ev.push({ code: noc, score });
    }
  }
  return { byGeo, titles, families, report: { rows: read, suppressed } };
}

// ---------------------------------------------------------------------------------------------
// Singapore · MOM Occupational Wages 2024, table T4 (all industries), by title
// ---------------------------------------------------------------------------------------------

export const MOM_T = 2024.45; // June 2024

/** Words of a family's name that say nothing on their own. */
const GENERIC_FAMILY_WORDS = new Set(['engineer', 'manager', 'specialist', 'representative', 'associate', 'worker', 'assistant', 'officer', 'analyst', 'administrator', 'operator', 'clerk', 'agent', 'driver', 'scientist', 'technician', 'and', 'sales', 'it']);

/**
 * Singapore's titles are one per code, so a title must also use a distinctive word of the family's
 * name ("Software developer" for Software Engineer; not "Marine engineer", which the title
 * normaliser reads as an engineer of any kind).
 */
function namesFamily(title: string, family: string): boolean {
  const words = new Set(title.toLowerCase().split(/[^a-z]+/).filter(Boolean));
  const own = family.toLowerCase().split(/[^a-z]+/).filter((w) => w && !GENERIC_FAMILY_WORDS.has(w));
  return own.length === 0 || own.some((w) => words.has(w));
}

export function readSg(dataDir: string): UkData {
  const { rows } = csvObjects(readFileSync(join(dataDir, 'sg-mom-occupational-wages-2024/mom-occupational-wages-2024.csv'), 'utf8'));
  const codes = new Map<string, CodeStat>();
  const titles: { code: string; title: string }[] = [];
  let read = 0;
  let suppressed = 0;
  for (const r of rows) {
    if (r.table !== 'T4') continue;
    read++;
    const p25 = num(r.basic_p25);
    const p50 = num(r.basic_median);
    const p75 = num(r.basic_p75);
    if (!p25 || !p50 || !p75) {
      suppressed++;
      continue;
    }
    const code = r.ssoc2020!;
    const title = r.occupation ?? '';
    codes.set(code, { code, title, q: [ln(p25 * MONTHS_PER_YEAR), ln(p50 * MONTHS_PER_YEAR), ln(p75 * MONTHS_PER_YEAR)], jobs: null });
    // the title before any "(…)" note; a title with level words (assistant accountant, senior…) is a
    // different occupation from the family's plain one, so only plain titles count
    const plain = title.replace(/\s*\(.*$/, '').split('/')[0]!.trim();
    const t = normalizeTitle(plain, null, null, NO_BACKOFF);
    const fam = familyOfOfficialTitle(plain);
    if (fam && namesFamily(plain, fam) && t.flags.includes('level_defaulted')) {
      titles.push({ code, title: plain });
    }
  }
  return { codes, families: byTitles(titles), report: { rows: read, suppressed } };
}

// ---------------------------------------------------------------------------------------------
// Australia · ABS EEH May 2023, ANZSCO 3-digit groups, by title
// ---------------------------------------------------------------------------------------------

export const ABS_T = 2023.37; // May 2023

/**
 * ANZSCO 2013 unit groups → role families, read off the groups' titles (no ANZSCO ↔ ISCO or SOC
 * file was available). Only groups whose title plainly covers the family; managers are absent
 * from the table (non-managerial employees only).
 */
export const ANZSCO_FAMILIES: Readonly<Record<string, readonly string[]>> = {
  '211': ['Graphic Designer'],
  '212': ['Content Writer', 'Communications Specialist'],
  '221': ['Accountant'],
  '222': ['Financial Advisor'],
  '223': ['HR Specialist', 'Recruiter'],
  '224': ['Data Analyst', 'Economist', 'Actuary'],
  '225': ['Marketing Specialist', 'Sales Representative', 'Account Executive', 'Solutions/Sales Engineer'],
  '232': ['Architect', 'Interior Designer', 'Industrial Designer'],
  '233': ['Civil Engineer', 'Mechanical Engineer', 'Electrical Engineer', 'Chemical Engineer', 'Industrial Engineer', 'Aerospace Engineer', 'Biomedical Engineer', 'Environmental Engineer', 'Hardware Engineer'],
  '234': ['Chemist', 'Life Scientist'],
  '241': ['Teacher'],
  '242': ['Professor'],
  '251': ['Pharmacist', 'Medical Laboratory Scientist'],
  '252': ['Physical Therapist', 'Occupational Therapist', 'Speech-Language Pathologist'],
  '253': ['Physician'],
  '254': ['Registered Nurse', 'Nurse Practitioner'],
  '261': ['Software Engineer', 'Business Analyst', 'Systems Analyst', 'QA/SDET Engineer'],
  '262': ['Database Administrator', 'Systems Administrator', 'Security Engineer'],
  '263': ['Network Engineer', 'IT Support Specialist'],
  '271': ['Lawyer'],
  '272': ['Social Worker', 'Psychologist'],
  '313': ['IT Support Specialist'],
  '411': ['Licensed Practical Nurse'],
  '421': ['Childcare Worker'],
  '422': ['Teaching Assistant'],
  '423': ['Caregiver', 'Nursing Assistant'],
  '431': ['Food Service Worker'],
  '512': ['Office Manager'],
  '521': ['Executive Assistant', 'Administrative Assistant'],
  '532': ['Data Entry Clerk'],
  '541': ['Customer Support Representative'],
  '542': ['Receptionist'],
  '551': ['Bookkeeper'],
  '611': ['Insurance Agent'],
  '612': ['Real Estate Agent'],
  '621': ['Retail Sales Associate'],
  '631': ['Cashier'],
  '711': ['Production Worker'],
  '721': ['Forklift Operator'],
  '731': ['Bus Driver'],
  '732': ['Delivery Driver'],
  '733': ['Truck Driver'],
  '741': ['Warehouse Associate'],
  '851': ['Food Service Worker'],
};

export function readAu(dataDir: string): UkData {
  const { rows } = csvObjects(readFileSync(join(dataDir, 'au-abs-eeh-2023/abs-eeh-may2023-occupation.csv'), 'utf8'));
  const codes = new Map<string, CodeStat>();
  let read = 0;
  let suppressed = 0;
  for (const r of rows) {
    if (r.table !== 'Table_1' || !/^\d{3}$/.test(r.anzsco ?? '')) continue;
    read++;
    const weekly = num(r.persons_weekly_ordinary_cash);
    if (!weekly) {
      suppressed++;
      continue;
    }
    const m = ln(weekly * WEEKS_PER_YEAR); // the mean; the median and band are set in officialCells
    codes.set(r.anzsco!, { code: r.anzsco!, title: r.occupation ?? '', q: [m, m, m], jobs: null });
  }
  const families = new Map<string, Evidence[]>();
  for (const [code, fams] of Object.entries(ANZSCO_FAMILIES)) {
    for (const f of fams) (families.get(f) ?? families.set(f, []).get(f)!).push({ code, score: 1 });
  }
  return { codes, families, report: { rows: read, suppressed } };
}

// ---------------------------------------------------------------------------------------------
// cells
// ---------------------------------------------------------------------------------------------

export interface OfficialResult {
  cells: DatasetCell[];
  reports: OfficialReport[];
  /** province code → name, for the scope labels */
  stateNames: Record<string, string>;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const i = s.length >> 1;
  return s.length % 2 ? s[i]! : (s[i - 1]! + s[i]!) / 2;
};

/** Every official statistic cell; `families` limits them to role families the estimator knows. */
export function officialCells(dataDir: string, families: ReadonlySet<string>, inflation: Inflation): OfficialResult {
  const cells: DatasetCell[] = [];
  const reports: OfficialReport[] = [];
  const lift = (currency: string, t: number) => ln(inflation.factor(currency, t, REFERENCE_T));
  const famSorted = [...families].sort();

  // UK
  const uk = readUk(dataDir);
  const ukReport: OfficialReport = { source: 'ashe', country: 'GB', ...uk.report, families: {}, cells: 0 };
  const ukSpread = new Map<string, { lo: number; hi: number }>();
  for (const family of famSorted) {
    const chosen = pick(uk.families.get(family) ?? [], (c) => uk.codes.has(c));
    if (!chosen.length) continue;
    const q = combine(chosen.map((e) => ({ q: uk.codes.get(e.code)!.q, w: e.score * (uk.codes.get(e.code)!.jobs ?? 1) })));
    cells.push(statCell(family, geoKey.official('GB'), q, 'GBP', 'total', 'ashe', lift('GBP', ASHE_T)));
    ukSpread.set(family, { lo: q[1] - q[0], hi: q[2] - q[1] });
    ukReport.families[family] = chosen.map((e) => `${e.code} ${uk.codes.get(e.code)!.title}`);
  }
  ukReport.cells = Object.keys(ukReport.families).length;
  reports.push(ukReport);

  // Canada
  const ca = readCa(dataDir);
  const caReport: OfficialReport = { source: 'jobbank', country: 'CA', ...ca.report, families: {}, cells: 0 };
  for (const family of famSorted) {
    const chosen = pick(ca.families.get(family) ?? [], (c) => !!ca.byGeo.get(c)?.has(geoKey.official('CA')));
    if (!chosen.length) continue;
    const geos = new Set(chosen.flatMap((e) => [...ca.byGeo.get(e.code)!.keys()]));
    for (const geo of [...geos].sort()) {
      // a place's figure: the chosen codes it has (each code's weight as nationally)
      const parts = chosen.filter((e) => ca.byGeo.get(e.code)!.has(geo)).map((e) => ({ q: ca.byGeo.get(e.code)!.get(geo)!, w: e.score }));
      // a place missing the family's main code would stand for a different mix: national instead
      if (!ca.byGeo.get(chosen[0]!.code)!.has(geo)) continue;
      cells.push(statCell(family, geo, combine(parts), 'CAD', 'base', 'jobbank', lift('CAD', JOBBANK_T)));
      caReport.cells++;
    }
    caReport.families[family] = chosen.map((e) => `${e.code} ${ca.titles.get(e.code) ?? ''}`);
  }
  reports.push(caReport);

  // Singapore
  const sg = readSg(dataDir);
  const sgReport: OfficialReport = { source: 'mom', country: 'SG', ...sg.report, families: {}, cells: 0 };
  for (const family of famSorted) {
    const chosen = pick(sg.families.get(family) ?? [], (c) => sg.codes.has(c));
    if (!chosen.length) continue;
    const q = combine(chosen.map((e) => ({ q: sg.codes.get(e.code)!.q, w: e.score })));
    cells.push(statCell(family, geoKey.official('SG'), q, 'SGD', 'base', 'mom', lift('SGD', MOM_T)));
    sgReport.families[family] = chosen.map((e) => `${e.code} ${sg.codes.get(e.code)!.title}`);
  }
  sgReport.cells = Object.keys(sgReport.families).length;
  reports.push(sgReport);

  // Australia: mean → median with σ from the UK spread of the same family (pooled median otherwise)
  const au = readAu(dataDir);
  const auReport: OfficialReport = { source: 'abs', country: 'AU', ...au.report, families: {}, cells: 0 };
  const pooled = { lo: median([...ukSpread.values()].map((s) => s.lo)), hi: median([...ukSpread.values()].map((s) => s.hi)) };
  for (const family of famSorted) {
    const chosen = pick(au.families.get(family) ?? [], (c) => au.codes.has(c));
    if (!chosen.length) continue;
    const mean = combine(chosen.map((e) => ({ q: au.codes.get(e.code)!.q, w: e.score })))[1];
    const spread = ukSpread.get(family) ?? pooled;
    const sigma = (spread.lo + spread.hi) / (Z.p75 - Z.p25);
    const m = mean - (sigma * sigma) / 2;
    cells.push(statCell(family, geoKey.official('AU'), [m - spread.lo, m, m + spread.hi], 'AUD', 'base', 'abs', lift('AUD', ABS_T)));
    auReport.families[family] = chosen.map((e) => `${e.code} ${au.codes.get(e.code)!.title}`);
  }
  auReport.cells = Object.keys(auReport.families).length;
  reports.push(auReport);

  return { cells, reports, stateNames: CA_PROVINCE_NAMES };
}
