/**
 * Builds utils/normalize/soc-titles.generated.ts: title words → US SOC 2018 code, from O*NET's
 * alternate titles, reported titles and occupation titles (../shared/data/onet_titles, O*NET 29.3,
 * CC BY 4.0). The table backs `normalizeTitle`'s `soc` for titles outside the role families
 * ("Claims Adjuster" → 13-1031, "Pastor" → 21-2011); titles a family already covers are left out.
 *
 * Keys are made with the normaliser's own text preparation (prepareTitle + onetKeys), so build and
 * lookup agree: the occupation words of the title's head without level words ("Senior Claims
 * Adjuster II" → "claims adjuster"), plus its last two and last one words. A key keeps the SOC
 * code that holds at least MIN_SHARE of its weight (reported titles and occupation titles weigh
 * more than alternate titles); ambiguous keys are dropped. Lowest-weight keys are dropped until
 * the data fits MAX_BYTES.
 *
 * Output is deterministic (sorted, no timestamps). Run from the repo root:
 *   node --import tsx scripts/build-soc-titles.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeTitle } from '../utils/normalize/title';
import { onetKeys, prepareTitle } from '../utils/normalize/title-text';
import { xlsxRows } from './lib/dataset/xlsx';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const onet = resolve(root, '../shared/data/onet_titles/onet_29_3');
const out = resolve(root, 'utils/normalize/soc-titles.generated.ts');

/** A key must give at least this share of its weight to one SOC code. */
const MIN_SHARE = 0.7;
/** Generated data budget (the string literal), bytes. */
const MAX_BYTES = 140_000;
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

// -- sources ---------------------------------------------------------------------------------------

function tsv(name: string): string[][] {
  return readFileSync(resolve(onet, name), 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter(Boolean)
    .map((l) => l.split('\t'));
}

/** Rows of the first sheet of an O*NET .xlsx, without its header row. */
function xlsxRowsOf(name: string): string[][] {
  return xlsxRows(resolve(onet, name), 1).slice(1);
}

// -- weights -----------------------------------------------------------------------------------------

const weights = new Map<string, Map<string, number>>();
let skippedCovered = 0;

function add(title: string, onetSoc: string, weight: number): void {
  const soc = onetSoc.slice(0, 7);
  if (!/^\d{2}-\d{4}$/.test(soc) || !title) return;
  if (normalizeTitle(title).family) {
    skippedCovered++;
    return;
  }
  const head = prepareTitle(title).segments[0];
  if (!head) return;
  const keys = onetKeys(head);
  keys.forEach((key, i) => {
    if (!key) return;
    if (i > 0 && !key.includes(' ') && GENERIC.has(key)) return;
    if (i === 0 && !key.includes(' ') && GENERIC.has(key)) return;
    const w = i === 0 ? weight : weight * TAIL_FACTOR;
    let m = weights.get(key);
    if (!m) weights.set(key, (m = new Map()));
    m.set(soc, (m.get(soc) ?? 0) + w);
  });
}

for (const [code, title] of tsv('Occupation Data.txt')) if (code && title) add(title, code, W_OCCUPATION);
for (const [code, , reported] of tsv('Sample of Reported Titles.txt')) if (code && reported) add(reported, code, W_REPORTED);
for (const [code, , alternate, short] of xlsxRowsOf('Alternate Titles.xlsx')) {
  if (!code) continue;
  if (alternate) add(alternate, code, W_ALTERNATE);
  if (short && short !== 'n/a') add(short, code, W_ALTERNATE);
}

// -- resolve and fit ---------------------------------------------------------------------------------

interface Entry {
  key: string;
  soc: string;
  weight: number;
}
const entries: Entry[] = [];
let ambiguous = 0;
for (const [key, m] of weights) {
  let total = 0;
  let best = '';
  let bestW = 0;
  for (const [soc, w] of [...m.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    total += w;
    if (w > bestW) {
      best = soc;
      bestW = w;
    }
  }
  if (bestW / total < MIN_SHARE) {
    ambiguous++;
    continue;
  }
  entries.push({ key, soc: best, weight: bestW });
}

// drop keys whose shorter tail already gives the same code (the lookup falls back to the tail):
// "claims adjuster" is redundant when "adjuster" → 13-1031
const resolved = new Map(entries.map((e) => [e.key, e.soc]));
const tailOf = (k: string) => k.slice(k.indexOf(' ') + 1);
const entryOf = new Map(entries.map((e) => [e.key, e]));
/** The shorter key the lookup would fall back to for `k`, if any. */
function tailKey(k: string): string | undefined {
  for (let t = k; t.includes(' '); ) {
    t = tailOf(t);
    if (resolved.has(t)) return t;
  }
  return undefined;
}
let redundant = 0;
// longest first, so a dropped key's weight reaches the tail that now answers for it
for (const e of [...entries].sort((a, b) => b.key.split(' ').length - a.key.split(' ').length || (a.key < b.key ? -1 : 1))) {
  const t = e.key.includes(' ') ? tailKey(e.key) : undefined;
  if (t !== undefined && resolved.get(t) === e.soc) {
    resolved.delete(e.key);
    const te = entryOf.get(t) as Entry;
    te.weight += e.weight;
    redundant++;
  }
}
const needed = entries.filter((e) => resolved.has(e.key));

// keep the best-supported keys that fit the budget (ties: shorter, then alphabetical)
needed.sort((a, b) => b.weight - a.weight || a.key.length - b.key.length || (a.key < b.key ? -1 : 1));
const kept: Entry[] = [];
// grouped by SOC, then by last word: "13-1031\tadjuster:,claims,insurance|appraiser:auto damage"
// (an empty prefix is the last word alone); the cost of a key is what it adds to that encoding
const groups = new Map<string, Map<string, string[]>>();
let bytes = 0;
for (const e of needed) {
  const sp = e.key.lastIndexOf(' ');
  const last = e.key.slice(sp + 1);
  const prefix = sp < 0 ? '' : e.key.slice(0, sp);
  let bySocGroups = groups.get(e.soc);
  const cost = (bySocGroups ? 0 : e.soc.length + 2) + (bySocGroups?.has(last) ? prefix.length + 1 : last.length + prefix.length + 2);
  if (bytes + cost > MAX_BYTES) continue;
  if (!bySocGroups) groups.set(e.soc, (bySocGroups = new Map()));
  let prefixes = bySocGroups.get(last);
  if (!prefixes) bySocGroups.set(last, (prefixes = []));
  prefixes.push(prefix);
  kept.push(e);
  bytes += cost;
}

const lines = [...groups.keys()].sort().map((soc) => {
  const g = groups.get(soc) as Map<string, string[]>;
  const parts = [...g.keys()].sort().map((last) => {
    const prefixes = (g.get(last) as string[]).sort();
    return prefixes.length === 1 && prefixes[0] === '' ? last : `${last}:${prefixes.join(',')}`;
  });
  return `${soc}\t${parts.join('|')}`;
});
const bySoc = groups;
const data = lines.join('\n');

const ts = `/**
 * GENERATED by scripts/build-soc-titles.ts — do not edit by hand.
 *
 * Title words → US SOC 2018 code, for titles outside the role families. One line per SOC code,
 * keys grouped by their last word: "<soc>\\t<last>:<prefix>,<prefix>|<last>|…" where the key is
 * "<prefix> <last>" and an empty prefix is the last word alone. Keys are title-text.ts onetKeys().
 * ${kept.length} keys for ${bySoc.size} SOC codes (from ${weights.size} candidate keys: ${ambiguous} ambiguous and ${redundant}
 * redundant with a shorter key dropped${kept.length < needed.length ? `, ${needed.length - kept.length} least-supported cut to fit` : ''}).
 *
 * This product includes information from the O*NET 29.3 Database by the U.S. Department of Labor,
 * Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a
 * trademark of USDOL/ETA. The keys were derived (lower-cased, level words removed, regrouped).
 */
export const SOC_TITLES_ATTRIBUTION =
  'Includes information from the O*NET 29.3 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license.';

export const SOC_TITLES_DATA = ${JSON.stringify(data)};
`;
writeFileSync(out, ts);
console.log(
  `soc-titles.generated.ts: ${kept.length} keys, ${bySoc.size} SOC codes, ${ts.length} bytes ` +
    `(${entries.length} resolvable, ${redundant} redundant, ${ambiguous} ambiguous, ${skippedCovered} titles already in a family)`,
);
