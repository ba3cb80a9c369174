/**
 * Reads a posted salary out of free text: a card's "$95K/yr - $125K/yr", Naukri's
 * "₹ 5-10 Lacs P.A.", StepStone's "60.000 € - 75.000 € brutto/Jahr", 年収600万円～900万円, or a
 * whole description paragraph with the pay sentence somewhere inside it.
 *
 * Pure and synchronous (runs in the background, on the pay texts content scripts send: see
 * posted-pay.ts; never in a content script): every regex is compiled once at load,
 * input is capped at MAX_INPUT characters, and it never throws (any failure reads as null).
 *
 * How: find every number token with its currency, multiplier (k, L, Cr, 万…) and attached
 * suffix; pair neighbours joined by a range separator; keep candidates that read as money
 * (a currency, an Indian/CJK unit, or a pay word plus k or a period word) and are not funding,
 * budgets or benefits; score them and return the best one.
 */
import type { Period } from '../schemas';
import * as T from './salary-tables';

export interface SalaryText {
  min: number | null;
  max: number | null;
  currency: string | null;
  period: Period | null;
  flags: string[];
}

const MAX_INPUT = 20_000;
/** Money-like candidates weighed per text: bounds the work on pathological input (a price list). */
const MAX_CANDIDATES = 300;
const PERIODS: Period[] = ['year', 'month', 'week', 'day', 'hour'];
const ANNUAL_FACTOR: Record<Period, number> = { hour: 2080, day: 260, week: 52, month: 12, year: 1 };

// -- compiled tables ------------------------------------------------------------------------
const LAT = 'A-Za-z\\u00C0-\\u024F\\u0400-\\u04FF';
const B = `(?:(?![${LAT}])|(?<![${LAT}]))`;
const E = `(?:(?<![${LAT}])|(?![${LAT}]))`;
/** Word boundaries that only bite between two Latin letters, so CJK words and symbols match anywhere. */
const bounded = (src: string) => `${B}(?:${src})${E}`;
const re = (src: string, flags = 'iu') => new RegExp(src, flags);

const ISO = new Set(T.ISO_CODES.split(' '));
const ISO_ALT = T.ISO_CODES.replace(/ /g, '|');
const EURO = new Set(T.EURO_AREA.split(' '));
/** The currency of a page country: EUR in the euro area, else the ISO code starting with it. */
const countryCurrency = (cc: string): string | null =>
  EURO.has(cc) ? 'EUR' : cc === 'UK' ? 'GBP' : ([...ISO].find((c) => c.startsWith(cc)) ?? null);
const MONTH_MAX = new Map<string, number>();
for (const g of T.MONTH_MAX.split('|')) {
  const [n, codes] = g.split(':');
  for (const c of (codes ?? '').split(' ')) MONTH_MAX.set(c, Number(n));
}
const symAlpha: string[] = [];
const symOther: string[] = [];
for (const s of T.SYMBOL_SOURCE.split('|')) (/^[A-Za-z]/.test(s) ? symAlpha : symOther).push(s);

/** A number: 1,234,567 · 1.234,56 · 1 234 567 · 1'000 · 12,50,000 · 159.8 · "85, 000" (sic). */
const NUM_RE = /(?<!\d|\d[.,'’])(\d{1,3}(?:([,.'’ ]|, )\d{3}(?:\2\d{3})*|(?:,\d\d)+,\d{3})|\d+)(?:([.,])(\d{1,2}))?(?!\d|[.,'’]\d)/g;
const PREFIX_RE = re(`(?:${B}(${symAlpha.join('|')}|${ISO_ALT})|(${symOther.join('|')}))\\s{0,2}$`, 'u');
const MULT_RE = re(`(?:${T.MULTIPLIERS.map((m) => `(${m[0]})`).join('|')})(?![A-Za-z\\u00C0-\\u024F])`, 'uy');
const SUFFIX_CUR_RE = re(`\\s?(?:(${ISO_ALT})${E}|(${T.SYMBOL_SOURCE})(?![A-Za-z]))`, 'uy');
const SUFFIX_TAIL_RE = /(?:[.,][-–])?/y;
const SLASH_RE = re(`\\s?/\\s?[\\p{L}.]{1,8}`, 'uy');
const PLUS_RE = /\+(?!\s?\d)/y;
const SEP_RE = re(`^\\s*(?:${T.RANGE_SEPS})\\s*$`);
const CONJ_RE = re(`^\\s*(?:${T.RANGE_CONJ})\\s*$`);
const BETWEEN_RE = re(`${bounded(T.BETWEEN_WORDS)}\\s*$`);
const MAXW_RE = re(`${bounded(T.MAX_WORDS)}\\s*:?\\s*$`);
const MINW_RE = re(`${bounded(T.MIN_WORDS)}\\s*:?\\s*$`);
const MINA_RE = re(`\\s*(?:${T.MIN_AFTER})`, 'iuy');
const MAXA_RE = re(`\\s*(?:${T.MAX_AFTER})`, 'iuy');
const PERIOD_AFTER_RE = re(
  PERIODS.map((p) => `(${bounded(`${T.PERIOD_PREP}(?:${T.PERIOD_AFTER[p][0]})|${T.PERIOD_AFTER[p][1]}`)})`).join('|'),
);
const PERIOD_BEFORE_RE = re(PERIODS.map((p) => `(${bounded(T.PERIOD_BEFORE[p])})`).join('|'));
const PAY_RE = re(bounded([T.PAY_WORDS, ...Object.values(T.PERIOD_BEFORE)].join('|')), 'giu');
const NEG_BEFORE_RE = re(`(?:${bounded(T.NEG_BEFORE)})`, 'giu');
const NEG_AFTER_RE = re(`^[\\s(),:–-]*(?:[\\p{L}-]+\\s+){0,2}(?:${bounded(T.NEG_AFTER)})`);
const FLAG_RES = T.FLAG_WORDS.map(([f, src]) => [f, re(bounded(src))] as const);
const ENTITY: Record<string, string> = {
  nbsp: ' ', thinsp: ' ', amp: '&', ndash: '–', mdash: '—', euro: '€', pound: '£', yen: '¥', dollar: '$', apos: "'",
};
/** A clause ends at a line end, bullet, bar, ! ? ; or ". X" after a word of 4+ letters (not "est. ", "p.a. "). */
const BOUND_RE = /[\n•|!?;]|(?<=[A-Za-z]{4})\. (?=[A-Z])/y;

// -- text preparation -----------------------------------------------------------------------
function prepare(raw: string): string {
  let t = raw.length > MAX_INPUT ? raw.slice(0, MAX_INPUT) : raw;
  if (t.includes('<')) t = t.replace(/<\/?[a-zA-Z][^>]{0,300}>/g, ' ');
  if (t.includes('&'))
    t = t.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (m, e: string) => {
      if (e[0] !== '#') return ENTITY[e.toLowerCase()] ?? m;
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return cp > 0 && cp < 0x110000 ? String.fromCodePoint(cp) : m;
    });
  return t
    .replace(/[\uFF01-\uFF5D]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u00AD]/g, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g, ' ');
}

/** Start of the clause holding position `i` (at most `n` characters back). */
function clauseStart(t: string, i: number, n: number): number {
  const lo = Math.max(0, i - n);
  for (let j = i - 1; j >= lo; j--) if (isBoundary(t, j)) return j + 1;
  return lo;
}
/** End of the clause from position `i` (at most `n` characters on); `wide` stops only at line ends. */
function clauseEnd(t: string, i: number, n: number, wide = false): number {
  const hi = Math.min(t.length, i + n);
  for (let j = i; j < hi; j++) if (wide ? t[j] === '\n' : isBoundary(t, j)) return j;
  return hi;
}
function isBoundary(t: string, j: number): boolean {
  BOUND_RE.lastIndex = j;
  return BOUND_RE.test(t);
}

// -- tokens ---------------------------------------------------------------------------------
interface Tok {
  s: number; // start, with a currency prefix
  e: number; // end, with multiplier, currency and "/period" suffix
  raw: number;
  v: number;
  mult: number;
  mk: T.MultKind | null;
  cur: string | null; // ISO code or an ambiguous symbol ($ ¥ kr Rs)
  sfx: string;
  plus: boolean;
  bad: boolean;
  yearLike: boolean;
}

function readTok(t: string, m: RegExpExecArray): Tok {
  const ns = m.index;
  let e = ns + m[0].length;
  const intPart = m[1] ?? '';
  const raw = Number(intPart.replace(/\D/g, '')) + (m[4] ? Number(`0.${m[4]}`) : 0);
  let cur: string | null = null;
  let s = ns;
  const pm = PREFIX_RE.exec(t.slice(Math.max(0, ns - 8), ns));
  if (pm) {
    const sym = pm[1] ?? pm[2] ?? '';
    cur = ISO.has(sym) ? sym : (T.SYMBOLS[sym] ?? null);
    s = ns - pm[0].length;
  }
  const before = t[s - 1] ?? ' ';
  let bad = /[A-Za-z#]/.test(before) && !pm;
  const sfxStart = e;
  SUFFIX_TAIL_RE.lastIndex = e;
  if (SUFFIX_TAIL_RE.exec(t)) e = SUFFIX_TAIL_RE.lastIndex;
  let mult = 1;
  let mk: T.MultKind | null = null;
  const sp = t[e] === ' ' ? 1 : 0;
  MULT_RE.lastIndex = e + sp;
  const mm = MULT_RE.exec(t);
  if (mm) {
    const i = mm.findIndex((g, k) => k > 0 && g !== undefined) - 1;
    const def = T.MULTIPLIERS[i];
    if (def) {
      mult = def[1];
      mk = def[2];
      e = MULT_RE.lastIndex;
    }
  }
  SUFFIX_CUR_RE.lastIndex = e;
  const cm = SUFFIX_CUR_RE.exec(t);
  if (cm) {
    const sym = cm[1] ?? cm[2] ?? '';
    const c = ISO.has(sym) ? sym : (T.SYMBOLS[sym] ?? null);
    // a suffix currency wins over an ambiguous prefix ("$25,000 MXN")
    if (c && (!cur || cur.length < 3 || c.length === 3)) cur = c;
    e = SUFFIX_CUR_RE.lastIndex;
  }
  SLASH_RE.lastIndex = e;
  if (SLASH_RE.exec(t)) e = SLASH_RE.lastIndex;
  PLUS_RE.lastIndex = e;
  const plus = PLUS_RE.test(t);
  if (plus) e++;
  const after = t.slice(e, e + 4);
  if (e === sfxStart && /^[A-Za-z\u00C0-\u024F]/.test(after)) bad = true; // 3D, 5G, 2nd, 10x
  if (/^\s?%|^\((?:k|K)\)/.test(after)) bad = true; // 15%, 401(k)
  const yearLike = !cur && mult === 1 && /^(?:19|20)\d\d$/.test(intPart);
  return { s, e, raw, v: raw * mult, mult, mk, cur, sfx: t.slice(sfxStart, e), plus, bad, yearLike };
}

// -- candidates -----------------------------------------------------------------------------
interface Cand {
  a: Tok;
  b: Tok | null; // range end
}

function joinable(t: string, a: Tok, b: Tok): boolean {
  if (a.bad || b.bad) return false;
  const sep = t.slice(a.e, b.s);
  if (sep.length > 12 || sep.includes('\n')) return false;
  if (!SEP_RE.test(sep)) {
    if (!CONJ_RE.test(sep)) return false;
    const between = BETWEEN_RE.test(t.slice(Math.max(0, a.s - 24), a.s));
    if (!between && !(a.cur && b.cur)) return false;
  }
  if (a.cur && b.cur && a.cur !== b.cur && a.cur.length === 3 && b.cur.length === 3) return false;
  return true;
}

function mergeRange(a: Tok, b: Tok): [Tok, Tok] {
  const a2 = { ...a };
  const b2 = { ...b };
  if (a.mult === 1 && b.mult > 1 && a.raw <= b.raw) {
    a2.v = a.raw * b.mult;
    a2.mult = b.mult;
    a2.mk = b.mk;
  } else if (b.mult === 1 && a.mult > 1 && b.raw < a.v) {
    b2.v = b.raw * a.mult;
    b2.mult = a.mult;
    b2.mk = a.mk;
  }
  const cur = [b.cur, a.cur].find((c) => c && c.length === 3) ?? a.cur ?? b.cur;
  a2.cur = b2.cur = cur ?? null;
  return [a2, b2];
}

function lastIndexOf(r: RegExp, s: string): number {
  r.lastIndex = 0;
  let last = -1;
  for (let m = r.exec(s); m; m = r.exec(s)) {
    last = m.index;
    if (m[0] === '') r.lastIndex++;
  }
  return last;
}

function findPeriod(r: RegExp, s: string): Period | null {
  const m = r.exec(s);
  if (!m) return null;
  const i = m.findIndex((g, k) => k > 0 && g !== undefined) - 1;
  return PERIODS[i] ?? null;
}

interface Scored extends SalaryText {
  score: number;
}

function evaluate(t: string, c: Cand, country: string | null): Scored | null {
  const a = c.a;
  const last = c.b ?? a;
  const mk = a.mk ?? last.mk;
  // context windows
  const preStart = clauseStart(t, a.s, 80);
  const pre = t.slice(preStart, a.s);
  const postEnd = clauseEnd(t, last.e, 60);
  const post = t.slice(last.e, postEnd);
  PAY_RE.lastIndex = 0;
  const payIdx = PAY_RE.test(post.slice(0, 20)) ? pre.length : lastIndexOf(PAY_RE, pre);
  const negAt = lastIndexOf(NEG_BEFORE_RE, pre.slice(-40));
  if (negAt >= 0 && payIdx < Math.max(0, pre.length - 40) + negAt) return null;
  if (NEG_AFTER_RE.test(post)) return null;

  // period
  const cut = post.search(/(?<![\d·A-Za-z])\d/);
  const postP = cut >= 0 ? post.slice(0, cut) : post;
  let period = findPeriod(PERIOD_AFTER_RE, `${a.sfx} ${c.b ? c.b.sfx : ''} ${postP}`);
  if (!period) {
    const d = pre.search(/\d[^\d]*$/);
    period = findPeriod(PERIOD_BEFORE_RE, d >= 0 ? pre.slice(d + 1) : pre);
  }
  if (mk === 'in' && /LPA/i.test(a.sfx + (c.b?.sfx ?? ''))) period = 'year';

  const amb = a.cur && a.cur.length < 3 ? T.AMBIGUOUS[a.cur] : undefined;
  const cc = country && /^[a-z]{2}$/i.test(country) ? country.toUpperCase() : null;
  const ambCur = amb && cc && amb[1].includes(cc) ? countryCurrency(cc) : undefined;
  // "R 45 000" is rand only on a South African page; "kr" is some krone/krona anywhere
  const hasCur = Boolean(a.cur) && (!amb || Boolean(ambCur ?? amb[0]) || a.cur === 'kr');
  const moneyish = hasCur || mk === 'in' || mk === 'cjk' || (payIdx >= 0 && (mk === 'k' || period !== null));
  if (!moneyish || a.yearLike || last.yearLike) return null;

  // currency
  const flags = new Set<string>();
  let currency: string | null = null;
  if (a.cur && a.cur.length === 3) currency = a.cur;
  else if (amb && hasCur) {
    currency = ambCur ?? amb[0];
    if (ambCur && ambCur !== amb[0]) flags.add('currency_from_country');
  } else if (mk === 'in') currency = 'INR';
  else if (mk === 'cjk' && /[만억]/.test(a.sfx + last.sfx)) currency = 'KRW';
  else if (mk === 'cjk' && !(cc && /^(CN|TW|HK)$/.test(cc))) currency = 'JPY';
  else if (cc) {
    currency = countryCurrency(cc);
    if (currency) flags.add('currency_from_country');
  }

  // bounds
  let min: number | null = a.v;
  let max: number | null = c.b ? c.b.v : a.v;
  if (!c.b) {
    const q = t.slice(Math.max(0, a.s - 24), a.s);
    MINA_RE.lastIndex = MAXA_RE.lastIndex = a.e;
    if (a.plus || MINW_RE.test(q) || (MINA_RE.test(t) && !/^\s*[~～〜]\s*\d/.test(t.slice(a.e, a.e + 4)))) max = null;
    else if (MAXW_RE.test(q) || MAXA_RE.test(t)) min = null;
  }
  const ref = min ?? max ?? 0;
  const monthMax = MONTH_MAX.get(currency ?? 'USD') ?? 15_000;
  const byMagnitude: Period = ref < monthMax / 100 ? 'hour' : ref < monthMax ? 'month' : 'year';
  if (!period) {
    const annualMark = mk !== null && mk !== 'big';
    if (annualMark && ref >= (mk === 'cjk' ? monthMax : monthMax / 4)) period = 'year';
    else {
      period = byMagnitude;
      flags.add('period_inferred');
    }
  }
  // plausible pay: a year's worth between ~$500 and ~$5M in local wage terms
  const annualUsd = ((max ?? min ?? 0) * ANNUAL_FACTOR[period] * 15_000) / monthMax;
  if (annualUsd < 500 || annualUsd > 5e6) return null;

  // flags
  const fs = clauseStart(t, a.s, 100);
  const narrow = t.slice(fs, clauseEnd(t, last.e, 120));
  const wide = t.slice(fs, clauseEnd(t, last.e, 200, true));
  for (const [f, r] of FLAG_RES) if (r.test(f === 'equity' || f === 'estimate' ? wide : narrow)) flags.add(f);

  const score =
    (hasCur ? 4 : 0) + (mk ? 2 : 0) + (flags.has('period_inferred') ? 0 : 2) + (c.b ? 2 : 0) + (payIdx >= 0 ? 3 : 0);
  const round = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);
  return {
    min: round(min),
    max: round(max),
    currency,
    period,
    flags: T.FLAG_ORDER.filter((f) => flags.has(f)),
    score,
  };
}

/**
 * The posted pay in `text`, or null when it holds no pay figure. `country` (ISO 3166-1 alpha-2
 * of the page) resolves `$`, `¥`, `kr`, `Rs` and figures written without a currency.
 */
export function parseSalaryText(text: string, country?: string | null): SalaryText | null {
  try {
    if (typeof text !== 'string' || !/\d/.test(text)) return null;
    const t = prepare(text);
    const toks: Tok[] = [];
    NUM_RE.lastIndex = 0;
    for (let m = NUM_RE.exec(t); m; m = NUM_RE.exec(t)) {
      const tok = readTok(t, m);
      toks.push(tok);
      NUM_RE.lastIndex = Math.max(NUM_RE.lastIndex, tok.e);
    }
    let best: Scored | null = null;
    let weighed = 0;
    let bare = 0;
    for (let i = 0; i < toks.length; i++) {
      const a = toks[i];
      if (!a || a.bad) continue;
      const b = toks[i + 1];
      let cand: Cand = { a, b: null };
      if (b && joinable(t, a, b)) {
        const [a2, b2] = mergeRange(a, b);
        if (a2.v <= b2.v) {
          cand = { a: a2, b: b2 };
          i++;
        }
      }
      const last = cand.b ?? cand.a;
      // a bare number (no currency, no unit) is only pay with a period word beside it: skip the rest cheaply
      if (!cand.a.cur && !cand.a.mk && !last.mk && !/[/·]/.test(cand.a.sfx + last.sfx)) {
        const near = t.slice(Math.max(0, cand.a.s - 30), cand.a.s) + t.slice(last.e, last.e + 30);
        if (++bare > MAX_CANDIDATES * 4 || !/\p{L}/u.test(near)) continue;
        if (!PERIOD_AFTER_RE.test(near) && !PERIOD_BEFORE_RE.test(near)) continue;
      }
      if (++weighed > MAX_CANDIDATES) break;
      const r = evaluate(t, cand, country ?? null);
      if (r && (!best || r.score > best.score)) best = r;
    }
    if (!best) return null;
    const { score: _score, ...out } = best;
    return out;
  } catch {
    return null;
  }
}
