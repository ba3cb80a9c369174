/**
 * Readers for each salary source under ../shared/data: raw files → `RawObs` (one reported salary,
 * still with its source's title text, level and units), plus a count of what was dropped and why.
 * Units are converted here to a gross annual figure in the row's own currency; titles, levels and
 * places are normalised later (observations.ts) with utils/normalize.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bunzip2 } from './bzip2';
import { csvObjects, parseCsv } from './csv';
import { DOU_GROSS_UP, HOURS_PER_YEAR, type SourceId } from './constants';
import { dataLevelFromYears } from '../../../utils/estimate/levels';
import type { Basis, DataLevel } from '../../../utils/estimate/types';

export interface RawObs {
  source: SourceId;
  /** English title text for normalizeTitle */
  title: string;
  /** raw employer name (H-1B filings only) */
  employer: string | null;
  /** the source's own level, mapped to ours; null = not known (the row joins all-level cells only) */
  level: DataLevel | null;
  /** take the level from the title instead (H-1B filings, where no level is reported) */
  levelFromTitle: boolean;
  /** ISO 3166-1 alpha-2 */
  country: string;
  /** "US-CA" for US rows that name a state */
  state: string | null;
  /** the city/metro area for rows that name one, as utils/normalize/location names it ("Kyiv", "Lviv") */
  city?: string | null;
  /** gross annual amount in `currency`, at time `t` */
  amount: number;
  currency: string;
  /** the publisher's own USD conversion, used when `currency` has no exchange rate */
  usd: number | null;
  /** when the salary was observed, as a fractional year */
  t: number;
  basis: Basis;
  /** a hint for the title normaliser: the source's SOC code (H-1B) */
  soc: string | null;
  /** false for a second observation of the same row (DOU's total pay next to its base pay): counted once in reports */
  primary?: boolean;
}

export interface ReadReport {
  source: SourceId;
  rows: number;
  kept: number;
  dropped: Record<string, number>;
}

export interface ReadResult {
  obs: RawObs[];
  report: ReadReport;
}

function reporter(source: SourceId) {
  const report: ReadReport = { source, rows: 0, kept: 0, dropped: {} };
  return {
    report,
    drop(reason: string) {
      report.dropped[reason] = (report.dropped[reason] ?? 0) + 1;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// aijobs.net / isecjobs.com / devops-jobs.net (same 11-column schema, same publisher)
// ---------------------------------------------------------------------------------------------

const FOORILLA_LEVELS: Record<string, DataLevel> = { EN: 'entry', MI: 'mid', SE: 'senior', EX: 'director' };

/** Date of each file's snapshot: rows of the snapshot's year are observed no later than it. */
const FOORILLA_FILES: { source: SourceId; path: string; snapshotT: number }[] = [
  { source: 'aijobs', path: 'aijobs-net-salaries/salaries.csv', snapshotT: 2025.05 },
  { source: 'infosec', path: 'infosec-jobs-salaries/salaries.csv', snapshotT: 2025.59 },
  { source: 'devops', path: 'devops-jobs-salaries/salaries.csv', snapshotT: 2022.16 },
];

/**
 * The three Foorilla surveys. Exact duplicate rows (all 11 columns equal; about half of the
 * aijobs/isecjobs rows) are one salary: the first is kept, across the three files.
 */
export function readFoorilla(dataDir: string, seen: Set<string>): ReadResult[] {
  return FOORILLA_FILES.map(({ source, path, snapshotT }) => {
    const { report, drop } = reporter(source);
    const obs: RawObs[] = [];
    const [header, ...rows] = parseCsv(readFileSync(join(dataDir, path), 'utf8'));
    const col = (name: string) => header!.indexOf(name);
    const c = {
      year: col('work_year'),
      level: col('experience_level'),
      type: col('employment_type'),
      title: col('job_title'),
      salary: col('salary'),
      currency: col('salary_currency'),
      usd: col('salary_in_usd'),
      residence: col('employee_residence'),
      companyLocation: col('company_location'),
    };
    for (const r of rows) {
      report.rows++;
      const dedup = r.join('\u0001');
      if (seen.has(dedup)) {
        drop('exact duplicate');
        continue;
      }
      seen.add(dedup);
      if (r[c.type] !== 'FT') {
        drop('not full-time (part-time, contract or freelance)');
        continue;
      }
      const residence = r[c.residence] ?? '';
      if (residence !== r[c.companyLocation]) {
        // cross-border remote pay is neither market's: left out
        drop('employee and company in different countries');
        continue;
      }
      const amount = Number(r[c.salary]);
      const year = Number(r[c.year]);
      if (!(amount > 0) || !Number.isInteger(year) || !/^[A-Z]{2}$/.test(residence)) {
        drop('unreadable row');
        continue;
      }
      const usd = Number(r[c.usd]);
      obs.push({
        source,
        title: r[c.title] ?? '',
        employer: null,
        level: FOORILLA_LEVELS[r[c.level] ?? ''] ?? null,
        levelFromTitle: false,
        country: residence,
        state: null,
        amount,
        currency: (r[c.currency] ?? '').toUpperCase(),
        usd: usd > 0 ? usd : null,
        t: Math.min(year + 0.5, snapshotT),
        basis: 'base',
        soc: null,
      });
      report.kept++;
    }
    return { obs, report };
  });
}

// ---------------------------------------------------------------------------------------------
// DOU.ua (Ukraine): monthly NET US dollars, base pay ("лише ставка"); bonuses apart in 2025
// ---------------------------------------------------------------------------------------------

const DOU_LEVELS: Record<string, DataLevel | null | 'drop'> = {
  Junior: 'entry',
  Middle: 'mid',
  Senior: 'senior',
  'Lead/Team Lead': 'staff',
  'Lead / Team Lead': 'staff',
  'Tech Lead': 'staff',
  Staff: 'staff',
  Principal: 'staff',
  Architect: 'staff',
  Manager: 'manager',
  Head: 'vp',
  'CEO / C-level (Chief) / Director / VP': 'exec',
  'Немає тайтлу': null, // "no title": all-level cells only
  'Intern/Trainee': 'intern',
};

/** "Back-end розробка" → "Backend" (prefix for the software engineer title). */
const DOU_SPECIALIZATION: [RegExp, string][] = [
  [/^back-?\s*end/i, 'Backend'],
  [/^front-?\s*end/i, 'Frontend'],
  [/^full\s*stack/i, 'Full Stack'],
  [/^mobile/i, 'Mobile'],
  [/^embedded/i, 'Embedded'],
];

/** "BA (Business Analyst)" → "Business Analyst"; "Automation QA / AQA" → "Automation QA". */
export function douTitle(position: string, specialization: string): string {
  let p = position.trim();
  const paren = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(p);
  if (paren) p = paren[1]!.trim().length <= 3 ? paren[2]!.trim() : paren[1]!.trim();
  p = p.split(' / ')[0]!.trim();
  if (/^software (engineer|developer)/i.test(p)) {
    const spec = DOU_SPECIALIZATION.find(([re]) => re.test(specialization.trim()));
    if (spec) p = `${spec[1]} ${p}`;
  }
  return p;
}

interface DouWave {
  file: string;
  encoding: string;
  wave: keyof typeof DOU_GROSS_UP;
  t: number;
  employment: (v: string) => boolean;
  columns: { salary: string; bonus: string | null; level: string; position: string; spec: string; living: string; employment: string; oblast: string | null };
}

const DOU_WAVES: DouWave[] = [
  {
    file: 'dou-ua-salaries/2024_dec_raw.csv',
    encoding: 'utf-8',
    wave: '2024-12',
    t: 2024.92,
    employment: (v) => v === 'Працюю full-time',
    columns: {
      employment: 'Ваша основна зайнятість в ІТ зараз...',
      salary: 'Зарплата / дохід в IT у $$$ за місяць',
      bonus: null,
      level: 'Оберіть ваш тайтл або роль у компанії',
      position: 'Position',
      spec: 'Розробники -  основна спеціалізація',
      living: 'Де ви зараз живете?',
      oblast: 'В якій області ви зараз живете?',
    },
  },
  {
    file: 'dou-ua-salaries/2025_june_raw.csv',
    encoding: 'windows-1251',
    wave: '2025-06',
    t: 2025.45,
    // employees of IT companies/departments and full-time contractors of a foreign client; not freelancers
    employment: (v) => v.startsWith('Працюю в IT-компанії') || v.startsWith('Я контрактор'),
    columns: {
      employment: 'Ваша основна зайнятість в ІТ зараз...',
      salary: 'ЗАРПЛАТА / СУМАРНИЙ ДОХІД в IT у $$$ за місяць',
      bonus: 'Всі бонуси (на місяць)',
      level: 'Тайтл',
      position: 'Почніть вводити і оберіть вашу ОСНОВНУ посаду зі списку',
      spec: 'Вкажіть вашу основну спеціалізацію',
      living: 'Де ви зараз живете?',
      oblast: null,
    },
  },
];

/**
 * DOU 2024-12 asks for the oblast ("<city> or its oblast"): the oblast's main city, in the English
 * name utils/normalize/location gives it. Only the city-named answers are read (never "other").
 */
const DOU_OBLAST_CITY: Record<string, string> = {
  'Київ чи область': 'Kyiv',
  'Львів чи область': 'Lviv',
  'Дніпро чи область': 'Dnipro',
  'Одеса чи область': 'Odesa',
  'Харків чи область': 'Kharkiv',
  'Івано-Франківськ чи область': 'Ivano-Frankivsk',
  'Вінниця чи область': 'Vinnytsia',
  'Черкаси чи область': 'Cherkasy',
  'Полтава чи область': 'Poltava',
  'Хмельницький чи область': 'Khmelnytskyi',
  'Тернопіль чи область': 'Ternopil',
  'Запоріжжя чи область': 'Zaporizhzhia',
  'Ужгород чи область': 'Uzhhorod',
  'Чернівці чи область': 'Chernivtsi',
  'Луцьк чи область': 'Lutsk',
  'Рівне чи область': 'Rivne',
  'Житомир чи область': 'Zhytomyr',
  'Миколаїв чи область': 'Mykolaiv',
  'Чернігів чи область': 'Chernihiv',
  'Суми чи область': 'Sumy',
  'Кропивницький чи область': 'Kropyvnytskyi',
  'Херсон чи область': 'Kherson',
};

/** Monthly net → annual gross under the ФОП single-tax assumption (constants.ts). */
export function douAnnualGross(netMonthly: number, wave: keyof typeof DOU_GROSS_UP): number {
  const g = DOU_GROSS_UP[wave];
  return ((netMonthly + g.esvUsdPerMonth) / (1 - g.singleTax - g.militaryLevy)) * 12;
}

export function readDou(dataDir: string): ReadResult {
  const { report, drop } = reporter('dou');
  const obs: RawObs[] = [];
  for (const wave of DOU_WAVES) {
    const text = new TextDecoder(wave.encoding).decode(readFileSync(join(dataDir, wave.file)));
    const [header = [], ...rows] = parseCsv(text);
    const col = (prefix: string) => {
      const i = header.findIndex((h) => h.trim().startsWith(prefix));
      if (i < 0) throw new Error(`DOU ${wave.file}: no column "${prefix}"`);
      return i;
    };
    const c = {
      employment: col(wave.columns.employment),
      salary: col(wave.columns.salary),
      bonus: wave.columns.bonus ? col(wave.columns.bonus) : -1,
      level: col(wave.columns.level),
      position: col(wave.columns.position),
      spec: col(wave.columns.spec),
      living: col(wave.columns.living),
      oblast: wave.columns.oblast ? col(wave.columns.oblast) : -1,
    };
    const seen = new Set<string>();
    for (const r of rows) {
      report.rows++;
      const dedup = r.join('\u0001');
      if (seen.has(dedup)) {
        drop('exact duplicate');
        continue;
      }
      seen.add(dedup);
      if (!wave.employment(r[c.employment] ?? '')) {
        drop('not working full-time (part-time, freelance, looking, on leave)');
        continue;
      }
      if (r[c.living] !== 'В Україні') {
        drop('living outside Ukraine');
        continue;
      }
      const level = DOU_LEVELS[r[c.level] ?? ''];
      if (level === 'drop') {
        drop('intern/trainee');
        continue;
      }
      const net = Number(r[c.salary]);
      if (!(net > 0)) {
        drop('no salary');
        continue;
      }
      const base = {
        source: 'dou' as const,
        title: douTitle(r[c.position] ?? '', r[c.spec] ?? ''),
        employer: null,
        level: level ?? null,
        levelFromTitle: false,
        country: 'UA',
        state: null,
        city: c.oblast >= 0 ? (DOU_OBLAST_CITY[r[c.oblast] ?? ''] ?? null) : null,
        currency: 'USD',
        usd: null,
        t: wave.t,
        soc: null,
      };
      obs.push({ ...base, amount: douAnnualGross(net, wave.wave), basis: 'base' });
      if (c.bonus >= 0) {
        const bonus = Number(r[c.bonus]);
        obs.push({ ...base, amount: douAnnualGross(net + (bonus > 0 ? bonus : 0), wave.wave), basis: 'total', primary: false });
      }
      report.kept++;
    }
  }
  return { obs, report };
}

// ---------------------------------------------------------------------------------------------
// Stack Overflow Developer Survey 2024 (subset): annual total compensation, local currency
// ---------------------------------------------------------------------------------------------

/** DevType → a representative title (normalizeTitle then gives the family). Unlisted types are left out. */
export const SO_DEVTYPE_TITLES: Record<string, string> = {
  'Developer, full-stack': 'Full Stack Software Engineer',
  'Developer, back-end': 'Backend Software Engineer',
  'Developer, front-end': 'Frontend Software Engineer',
  'Developer, desktop or enterprise applications': 'Software Engineer',
  'Developer, mobile': 'Mobile Software Engineer',
  'Developer, embedded applications or devices': 'Embedded Software Engineer',
  'Developer, game or graphics': 'Game Developer',
  'Developer, QA or test': 'QA Engineer',
  'Developer, AI': 'Machine Learning Engineer',
  'Engineering manager': 'Engineering Manager',
  'Senior Executive (C-Suite, VP, etc.)': 'Chief Technology Officer',
  'DevOps specialist': 'DevOps Engineer',
  'Data engineer': 'Data Engineer',
  'Data scientist or machine learning specialist': 'Data Scientist',
  'Cloud infrastructure engineer': 'Cloud Engineer',
  'Engineer, site reliability': 'Site Reliability Engineer',
  'Security professional': 'Security Engineer',
  'Data or business analyst': 'Data Analyst',
  'Project manager': 'Project Manager',
  'Product manager': 'Product Manager',
  'System administrator': 'Systems Administrator',
  'Database administrator': 'Database Administrator',
  Blockchain: 'Blockchain Developer',
  Designer: 'Product Designer',
  'Hardware Engineer': 'Hardware Engineer',
  'Developer Advocate': 'Developer Advocate',
};


export function readStackOverflow(dataDir: string, countryCode: (name: string) => string | null): ReadResult {
  const { report, drop } = reporter('stackoverflow');
  const obs: RawObs[] = [];
  const raw = bunzip2(readFileSync(join(dataDir, 'stackoverflow-2024-subset-ibm/survey_data_updated.csv.bz2')));
  const { rows } = csvObjects(new TextDecoder('utf-8').decode(raw));
  for (const r of rows) {
    report.rows++;
    const employment = r.Employment ?? '';
    if (!employment.split(';').includes('Employed, full-time') || /Independent contractor|part-time/.test(employment)) {
      drop('not employed full-time (part-time, freelance, student, not employed)');
      continue;
    }
    const title = SO_DEVTYPE_TITLES[r.DevType ?? ''];
    if (!title) {
      drop('developer type without a role family (student, educator, researcher, other)');
      continue;
    }
    const comp = Number(r.CompTotal);
    const usd = Number(r.ConvertedCompYearly);
    if (!(comp > 0) || !(usd > 0) || r.CompTotal === '' || r.ConvertedCompYearly === '') {
      drop('no compensation (or not validated by Stack Overflow)');
      continue;
    }
    const country = countryCode(r.Country ?? '');
    if (!country) {
      drop('unknown country');
      continue;
    }
    const yearsText = r.YearsCodePro ?? '';
    const years = yearsText === 'Less than 1 year' ? 0 : yearsText === 'More than 50 years' ? 51 : Number(yearsText);
    const isIc = !/manager|Executive/.test(r.DevType ?? '');
    obs.push({
      source: 'stackoverflow',
      title,
      employer: null,
      level: isIc && yearsText !== '' && Number.isFinite(years) ? dataLevelFromYears(years) : null,
      levelFromTitle: !isIc,
      country,
      state: null,
      amount: comp,
      currency: (r.Currency ?? '').slice(0, 3).toUpperCase(),
      usd,
      t: 2024.45,
      basis: 'total',
      soc: null,
    });
    report.kept++;
  }
  return { obs, report };
}

// ---------------------------------------------------------------------------------------------
// H-1B LCA filings FY2024 Q1 (parquet): offered wage floors by employer × title × state
// ---------------------------------------------------------------------------------------------

const LCA_PER_YEAR: Record<string, number> = { Hour: HOURS_PER_YEAR, Week: 52, 'Bi-Weekly': 26, Month: 12, Year: 1 };

/**
 * Needs the `hyparquet` package (a pure-JS Parquet reader). Without it the source is skipped and
 * the report says so; the rest of the dataset is unaffected.
 */
export async function readLca(dataDir: string): Promise<ReadResult & { skipped: string | null }> {
  const { report, drop } = reporter('lca');
  const obs: RawObs[] = [];
  let parquet: { parquetReadObjects(o: { file: ArrayBuffer; columns?: string[] }): Promise<Record<string, unknown>[]> };
  try {
    const name = 'hyparquet';
    parquet = (await import(/* @vite-ignore */ name)) as typeof parquet;
  } catch {
    return { obs, report, skipped: 'the hyparquet package (Parquet reader) is not installed' };
  }
  const buf = readFileSync(join(dataDir, 'lca-fy2024q1/processed_h1b_data.parquet'));
  const file = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
  const rows = await parquet.parquetReadObjects({
    file,
    columns: ['EMPLOYER_NAME', 'JOB_TITLE', 'SOC_CODE', 'WAGE_RATE_OF_PAY_FROM', 'WAGE_UNIT_OF_PAY', 'WORKSITE_STATE'],
  });
  const seen = new Set<string>();
  for (const r of rows) {
    report.rows++;
    const employer = String(r.EMPLOYER_NAME ?? '').trim();
    const title = String(r.JOB_TITLE ?? '').trim();
    const soc = String(r.SOC_CODE ?? '').trim();
    const unit = String(r.WAGE_UNIT_OF_PAY ?? '').trim();
    const state = String(r.WORKSITE_STATE ?? '').trim().toUpperCase();
    const wage = Number(r.WAGE_RATE_OF_PAY_FROM);
    const dedup = [employer.toUpperCase(), title.toUpperCase(), soc, wage, unit, state].join('\u0001');
    if (seen.has(dedup)) {
      drop('exact duplicate (same employer, title, SOC, offered wage, state)');
      continue;
    }
    seen.add(dedup);
    const perYear = LCA_PER_YEAR[unit];
    if (!perYear || !(wage > 0) || !/^[A-Z]{2}$/.test(state) || !employer || !title) {
      drop('unreadable row');
      continue;
    }
    obs.push({
      source: 'lca',
      title,
      employer,
      level: null,
      levelFromTitle: true,
      country: 'US',
      state: `US-${state}`,
      amount: wage * perYear,
      currency: 'USD',
      usd: null,
      t: 2023.87, // decisions 1 Oct – 31 Dec 2023
      basis: 'base',
      soc: soc || null,
    });
    report.kept++;
  }
  return { obs, report, skipped: null };
}
