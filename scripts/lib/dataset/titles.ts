/**
 * The title tables of the embedded dataset (public/data/titles-N.json; read by
 * utils/normalize/title-lookup.ts):
 *
 * - O*NET (../shared/data/onet_titles, O*NET 29.3, CC BY 4.0): English title words → US SOC 2018,
 *   from alternate titles, reported titles and occupation titles. Keys are the normaliser's own
 *   text preparation (prepareTitle + onetKeys), so build and lookup agree: the occupation words
 *   of the title's head without level words ("Senior Claims Adjuster II" → "claims adjuster"),
 *   plus its last two and last one words. A key keeps the SOC code that holds at least MIN_SHARE
 *   of its weight (reported and occupation titles weigh more than alternate titles); ambiguous
 *   keys are dropped, and so are keys whose shorter tail already gives the same code. Titles the
 *   in-code family rules read (other than by a bare noun: "Marine Engineers" is not a software
 *   engineer) are left out.
 * - ESCO (../shared/data/esco-occupations v1.0.8, European Commission): preferred and alternative
 *   labels in de fr es pt nl it pl sv da, each gendered form on its own ("Kassierer/Kassiererin"),
 *   → the occupation's target, read from its English labels: the role family the in-code rules
 *   give them, else the SOC code the O*NET table gives them, else the SOC code that the O*NET
 *   table gives the occupation's ISCO-08 unit group title (title evidence, as the crosswalk's
 *   PROVENANCE advises for its many-to-many rows). Keys the in-code rules already read as the same
 *   family are left out; a key claimed by different targets keeps the one with MIN_SHARE of the
 *   labels, else is dropped.
 * - SOC names: the plain name of every SOC code the tables give (DOL OFLC occupation titles,
 *   else O*NET's).
 *
 * Deterministic: sorted lines, no timestamps.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { familyForSoc, normalizeTitle } from '../../../utils/normalize/title';
import { onetKeys, prepareTitle } from '../../../utils/normalize/title-text';
import { titlesFileName, TITLES_FORMAT, type TitlesFile } from '../../../utils/normalize/title-lookup';
import { median } from '../../../utils/estimate/stats';
import { ALL_LEVELS, cellKey, geoKey, type DatasetCell } from '../../../utils/estimate/types';
import { REFERENCE_DATE, REFERENCE_T, sourceIndex } from './constants';
import { parseCsv } from './csv';
import type { Inflation } from './inflation';
import { OFLC_T, oflcQuartiles, readOflc } from './oflc';
import { xlsxRows } from './xlsx';

/** A key must give at least this share of its weight to one target. */
const MIN_SHARE = 0.7;
/** Weights: real-world reported titles and occupation titles count more than alternate titles. */
const W_OCCUPATION = 4;
const W_REPORTED = 3;
const W_ALTERNATE = 1;
/** Tail keys (last two / one words) weigh less than a title's whole key. */
const TAIL_FACTOR = 0.5;
/** One-word keys that name no occupation on their own. */
const GENERIC = new Set([
  'manager', 'specialist', 'assistant', 'associate', 'officer', 'worker', 'technician', 'operator', 'analyst',
  'engineer', 'coordinator', 'director', 'supervisor', 'representative', 'clerk', 'agent', 'consultant',
  'administrator', 'helper', 'aide', 'attendant', 'scientist', 'teacher', 'instructor', 'inspector', 'designer',
  'developer', 'leader', 'head', 'chief', 'executive', 'president', 'member', 'staff', 'professional', 'expert',
  'advisor', 'adviser', 'counselor', 'planner', 'therapist', 'mechanic', 'installer', 'repairer', 'tender',
  'setter', 'controller', 'investigator', 'examiner', 'writer', 'artist', 'trainer', 'driver', 'cleaner',
]);
/** An ESCO preferred label weighs this many alternative labels. */
const W_PREFERRED = 2;
/** Endings of nouns that name a person (agent nouns): "adjuster", "hygienist", "technician", "attendant". */
const PERSON_NOUN_RE = /(er|or|ist|ian|ant|ent|ee|man|woman|person|smith|wright|ic|ess|ive|ary|ier|eer|ar)$/;
/** ESCO's languages other than English. */
export const ESCO_LANGUAGES = ['de', 'fr', 'es', 'pt', 'nl', 'it', 'pl', 'sv', 'da'] as const;
/** Longest ESCO key kept, in words (postings do not use the long descriptive labels). */
const ESCO_MAX_WORDS = 5;
/** Each titles file stays under this many bytes (every shipped file < 3 MiB). */
const FILE_BYTES = 2_500_000;

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The family the in-code rules give a title, unless they read only a bare noun. Without the
 * normaliser's backoff (a business function's plain title, a region dropped): the tables know
 * those titles better, and the normaliser backs off only when the tables do not know them either.
 */
function ruleFamily(title: string): string | null {
  const t = normalizeTitle(title, null, null, { backoff: false });
  return t.family && !t.flags.includes('family_weak') ? t.family : null;
}

// -- O*NET ------------------------------------------------------------------------------------------

export interface OnetTable {
  keys: Map<string, string>;
  /** O*NET occupation titles by 6-digit SOC */
  names: Map<string, string>;
  report: { candidates: number; ambiguous: number; redundant: number; covered: number };
}

const onetCache = new Map<string, OnetTable>();

export function onetTable(dataDir: string): OnetTable {
  const cached = onetCache.get(dataDir);
  if (cached) return cached;
  const dir = join(dataDir, 'onet_titles/onet_29_3');
  const tsv = (name: string) =>
    readFileSync(join(dir, name), 'utf8')
      .split(/\r?\n/)
      .slice(1)
      .filter(Boolean)
      .map((l) => l.split('\t'));
  const weights = new Map<string, Map<string, number>>();
  const names = new Map<string, string>();
  let covered = 0;
  // only occupations with a DOL wage statistic (or a role family): a code with no figure behind it
  // would only ever answer "no data" (military occupations have none)
  const withWages = new Set(readdirSync(join(dataDir, 'oflc-prevailing-wage-2025-26', 'wages')).map((f) => f.slice(0, 7)));
  const add = (title: string, onetSoc: string, weight: number) => {
    const soc = onetSoc.slice(0, 7);
    if (!/^\d{2}-\d{4}$/.test(soc) || !title || (!withWages.has(soc) && !familyForSoc(soc))) return;
    if (ruleFamily(title)) {
      covered++;
      return;
    }
    const head = prepareTitle(title).segments[0];
    if (!head) return;
    onetKeys(head).forEach((key, i) => {
      if (!key || (!key.includes(' ') && GENERIC.has(key))) return;
      // a title's last word alone names an occupation only when it names a person ("adjuster",
      // not "affairs" of "Dean of Student Affairs"); whole one-word titles ("Pastor") always do
      if (i > 0 && !key.includes(' ') && !PERSON_NOUN_RE.test(key)) return;
      const w = i === 0 ? weight : weight * TAIL_FACTOR;
      let m = weights.get(key);
      if (!m) weights.set(key, (m = new Map()));
      m.set(soc, (m.get(soc) ?? 0) + w);
    });
  };
  for (const [code, title] of tsv('Occupation Data.txt')) {
    if (!code || !title) continue;
    if (code.endsWith('.00') && !names.has(code.slice(0, 7))) names.set(code.slice(0, 7), title);
    add(title, code, W_OCCUPATION);
  }
  for (const [code, , reported] of tsv('Sample of Reported Titles.txt')) if (code && reported) add(reported, code, W_REPORTED);
  for (const [code, , alternate, short] of xlsxRows(join(dir, 'Alternate Titles.xlsx'), 1).slice(1)) {
    if (!code) continue;
    if (alternate) add(alternate, code, W_ALTERNATE);
    if (short && short !== 'n/a') add(short, code, W_ALTERNATE);
  }
  const resolved = new Map<string, string>();
  let ambiguous = 0;
  for (const [key, m] of weights) {
    const best = pick(m);
    if (best) resolved.set(key, best);
    else ambiguous++;
  }
  // drop keys whose shorter tail already gives the same code (the lookup falls back to the tail)
  let redundant = 0;
  for (const key of [...resolved.keys()].sort(cmp)) {
    const soc = resolved.get(key)!;
    for (let t = key; t.includes(' '); ) {
      t = t.slice(t.indexOf(' ') + 1);
      const tail = resolved.get(t);
      if (tail === undefined) continue;
      if (tail === soc) {
        resolved.delete(key);
        redundant++;
      }
      break;
    }
  }
  const table: OnetTable = { keys: resolved, names, report: { candidates: weights.size, ambiguous, redundant, covered } };
  onetCache.set(dataDir, table);
  return table;
}

/** The target holding at least MIN_SHARE of the weight (ties: the smaller code), else null. */
function pick(m: Map<string, number>): string | null {
  let total = 0;
  let best = '';
  let bestW = 0;
  for (const [target, w] of [...m.entries()].sort((a, b) => cmp(a[0], b[0]))) {
    total += w;
    if (w > bestW) {
      best = target;
      bestW = w;
    }
  }
  return bestW / total >= MIN_SHARE ? best : null;
}

/** The SOC code the O*NET table gives a title's segments (the build's own lookup, longest key first). */
export function onetSocOf(table: OnetTable, segments: readonly string[]): string | null {
  for (let i = 0; i < segments.length && i < 3; i++) {
    for (const key of onetKeys(segments[i] as string)) {
      const soc = table.keys.get(key);
      if (soc) return soc;
    }
  }
  return null;
}

let defaultDataDir = resolve(import.meta.dirname, '../../../../shared/data');

/** The data folder `lookupOnetSoc` reads (buildDataset sets it to the one it builds from). */
export function setOnetDataDir(dir: string): void {
  defaultDataDir = dir;
}

/** The O*NET SOC code of a prepared title's segments, for the build's mapping of official codes. */
export function lookupOnetSoc(segments: readonly string[]): string | null {
  return onetSocOf(onetTable(defaultDataDir), segments);
}

// -- ESCO -------------------------------------------------------------------------------------------

interface EscoRow {
  uri: string;
  isco: string;
  labels: string[];
}

function readEsco(dataDir: string, lang: string): EscoRow[] {
  const rows = parseCsv(readFileSync(join(dataDir, 'esco-occupations', `occupations_${lang}.csv`), 'utf8'));
  const head = rows[0]!;
  const col = (name: string) => head.indexOf(name);
  const [uri, isco, pref, alt] = [col('conceptUri'), col('iscoGroup'), col('preferredLabel'), col('altLabels')];
  return rows.slice(1).map((r) => ({
    uri: r[uri] ?? '',
    isco: r[isco] ?? '',
    labels: [r[pref] ?? '', ...(r[alt] ?? '').split('\n')].map((l) => l.trim()).filter(Boolean),
  }));
}

/** ISCO-08 group code → its English title. */
function iscoNames(dataDir: string): Map<string, string> {
  const rows = parseCsv(readFileSync(join(dataDir, 'esco-occupations', 'ISCOGroups_en.csv'), 'utf8'));
  const head = rows[0]!;
  const code = head.indexOf('code');
  const pref = head.indexOf('preferredLabel');
  return new Map(rows.slice(1).map((r) => [r[code] ?? '', r[pref] ?? '']));
}

/** "Kassierer/Kassiererin" → both forms; "Verkäufer/in" → "Verkäufer" (a suffix is no form of its own). */
export function genderedForms(label: string): string[] {
  const parts = label.split('/').map((p) => p.trim());
  if (parts.length === 1) return parts;
  const forms = parts.filter((p) => p.length >= 4 && !/^[a-zäöüéèàçñ]{1,4}$/.test(p));
  return forms.length ? forms : [parts[0]!];
}

/**
 * The key of an ESCO label: its prepared head segment ("sjuksköterska, grundutbildad" →
 * "sjukskoterska", weighing half), or null when it has too many words.
 */
function escoKey(label: string): { key: string; weight: number } | null {
  const segs = prepareTitle(label).segments;
  const key = segs[0];
  if (!key || key.split(' ').length > ESCO_MAX_WORDS) return null;
  return { key, weight: segs.length === 1 ? 1 : 0.5 };
}

export interface EscoReport {
  occupations: number;
  mapped: { family: number; onet: number; isco: number; none: number };
  keys: number;
  ambiguous: number;
  redundant: number;
}

export function escoTable(dataDir: string, onet: OnetTable): { keys: Map<string, string>; report: EscoReport } {
  const english = new Map(readEsco(dataDir, 'en').map((r) => [r.uri, r]));
  const isco = iscoNames(dataDir);
  const targetOf = new Map<string, string>();
  const mapped = { family: 0, onet: 0, isco: 0, none: 0 };
  for (const [uri, row] of [...english].sort((a, b) => cmp(a[0], b[0]))) {
    const labels = row.labels;
    let target: string | null = null;
    for (const l of labels) if ((target = ruleFamily(l))) break;
    if (target) mapped.family++;
    if (!target) {
      const votes = new Map<string, number>();
      labels.forEach((l, i) => {
        const soc = onetSocOf(onet, prepareTitle(l).segments);
        if (soc) votes.set(soc, (votes.get(soc) ?? 0) + (i === 0 ? 2 : 1));
      });
      target = votes.size ? pick(votes) : null;
      if (target) mapped.onet++;
    }
    if (!target) {
      const group = isco.get(row.isco);
      const soc = group ? onetSocOf(onet, prepareTitle(group).segments) : null;
      if (soc) {
        target = soc;
        mapped.isco++;
      }
    }
    if (!target) {
      mapped.none++;
      continue;
    }
    targetOf.set(uri, familyForSoc(target) ?? target);
  }
  const votes = new Map<string, Map<string, number>>();
  for (const lang of ESCO_LANGUAGES) {
    for (const row of readEsco(dataDir, lang)) {
      const target = targetOf.get(row.uri);
      if (!target) continue;
      row.labels.forEach((label, i) => {
        for (const form of genderedForms(label)) {
          const k = escoKey(form);
          if (!k) continue;
          let m = votes.get(k.key);
          if (!m) votes.set(k.key, (m = new Map()));
          // the preferred label speaks for the occupation more than an alternative one
          m.set(target, (m.get(target) ?? 0) + k.weight * (i === 0 ? W_PREFERRED : 1));
        }
      });
    }
  }
  const keys = new Map<string, string>();
  let ambiguous = 0;
  let redundant = 0;
  for (const key of [...votes.keys()].sort(cmp)) {
    const target = pick(votes.get(key)!);
    if (!target) {
      ambiguous++;
      continue;
    }
    // a word that names no occupation on its own ("associate" in several languages)
    if (GENERIC.has(key)) {
      ambiguous++;
      continue;
    }
    // the in-code rules already read it so (prepareTitle translates many words: "infirmier" → "nurse")
    if (ruleFamily(key) === target) {
      redundant++;
      continue;
    }
    keys.set(key, target);
  }
  return { keys, report: { occupations: english.size, mapped, keys: keys.size, ambiguous, redundant } };
}

// -- files ------------------------------------------------------------------------------------------

/** SOC code → plain name: DOL OFLC's occupation titles, else O*NET's. */
function socNamesOf(dataDir: string, onet: OnetTable): Map<string, string> {
  const oflc = JSON.parse(readFileSync(join(dataDir, 'oflc-prevailing-wage-2025-26', 'occupations.json'), 'utf8')) as { code: string; title: string }[];
  const names = new Map(onet.names);
  for (const o of oflc) if (/^\d{2}-\d{4}$/.test(o.code)) names.set(o.code, o.title);
  return names;
}

/** "<target>\t<key>|<key>" lines, sorted. */
function groupLines(keys: ReadonlyMap<string, string>): string[] {
  const byTarget = new Map<string, string[]>();
  for (const [key, target] of keys) (byTarget.get(target) ?? byTarget.set(target, []).get(target)!).push(key);
  return [...byTarget.keys()].sort(cmp).map((t) => `${t}\t${byTarget.get(t)!.sort(cmp).join('|')}`);
}

export interface TitlesBuild {
  /** file contents without the version (set by the caller: the dataset's) */
  files: Omit<TitlesFile, 'version'>[];
  /** SOC codes the tables give that are none of the role families, with their names */
  occupations: Map<string, string>;
  report: { onet: OnetTable['report'] & { keys: number }; esco: EscoReport };
}

export function buildTitles(dataDir: string): TitlesBuild {
  const onet = onetTable(dataDir);
  const esco = escoTable(dataDir, onet);
  const names = socNamesOf(dataDir, onet);
  const occupations = new Map<string, string>();
  for (const target of [...onet.keys.values(), ...esco.keys.values()]) {
    if (/^\d{2}-\d{4}$/.test(target) && !familyForSoc(target) && names.has(target)) occupations.set(target, names.get(target)!);
  }
  // keys of codes with no name cannot be labelled: left out
  const named = (m: ReadonlyMap<string, string>) => new Map([...m].filter(([, t]) => !/^\d{2}-\d{4}$/.test(t) || familyForSoc(t) || occupations.has(t)));
  const onetLines = groupLines(named(onet.keys));
  const escoLines = groupLines(named(esco.keys));
  const socNames = Object.fromEntries([...occupations].sort((a, b) => cmp(a[0], b[0])));
  // split by whole lines into files under FILE_BYTES (names go with the first)
  const files: Omit<TitlesFile, 'version'>[] = [];
  let current = { format: TITLES_FORMAT, onet: [] as string[], esco: [] as string[], socNames: socNames as Record<string, string> };
  let bytes = JSON.stringify(socNames).length;
  const flush = () => {
    files.push({ format: TITLES_FORMAT, onet: current.onet.join('\n'), esco: current.esco.join('\n'), socNames: current.socNames });
    current = { format: TITLES_FORMAT, onet: [], esco: [], socNames: {} };
    bytes = 0;
  };
  for (const [table, lines] of [['onet', onetLines], ['esco', escoLines]] as const) {
    for (const line of lines) {
      const cost = JSON.stringify(line).length;
      if (bytes + cost > FILE_BYTES) flush();
      current[table].push(line);
      bytes += cost;
    }
  }
  flush();
  return {
    files,
    occupations,
    report: { onet: { ...onet.report, keys: onet.keys.size }, esco: esco.report },
  };
}

/** The text of each titles file (stable key order), for the dataset's version hash and the files. */
export function titlesTexts(files: readonly Omit<TitlesFile, 'version'>[], version: string): { names: string[]; texts: string[] } {
  return {
    names: files.map((_, i) => titlesFileName(i)),
    texts: files.map((f) => `${JSON.stringify({ format: f.format, version, socNames: f.socNames, onet: f.onet, esco: f.esco })}\n`),
  };
}

// -- cells and credits ----------------------------------------------------------------------------

/**
 * One national DOL cell per occupation outside the role families (all levels, base pay, US
 * dollars at the reference date): the median over the occupation's wage areas of each quartile.
 * Metro figures come from it through the learned metro index, levels through the learned level
 * ratios — not one cell per area (SOC × 530 areas would be five times the dataset).
 */
export function occupationCells(dataDir: string, occupations: ReadonlyMap<string, string>, upperSpread: number, inflation: Inflation): DatasetCell[] {
  const oflc = readOflc(dataDir, new Set(occupations.keys()));
  const lift = Math.log(inflation.factor('USD', OFLC_T, REFERENCE_T));
  const bySoc = new Map<string, [number, number, number][]>();
  for (const p of oflc.points) (bySoc.get(p.soc) ?? bySoc.set(p.soc, []).get(p.soc)!).push(oflcQuartiles(p.ln, upperSpread));
  const cells: DatasetCell[] = [];
  for (const soc of [...bySoc.keys()].sort(cmp)) {
    const qs = bySoc.get(soc)!;
    const family = occupations.get(soc)!;
    const geo = geoKey.country('US');
    cells.push({
      key: cellKey(family, ALL_LEVELS, geo, '', 'base'),
      family,
      level: ALL_LEVELS,
      geo,
      company: null,
      basis: 'base',
      kind: 'statistic',
      logP25: median(qs.map((q) => q[0])) + lift,
      logP50: median(qs.map((q) => q[1])) + lift,
      logP75: median(qs.map((q) => q[2])) + lift,
      currency: 'USD',
      n: null,
      nEff: null,
      sources: [sourceIndex('oflc')],
      asOf: REFERENCE_DATE,
    });
  }
  return cells;
}

/** The NOTICE section crediting the title tables' sources. */
export function titlesNotice(report: TitlesBuild['report'] & { occupationCells: number }): string {
  const { onet, esco } = report;
  return [
    '',
    '## Title tables (titles-N.json)',
    '',
    'Job titles are read first by the in-code rules for the role families; the title tables extend them to every',
    'occupation and to titles in German, French, Spanish, Portuguese, Dutch, Italian, Polish, Swedish and Danish.',
    `Occupations outside the role families get one national DOL OFLC cell each (${report.occupationCells} cells), labelled with the occupation's name.`,
    '',
    '- **O*NET 29.3** — This product includes information from the O*NET 29.3 Database by the U.S. Department of Labor,',
    '  Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of',
    '  USDOL/ETA. Alternate, reported and occupation titles were lower-cased, stripped of level words and regrouped into',
    `  ${onet.keys} title keys → SOC 2018 (from ${onet.candidates} candidates: ${onet.ambiguous} ambiguous and ${onet.redundant} redundant dropped).`,
    '- **ESCO v1.0.8** — This service uses the ESCO classification of the European Commission (reuse policy, Decision',
    '  2011/833/EU). Preferred and alternative labels (both gendered forms) were folded and keyed; each occupation goes to',
    `  the role family or SOC code its English labels read as (${esco.mapped.family} by the family rules, ${esco.mapped.onet} by O*NET titles,`,
    `  ${esco.mapped.isco} by their ISCO-08 group's title, ${esco.mapped.none} left out): ${esco.keys} keys (${esco.ambiguous} ambiguous dropped).`,
    "  ISCO-08 groups reach SOC through their English titles and O*NET's: the BLS ISCO-08 ↔ SOC 2010 crosswalk is a",
    '  legacy binary .xls workbook the build does not read, and its rows are many-to-many (its PROVENANCE advises title',
    '  evidence).',
    '',
  ].join('\n');
}
