/**
 * A small pattern language for the title tables, compiled once to regexes over canonical title
 * text (lower-case ASCII tokens separated by single spaces; segments joined with " , ").
 *
 *   'software * engineer'          "software" … "engineer", at most two words between them
 *   '(front|back) end developer'   alternatives (each may be several words: '(data engineer|etl developer)')
 *   'senior? engineer'             optional token
 *   'engineering * [manager]'      [..] must match but is *kept* for the level reader (not part of the
 *                                  occupation's own name), e.g. "manager" in "engineering manager"
 *   'product {manager}'            {..} is part of the occupation's name even if it is a rank word
 *                                  (rank words — manager, lead, senior… — are otherwise kept)
 *   '^ associate $'                '^' / '$': the start / end of a segment
 *   'java …' etc.                  tokens are literal; '.', '+', '#', '&', '/' are escaped
 *
 * A gap never crosses a segment boundary (","). Each pattern has index keys (the words one of
 * which must be present), so a lookup only tries the few patterns whose keys occur in the text.
 */

export interface CompiledPattern {
  /** The pattern, for testing. */
  readonly re: RegExp;
  /** The same pattern with match indices (the 'd' flag), used only once a match is known. */
  readonly reIndices: RegExp;
  /** Words one of which must occur in the text for the pattern to match. Empty: always try. */
  readonly keys: readonly string[];
  /** Kind of each capture group (1..n): 'keep' ([..] and gaps) or 'force' ({..}). */
  readonly groups: readonly ('keep' | 'force')[];
}

const GAP = '((?: [^ ,]+){0,2})';

function escapeWord(w: string): string {
  return w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Splits a pattern into items, keeping (...) and [...] groups whole. */
function items(pattern: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of pattern.trim()) {
    if (ch === '(' || ch === '[' || ch === '{') depth++;
    if (ch === ')' || ch === ']' || ch === '}') depth--;
    if (ch === ' ' && depth === 0) {
      if (cur) out.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (cur) out.push(cur);
  return out;
}

function altSource(group: string): { src: string; firsts: string[] } {
  // "(a|b c|d)" → alternatives, each a space-separated word sequence
  const inner = group.slice(1, -1);
  if (/[()[\]{}]/.test(inner)) throw new Error(`title pattern: nested group in "${group}"`);
  const alts = inner.split('|').map((a) => a.trim()).filter(Boolean);
  return {
    src: `(?:${alts.map((a) => a.split(' ').map(escapeWord).join(' ')).join('|')})`,
    firsts: alts.map((a) => a.split(' ')[0] ?? a),
  };
}

/** Compiles one pattern (see the module comment). Throws on a malformed pattern (tables are tested). */
export function compilePattern(pattern: string): CompiledPattern {
  const parts = items(pattern);
  let src = '';
  let keys: string[] | null = null;
  const groups: ('keep' | 'force')[] = [];
  let started = false;
  for (const raw of parts) {
    if (raw === '*') {
      if (!started) throw new Error(`title pattern: leading gap in "${pattern}"`);
      src += GAP;
      groups.push('keep');
      continue;
    }
    if (raw === '^') {
      if (started || src) throw new Error(`title pattern: ^ must come first in "${pattern}"`);
      src = '(?<=^|, )';
      continue;
    }
    if (raw === '$') {
      if (!started) throw new Error(`title pattern: leading $ in "${pattern}"`);
      src += '(?= ,|$)';
      continue;
    }
    let item = raw;
    const keep = item.startsWith('[') && item.endsWith(']');
    const force = item.startsWith('{') && item.endsWith('}');
    if (keep || force) item = item.slice(1, -1);
    const optional = item.endsWith('?') && item.length > 1;
    if (optional) item = item.slice(0, -1);
    let body: string;
    let firsts: string[];
    if (item.startsWith('(') && item.endsWith(')')) {
      const a = altSource(item);
      body = a.src;
      firsts = a.firsts;
    } else {
      if (/[()[\]{}|]/.test(item)) throw new Error(`title pattern: bad item "${raw}" in "${pattern}"`);
      body = escapeWord(item);
      firsts = [item];
    }
    if (keep || force) {
      body = `(${body})`;
      groups.push(keep ? 'keep' : 'force');
    }
    if (optional) {
      src += started ? `(?: ${body})?` : `(?:${body} )?`;
    } else {
      src += started ? ` ${body}` : body;
      if (keys === null) keys = firsts;
      started = true;
    }
  }
  if (!started) throw new Error(`title pattern: no required item in "${pattern}"`);
  return {
    re: new RegExp(`(?<![^ ])${src}(?![^ ])`),
    reIndices: new RegExp(`(?<![^ ])${src}(?![^ ])`, 'd'),
    keys: keys ?? [],
    groups,
  };
}

export interface PatternHit<T> {
  readonly value: T;
  readonly match: RegExpExecArray;
  readonly pattern: CompiledPattern;
}

/**
 * The index keys of a pattern (compilePattern(p).keys) without compiling it: the first words of
 * its first required item. Reads only up to that item; the pattern's errors are compilePattern's.
 */
export function patternKeys(pattern: string): string[] {
  const text = pattern.trim();
  let i = 0;
  while (i < text.length) {
    // the next item: up to a space outside (…), […], {…}
    let depth = 0;
    let end = i;
    for (; end < text.length; end++) {
      const ch = text[end];
      if (ch === '(' || ch === '[' || ch === '{') depth++;
      else if (ch === ')' || ch === ']' || ch === '}') depth--;
      else if (ch === ' ' && depth === 0) break;
    }
    let item = text.slice(i, end);
    i = end + 1;
    if (!item || item === '*' || item === '^' || item === '$') continue;
    if ((item.startsWith('[') && item.endsWith(']')) || (item.startsWith('{') && item.endsWith('}'))) item = item.slice(1, -1);
    if (item.endsWith('?') && item.length > 1) continue;
    if (!(item.startsWith('(') && item.endsWith(')'))) return [item];
    return item
      .slice(1, -1)
      .split('|')
      .map((a) => a.trim())
      .filter(Boolean)
      .map((a) => a.split(' ')[0] ?? a);
  }
  return [];
}

/** A table entry: its pattern is compiled the first time a text's words make it a candidate. */
class Entry<T> {
  private compiled: CompiledPattern | null = null;
  constructor(
    private readonly source: string,
    readonly value: T,
  ) {}

  get pattern(): CompiledPattern {
    return (this.compiled ??= compilePattern(this.source));
  }
}

/**
 * An index of patterns by key word, for rules tried in table order. Building it reads only each
 * pattern's keys (patternKeys); a pattern is compiled on its first use, so a worker that reads
 * one title compiles the few dozen patterns its words point at, not all of them (the whole
 * tables took ~20 ms of every service-worker start).
 */
export class PatternIndex<T> {
  private readonly byKey = new Map<string, number[]>();
  private readonly always: number[] = [];
  readonly entries: Entry<T>[] = [];

  constructor(rows: readonly { patterns: readonly string[]; value: T }[]) {
    for (const row of rows) {
      for (const p of row.patterns) {
        const idx = this.entries.length;
        const keys = patternKeys(p);
        this.entries.push(new Entry(p, row.value));
        if (keys.length === 0) this.always.push(idx);
        for (let i = 0; i < keys.length; i++) {
          const k = keys[i] as string;
          if (keys.indexOf(k) !== i) continue; // an alternative's first word twice
          let list = this.byKey.get(k);
          if (!list) this.byKey.set(k, (list = []));
          list.push(idx);
        }
      }
    }
  }

  /** Scratch space for candidates() (single-threaded and never re-entered while in use). */
  private scratch = new Int32Array(64);

  /**
   * Candidate entry indexes for a text's tokens, in table order. The result is a view of a
   * scratch buffer: valid until the next call on this index.
   */
  candidates(tokens: readonly string[]): Int32Array {
    let n = this.always.length;
    for (const t of tokens) n += this.byKey.get(t)?.length ?? 0;
    if (n > this.scratch.length) this.scratch = new Int32Array(n * 2);
    const out = this.scratch;
    let k = 0;
    for (const i of this.always) out[k++] = i;
    for (const t of tokens) {
      const list = this.byKey.get(t);
      if (list) for (const i of list) out[k++] = i;
    }
    if (n < 2) return out.subarray(0, n);
    const view = out.subarray(0, n).sort();
    let w = 1;
    for (let r = 1; r < n; r++) if (view[r] !== view[w - 1]) view[w++] = view[r] as number;
    return out.subarray(0, w);
  }

  /** The first entry (in table order) whose pattern matches the text and passes `accept`. */
  first(text: string, tokens: readonly string[], accept?: (value: T) => boolean): PatternHit<T> | null {
    const c = this.candidates(tokens);
    for (let j = 0; j < c.length; j++) {
      const e = this.entries[c[j] as number] as Entry<T>;
      if (accept && !accept(e.value)) continue;
      if (e.pattern.re.test(text)) {
        const m = e.pattern.reIndices.exec(text) as RegExpExecArray;
        return { value: e.value, match: m, pattern: e.pattern };
      }
    }
    return null;
  }
}

/**
 * The words of a match that name the occupation: the matched text minus its [kept] items, its gaps
 * and the rank words (`rankWords`) that are not inside {..}.
 * ("senior engineering manager" matched by 'engineering * [manager]' → "engineering").
 */
export function consumedWords(m: RegExpExecArray, p: CompiledPattern, rankWords: ReadonlySet<string>): string[] {
  const base = m.index;
  const ind = m.indices;
  const out: string[] = [];
  let pos = 0;
  const take = (text: string, force: boolean) => {
    for (const w of text.split(' ')) if (w && (force || !rankWords.has(w))) out.push(w);
  };
  if (ind) {
    for (let g = 1; g <= p.groups.length; g++) {
      const span = ind[g];
      if (!span) continue;
      take(m[0].slice(pos, span[0] - base), false);
      if (p.groups[g - 1] === 'force') take(m[0].slice(span[0] - base, span[1] - base), true);
      pos = span[1] - base;
    }
  }
  take(m[0].slice(pos), false);
  return out;
}
