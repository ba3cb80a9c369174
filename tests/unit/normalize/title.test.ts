import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEVELS } from '../../../utils/schemas';
import { currentLevel } from '../../../utils/estimate/levels';
import {
  ROLE_FAMILIES,
  familyForSoc,
  normalizeTitle,
  socForFamily,
  type TitleNorm,
} from '../../../utils/normalize/title';
import {
  FAMILY_DEFS,
  FAMILY_RULES,
  LADDERS,
  LEVEL_MARKERS,
  QUALIFIER_UPGRADES,
  SPEC_RULES,
} from '../../../utils/normalize/title-tables';
import { compilePattern, patternKeys } from '../../../utils/normalize/title-patterns';
import { BUSINESS_FUNCTIONS } from '../../../utils/normalize/title-lexicon';
import { allGroupedKeys, groupedKeys, titleLookup, type TitlesFile } from '../../../utils/normalize/title-lookup';
import { readTitles } from '../../../scripts/lib/dataset-files';
import cases from './title-cases.json';

/** The title tables the dataset ships (public/data/titles-N.json), as the background reads them. */
const SHIPPED = readTitles(resolve(process.cwd(), 'public/data'));

interface Row {
  title: string;
  company: string | null;
  family: string | null;
  specialization: string | null;
  level: string;
  why: string;
}

const rows = cases as Row[];
/** The shared folder beside the repository (tests run from the repository root). */
const sharedDir = resolve(process.cwd(), '../shared');
const sharedPath = resolve(sharedDir, 'cases/titles.json');
const shared: Row[] = existsSync(sharedPath) ? (JSON.parse(readFileSync(sharedPath, 'utf8')) as Row[]) : [];
const key = (r: { title: string; company: string | null }) => `${r.title}\u0000${r.company ?? ''}`;
const sharedKeys = new Set(shared.map(key));

describe('normalizeTitle — case table (title-cases.json)', () => {
  it('holds every shared row unchanged, and 150+ rows of our own, each with a why', () => {
    const byKey = new Map(rows.map((r) => [key(r), r]));
    // the shared rows predate the nine levels: their principal/senior_manager… read as today's level
    for (const s of shared) expect(byKey.get(key(s)), `shared row missing or edited: ${s.title}`).toEqual({ ...s, level: currentLevel(s.level) });
    const own = rows.filter((r) => !sharedKeys.has(key(r)));
    expect(own.length).toBeGreaterThanOrEqual(150);
    for (const r of own) expect(r.why, r.title).toBeTruthy();
  });

  it.each(rows.map((r) => [`${r.title}${r.company ? ` @ ${r.company}` : ''}`, r] as const))('%s', (_label, r) => {
    const got = normalizeTitle(r.title, r.company, SHIPPED);
    expect({ family: got.family, specialization: got.specialization, level: got.level }, r.why).toEqual({
      family: r.family,
      specialization: r.specialization,
      level: r.level,
    });
    // the SOC code always follows the family
    if (got.family && !got.flags.includes('occupation_from_table')) expect(got.soc).toBe(socForFamily(got.family));
  });
});

describe('normalizeTitle — levels and flags', () => {
  it('defaults an unmarked title to mid and says so', () => {
    const got = normalizeTitle('Backend Developer');
    expect(got.level).toBe('mid');
    expect(got.flags).toContain('level_defaulted');
    expect(normalizeTitle('Senior Backend Developer').flags).not.toContain('level_defaulted');
  });

  it('reads the same title differently on different company ladders', () => {
    expect(normalizeTitle('Software Engineer II').level).toBe('mid');
    expect(normalizeTitle('Software Engineer II', 'Google').level).toBe('entry');
    expect(normalizeTitle('Software Engineer III', 'Google').level).toBe('mid');
    expect(normalizeTitle('Software Engineer III').level).toBe('senior');
    expect(normalizeTitle('L6 Software Engineer', 'Google').level).toBe('staff');
    expect(normalizeTitle('L6 Software Engineer', 'Amazon').level).toBe('senior');
    expect(normalizeTitle('Senior Systems Engineer', 'Infosys').level).toBe('entry');
    expect(normalizeTitle('Senior Systems Engineer').level).toBe('senior');
  });

  it('keeps a bank VP on an individual-contributor title senior, and a VP of a function at vp', () => {
    expect(normalizeTitle('VP, Software Engineer', 'Goldman Sachs')).toMatchObject({ family: 'Software Engineer', level: 'senior' });
    expect(normalizeTitle('Vice President - Data Engineering', 'Barclays')).toMatchObject({ family: 'Data Engineer', level: 'senior' });
    expect(normalizeTitle('VP of Engineering')).toMatchObject({ family: 'Engineering Manager', level: 'vp' });
  });

  it('reads every title onto the nine levels', () => {
    const level = (title: string, company?: string) => normalizeTitle(title, company).level;
    // staff covers senior staff, principal and distinguished
    expect(normalizeTitle('Senior Staff Engineer')).toMatchObject({ family: 'Software Engineer', level: 'staff' });
    expect(normalizeTitle('Principal Engineer')).toMatchObject({ family: 'Software Engineer', level: 'staff' });
    expect(level('Distinguished Engineer')).toBe('staff');
    expect(level('L8 Software Engineer', 'Google')).toBe('staff');
    // vp covers head of, SVP and EVP; exec is C-level and founders
    expect(normalizeTitle('Head of Data')).toMatchObject({ level: 'vp' });
    expect(level('Head of Product')).toBe('vp');
    expect(level('SVP, Sales')).toBe('vp');
    expect(level('EVP Finance')).toBe('vp');
    expect(level('Chief Technology Officer')).toBe('exec');
    expect(level('Co-Founder & CTO')).toBe('exec');
    expect(level('Director of Engineering')).toBe('director');
    // manager covers senior manager
    expect(level('Senior Manager, Engineering')).toBe('manager');
    // intern covers apprentices, trainees and working students, in the languages postings use
    expect(normalizeTitle('Werkstudent Software (m/w/d)')).toMatchObject({ family: 'Software Engineer', level: 'intern' });
    expect(level('Praktikant Marketing (m/w/d)')).toBe('intern');
    expect(level('Stagiaire Développeur (H/F)')).toBe('intern');
    expect(level('Becario de Desarrollo de Software')).toBe('intern');
    expect(level('Working Student Data Analytics')).toBe('intern');
    expect(level('Apprentice Electrician')).toBe('intern');
    expect(level('Trainee Accountant')).toBe('intern');
    // a graduate scheme is a salaried entry job
    expect(level('Graduate Trainee Accountant')).toBe('entry');
  });

  it('says unknown, with a flag, when the title hides the level', () => {
    const got = normalizeTitle('Member of Technical Staff', 'OpenAI');
    expect(got.level).toBe('unknown');
    expect(got.flags).toContain('level_ambiguous');
  });

  it('reports what it removed from the title', () => {
    expect(normalizeTitle('Software Engineer | Remote | Req #R-123456').flags).toEqual(
      expect.arrayContaining(['remote', 'req_id']),
    );
    expect(normalizeTitle('Senior Software Engineer - Bangalore').flags).toContain('location_in_title');
    expect(normalizeTitle('Data Scientist - $150,000/yr').flags).toContain('salary_in_title');
    expect(normalizeTitle('Java Developer (3-5 yrs)')).toMatchObject({ level: 'mid', flags: ['level_from_experience'] });
  });

  it('moves an individual-contributor family to its manager family at a managerial level', () => {
    expect(normalizeTitle('Manager, Data Engineering').family).toBe('Engineering Manager');
    expect(normalizeTitle('Director of Data Science')).toMatchObject({ family: 'Data Scientist', level: 'director' });
    expect(normalizeTitle('Nurse Manager').family).toBe('Healthcare Administrator');
  });
});

describe('normalizeTitle — bad input never throws', () => {
  const bad: [string, unknown][] = [
    ['empty', ''],
    ['spaces', '   \n\t '],
    ['10,000 characters', 'a'.repeat(10_000)],
    ['10,000 characters of words', 'senior software engineer '.repeat(400)],
    ['emoji', '🚀🔥💼'],
    ['RTL', 'مهندس برمجيات أول'],
    ['HTML entities only', '&amp;&nbsp;&#8212;&lt;&gt;'],
    ['numbers only', '123456789'],
    ['punctuation', '-- | () [] ,,, ///'],
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['an object', { title: 'Software Engineer' }],
  ];
  it.each(bad)('%s', (_label, input) => {
    let got: TitleNorm | undefined;
    expect(() => {
      got = normalizeTitle(input as string, input as string);
    }).not.toThrow();
    expect(got).toBeDefined();
    expect(LEVELS).toContain(got?.level);
    if (_label !== '10,000 characters of words') {
      expect(got).toMatchObject({ family: null, specialization: null, level: 'unknown', soc: null });
    }
  });

  it('reads a very long title from its start', () => {
    const got = normalizeTitle(`Senior Software Engineer - ${'x'.repeat(10_000)}`);
    expect(got).toMatchObject({ family: 'Software Engineer', level: 'senior' });
    expect(got.flags).toContain('truncated');
  });

  it('returns fresh, well-formed objects', () => {
    const a = normalizeTitle('Data Engineer');
    a.flags.push('mutated');
    const b = normalizeTitle('Data Engineer');
    expect(b.flags).not.toContain('mutated');
    expect(Object.keys(b).sort()).toEqual(['family', 'flags', 'level', 'soc', 'specialization']);
  });
});

describe('role families and SOC codes', () => {
  it('has 40+ families with unique names and SOC 2018 codes', () => {
    expect(ROLE_FAMILIES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(ROLE_FAMILIES.map((f) => f.family)).size).toBe(ROLE_FAMILIES.length);
    for (const f of ROLE_FAMILIES) expect(f.soc, f.family).toMatch(/^\d{2}-\d{4}$/);
  });

  it('keeps the family names of the shared vocabulary', () => {
    const names = new Set(ROLE_FAMILIES.map((f) => f.family));
    for (const n of [
      'Software Engineer', 'Machine Learning Engineer', 'Data Scientist', 'Data Engineer', 'SRE/DevOps Engineer',
      'QA/SDET Engineer', 'Security Engineer', 'Engineering Manager', 'Product Manager', 'Technical Program Manager',
      'Product Designer', 'Research Scientist', 'Executive',
    ]) {
      expect(names.has(n), n).toBe(true);
    }
  });

  it('covers the common roles of general job boards', () => {
    const roles: [string, string][] = [
      ['Sales Representative', 'Sales Representative'], ['Account Executive', 'Account Executive'],
      ['Customer Success Manager', 'Customer Success Manager'], ['Marketing Specialist', 'Marketing Specialist'],
      ['Accountant', 'Accountant'], ['Recruiter', 'Recruiter'], ['Operations Manager', 'Operations Manager'],
      ['Business Analyst', 'Business Analyst'], ['Data Analyst', 'Data Analyst'], ['Consultant', 'Consultant'],
      ['Graphic Designer', 'Graphic Designer'], ['Registered Nurse', 'Registered Nurse'], ['Teacher', 'Teacher'],
      ['Truck Driver', 'Truck Driver'], ['Warehouse Associate', 'Warehouse Associate'],
      ['Retail Sales Associate', 'Retail Sales Associate'], ['Customer Service Representative', 'Customer Support Representative'],
      ['Project Manager', 'Project Manager'], ['Sales Engineer', 'Solutions/Sales Engineer'],
      ['Mechanical Engineer', 'Mechanical Engineer'], ['Civil Engineer', 'Civil Engineer'],
      ['Electrical Engineer', 'Electrical Engineer'], ['Lawyer', 'Lawyer'], ['Pharmacist', 'Pharmacist'],
      ['Physician', 'Physician'], ['Financial Analyst', 'Financial Analyst'], ['HR Generalist', 'HR Specialist'],
    ];
    for (const [title, family] of roles) {
      const got = normalizeTitle(title);
      expect(got.family, title).toBe(family);
      expect(got.soc, title).toBe(socForFamily(family));
    }
  });

  it('maps families to SOC codes and back', () => {
    expect(socForFamily('Software Engineer')).toBe('15-1252');
    expect(socForFamily('software engineer')).toBe('15-1252');
    expect(socForFamily('Registered Nurse')).toBe('29-1141');
    expect(socForFamily('Astronaut')).toBeNull();
    expect(familyForSoc('15-1252')).toBe('Software Engineer');
    expect(familyForSoc('15-1253')).toBe('QA/SDET Engineer');
    expect(familyForSoc('15-1252.00')).toBe('Software Engineer');
    expect(familyForSoc('151132')).toBe('Software Engineer'); // SOC 2010 code in H-1B rows
    expect(familyForSoc('29-1215')).toBe('Physician');
    expect(familyForSoc('99-9999')).toBeNull();
    expect(familyForSoc('not a code')).toBeNull();
    // every family's code maps back to the first family listed with it (the dataset keeps a shared
    // code's statistics under that family)
    const firstWithSoc = new Map<string, string>();
    for (const f of ROLE_FAMILIES) if (!firstWithSoc.has(f.soc)) firstWithSoc.set(f.soc, f.family);
    for (const f of ROLE_FAMILIES) expect(familyForSoc(f.soc), f.family).toBe(firstWithSoc.get(f.soc));
  });

  const wages = resolve(sharedDir, 'data/oflc-prevailing-wage-2025-26/wages');
  it.skipIf(!existsSync(wages))('joins DOL prevailing-wage data: every family SOC has OFLC wage rows', () => {
    for (const f of ROLE_FAMILIES) expect(existsSync(resolve(wages, `${f.soc}.json`)), `${f.family} ${f.soc}`).toBe(true);
  });
});

describe('title tables read one first word at a time', () => {
  it('give every key the target a whole-table map gives it (a later line wins; keys at the text end; lines without a tab)', () => {
    const text = ['A\tfoo bar|foo|baz', 'no tab here|foo qux', 'B\tfoo|foo bar baz', 'C\tc++ developer|qux|foo'].join('\n');
    const lazy = groupedKeys(text);
    const all = allGroupedKeys(text);
    for (const key of ['foo', 'foo bar', 'foo bar baz', 'baz', 'qux', 'foo qux', 'c++ developer', 'c++', 'fo', 'bar', '']) {
      expect(lazy.get(key), key).toBe(all.get(key));
    }
    expect(lazy.get('foo')).toBe('C');
  });

  it('read the shipped tables as whole-table maps do', () => {
    const dir = resolve(process.cwd(), 'public/data');
    const meta = JSON.parse(readFileSync(resolve(dir, 'dataset-meta.json'), 'utf8')) as { titleFiles?: string[] };
    const files = (meta.titleFiles ?? []).map((name) => JSON.parse(readFileSync(resolve(dir, name), 'utf8')) as TitlesFile);
    for (const table of ['onet', 'esco'] as const) {
      const text = files.map((f) => f[table]).join('\n');
      const all = allGroupedKeys(text);
      const lazy = groupedKeys(text);
      const keys = [...all.keys()];
      // every 101st key, and each sampled key's first word and first two words (keys or not)
      for (let i = 0; i < keys.length; i += 101) {
        const words = (keys[i] as string).split(' ');
        for (const key of [keys[i] as string, words[0] as string, words.slice(0, 2).join(' ')]) expect(lazy.get(key), key).toBe(all.get(key));
      }
    }
    const eager = titleLookup(files, familyForSoc, allGroupedKeys);
    const lazy = titleLookup(files, familyForSoc);
    for (const row of cases as { title: string }[]) {
      const segments = row.title.toLowerCase().split(/\s*[,(]\s*/);
      expect(lazy.lookup(segments), row.title).toEqual(eager.lookup(segments));
    }
    expect(lazy.size).toBe(eager.size);
  });
});

/** Title tables as the dataset ships them (titles-N.json), written here for the tests. */
const testTables = titleLookup(
  [
    {
      onet: [
        '13-1031\tadjuster|claims adjuster',
        '17-2121\tmarine engineer|naval architect',
        '17-2131\tmaterials engineer',
        '21-2011\tpastor',
        '41-2011\tcheckout operator',
      ].join('\n'),
      esco: ['Cashier\tkassierer|kassiererin', '39-5012\tfriseur|friseurin'].join('\n'),
      socNames: {
        '13-1031': 'Claims Adjusters, Examiners, and Investigators',
        '17-2121': 'Marine Engineers and Naval Architects',
        '17-2131': 'Materials Engineers',
        '21-2011': 'Clergy',
        '39-5012': 'Hairdressers, Hairstylists, and Cosmetologists',
      },
    },
  ],
  familyForSoc,
);

describe('title tables for titles outside the family rules', () => {
  it('name the occupation, with its SOC code and where it came from', () => {
    for (const [title, soc, occupation] of [
      ['Claims Adjuster', '13-1031', 'Claims Adjusters, Examiners, and Investigators'],
      ['Senior Claims Adjuster - Auto', '13-1031', 'Claims Adjusters, Examiners, and Investigators'],
      ['Pastor', '21-2011', 'Clergy'],
    ] as const) {
      const got = normalizeTitle(title, null, testTables);
      expect(got, title).toMatchObject({ family: occupation, soc, specialization: null });
      expect(got.flags, title).toContain('soc_from_onet');
      expect(got.flags, title).toContain('occupation_from_table');
    }
    expect(normalizeTitle('Senior Claims Adjuster - Auto', null, testTables).level).toBe('senior');
    expect(normalizeTitle('Claims Adjuster', null, testTables).level).toBe('mid');
  });

  it('read a bare "engineer" with a word the tables know as that occupation, not as a software engineer', () => {
    expect(normalizeTitle('Marine Engineer', null, testTables)).toMatchObject({ family: 'Marine Engineers and Naval Architects', soc: '17-2121' });
    expect(normalizeTitle('Senior Materials engineer', null, testTables)).toMatchObject({ family: 'Materials Engineers', soc: '17-2131', level: 'senior' });
    // what the tables do not know keeps the in-code reading
    expect(normalizeTitle('Senior Engineer', null, testTables)).toMatchObject({ family: 'Software Engineer', level: 'senior' });
    expect(normalizeTitle('Software Engineer', null, testTables).flags).not.toContain('soc_from_onet');
  });

  it('recognise other languages, with gender markers, and map a table SOC of a family to the family', () => {
    for (const title of ['Kassierer (m/w/d)', 'Kassiererin', 'Kassierer/in (m/w/d) in Teilzeit']) {
      expect(normalizeTitle(title, null, testTables), title).toMatchObject({ family: 'Cashier', soc: '41-2011' });
    }
    expect(normalizeTitle('Kassierer (m/w/d)', null, testTables).flags).toContain('title_from_esco');
    expect(normalizeTitle('Friseurin (m/w/d)', null, testTables)).toMatchObject({ family: 'Hairdressers, Hairstylists, and Cosmetologists', soc: '39-5012' });
    expect(normalizeTitle('Checkout Operator', null, testTables)).toMatchObject({ family: 'Cashier', soc: '41-2011' });
  });

  it('without tables (or for words that name no occupation) leave the title unrecognised', () => {
    expect(normalizeTitle('Claims Adjuster')).toMatchObject({ family: null, soc: null });
    expect(normalizeTitle('Specialist', null, testTables)).toMatchObject({ family: null, soc: null, level: 'unknown' });
    expect(normalizeTitle('Kassierer (m/w/d)')).toMatchObject({ family: null });
  });
});

describe('the shipped title tables (public/data)', () => {
  const shipped = SHIPPED;

  it('read engineers of other disciplines as their occupation', () => {
    for (const title of ['Marine Engineer', 'Materials Engineer', 'Energy Engineer', 'Senior Marine Engineer']) {
      const got = normalizeTitle(title, null, shipped);
      expect(got.family, title).not.toBe('Software Engineer');
      expect(got.soc, title).toMatch(/^17-/);
    }
  });

  it('recognise a cashier in German, French and Polish, and every-occupation titles in English', () => {
    for (const title of ['Kassierer (m/w/d)', 'Kassiererin', 'Caissier / Caissière (H/F)', 'Kasjer']) {
      expect(normalizeTitle(title, null, shipped).family, title).toBe('Cashier');
    }
    expect(normalizeTitle('Claims Adjuster', null, shipped)).toMatchObject({ soc: '13-1031', family: 'Claims Adjusters, Examiners, and Investigators' });
    expect(normalizeTitle('Firefighter', null, shipped).soc).toBe('33-2011');
  });
});

describe('titles nothing knows as written: backoff to the business function they name', () => {
  const read = (title: string) => normalizeTitle(title, null, SHIPPED);

  it('reads a function with a managerial noun as its manager family, an inverted head in natural order', () => {
    expect(read('Manager, Statutory Consolidation')).toMatchObject({ family: 'Finance Manager', level: 'manager' });
    expect(read('Manager, Statutory Consolidation').flags).toContain('family_backoff');
    expect(read('Partnership Director')).toMatchObject({ family: 'Marketing Manager', level: 'director' });
    expect(read('Head of Fundraising')).toMatchObject({ family: 'Fundraising Managers', soc: '11-2033', level: 'vp' });
  });

  it('reads a function with an individual-contributor noun as its IC family, keeping the level words', () => {
    expect(read('Intercompany Lead')).toMatchObject({ family: 'Accountant', level: 'senior' });
    expect(read('Global Treasury Officer')).toMatchObject({ family: 'Financial Analyst', level: 'mid' });
    // "expert" ranks (senior); one unknown word between the function and the noun is skipped
    expect(read('Climate Risk Expert')).toMatchObject({ soc: '13-1199', level: 'senior' });
    // a working student of a function is an intern of it
    expect(read('Werkstudent Nachhaltigkeit')).toMatchObject({ soc: '13-1199', level: 'intern' });
  });

  it('matches a plural function word to its singular, and reads a bare function as its IC title', () => {
    expect(read('Partnerships Director').family).toBe(read('Partnership Director').family);
    expect(read('Alliance Lead')).toMatchObject({ family: 'Marketing Specialist', level: 'senior' });
    expect(read('Alliances Lead').family).toBe('Marketing Specialist');
    expect(read('Kommunikation')).toMatchObject({ family: 'Communications Specialist', level: 'mid' });
  });

  it('reads a head that ranks a function as the role, a later segment as its team or product', () => {
    // not an engineering manager because the team is "Developer Platform"
    expect(read('Head of Partnerships - Developer Platform')).toMatchObject({ family: 'Marketing Manager', level: 'vp' });
    expect(read('VP Investment')).toMatchObject({ family: 'Finance Manager', level: 'vp' });
    // a head with no rank noun leaves the occupation to the segment that names one
    expect(read('Senior Creative - Copywriter')).toMatchObject({ family: 'Content Writer', level: 'senior' });
    expect(read('Bangalore - Java Developer')).toMatchObject({ family: 'Software Engineer' });
  });

  it('drops a leading region before reading the title', () => {
    expect(read('EMEA Communications')).toMatchObject({ family: 'Communications Specialist' });
    expect(read('LATAM Intercompany Lead')).toMatchObject({ family: 'Accountant', level: 'senior' });
  });

  it('leaves a title whose last word is an occupation of its own, or that names no function, unknown', () => {
    // "Communications Engineer" is a telecoms engineer, never a communications specialist
    expect(read('Communications Engineer').family).not.toBe('Communications Specialist');
    expect(read('Partnerships Wrangler')).toMatchObject({ family: null, soc: null });
    expect(read('Zephyr Coordinator')).toMatchObject({ family: null, soc: null });
    // words whose titles name many occupations are no function: grants (fundraising or research
    // administration), impact (investment, evaluation or sustainability)
    expect(read('Grants Lead').family).toBeNull();
    expect(read('Impact Lead').family).toBeNull();
    // a leading region alone does not make the rest a title: "Global Director" is no film director
    expect(read('Global Director').family).toBeNull();
    // the function must sit next to its noun (one unknown word at most): AI governance is not ML engineering
    expect(read('Vice President, AI Governance').family).toBeNull();
    // the tables still come first
    expect(read('Marine Engineer').soc).toBe('17-2121');
  });

  it('is off for the dataset build (survey rows and official titles count only as written)', () => {
    expect(normalizeTitle('Manager, Statutory Consolidation', null, SHIPPED, { backoff: false }).family).toBeNull();
    expect(normalizeTitle('Communications Specialist', null, SHIPPED, { backoff: false }).family).toBe('Communications Specialist');
  });

  it('every function plain title is one the rules or the shipped tables read', () => {
    for (const f of BUSINESS_FUNCTIONS) {
      for (const plain of [f.ic, f.manager]) {
        const got = normalizeTitle(plain, null, SHIPPED, { backoff: false });
        expect(got.family, plain).toBeTruthy();
        expect(got.flags, plain).not.toContain('family_weak');
      }
    }
  });
});

describe('titles that name no role', () => {
  it('flags open applications in several languages, and still reads a role they name', () => {
    for (const title of ['Spontanbewerbung (m/w/d)', 'Candidature spontanée', 'Open application', 'Talent Pool – Future Opportunities', 'Open sollicitatie']) {
      const got = normalizeTitle(title, null, SHIPPED);
      expect(got.family, title).toBeNull();
      expect(got.flags, title).toContain('open_application');
    }
    expect(normalizeTitle('Open application as Software Engineer', null, SHIPPED)).toMatchObject({ family: 'Software Engineer' });
    expect(normalizeTitle('Candidature spontanée en tant que comptable', null, SHIPPED)).toMatchObject({ family: 'Accountant' });
  });

  it('flags a careers-orientation page only when that is the whole title, not an occupation that contains it', () => {
    expect(normalizeTitle('Orientation professionnelle', null, SHIPPED).flags).toContain('careers_page');
    const counsellor = normalizeTitle('Asesor de orientación profesional', null, SHIPPED);
    expect(counsellor.flags).not.toContain('careers_page');
    expect(counsellor.soc).toBe('21-1012');
  });

  it('flags a title of only places and work mode, not a remote role', () => {
    for (const title of ['Remote - Europe', 'Work from home (UK)']) {
      const got = normalizeTitle(title, null, SHIPPED);
      expect(got.family, title).toBeNull();
      expect(got.flags, title).toContain('no_role_in_title');
    }
    expect(normalizeTitle('Remote Nurse', null, SHIPPED)).toMatchObject({ family: 'Registered Nurse' });
    expect(normalizeTitle('Zephyr Coordinator', null, SHIPPED).flags).not.toContain('no_role_in_title');
  });
});

describe('title tables', () => {
  it('compile, and every pattern has index keys', () => {
    const all = [
      ...FAMILY_RULES.flatMap((r) => r.patterns),
      ...SPEC_RULES.flatMap((r) => r.patterns),
      ...LEVEL_MARKERS.flatMap((r) => r.patterns),
      ...QUALIFIER_UPGRADES.flatMap((r) => r.patterns),
      ...Object.values(LADDERS).flatMap((l) => (l.grades ?? []).map((g) => g.pattern)),
    ];
    for (const p of all) expect(compilePattern(p).keys.length, p).toBeGreaterThan(0);
  });

  it('are indexed by the same keys without compiling them (the index compiles a pattern on first use)', () => {
    const all = [
      ...FAMILY_RULES.flatMap((r) => r.patterns),
      ...SPEC_RULES.flatMap((r) => r.patterns),
      ...LEVEL_MARKERS.flatMap((r) => r.patterns),
      ...QUALIFIER_UPGRADES.flatMap((r) => r.patterns),
      '^ (senior|sr)? [manager] $',
      'senior? {lead} * (data engineer|etl developer)',
    ];
    for (const p of all) expect(patternKeys(p), p).toEqual(compilePattern(p).keys);
  });

  it('name only families that exist', () => {
    const names = new Set(FAMILY_DEFS.map((f) => f.family));
    for (const r of FAMILY_RULES) expect(names.has(r.family), r.family).toBe(true);
    for (const r of SPEC_RULES) for (const f of r.families) expect(names.has(f), `${r.spec}: ${f}`).toBe(true);
    for (const u of QUALIFIER_UPGRADES) for (const f of [...u.from, u.to]) expect(names.has(f), f).toBe(true);
    for (const f of FAMILY_DEFS) if (f.manager) expect(names.has(f.manager), `${f.family} → ${f.manager}`).toBe(true);
    for (const l of Object.values(LADDERS)) {
      for (const f of l.plain?.families ?? []) expect(names.has(f), f).toBe(true);
      for (const g of l.grades ?? []) expect(LEVELS).toContain(g.level);
    }
  });
});
