/**
 * The title tables of the embedded dataset (public/data/titles-N.json, built by
 * scripts/lib/dataset/titles.ts): titles outside the in-code role-family rules → an occupation.
 *
 * - `onet`: English title words → US SOC 2018 code, from O*NET alternate, reported and occupation
 *   titles (CC BY 4.0, credit O*NET). Keys are title-text.ts onetKeys() of a segment.
 * - `esco`: German, French, Spanish, Portuguese, Dutch, Italian, Polish, Swedish and Danish titles
 *   (ESCO preferred and alternative labels, both gendered forms) → a role family or a SOC code,
 *   through the occupation's English labels. Keys are the whole prepared segment (prepareTitle).
 * - `socNames`: SOC code → the occupation's plain name ("Registered Nurses"), the label of
 *   occupations that are none of the role families.
 *
 * Both tables are stored as grouped text ("<target>\t<key>|<key>…" one line per target) and parsed
 * into maps on first use. No I/O here: the background reads the file's content from IndexedDB,
 * the CLI and the bench from public/data, and pass it to `titleLookup`.
 */
import { onetKeys } from './title-text';

export const TITLES_FORMAT = 1;
export const titlesFileName = (index: number): string => `titles-${index + 1}.json`;

/** One titles-N.json file: every table is split over the files by whole lines. */
export interface TitlesFile {
  format: typeof TITLES_FORMAT;
  version: string;
  /** "<soc>\t<key>|<key>…" lines */
  onet: string;
  /** "<family or soc>\t<key>|<key>…" lines */
  esco: string;
  socNames: Record<string, string>;
}

/** What a title table says of a title: a role family or a SOC code (with its occupation's name). */
export interface TitleHit {
  /** a role family (utils/normalize/title-tables) when the occupation is one, else null */
  family: string | null;
  soc: string | null;
  /** the occupation's plain name when it is none of the role families ("Registered Nurses") */
  occupation: string | null;
  /** which table answered; `words` is how many words of the key matched */
  table: 'esco' | 'onet';
  words: number;
}

export interface TitleLookup {
  /** segments as prepareTitle gives them; the head segment first */
  lookup(segments: readonly string[]): TitleHit | null;
  readonly size: number;
}

const SOC_RE = /^\d{2}-\d{4}$/;

/** Prepositions and articles after which a title's words qualify its head (de fr es pt nl it pl sv da). */
const HEAD_ENDS_BEFORE = new Set([
  'in', 'im', 'fur', 'bei', 'mit', 'der', 'die', 'das', 'de', 'du', 'des', 'la', 'le', 'en', 'au', 'aux', 'pour',
  'del', 'da', 'do', 'dos', 'das', 'na', 'no', 'em', 'para', 'van', 'voor', 'bij', 'di', 'della', 'nel', 'per',
  'w', 'z', 'ze', 'dla', 'i', 'inom', 'for', 'til', 'pa', 'med', 'af', 'och', 'og', 'und', 'et', 'y', 'e',
]);

/** A title table: key → its target (a role family or a SOC code). */
export interface KeyTable {
  get(key: string): string | undefined;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * A table over grouped text ("<target>\t<key>|<key>…" lines; a key given twice: the later line
 * wins), read one first word at a time: a lookup reads the keys that start with its key's first
 * word, found by a regular expression over the text, and keeps them. A worker reads a few words
 * of one title after each start; splitting the whole ESCO and O*NET tables into maps took it
 * 60–110 ms.
 */
export function groupedKeys(text: string): KeyTable {
  const byFirstWord = new Map<string, Map<string, string>>();
  const read = (word: string): Map<string, string> => {
    const keys = new Map<string, string>();
    // a key starts after the line's tab or a '|' and ends at the next '|' or line end
    for (const m of text.matchAll(new RegExp(`[\\t|]${escapeRegExp(word)}(?=[ |\\n]|$)`, 'g'))) {
      const start = m.index + 1;
      const lineStart = text.lastIndexOf('\n', m.index) + 1;
      const tab = text.indexOf('\t', lineStart);
      // only keys after the line's first tab (the target comes before it)
      if (tab < 0 || tab >= start) continue;
      let end = start;
      while (end < text.length && text[end] !== '|' && text[end] !== '\n') end++;
      keys.set(text.slice(start, end), text.slice(lineStart, tab));
    }
    byFirstWord.set(word, keys);
    return keys;
  };
  return {
    get(key) {
      if (!key) return undefined;
      const space = key.indexOf(' ');
      const word = space < 0 ? key : key.slice(0, space);
      return (byFirstWord.get(word) ?? read(word)).get(key);
    },
  };
}

/** Every key of a grouped text at once (later lines win): what groupedKeys reads one word at a time. */
export function allGroupedKeys(text: string): Map<string, string> {
  const into = new Map<string, string>();
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const target = line.slice(0, tab);
    for (const key of line.slice(tab + 1).split('|')) if (key) into.set(key, target);
  }
  return into;
}

/**
 * A lookup over the parsed title files. `familyOf` gives the role family of a SOC code (title.ts
 * familyForSoc: passed in to keep this module free of the rule tables). `table` makes a table of
 * a grouped text (by default read one first word at a time).
 */
export function titleLookup(
  files: readonly Pick<TitlesFile, 'onet' | 'esco' | 'socNames'>[],
  familyOf: (soc: string) => string | null,
  table: (text: string) => KeyTable = groupedKeys,
): TitleLookup {
  // the files in order, one text per table: a key of a later file wins, as a later line does
  const onet = table(files.map((f) => f.onet).join('\n'));
  const esco = table(files.map((f) => f.esco).join('\n'));
  const socNames: Record<string, string> = {};
  for (const f of files) Object.assign(socNames, f.socNames);
  let size: number | null = null;
  const hit = (target: string, table: TitleHit['table'], words: number): TitleHit => {
    if (!SOC_RE.test(target)) return { family: target, soc: null, occupation: null, table, words };
    const family = familyOf(target);
    return { family, soc: target, occupation: family ? null : (socNames[target] ?? null), table, words };
  };
  return {
    get size() {
      // (tests and tools only: this reads every key)
      size ??= allGroupedKeys(files.map((f) => f.onet).join('\n')).size + allGroupedKeys(files.map((f) => f.esco).join('\n')).size;
      return size;
    },
    lookup(segments) {
      // the other languages first: the whole segment, or its head before a preposition
      // ("lagerarbeiter in vollzeit" → "lagerarbeiter", "infirmier de nuit" → "infirmier")
      for (let i = 0; i < segments.length && i < 3; i++) {
        const words = (segments[i] as string).split(' ');
        for (let n = Math.min(words.length, 5); n >= 1; n--) {
          if (n < words.length && !HEAD_ENDS_BEFORE.has(words[n] as string)) continue;
          const target = esco.get(words.slice(0, n).join(' '));
          if (target) return hit(target, 'esco', n);
        }
      }
      for (let i = 0; i < segments.length && i < 3; i++) {
        for (const key of onetKeys(segments[i] as string)) {
          const target = onet.get(key);
          if (target) return hit(target, 'onet', key.split(' ').length);
        }
      }
      return null;
    },
  };
}
