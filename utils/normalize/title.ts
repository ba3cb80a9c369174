/**
 * Title normaliser: a job title as a posting shows it → role family, specialisation, level, US SOC
 * code and flags.
 *
 *   normalizeTitle('Sr. Backend Software Engineer II, Payments')
 *     → { family: 'Software Engineer', specialization: 'Backend', level: 'senior', soc: '15-1252', flags: [] }
 *   normalizeTitle('Member of Technical Staff', 'OpenAI')
 *     → { family: 'Software Engineer', specialization: null, level: 'unknown', soc: '15-1252', flags: ['level_ambiguous'] }
 *
 * Pure: no DOM, no Node APIs. Tables live in title-tables.ts (families, rules, ladders) and
 * title-lexicon.ts (words); title-text.ts prepares the text. Never throws: bad input gives
 * { family: null, specialization: null, level: 'unknown', soc: null }.
 *
 * How a title is read:
 * 1. prepare (title-text.ts): entities, folding, gender markers, req ids, salaries, remote and
 *    location qualifiers removed; abbreviations and foreign words translated; split into a head
 *    and qualifiers at commas, dashes, parentheses and pipes;
 * 2. family: the head is matched against the family rules (specific before general). An inverted
 *    head that only ranks ("Manager, Software Engineering", "Senior Engineer, Software", "VP -
 *    Software Engineer") is read together with the next segment. Qualifiers may move the family
 *    ("Software Engineer, Machine Learning" → ML engineer);
 * 3. level: the words that rank (everything but the occupation's own name) are read as markers;
 *    the company's ladder (Google SWE III = mid, Infosys Senior Systems Engineer = entry, bank
 *    VP = senior IC) is applied before the generic reading; no marker → `mid` + `level_defaulted`;
 *    a managerial level moves an IC family to its manager family (Data Engineering Manager →
 *    Engineering Manager);
 * 4. specialisation from explicit words, then from languages/frameworks ("Java" → Backend).
 */
import type { Level } from '../schemas';
import { isBankCompany, normalizeCompany } from './company';
import { PatternIndex, compilePattern, consumedWords, type CompiledPattern } from './title-patterns';
import {
  EXTRA_SOC_FAMILIES,
  FAMILY_DEFS,
  FAMILY_RULES,
  GENERIC_LADDER,
  LADDERS,
  LEVEL_MARKERS,
  NUMERAL_HOSTS,
  QUALIFIER_UPGRADES,
  SOC_PREFIX_FAMILIES,
  SPEC_RULES,
  type FamilyDef,
  type FamilyRule,
  type Ladder,
  type Marker,
  type SpecRule,
} from './title-tables';
import { BUSINESS_FUNCTIONS, FUNCTION_IC_NOUNS, FUNCTION_MANAGER_NOUNS, type BusinessFunction } from './title-lexicon';
import { isRankOnly, namesOnlyPlaces, prepareTitle, withoutLeadingPlace, type PreparedTitle } from './title-text';
import type { TitleHit, TitleLookup } from './title-lookup';

export interface TitleNorm {
  /**
   * Role family ("Software Engineer"), one of ROLE_FAMILIES; else, with the dataset's title tables,
   * the plain name of the occupation the title is ("Marine Engineers and Naval Architects", flag
   * occupation_from_table); else null.
   */
  family: string | null;
  /** "Backend", "Mobile", "ICU", "Applied"… or null. */
  specialization: string | null;
  level: Level;
  /** US SOC 2018 code: the family's, else the title tables' (flag soc_from_onet or title_from_esco), else null. */
  soc: string | null;
  /**
   * What was inferred or removed: level_defaulted (no level marker → mid), level_ambiguous (the
   * title hides the level, e.g. MTS at OpenAI), level_from_experience ("3-5 yrs"), soc_from_onet,
   * remote, hybrid, location_in_title, req_id, salary_in_title, contract, part_time, truncated.
   */
  flags: string[];
}

// ---------------------------------------------------------------------------------------------
// Families and SOC codes
// ---------------------------------------------------------------------------------------------

/** Every role family with its US SOC 2018 code (joins DOL/OFLC wage data). */
export const ROLE_FAMILIES: readonly { family: string; soc: string }[] = Object.freeze(
  FAMILY_DEFS.map((f) => Object.freeze({ family: f.family, soc: f.soc })),
);

const FAMILY_BY_NAME = new Map<string, FamilyDef>(FAMILY_DEFS.map((f) => [f.family, f]));
const FAMILY_BY_LOWER = new Map<string, FamilyDef>(FAMILY_DEFS.map((f) => [f.family.toLowerCase(), f]));
/** SOC → family: extra codes first, then each family's own code (the first family listed with it wins). */
const FAMILY_BY_SOC = new Map<string, string>(Object.entries(EXTRA_SOC_FAMILIES));
const OWN_SOC = new Set<string>();
for (const f of FAMILY_DEFS) {
  if (OWN_SOC.has(f.soc)) continue;
  OWN_SOC.add(f.soc);
  FAMILY_BY_SOC.set(f.soc, f.family);
}

/** The US SOC 2018 code of a role family ("Software Engineer" → "15-1252"), or null. */
export function socForFamily(family: string): string | null {
  if (typeof family !== 'string') return null;
  return (FAMILY_BY_NAME.get(family) ?? FAMILY_BY_LOWER.get(family.trim().toLowerCase()))?.soc ?? null;
}

const SOC_RE = /^(\d{2})-?(\d{4})(?:\.\d{2})?$/;

/**
 * The role family for a SOC code ("15-1252" → "Software Engineer", "15-1253" → "QA/SDET Engineer").
 * Accepts O*NET-SOC ("15-1252.00") and undashed ("151252") forms and SOC 2010 codes found in H-1B
 * data; several codes may map to one family. Null when no family covers the code.
 */
export function familyForSoc(soc: string): string | null {
  if (typeof soc !== 'string') return null;
  const m = SOC_RE.exec(soc.trim());
  if (!m) return null;
  const code = `${m[1]}-${m[2]}`;
  const direct = FAMILY_BY_SOC.get(code);
  if (direct) return direct;
  for (const [prefix, family] of SOC_PREFIX_FAMILIES) if (code.startsWith(prefix)) return family;
  return null;
}

// ---------------------------------------------------------------------------------------------
// Compiled tables
// ---------------------------------------------------------------------------------------------

/** Words that rank rather than name an occupation: kept for the level reader unless a rule says {..}. */
const RANK_NOUNS = new Set([
  'manager', 'mgr', 'director', 'head', 'lead', 'leader', 'supervisor', 'vp', 'svp', 'evp', 'avp', 'president',
  'chief', 'principal', 'staff', 'senior', 'sr', 'junior', 'intern', 'trainee', 'graduate', 'fellow',
  'distinguished', 'deputy', 'superintendent', 'foreman', 'charge', 'incharge', 'founding', 'group', 'analyst',
]);

/** Nouns of individual-contributor roles (a VP on one of these is a bank corporate title). */
const IC_NOUNS = new Set([
  'engineer', 'developer', 'programmer', 'scientist', 'analyst', 'designer', 'architect', 'consultant', 'associate',
  'specialist', 'administrator', 'researcher', 'tester', 'sdet', 'mts', 'accountant', 'writer', 'recruiter',
  'counsel', 'attorney', 'lawyer', 'economist', 'strategist', 'trader', 'underwriter', 'auditor', 'actuary',
  'engineering', 'modeler', 'quant', 'advisor', 'adviser', 'officer', 'partner', 'banker',
]);

const FAMILY_INDEX = new PatternIndex<FamilyRule>(FAMILY_RULES.map((r) => ({ patterns: r.patterns, value: r })));
const MARKER_INDEX = new PatternIndex<Marker>(LEVEL_MARKERS.map((m) => ({ patterns: m.patterns, value: m.marker })));
const SPEC_INDEX = new PatternIndex<SpecRule>(SPEC_RULES.map((r) => ({ patterns: r.patterns, value: r })));
const UPGRADE_INDEX = new PatternIndex<(typeof QUALIFIER_UPGRADES)[number]>(
  QUALIFIER_UPGRADES.map((u) => ({ patterns: u.patterns, value: u })),
);
const NUMERAL_HOST_SET = new Set(NUMERAL_HOSTS);
const GRADES = new Map<Ladder, { re: CompiledPattern; level: Level }[]>();
for (const ladder of Object.values(LADDERS)) {
  if (ladder.grades) GRADES.set(ladder, ladder.grades.map((g) => ({ re: compilePattern(g.pattern), level: g.level })));
}

const MANAGERIAL = new Set<Level>(['manager', 'director', 'vp', 'exec']);
const IC_LEVELS = new Set<Level>(['entry', 'mid', 'senior', 'staff']);
const NUMERALS: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, '1': 1, '2': 2, '3': 3, '4': 4, '5': 5 };
const NOT_AFTER_NUMERAL = new Set(['years', 'year', 'yrs', 'yr', '+', 'yoe', 'months', 'days', 'weeks', 'shifts', 'positions', 'openings', 'roles']);
const CODE_RE = /^(ict|ic|l|e|m|d)(\d{1,2})$/;
const EXPERIENCE_RE = /(?:^| )(\d{1,2})(?: ?\+| plus)?(?: (?:to |- )?\d{1,2})? ?\+? (?:years?|yrs?|yoe)(?= |$)/;

// ---------------------------------------------------------------------------------------------
// Family
// ---------------------------------------------------------------------------------------------

interface Classified {
  readonly rule: FamilyRule;
  /** Tokens of the classified text minus the occupation's own words. */
  readonly rest: string[];
  /** The occupation's own words. */
  readonly consumed: string[];
}

/** Companies with vocabulary of their own (rules with `companies`). */
const COMPANY_RULE_IDS = new Set(FAMILY_RULES.flatMap((r) => r.companies ?? []));

function classify(text: string, companyId: string | null, companyOnly = false): Classified | null {
  if (!text) return null;
  const tokens = text.split(' ');
  const hit = FAMILY_INDEX.first(text, tokens, (r) =>
    r.companies ? companyId !== null && r.companies.includes(companyId) : !companyOnly,
  );
  if (!hit) return null;
  const consumed = consumedWords(hit.match, hit.pattern, RANK_NOUNS);
  const before = text.slice(0, hit.match.index).split(' ').filter(Boolean);
  const inside = hit.match[0].split(' ');
  const after = text.slice(hit.match.index + hit.match[0].length).split(' ').filter(Boolean);
  const rest = [...before, ...removeWords(inside, consumed), ...after];
  return { rule: hit.value, rest, consumed };
}

/** `words` without one occurrence of each of `remove`. */
function removeWords(words: readonly string[], remove: readonly string[]): string[] {
  if (remove.length === 0) return words.slice();
  const left = remove.slice();
  const out: string[] = [];
  for (const w of words) {
    const i = left.indexOf(w);
    if (i >= 0) left.splice(i, 1);
    else out.push(w);
  }
  return out;
}

/** Trailing role nouns of a rank-only segment ("senior engineer" → modifiers ["senior"], tail ["engineer"]). */
const TAIL_NOUNS = new Set([
  'engineer', 'developer', 'manager', 'director', 'president', 'vp', 'svp', 'evp', 'avp', 'head', 'lead', 'leader',
  'associate', 'analyst', 'consultant', 'specialist', 'officer', 'architect', 'scientist', 'executive', 'partner',
  'representative', 'administrator', 'designer', 'programmer', 'technician', 'supervisor', 'coordinator', 'advisor',
  'intern', 'trainee', 'member', 'chief', 'principal', 'fellow', 'expert', 'graduate', 'apprentice', 'werkstudent',
]);

function endsWithRoleNoun(text: string): boolean {
  const last = text.slice(text.lastIndexOf(' ') + 1);
  return IC_NOUNS.has(last) || last === 'manager' || last === 'nurse' || last === 'teacher' || last === 'driver';
}

function reorder(rankSeg: string, fn: string): string {
  const words = rankSeg.split(' ');
  let i = words.length;
  while (i > 0 && TAIL_NOUNS.has(words[i - 1] as string)) i--;
  if (i === words.length) return `${rankSeg} ${fn}`;
  return [...words.slice(0, i), fn, ...words.slice(i)].join(' ');
}

interface Head {
  readonly cls: Classified | null;
  /** Index of the segments the head used (the rest are qualifiers). */
  readonly used: ReadonlySet<number>;
  /** Tokens read for level markers from the head. */
  readonly levelTokens: string[];
}

function chooseHead(segs: readonly string[], companyId: string | null): Head {
  const seg0 = segs[0] as string;
  const seg1 = segs[1];
  // the company's own vocabulary first ("Associate - Projects" at Cognizant is a grade, not a role)
  if (companyId && COMPANY_RULE_IDS.has(companyId)) {
    const cc = classify(seg0, companyId, true);
    if (cc) return { cls: cc, used: new Set([0]), levelTokens: cc.rest };
  }
  if (seg1 !== undefined && isRankOnly(seg0.split(' '))) {
    // inverted: "Manager, Software Engineering", "VP - Software Engineer (Java)", "Senior Engineer, Software"
    const c1 = classify(seg1, companyId);
    const seg0Tokens = seg0.split(' ');
    if (c1 && !c1.rule.weak && endsWithRoleNoun(seg1)) {
      return { cls: c1, used: new Set([0, 1]), levelTokens: [...seg0Tokens, ',', ...c1.rest] };
    }
    const merged = reorder(seg0, seg1);
    const cm = classify(merged, companyId);
    if (cm && !cm.rule.weak) {
      return { cls: cm, used: new Set([0, 1]), levelTokens: [...seg0Tokens, ',', ...removeWords(seg1.split(' '), cm.consumed)] };
    }
    if (c1 && !c1.rule.weak) return { cls: c1, used: new Set([0, 1]), levelTokens: [...seg0Tokens, ',', ...c1.rest] };
  }
  // "Recruiter / Recruitment Specialist / Technical Recruiter": alternatives of one role — read the
  // first when it is a role by itself (not "UI / UX Designer", whose first part is not)
  const slash = seg0.indexOf(' / ');
  if (slash > 0) {
    const ca = classify(seg0.slice(0, slash), companyId);
    if (ca && !ca.rule.weak) return { cls: ca, used: new Set([0]), levelTokens: ca.rest };
  }
  const c0 = classify(seg0, companyId);
  if (c0 && !c0.rule.weak) return { cls: c0, used: new Set([0]), levelTokens: c0.rest };
  // the role may sit in a later segment ("Bangalore - Java Developer", "Werkstudent - Softwareentwicklung")
  for (let i = 1; i < segs.length && i < 4; i++) {
    const ci = classify(segs[i] as string, companyId);
    if (ci && !ci.rule.weak) {
      const lead = seg0.split(' ');
      return { cls: ci, used: new Set([0, i]), levelTokens: [...lead, ',', ...ci.rest] };
    }
  }
  if (c0) return { cls: c0, used: new Set([0]), levelTokens: c0.rest };
  return { cls: null, used: new Set([0]), levelTokens: seg0.split(' ') };
}

// ---------------------------------------------------------------------------------------------
// Level
// ---------------------------------------------------------------------------------------------

function readMarkers(tokens: readonly string[]): Set<Marker> {
  const found = new Set<Marker>();
  let text = tokens.join(' ');
  const c = MARKER_INDEX.candidates(tokens);
  for (let j = 0; j < c.length; j++) {
    const e = MARKER_INDEX.entries[c[j] as number] as { pattern: CompiledPattern; value: Marker };
    const m = e.pattern.re.exec(text);
    if (!m) continue;
    found.add(e.value);
    text = `${text.slice(0, m.index)}_${text.slice(m.index + m[0].length)}`;
  }
  return found;
}

/** A level numeral ("Engineer II", "SDE 2", "(SDET) - 2"), or 0. */
function readNumeral(segs: readonly string[]): number {
  for (const seg of segs) {
    const t = seg.split(' ');
    for (let i = 0; i < t.length; i++) {
      const n = NUMERALS[t[i] as string];
      if (!n) continue;
      const prev = t[i - 1];
      const next = t[i + 1];
      if (next !== undefined && NOT_AFTER_NUMERAL.has(next)) continue;
      if (prev === undefined ? t.length === 1 : NUMERAL_HOST_SET.has(prev)) return n;
    }
  }
  return 0;
}

function readCode(segs: readonly string[]): { prefix: string; n: number } | null {
  for (const seg of segs) {
    for (const t of seg.split(' ')) {
      const m = CODE_RE.exec(t);
      if (m) return { prefix: m[1] as string, n: Number(m[2]) };
    }
  }
  return null;
}

function genericNumeral(n: number, group: FamilyDef['group']): Level | undefined {
  const lvl = GENERIC_LADDER.numerals?.[n];
  if (group !== 'tech' && lvl === 'staff') return 'senior';
  return lvl;
}

interface LevelContext {
  readonly markers: Set<Marker>;
  readonly fam: FamilyDef | null;
  readonly rule: FamilyRule | null;
  readonly consumed: readonly string[];
  readonly segs: readonly string[];
  readonly text: string;
  readonly ladder: Ladder | undefined;
  readonly bank: boolean;
  /** The title names an occupation (a family or an O*NET SOC code). */
  readonly known: boolean;
}

interface LevelResult {
  level: Level;
  flag?: string;
}

function resolveLevel(c: LevelContext): LevelResult {
  const { markers: mk, fam, ladder } = c;
  const group = fam?.group ?? 'office';
  const bankM = c.bank ? LADDERS.bank?.markers : ladder?.markers;
  const tokens = c.text.split(' ');

  // 1. whole-title grades of the company's ladder
  const grades = ladder ? GRADES.get(ladder) : undefined;
  if (grades) for (const g of grades) if (g.re.re.test(c.text)) return { level: g.level };

  // 2. level codes (L5, E5, ICT4, IC3, M1)
  const code = readCode(c.segs);
  if (code && !(code.prefix === 'l' && (tokens.includes('support') || fam?.family === 'IT Support Specialist'))) {
    const lvl = ladder?.codes?.[code.prefix]?.[code.n] ?? GENERIC_LADDER.codes?.[code.prefix]?.[code.n];
    if (lvl && (group === 'tech' || fam === null || fam.kind !== 'ic')) return { level: lvl };
  }

  // 3. executives and corporate titles
  if (bankM) {
    for (const k of ['md', 'ed', 'svp', 'vp', 'avp', 'director'] as const) {
      const lvl = bankM[k];
      if (mk.has(k) && lvl) return { level: lvl };
    }
  }
  if (mk.has('chief')) return { level: fam === null || fam.kind === 'exec' ? 'exec' : 'staff' };
  if (fam?.kind === 'exec') return { level: 'exec' };
  if (mk.has('founder') || mk.has('president') || mk.has('md')) return { level: 'exec' };
  if (mk.has('evp') || mk.has('svp')) return { level: 'vp' };
  if (mk.has('ed')) return { level: 'exec' };
  if (mk.has('avp')) return { level: 'senior' };
  if (mk.has('vp')) {
    const last = c.consumed[c.consumed.length - 1];
    const icRole = fam?.kind === 'ic' && last !== undefined && IC_NOUNS.has(last);
    return { level: icRole ? 'senior' : 'vp' };
  }

  // 4. interns and apprentices
  if (mk.has('intern') || (mk.has('trainee') && !mk.has('graduate'))) return { level: 'intern' };

  // 5. directors and heads
  if (mk.has('director') || mk.has('gm')) return { level: 'director' };
  if (mk.has('head')) return { level: group === 'frontline' ? 'senior' : group === 'care' ? 'manager' : 'vp' };

  // 6. managers
  const consumedManager = c.consumed.includes('manager');
  if (mk.has('senior_manager') || mk.has('manager') || (mk.has('group') && consumedManager)) return { level: 'manager' };

  // 7. the MTS ladder
  if (mk.has('lead_mts')) return { level: 'staff' };
  if (mk.has('consulting_mts')) return { level: 'staff' };

  // 8. individual-contributor rank words (the highest wins)
  // staff covers everything above it on the IC ladder (senior staff, principal, distinguished)
  if (mk.has('distinguished')) return { level: 'staff' };
  if (mk.has('fellow')) return { level: group === 'tech' ? 'staff' : 'entry' };
  if (mk.has('principal')) return { level: 'staff' };
  if (mk.has('senior_staff')) return { level: group === 'tech' ? 'staff' : 'senior' };
  if (mk.has('staff') && group === 'tech' && fam?.kind === 'ic') return { level: 'staff' };
  if (mk.has('senior') || mk.has('lead') || mk.has('founding')) return { level: 'senior' };
  if (mk.has('mid')) return { level: 'mid' };
  if (mk.has('associate')) return { level: bankM?.associate ?? 'entry' };
  if (mk.has('analyst') && bankM?.analyst) return { level: bankM.analyst };
  if (mk.has('entry') || mk.has('graduate') || mk.has('junior') || mk.has('assistant')) return { level: 'entry' };

  // 9. a bare "Member of Technical Staff"
  if (mk.has('mts')) {
    const lvl = ladder?.mts ?? 'unknown';
    return lvl === 'unknown' ? { level: 'unknown', flag: 'level_ambiguous' } : { level: lvl };
  }

  // 10. numerals
  const n = readNumeral(c.segs);
  if (n) {
    const lvl = ladder?.numerals?.[n] ?? genericNumeral(n, group);
    if (lvl) return { level: lvl };
  }

  // 11. what the rule or the family implies
  if (c.rule?.level) return { level: c.rule.level };
  if (fam?.kind === 'manager') return { level: 'manager' };

  // 12. years of experience in the title ("Java Developer (3-5 yrs)")
  const exp = EXPERIENCE_RE.exec(c.text);
  if (exp) {
    const years = Number(exp[1]);
    return { level: years < 2 ? 'entry' : years < 5 ? 'mid' : 'senior', flag: 'level_from_experience' };
  }

  // 13. the ladder's unmarked title, else the default
  if (ladder?.plain && fam && ladder.plain.families.includes(fam.family)) return { level: ladder.plain.level };
  if (!c.known) return { level: 'unknown' };
  return { level: 'mid', flag: 'level_defaulted' };
}

// ---------------------------------------------------------------------------------------------
// Specialisation
// ---------------------------------------------------------------------------------------------

function readSpec(family: string, texts: readonly string[]): string | null {
  // one pass: explicit words (head first, then qualifiers) win; then weak words; then what the
  // languages and frameworks imply (backend + frontend → full stack)
  let weak: string | null = null;
  let implied: string | null = null;
  let impliedBoth = false;
  for (const text of texts) {
    if (!text) continue;
    const tokens = text.split(' ');
    const c = SPEC_INDEX.candidates(tokens);
    for (let j = 0; j < c.length; j++) {
      const e = SPEC_INDEX.entries[c[j] as number] as { pattern: CompiledPattern; value: SpecRule };
      const r = e.value;
      if (!r.families.includes(family)) continue;
      if (r.implied ? implied === r.spec || impliedBoth : r.weak && weak !== null) continue;
      if (!e.pattern.re.test(text)) continue;
      if (!r.implied && !r.weak) return r.spec;
      if (r.weak) weak = r.spec;
      else if (implied === null) implied = r.spec;
      else if ((implied === 'Backend' && r.spec === 'Frontend') || (implied === 'Frontend' && r.spec === 'Backend')) impliedBoth = true;
    }
  }
  if (weak) return weak;
  return impliedBoth ? 'Full Stack' : implied;
}

// ---------------------------------------------------------------------------------------------
// Backoff: titles nothing knows as written
// ---------------------------------------------------------------------------------------------

/** Words that give a title its level, kept when the title is read again as its function's plain title. */
const LEVEL_WORDS = new Set([
  'senior', 'junior', 'lead', 'leader', 'principal', 'staff', 'distinguished', 'fellow', 'associate', 'assistant',
  'deputy', 'head', 'chief', 'director', 'intern', 'internship', 'trainee', 'graduate', 'apprentice', 'entry',
  'level', 'mid', 'intermediate', 'i', 'ii', 'iii', 'iv', 'v', '1', '2', '3', '4', '5', 'founding', 'supervisor',
  'werkstudent', 'expert', 'vp', 'svp', 'evp', 'avp', 'senior+',
]);
/** Where a title's head ends and its qualifier begins ("… Manager im Hardwareumfeld", "… Lead for Europe"). */
const HEAD_STOPS = new Set(['in', 'im', 'fur', 'bei', 'mit', 'for', 'with', 'within', 'pour', 'para', 'per', 'voor', 'bij', 'w', 'dla']);
const JOINERS = new Set(['and', 'or', '/', 'und', 'et', 'y', 'e']);
const MANAGER_NOUNS = new Set(FUNCTION_MANAGER_NOUNS);
const FN_IC_NOUNS = new Set(FUNCTION_IC_NOUNS);
/** Most unknown words skipped between a function and its noun ("Carbon Market Expert" → carbon). */
const MAX_SKIPPED = 1;

const FUNCTION_BY_WORDS = new Map<string, BusinessFunction>();
let functionMaxWords = 1;
for (const f of BUSINESS_FUNCTIONS) {
  for (const w of f.words) {
    FUNCTION_BY_WORDS.set(w, f);
    functionMaxWords = Math.max(functionMaxWords, w.split(' ').length);
  }
}

/** The function a phrase names, a plural matching its singular ("partnerships" → "partnership"). */
function functionOf(phrase: string): BusinessFunction | undefined {
  return (
    FUNCTION_BY_WORDS.get(phrase) ??
    (phrase.endsWith('s') ? FUNCTION_BY_WORDS.get(phrase.slice(0, -1)) : FUNCTION_BY_WORDS.get(`${phrase}s`))
  );
}

/** The function named by the words ending at index `end` (longest phrase first), with its length. */
function functionEndingAt(words: readonly string[], end: number): { fn: BusinessFunction; len: number } | null {
  for (let len = Math.min(functionMaxWords, end + 1); len >= 1; len--) {
    const fn = functionOf(words.slice(end - len + 1, end + 1).join(' '));
    if (fn) return { fn, len };
  }
  return null;
}

/**
 * The head as its business function's plain title: "senior intercompany and consolidation manager"
 * → "senior accounting manager", "product partnerships lead" → "lead partner manager",
 * "communications" → "communications specialist". Null when the head does not end in a noun a
 * function ranks with (or is not a bare function), or names no function near its noun.
 */
function asFunctionTitle(words: readonly string[]): string | null {
  const last = words[words.length - 1] as string;
  const managerial = MANAGER_NOUNS.has(last);
  const hasNoun = managerial || FN_IC_NOUNS.has(last);
  const levels = words.filter((w, i) => LEVEL_WORDS.has(w) && (i < words.length - 1 || last !== 'manager'));
  if (hasNoun) {
    // the function nearest the noun, past at most MAX_SKIPPED words nothing knows
    let skipped = 0;
    for (let end = words.length - 2; end >= 0; end--) {
      const w = words[end] as string;
      const hit = functionEndingAt(words, end);
      if (hit) return [...levels, managerial ? hit.fn.manager : hit.fn.ic].join(' ');
      if (LEVEL_WORDS.has(w) || JOINERS.has(w)) continue;
      if (++skipped > MAX_SKIPPED) return null;
    }
    return null;
  }
  // a bare function ("Communications", "Senior Communications"): every word a function word,
  // a level word or a joiner, and all of one function
  let fn: BusinessFunction | null = null;
  for (let end = words.length - 1; end >= 0; ) {
    const w = words[end] as string;
    if (LEVEL_WORDS.has(w) || JOINERS.has(w)) {
      end--;
      continue;
    }
    const hit = functionEndingAt(words, end);
    if (!hit || (fn && fn !== hit.fn)) return null;
    fn = hit.fn;
    end -= hit.len;
  }
  return fn ? [...levels, fn.ic].join(' ') : null;
}

/**
 * Other readings of a title no rule or table knows: the plain title of the business function it
 * names with a rank noun (title-lexicon BUSINESS_FUNCTIONS), past a leading region ("Americas
 * Communications" → "communications specialist"). It keeps the title's other segments, so level
 * words anywhere still count. An inverted head ("Senior Manager, Intercompany and Consolidation")
 * is read in its natural order.
 * A title whose last word is an occupation of its own ("Marine Engineer", "Support Facilitator")
 * gets no function reading: unknown stays unknown.
 */
function* backoffTitles(prepared: PreparedTitle): Generator<PreparedTitle> {
  const segs = prepared.segments;
  const seg0 = segs[0] as string;
  const seg1 = segs[1];
  const inverted = seg1 !== undefined && isRankOnly(seg0.split(' '));
  const headText = inverted ? reorder(seg0, seg1) : seg0;
  const rest = segs.slice(inverted ? 2 : 1);
  const make = (head: string): PreparedTitle => {
    const segments = [head, ...rest];
    return { segments, text: segments.join(' , '), flags: prepared.flags };
  };
  // a leading region only qualifies the function ("Americas Communications"); read alone, what is
  // left is often a bare rank the tables read as another occupation ("Global Director" is no film
  // director), so it is dropped only for the function reading
  let words = withoutLeadingPlace(headText.split(' ')) ?? headText.split(' ');
  const stop = words.findIndex((w, i) => i > 0 && HEAD_STOPS.has(w));
  if (stop > 0) words = words.slice(0, stop);
  const fnTitle = asFunctionTitle(words);
  if (fnTitle) yield make(fnTitle);
}

// ---------------------------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------------------------

function unknownTitle(flags: string[]): TitleNorm {
  return { family: null, specialization: null, level: 'unknown', soc: null, flags };
}

/** Company ids by raw name: a posting list repeats a handful of employers (bounded, cleared when full). */
const companyIds = new Map<string, string | null>();

function companyIdOf(company: string | null | undefined): string | null {
  if (typeof company !== 'string' || !company) return null;
  let id = companyIds.get(company);
  if (id === undefined) {
    if (companyIds.size >= 1000) companyIds.clear();
    id = normalizeCompany(company).id;
    companyIds.set(company, id);
  }
  return id;
}

export interface TitleOptions {
  /**
   * Read titles nothing knows as written again (backoffTitles; flag `family_backoff`). On by
   * default; the dataset build turns it off so that survey rows, official titles and the title
   * tables rest on what the rules and tables read, not on a fallback.
   */
  backoff?: boolean;
}

/**
 * Normalises a job title (optionally with its company, whose ladder can change the level) to
 * family, specialisation, level, SOC code and flags. Never throws.
 */
export function normalizeTitle(title: string, company?: string | null, tables?: TitleLookup | null, options?: TitleOptions): TitleNorm {
  try {
    return normalizeUnsafe(title, company, tables ?? null, options?.backoff !== false);
  } catch {
    return unknownTitle(['error']);
  }
}

function normalizeUnsafe(title: string, company: string | null | undefined, tables: TitleLookup | null, backoff: boolean): TitleNorm {
  const prepared = prepareTitle(title);
  if (prepared.segments.length === 0) return unknownTitle(roleless(prepared, [...prepared.flags]));
  const companyId = companyIdOf(company);
  const got = readTitle(prepared, companyId, tables);
  if (got.family || !backoff) return got.family ? got : { ...got, flags: roleless(prepared, got.flags) };
  // nothing knows the title as written: read it again without a leading region, or as the plain
  // title of the business function it names (see backoffTitles); a weak reading is no answer
  for (const alt of backoffTitles(prepared)) {
    const b = readTitle(alt, companyId, tables);
    if (b.family && !b.flags.includes('family_weak')) return { ...b, flags: dedupe([...b.flags, 'family_backoff']) };
  }
  return { ...got, flags: roleless(prepared, got.flags) };
}

/** A title that names no role says why: an open application, a careers page, only places. */
function roleless(prepared: PreparedTitle, flags: string[]): string[] {
  if (flags.includes('open_application') || flags.includes('careers_page')) return flags;
  return namesOnlyPlaces(prepared) ? dedupe([...flags, 'no_role_in_title']) : flags;
}

function readTitle(prepared: PreparedTitle, companyId: string | null, tables: TitleLookup | null): TitleNorm {
  const flags = [...prepared.flags];
  const segs = prepared.segments;
  const bank = isBankCompany(companyId);
  const ladder = (companyId ? LADDERS[companyId] : undefined) ?? (bank ? LADDERS.bank : undefined);

  const head = chooseHead(segs, companyId);
  let family = head.cls?.rule.family ?? null;
  // qualifiers: the segments the head did not use, less repeats of it ("Nursing Assistant (CNA)")
  const usedText = new Set([...head.used].map((i) => segs[i]));
  const qualifiers = segs.filter((q, i) => !head.used.has(i) && !usedText.has(q));

  // qualifiers that move the family
  if (family) {
    for (const q of qualifiers) {
      const hit = UPGRADE_INDEX.first(q, q.split(' '), (u) => u.from.includes(family as string));
      if (hit) {
        family = hit.value.to;
        break;
      }
    }
  }

  // level
  const levelTokens = [...head.levelTokens];
  for (const q of qualifiers) levelTokens.push(',', ...q.split(' '));
  const markers = readMarkers(levelTokens);
  let fam = family ? (FAMILY_BY_NAME.get(family) ?? null) : null;
  // titles outside the family rules: the dataset's title tables (O*NET, ESCO) may know the
  // occupation. A weak rule read only a bare noun ("engineer"): a table that knows more of the
  // title ("marine engineer", two words or more) names the occupation better.
  const weak = head.cls?.rule.weak === true;
  let table: TitleHit | null = null;
  if (tables && (!fam || weak)) {
    // an inverted title ("Sr. Director, Creative") is looked up in its natural order first
    const seg1 = segs[1];
    const inverted = seg1 !== undefined && isRankOnly((segs[0] as string).split(' '));
    const hit = tables.lookup(inverted ? [reorder(segs[0] as string, seg1), ...segs.slice(1)] : segs);
    if (hit && (hit.family || hit.occupation) && (!fam || hit.words >= 2)) table = hit;
  }
  if (table) {
    fam = table.family ? (FAMILY_BY_NAME.get(table.family) ?? null) : null;
    family = fam ? fam.family : table.occupation;
  }
  const lv = resolveLevel({
    known: fam !== null || table !== null,
    markers,
    fam,
    rule: head.cls?.rule ?? null,
    consumed: head.cls?.consumed ?? [],
    segs,
    text: prepared.text,
    ladder,
    bank,
  });
  if (lv.flag) flags.push(lv.flag);

  // a managerial level moves an individual-contributor family to its manager family, and an IC
  // level (a bank's "VP, Software Engineering") a manager family to its IC family
  if (fam?.manager && fam.kind === 'ic' && MANAGERIAL.has(lv.level)) {
    fam = FAMILY_BY_NAME.get(fam.manager) ?? fam;
    family = fam.family;
  } else if (fam?.ic && fam.kind === 'manager' && IC_LEVELS.has(lv.level)) {
    fam = FAMILY_BY_NAME.get(fam.ic) ?? fam;
    family = fam.family;
  }

  // specialisation
  let specialization: string | null = null;
  if (family && fam) {
    const headText = [...head.used].map((i) => segs[i] as string);
    specialization = readSpec(family, [...headText, ...qualifiers]);
  }

  const soc = fam?.soc ?? table?.soc ?? null;
  if (table) flags.push(table.table === 'onet' ? 'soc_from_onet' : 'title_from_esco');
  if (table && !fam) flags.push('occupation_from_table');
  else if (weak && !table) flags.push('family_weak');
  return { family, specialization, level: lv.level, soc, flags: dedupe(flags) };
}

function dedupe(a: string[]): string[] {
  return a.length < 2 ? a : [...new Set(a)];
}
