/**
 * Location normaliser: a job posting's location text → city / metro / ISO region / country / work
 * mode / DOL wage area.
 *
 *   normalizeLocation('San Francisco, CA (Hybrid)')
 *     → { city: 'San Francisco', cities: ['San Francisco'], metro: 'SF Bay Area', region: 'US-CA',
 *         country: 'US', mode: 'hybrid', wageArea: '41860' }
 *
 * Pure: no DOM, no Node APIs; runs in the background worker, extension pages, Node scripts and tests.
 * Data: location-tables.ts (hand-kept tables) and the generated gazetteer/wage-area strings, parsed
 * lazily into indexes at the first call. Never throws: bad input gives nulls and [].
 *
 * How a text is read:
 * 1. clean (HTML entities/tags, postal codes, length cap), split into alternatives at ; | • newlines
 *    " or " and "/" (a whole alternative that is a known name, "Delhi / NCR", is kept whole);
 * 2. each alternative into parts at commas, " - ", parentheses; each part loses its work-mode words
 *    ("Hybrid remote in Seattle" → "in Seattle") and becomes one or more items, each with its possible
 *    readings (city, region, country, metro, bloc);
 * 3. the first city item is the place; the other items are its context ("Vienna, VA", "London, ON")
 *    when they agree with one of its readings, or more cities ("Hyderabad, Chennai, Bengaluru");
 *    among homonyms the one that agrees with the context, then with the rest of the text, then with
 *    the site's country, then the most populous wins;
 * 4. the alternatives are merged: cities listed in order, country/region/metro/wage area kept only
 *    when all agree; remote as one alternative among places → remote_ok.
 */
import type { WorkMode } from '../schemas';
import { GAZETTEER_ATTRIBUTION, GAZETTEER_DATA } from './gazetteer.generated';
import { WAGE_AREAS_DATA } from './wage-areas.generated';
import {
  BLOCS,
  CITY_ALIASES,
  CITY_STATES,
  CITY_WORDS_NOT_FOUND_IN_TEXT,
  COUNTRIES,
  COUNTRY_ALIASES,
  METROS,
  METRO_AREA_PREFIXES,
  METRO_AREA_SUFFIXES,
  MODE_PHRASES,
  NOISE_WORDS,
  REGIONS,
  REGION_CODE_COUNTRIES,
  REGION_FIRST_COUNTRIES,
  foldKey,
  type ModePhraseMode,
} from './location-tables';

export { GAZETTEER_ATTRIBUTION };

export interface LocationNorm {
  /** The first (primary) city, English exonym ("Bengaluru", "Munich"), or null. */
  city: string | null;
  /** Every city named, in order ([] when none). */
  cities: string[];
  /** Metro area ("SF Bay Area", "Delhi NCR", "Bengaluru") when all places are in one. */
  metro: string | null;
  /** ISO 3166-2 code ("US-CA", "IN-KA", "GB-ENG") when all places are in one. */
  region: string | null;
  /** ISO 3166-1 alpha-2 code when all places are in one country. */
  country: string | null;
  mode: WorkMode | null;
  /** DOL OFLC wage-area id ("41940") for US places; null for non-US, state-only or country-only text. */
  wageArea: string | null;
}

// ------------------------------------------------------------------------------ country tables

interface CountryInfo {
  name: string;
  currency: string | null;
  region: string | null;
}
let countryInfo: Map<string, CountryInfo> | null = null;
function countries(): Map<string, CountryInfo> {
  if (!countryInfo) {
    countryInfo = new Map();
    for (const [a2, , name, currency, region] of COUNTRIES) countryInfo.set(a2, { name, currency, region });
  }
  return countryInfo;
}
const upperCode = (cc: unknown): string => (typeof cc === 'string' ? cc.trim().toUpperCase() : '');

/** English short name of an ISO 3166-1 alpha-2 code: 'IN' → 'India'; null when unknown. */
export function countryName(cc: string): string | null {
  return countries().get(upperCode(cc))?.name ?? null;
}

/**
 * World region of a country, for estimator backoff: one of 'north-america', 'latam',
 * 'western-europe', 'eastern-europe', 'mena', 'africa', 'south-asia', 'east-asia',
 * 'southeast-asia', 'oceania' (see WORLD_REGIONS in location-tables.ts for the grouping); null
 * when unknown (or uninhabited territories).
 */
export function regionOfCountry(cc: string): string | null {
  return countries().get(upperCode(cc))?.region ?? null;
}

/** ISO 4217 currency salaries are paid in: 'IN' → 'INR', 'DE' → 'EUR'; null when unknown. */
export function currencyOfCountry(cc: string): string | null {
  return countries().get(upperCode(cc))?.currency ?? null;
}

// ------------------------------------------------------------------------------------ indexes

interface Metro {
  name: string;
  country: string;
  region: string | null;
  wageArea: string | null;
}

/**
 * A place is known by where its line starts in GAZETTEER_DATA (so places keep the gazetteer's
 * order), and its fields are read from its line when first asked for: a service worker reads
 * a few dozen of the 15,000 places after each start.
 */
interface Index {
  placeNameOf(place: number): string;
  placeCcOf(place: number): string;
  placeRegionOf(place: number): string | null;
  placePopOf(place: number): number;
  placeAreaOf(place: number): string | null;
  /** the metro a place is in (METROS index), or -1 */
  metroOf(place: number): number;
  /** a folded key's places, most populous first (an alias's target first) */
  cities(key: string): number[] | undefined;
  /** a key with a place of ≥ 50,000 people or from an alias (safe to find inside longer text) */
  isStrong(key: string): boolean;
  isAlias(key: string): boolean;
  countryByName: Map<string, string>;
  countryByCode: Map<string, string>;
  regionByName: Map<string, string[]>;
  regionByCode: Map<string, string[]>;
  metros: Metro[];
  metroByAlias: Map<string, number>;
  blocs: Set<string>;
  noise: Set<string>;
  modes: Map<string, ModePhraseMode>;
  modeMaxWords: number;
  areaName: Map<string, string>;
}

let INDEX: Index | null = null;

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/**
 * The first character of foldKey(text): the text's own when it starts with an ASCII letter or
 * digit, else that of its first few characters folded (folding is character by character, and
 * St./Ft./Mt. spelled out keep their initial).
 */
function keyInitial(text: string): string {
  const c = text.charCodeAt(0);
  if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return text.charAt(0);
  if (c >= 65 && c <= 90) return String.fromCharCode(c + 32);
  return (foldKey(text.slice(0, 8)) || foldKey(text)).charAt(0);
}

/** The gazetteer's places, read from its text as asked for (see Index). */
interface Places {
  name(place: number): string;
  alt(place: number): string | null;
  cc(place: number): string;
  region(place: number): string | null;
  pop(place: number): number;
  area(place: number): string | null;
  /** the places with a key of this initial (by name or alternative name), in gazetteer order */
  under(initial: string): readonly number[];
}

// population ≈ 1000 × 1.25^k for the base-62 digit k (gazetteer.generated.ts)
const POP_DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/**
 * The places of GAZETTEER_DATA without reading every line: the groups ("@US-CA") and the few
 * lines with an alternative name or an initial that is not an ASCII letter or digit are found
 * by regular expressions over the whole text; an initial's lines are found the same way when
 * first asked for; a line's fields are split when first read.
 */
function gazetteerPlaces(data: string, areaIds: readonly string[]): Places {
  const groupStart: number[] = [];
  const groupCc: string[] = [];
  const groupRegion: (string | null)[] = [];
  for (const m of data.matchAll(/^@([^\n]*)$/gm)) {
    const group = m[1] as string;
    const dash = group.indexOf('-');
    groupStart.push(m.index);
    groupCc.push(dash < 0 ? group : group.slice(0, dash));
    groupRegion.push(dash < 0 ? null : group);
  }
  const groupOf = (place: number): number => {
    let lo = 0;
    let hi = groupStart.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((groupStart[mid] as number) <= place) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  interface Line {
    name: string;
    alt: string | null;
    pop: number;
    area: string | null;
  }
  const lines = new Map<number, Line>();
  const line = (place: number): Line => {
    let read = lines.get(place);
    if (read) return read;
    let end = data.indexOf('\n', place);
    if (end < 0) end = data.length;
    // name|pop|area|alt, trailing empty fields omitted
    const [name = '', pop = '0', area = '', alt = ''] = data.slice(place, end).split('|');
    read = {
      name,
      alt: alt || null,
      pop: Math.round(1000 * Math.pow(1.25, Math.max(0, POP_DIGITS.indexOf(pop)))),
      area: area ? (areaIds[parseInt(area, 36)] ?? null) : null,
    };
    lines.set(place, read);
    return read;
  };
  /** places listed under an initial besides the lines that start with it (alternative names, other first characters) */
  const extra = new Map<string, number[]>();
  const listUnder = (initial: string, place: number) => {
    const list = extra.get(initial);
    if (list) list.push(place);
    else extra.set(initial, [place]);
  };
  for (const m of data.matchAll(/^[^@A-Za-z0-9\n|][^\n]*$/gm)) listUnder(keyInitial(line(m.index).name), m.index);
  for (const m of data.matchAll(/^[^@\n|][^|\n]*\|[^|\n]*\|[^|\n]*\|[^|\n]+/gm)) {
    const { name, alt } = line(m.index);
    if (alt && keyInitial(alt) !== keyInitial(name)) listUnder(keyInitial(alt), m.index);
  }
  const under = (initial: string): number[] => {
    const found: number[] = [];
    if (/^[a-z0-9]$/.test(initial)) {
      const first = /[a-z]/.test(initial) ? `[${initial}${initial.toUpperCase()}]` : initial;
      for (const m of data.matchAll(new RegExp(`^${first}[^\n]*$`, 'gm'))) found.push(m.index);
    }
    for (const place of extra.get(initial) ?? []) if (!found.includes(place)) found.push(place);
    return found.sort((a, b) => a - b);
  };
  return {
    name: (p) => line(p).name,
    alt: (p) => line(p).alt,
    cc: (p) => groupCc[groupOf(p)] as string,
    region: (p) => groupRegion[groupOf(p)] ?? null,
    pop: (p) => line(p).pop,
    area: (p) => line(p).area,
    under,
  };
}

/**
 * The gazetteer's keys, one initial at a time. A service worker reads one posting's place after
 * each start; building every key of 15,000 places took it 30–50 ms, building those of one
 * initial takes a thirtieth of that. A place is listed under the initial of its name and of its
 * alternative name; an initial's keys are built on its first lookup, with the same rules as
 * building them all at once: places most populous first, strong keys (a place of ≥ 50,000
 * people, less the words never found as towns in text). An alias (CITY_ALIASES) is resolved when
 * its key is first looked up: its target first, and the key is strong.
 */
function cityKeys(
  places: Places,
  placesUnder: (initial: string) => readonly number[],
): Pick<Index, 'cities' | 'isStrong' | 'isAlias'> & { findPlace(name: string, country: string, reg: string | null): number } {
  /** the keys of the places, by initial once built */
  const natural = new Map<string, number[]>();
  const naturalStrong = new Set<string>();
  const built = new Set<string>();
  const notTowns = new Set([
    ...CITY_WORDS_NOT_FOUND_IN_TEXT.map(foldKey),
    // the words that decorate a metro ("Metro Atlanta", "DC Metro", "Bay Area") are no town inside longer text
    ...[...METRO_AREA_PREFIXES, ...METRO_AREA_SUFFIXES].filter((w) => !w.includes(' ')).map(foldKey),
  ]);
  /** alias key → its row (each key once: location.test.ts) */
  const aliasRows = new Map<string, (typeof CITY_ALIASES)[number]>();
  for (const row of CITY_ALIASES) aliasRows.set(foldKey(row[0]), row);
  /** alias key → its resolved list (null: its target is not in the gazetteer) */
  const aliased = new Map<string, number[] | null>();
  const byPop = (a: number, b: number) => places.pop(b) - places.pop(a) || a - b;

  const build = (initial: string) => {
    built.add(initial);
    const add = (key: string, i: number) => {
      if (key.charAt(0) !== initial) return;
      const list = natural.get(key);
      if (!list) natural.set(key, [i]);
      else if (!list.includes(i)) list.push(i);
    };
    for (const i of placesUnder(initial)) {
      const name = places.name(i);
      add(foldKey(name), i);
      const alt = places.alt(i);
      if (alt) add(foldKey(alt), i);
      const paren = name.indexOf(' (');
      if (paren > 0) add(foldKey(name.slice(0, paren)), i);
    }
    for (const [key, list] of natural) {
      if (key.charAt(0) !== initial) continue;
      if (list.length > 1) list.sort(byPop);
      if (!notTowns.has(key) && list.some((i) => places.pop(i) >= 50_000)) naturalStrong.add(key);
    }
  };
  const naturalList = (key: string) => {
    const initial = key.charAt(0);
    if (!built.has(initial)) build(initial);
    return natural.get(key);
  };
  const resolving = new Set<string>();
  const aliasList = (key: string): number[] | null => {
    let list = aliased.get(key);
    if (list !== undefined) return list;
    const row = aliasRows.get(key);
    if (!row || resolving.has(key)) return null;
    resolving.add(key);
    const [, display, country, reg] = row;
    const i = findPlace(display, country, reg);
    resolving.delete(key);
    const own = naturalList(key);
    // an alias names its target first ("kochi" → Kochi, India before Kochi, Japan)
    list = i < 0 ? null : own ? [i, ...own.filter((j) => j !== i)] : [i];
    aliased.set(key, list);
    return list;
  };
  const cities = (key: string) => aliasList(key) ?? naturalList(key);
  function findPlace(name: string, country: string, reg: string | null): number {
    return (cities(foldKey(name)) ?? []).find((i) => places.cc(i) === country && (!reg || places.region(i) === reg)) ?? -1;
  }
  return {
    cities,
    findPlace,
    isStrong: (key) => aliasList(key) !== null || (naturalList(key), naturalStrong.has(key)),
    isAlias: (key) => aliasList(key) !== null,
  };
}

function buildIndex(): Index {
  const areaIds: string[] = [];
  const areaName = new Map<string, string>();
  for (const line of WAGE_AREAS_DATA.split('\n')) {
    const [id, name] = line.split('|');
    if (!id) continue;
    areaIds.push(id);
    areaName.set(id, name ?? '');
  }

  const places = gazetteerPlaces(GAZETTEER_DATA, areaIds);
  const keys = cityKeys(places, places.under);

  const countryByName = new Map<string, string>();
  const countryByCode = new Map<string, string>();
  for (const [a2, a3, name] of COUNTRIES) {
    countryByName.set(foldKey(name), a2);
    countryByCode.set(a2.toLowerCase(), a2);
    countryByCode.set(a3.toLowerCase(), a2);
  }
  for (const [alias, a2] of Object.entries(COUNTRY_ALIASES)) countryByName.set(foldKey(alias), a2);

  const regionByName = new Map<string, string[]>();
  const regionByCode = new Map<string, string[]>();
  const codeCountries = new Set(REGION_CODE_COUNTRIES);
  for (const [iso, names] of REGIONS) {
    for (const name of names.split('|')) addTo(regionByName, foldKey(name), iso);
    const [country, suffix] = iso.split('-');
    if (country && suffix && codeCountries.has(country)) addTo(regionByCode, suffix.toLowerCase(), iso);
  }

  const metros: Metro[] = [];
  const metroByAlias = new Map<string, number>();
  const metroByArea = new Map<string, number>();
  /** METROS members by folded name, in table order: [metro, country, region] */
  const members = new Map<string, [number, string, string | null, string][]>();
  METROS.forEach((m, mi) => {
    metros.push({ name: m.name, country: m.country, region: m.region, wageArea: m.wageAreas?.[0] ?? null });
    for (const alias of m.aliases ?? []) metroByAlias.set(foldKey(alias), mi);
    for (const member of m.members ?? []) {
      const [name, reg] = member.split('@');
      const key = foldKey(name ?? '');
      const list = members.get(key);
      const row: [number, string, string | null, string] = [mi, m.country, reg ?? null, name ?? ''];
      if (list) list.push(row);
      else members.set(key, [row]);
    }
    for (const area of m.wageAreas ?? []) if (!metroByArea.has(area)) metroByArea.set(area, mi);
  });
  /**
   * A place's metro, read when first asked: the first metro (table order) with a member that
   * names it — the member's most populous place of that name in its country (and region) —
   * else the metro of its DOL wage area.
   */
  const placeMetro = new Map<number, number>();
  const metroOf = (i: number): number => {
    let mi = placeMetro.get(i);
    if (mi !== undefined) return mi;
    mi = -1;
    const name = places.name(i);
    if (name) {
      const paren = name.indexOf(' (');
      const alt = places.alt(i);
      const placeKeys = new Set([foldKey(name), ...(alt ? [foldKey(alt)] : []), ...(paren > 0 ? [foldKey(name.slice(0, paren))] : [])]);
      for (const key of placeKeys) {
        for (const [m, country, reg, memberName] of members.get(key) ?? []) {
          if ((mi < 0 || m < mi) && places.cc(i) === country && keys.findPlace(memberName, country, reg) === i) mi = m;
        }
      }
      if (mi < 0) {
        const area = places.area(i);
        if (area) mi = metroByArea.get(area) ?? -1;
      }
    }
    placeMetro.set(i, mi);
    return mi;
  };

  const modes = new Map<string, ModePhraseMode>();
  let modeMaxWords = 1;
  for (const [phrase, mode] of MODE_PHRASES) {
    const key = foldKey(phrase);
    modes.set(key, mode);
    modeMaxWords = Math.max(modeMaxWords, key.split(' ').length);
  }

  return {
    placeNameOf: places.name, placeCcOf: places.cc, placeRegionOf: places.region, placePopOf: places.pop, placeAreaOf: places.area, metroOf, cities: keys.cities, isStrong: keys.isStrong, isAlias: keys.isAlias,
    countryByName, countryByCode, regionByName, regionByCode, metros, metroByAlias,
    blocs: new Set(BLOCS.map(foldKey)), noise: new Set(NOISE_WORDS.map(foldKey)), modes, modeMaxWords, areaName,
  };
}

function index(): Index {
  if (!INDEX) INDEX = buildIndex();
  return INDEX;
}

/** Name of a DOL OFLC wage area ('41940' → 'San Jose-Sunnyvale-Santa Clara, CA'), or null. */
export function wageAreaName(id: string): string | null {
  return index().areaName.get(id) ?? null;
}

// ------------------------------------------------------------------------------------ parsing

/** One reading-bundle: a word span that names something. */
interface Item {
  key: string;
  cities: number[];
  regions: string[];
  /** regions read from a full name (not an abbreviation) */
  regionIsName: boolean;
  countries: string[];
  countryIsName: boolean;
  metro: number;
  bloc: boolean;
  /** "Greater X", "X Area": the item means X's metro area, not the city */
  metroOnly: boolean;
  /** found inside a longer comma part ("Metro" in "2 Metro Tech"), not the whole part */
  inText: boolean;
}

interface Segment {
  items: Item[];
  modes: Set<ModePhraseMode>;
}

interface SegmentResult {
  places: number[];
  metro: number;
  metroOnly: boolean;
  region: string | null;
  country: string | null;
  hasPlace: boolean;
  mode: ModePhraseMode | null;
  /** wage area of a metro-only alternative (the metro's core area, or the named city's own) */
  area: string | null;
  /** explicit regions/countries named in the segment (hints for the other segments) */
  hintRegions: string[];
  hintCountries: string[];
}

const MAX_INPUT = 600;
const MAX_SEGMENTS = 24;
const MAX_SPAN_WORDS = 6;

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', nbsp: ' ', quot: '"', apos: "'", lt: '<', gt: '>', ndash: '–', mdash: '—', middot: '·', bull: '•',
  hellip: '…', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', shy: '',
};
function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});?/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ' ';
    }
    return ENTITIES[body.toLowerCase()] ?? whole;
  });
}

const POSTAL_CODES: readonly RegExp[] = [
  /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/g, // UK
  /\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b/g, // Canada
  /\b\d{4}\s?[A-Z]{2}\b/g, // Netherlands
  /\b\d{5}-\d{3,4}\b/g, // US ZIP+4, Brazil CEP
  /\b\d{2}-\d{3}\b/g, // Poland
  /\b\d{3}\s\d{3}\b/g, // India PIN written "560 001"
];

function clean(text: string): string {
  let s = text.length > MAX_INPUT * 4 ? text.slice(0, MAX_INPUT * 4) : text;
  s = decodeEntities(s).replace(/<[^>]{0,300}>/g, ' ');
  s = s.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, (ch) => (ch === '\n' || ch === '\r' || ch === '\t' ? ';' : ''));
  for (const re of POSTAL_CODES) s = s.replace(re, ' ');
  if (s.length > MAX_INPUT) {
    const cut = s.slice(0, MAX_INPUT);
    const sep = Math.max(cut.lastIndexOf(';'), cut.lastIndexOf('|'), cut.lastIndexOf('•'));
    s = sep > MAX_INPUT / 2 ? cut.slice(0, sep) : cut;
  }
  return s;
}

/**
 * Inside parentheses a list is context of the same alternative ("Remote (US or Canada)"), except an
 * alternative of its own: "London (or Remote)".
 */
function flattenParentheses(s: string): string {
  return s.replace(/\(([^()]*)\)/g, (_m, inner: string) => {
    const alternative = /^\s*or\s+(.*)$/i.exec(inner);
    if (alternative) return `; ${alternative[1] ?? ''} ;`;
    return `, ${inner.replace(/\s+(?:or|and|&)\s+|[/;|]/gi, ', ')} ,`;
  });
}

/** Between alternatives: ; | • · and the word "or" (not "OR", which after a city is Oregon). */
const STRONG_SEPARATOR = /\s*(?:[;|•·]|\s(?:or|Or)\s)\s*/;

function splitAlternatives(s: string): string[] {
  return s.split(STRONG_SEPARATOR).filter((piece) => piece.trim().length > 0);
}

/** ATS codes in front: "US-CA-San Jose", "IN-KA-Bengaluru", "TX-Houston", "USA-Remote". */
const ATS_CODES_3 = /^\s*([A-Z]{2,3})\s*-\s*([A-Z]{2,3})\s*-\s*(.+)$/;
const ATS_CODES_2 = /^\s*([A-Z]{2,3})\s*-\s*([A-Za-z\u00c0-\u024f][^-]*)$/;

function splitParts(segment: string): { parts: string[]; upper: Set<string> } {
  const upper = new Set<string>();
  for (const m of segment.matchAll(/\b[A-Z]{2,3}\b/g)) upper.add(m[0].toLowerCase());
  let s = segment;
  const m3 = ATS_CODES_3.exec(s);
  if (m3) s = `${m3[3]}, ${m3[2]}, ${m3[1]}`;
  else {
    const m2 = ATS_CODES_2.exec(s);
    if (m2) s = `${m2[2]}, ${m2[1]}`;
  }
  const parts = s
    .split(/\s*(?:,|\s[-–—]\s|[-–—]{2}|:|\(|\)|\[|\]|\s{3,})\s*/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  return { parts, upper };
}

function emptyItem(key: string): Item {
  return { key, cities: [], regions: [], regionIsName: false, countries: [], countryIsName: false, metro: -1, bloc: false, metroOnly: false, inText: false };
}

/** All readings of an exact folded key. `codeOk`: short codes (TX, IN, DE) may be read as codes. */
function readKey(ix: Index, key: string, codeOk: boolean): Item | null {
  const item = emptyItem(key);
  let found = false;
  const metro = ix.metroByAlias.get(key);
  if (metro !== undefined) {
    item.metro = metro;
    item.metroOnly = true;
    found = true;
  }
  const country = ix.countryByName.get(key);
  if (country) {
    item.countries.push(country);
    item.countryIsName = true;
    found = true;
  }
  const regions = ix.regionByName.get(key);
  if (regions) {
    item.regions.push(...regions);
    item.regionIsName = true;
    found = true;
  }
  if (codeOk && key.length <= 3 && !key.includes(' ')) {
    const code = ix.countryByCode.get(key);
    if (code && !item.countries.includes(code)) {
      item.countries.push(code);
      found = true;
    }
    for (const r of ix.regionByCode.get(key) ?? []) {
      if (!item.regions.includes(r)) item.regions.push(r);
      found = true;
    }
  }
  const cities = ix.cities(key);
  // two-letter keys are codes, not towns ("WA" is not Wa, Ghana), unless an alias says so ("SF", "KL")
  if (cities && (key.length > 2 || ix.isAlias(key))) {
    item.cities = cities;
    found = true;
  }
  if (ix.blocs.has(key)) {
    item.bloc = true;
    found = true;
  }
  return found ? item : null;
}

function isNoise(ix: Index, words: readonly string[]): boolean {
  return words.every((w) => ix.noise.has(w) || /^\d+(st|nd|rd|th)?$/.test(w));
}

/** "Greater X", "X Metropolitan Area" → X as a metro. */
function readMetroDecorated(ix: Index, key: string): Item | null {
  let inner = key;
  let decorated = false;
  for (const prefix of METRO_AREA_PREFIXES) {
    if (inner.startsWith(`${prefix} `)) {
      inner = inner.slice(prefix.length + 1);
      decorated = true;
      break;
    }
  }
  for (const suffix of METRO_AREA_SUFFIXES) {
    if (inner.endsWith(` ${suffix}`)) {
      inner = inner.slice(0, -suffix.length - 1);
      decorated = true;
      break;
    }
  }
  if (!decorated || !inner) return null;
  const item = readKey(ix, inner, false);
  if (!item || (item.cities.length === 0 && item.metro < 0 && item.regions.length === 0)) return null;
  // the decoration makes the item (or, for "Austin, Texas Metropolitan Area", its segment) a metro
  item.metroOnly = true;
  return item;
}

/** Items of one comma part, after its work-mode words were taken out. */
function readPart(ix: Index, words: string[], upper: Set<string>, partIndex: number, out: Item[]): void {
  if (words.length === 0) return;
  const key = words.join(' ');
  // "DE", "IN", "OR" written in capitals are codes, not the words "de", "in", "or"
  if (isNoise(ix, words) && !(words.length === 1 && upper.has(key))) return;
  const whole = readKey(ix, key, words.length === 1 && (upper.has(key) || (partIndex > 0 && key.length <= 3)));
  if (whole) {
    out.push(whole);
    return;
  }
  const decorated = readMetroDecorated(ix, key);
  if (decorated) {
    out.push(decorated);
    return;
  }
  // Longest known spans from the left: "in Seattle", "Bengaluru East", "India Bangalore", "Koramangala Bengaluru".
  let i = 0;
  while (i < words.length) {
    let matched = false;
    for (let j = Math.min(words.length, i + MAX_SPAN_WORDS); j > i; j--) {
      const span = words.slice(i, j);
      const spanKey = span.join(' ');
      if (span.length === 1 && ix.noise.has(spanKey)) continue;
      const codeOk = span.length === 1 && upper.has(spanKey);
      const item = readKey(ix, spanKey, codeOk);
      if (!item) continue;
      // inside longer text only trust names of real weight: big cities, aliases, regions, countries, metros
      if (item.cities.length > 0 && !ix.isStrong(spanKey)) {
        if (item.regions.length === 0 && item.countries.length === 0 && item.metro < 0 && !item.bloc) continue;
        item.cities = [];
      }
      item.inText = true;
      out.push(item);
      i = j;
      matched = true;
      break;
    }
    if (!matched) i++;
  }
}

/** Removes work-mode phrases from a part's words, recording the modes. */
function takeModes(ix: Index, words: string[], modes: Set<ModePhraseMode>): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < words.length) {
    let hit = 0;
    for (let n = Math.min(ix.modeMaxWords, words.length - i); n > 0; n--) {
      const mode = ix.modes.get(words.slice(i, i + n).join(' '));
      if (mode) {
        modes.add(mode);
        hit = n;
        break;
      }
    }
    if (hit) i += hit;
    else out.push(words[i++] as string);
  }
  return out;
}

/** Street words of English addresses, after the house number ("100 Manchester Road", "2 Main St."). */
const STREET_EN = /^\d{1,5}[a-z]?\s+\S.*\b(?:street|st|road|rd|avenue|ave|boulevard|blvd|drive|dr|lane|ln|way|parkway|pkwy|highway|hwy|court|ct|place|plaza|square|terrace)\b\.?(?:\s+(?:suite|ste|floor|fl)\b.*)?$/iu;
/** Street words of continental addresses, before the house number ("Hauptstraße 5", "Rue de Rivoli 12"). */
const STREET_EU = /^(?:\S*(?:stra(?:ss|ß)e|str\.|weg|allee|platz|gasse|damm|straat|gracht|laan)|(?:rue|calle|avenida|rua|via)\s.+)\s+\d{1,5}[a-z]?$/iu;

/** A comma part that is a street address: it names a street, not a town. */
const isStreetAddress = (part: string) => STREET_EN.test(part) || STREET_EU.test(part);

function readSegment(ix: Index, text: string): Segment {
  const modes = new Set<ModePhraseMode>();
  const items: Item[] = [];
  const { parts, upper } = splitParts(text);
  parts.forEach((part, pi) => {
    // a street address ("100 Manchester Road", "Hauptstraße 5") names a street, not a town
    if (parts.length > 1 && isStreetAddress(part)) return;
    const words = takeModes(ix, foldKey(part).split(' ').filter((w) => w && !/^\d+$/.test(w)), modes);
    readPart(ix, words, upper, pi, items);
  });
  return { items, modes };
}

// ---------------------------------------------------------------------------------- resolving

interface Hints {
  regions: ReadonlySet<string>;
  countries: ReadonlySet<string>;
  site: string | null;
}

function placeScore(ix: Index, p: number, ctxRegions: ReadonlySet<string>, ctxCountries: ReadonlySet<string>, hints: Hints, maxPop: number): number {
  const region = ix.placeRegionOf(p) ?? null;
  const cc = ix.placeCcOf(p) ?? '';
  const pop = ix.placePopOf(p) ?? 0;
  let score = Math.log10(Math.max(pop, 1000));
  if (region && ctxRegions.has(region)) score += 1000;
  if (ctxCountries.has(cc)) score += 500;
  if (region && hints.regions.has(region)) score += 100;
  if (hints.countries.has(cc)) score += 50;
  // the site's country wins over a bigger namesake abroad unless that one dwarfs it (Delhi, CA vs Delhi)
  if (hints.site === cc && pop >= 10_000 && pop * 150 >= maxPop) score += 5;
  return score;
}

function bestPlace(ix: Index, cands: readonly number[], ctxRegions: ReadonlySet<string>, ctxCountries: ReadonlySet<string>, hints: Hints): number {
  let best = -1;
  let bestScore = -Infinity;
  let maxPop = 0;
  for (const p of cands) maxPop = Math.max(maxPop, ix.placePopOf(p) ?? 0);
  for (const p of cands) {
    const s = placeScore(ix, p, ctxRegions, ctxCountries, hints, maxPop);
    if (s > bestScore) {
      bestScore = s;
      best = p;
    }
  }
  return best;
}

const agrees = (ix: Index, p: number, item: Item): boolean =>
  item.regions.includes(ix.placeRegionOf(p) ?? '\u0000') || item.countries.includes(ix.placeCcOf(p) ?? '\u0000');

function resolveSegment(ix: Index, seg: Segment, hints: Hints): SegmentResult {
  const res: SegmentResult = {
    places: [], metro: -1, metroOnly: false, region: null, country: null, hasPlace: false,
    mode: null, area: null, hintRegions: [], hintCountries: [],
  };
  if (seg.modes.has('remote_ok')) res.mode = 'remote_ok';
  else if (seg.modes.has('onsite') && seg.modes.size === 1) res.mode = 'onsite';
  else if (seg.modes.has('hybrid')) res.mode = 'hybrid';
  else if (seg.modes.has('remote')) res.mode = seg.modes.has('onsite') ? 'onsite' : 'remote';
  else if (seg.modes.has('onsite')) res.mode = 'onsite';

  // resolved twice (before and after the other alternatives' hints): work on copies
  const items = seg.items.map((it) => ({ ...it }));
  const roles: ('city' | 'context' | 'dropped')[] = [];
  // Decide, item by item, whether a city reading is meant.
  items.forEach((item, i) => {
    let city = item.cities.length > 0 && !item.metroOnly;
    if (city && item.countryIsName) {
      const cc = item.countries[0] ?? '';
      city = CITY_STATES[cc] !== undefined && item.cities.some((p) => ix.placeCcOf(p) === cc);
      if (city) item.cities = item.cities.filter((p) => ix.placeCcOf(p) === cc);
    }
    if (city && item.regionIsName) {
      const topPop = Math.max(...item.cities.map((p) => ix.placePopOf(p) ?? 0));
      const regionFirst = item.regions.some((r) => REGION_FIRST_COUNTRIES.includes(r.slice(0, 2)));
      // "Quebec, QC", "Victoria, BC", "Washington, DC": a following state that fits a city reading
      const confirmed = items.some((other, j) => j > i && other.regions.length > 0 && item.cities.some((p) => agrees(ix, p, other)));
      if (regionFirst && topPop < 1_000_000 && !confirmed) city = false;
    }
    roles.push(city ? 'city' : 'context');
  });
  // A later city-capable item that agrees with the first city's readings is its context ("New York, NY").
  const first = roles.indexOf('city');
  if (first >= 0) {
    const primary = items[first] as Item;
    items.forEach((item, i) => {
      if (i <= first || roles[i] !== 'city') return;
      if ((item.regions.length > 0 || item.countries.length > 0) && primary.cities.some((p) => agrees(ix, p, item))) roles[i] = 'context';
    });
  }

  // Without a city to agree with, an item read both as a region and as a country ("Georgia", "CA")
  // keeps one reading: the site's country decides, then the rest of the text, then the country.
  if (first < 0) {
    // countries the rest of this alternative is sure of ("Orange County, CA": the metro is in the US)
    const sure = new Set<string>();
    for (const item of items) {
      if (item.metro >= 0) sure.add(ix.metros[item.metro]?.country ?? '');
      if (item.countries.length > 0 && item.regions.length === 0) item.countries.forEach((c) => sure.add(c));
    }
    for (const item of items) {
      if (item.regions.length === 0 || item.countries.length === 0) continue;
      const inSite = hints.site !== null ? item.regions.filter((r) => r.startsWith(`${hints.site}-`)) : [];
      const inText = item.regions.filter((r) => sure.has(r.slice(0, 2)) || hints.countries.has(r.slice(0, 2)) || hints.regions.has(r));
      if (inSite.length > 0 && !item.countries.includes(hints.site as string)) {
        item.regions = inSite;
        item.countries = [];
      } else if (inText.length > 0 && !item.countries.some((c) => hints.countries.has(c))) {
        item.regions = inText;
        item.countries = [];
      } else {
        item.regions = [];
      }
    }
  }

  const ctxRegions = new Set<string>();
  const ctxCountries = new Set<string>();
  items.forEach((item, i) => {
    if (roles[i] !== 'context') return;
    item.regions.forEach((r) => ctxRegions.add(r));
    item.countries.forEach((c) => ctxCountries.add(c));
  });

  // One alternative is one place: a name found inside a longer part (a street or building, "2 Metro
  // Tech, New York, NY") that fits neither the alternative's state/country nor, without one, the
  // site's country is no city when another city of the alternative fits.
  const cityItems = items.filter((_, i) => roles[i] === 'city');
  if (cityItems.length > 1) {
    const fitsContext = (item: Item) =>
      item.cities.some((p) => ctxRegions.has(ix.placeRegionOf(p) ?? '\u0000') || ctxCountries.has(ix.placeCcOf(p) ?? '\u0000'));
    const fitsSite = (item: Item) => hints.site !== null && item.cities.some((p) => ix.placeCcOf(p) === hints.site);
    for (const fits of ctxRegions.size > 0 || ctxCountries.size > 0 ? [fitsContext] : [fitsSite]) {
      if (!cityItems.some(fits)) continue;
      items.forEach((item, i) => {
        if (roles[i] === 'city' && item.inText && !fits(item)) roles[i] = 'dropped';
      });
    }
  }

  // Cities
  items.forEach((item, i) => {
    if (roles[i] !== 'city') return;
    const p = bestPlace(ix, item.cities, ctxRegions, ctxCountries, hints);
    if (p >= 0 && !res.places.includes(p)) res.places.push(p);
  });

  const metroItem = items.find((it, i) => roles[i] === 'context' && it.metro >= 0 && it.cities.length === 0);
  let decorated = items.find((it) => it.metroOnly && it.cities.length > 0);
  if (!decorated && res.places.length === 1 && items.some((it, i) => roles[i] === 'context' && it.metroOnly && it.metro < 0)) {
    // "Austin, Texas Metropolitan Area": the area word on the state makes the city a metro
    decorated = items.find((it, i) => roles[i] === 'city' && it.cities.length > 0);
    res.places = [];
  }
  if (res.places.length === 0 && decorated) {
    // "Greater Bengaluru Area": the metro of the best reading
    const p = bestPlace(ix, decorated.cities, ctxRegions, ctxCountries, hints);
    if (p >= 0) {
      res.metroOnly = true;
      res.metro = ix.metroOf(p);
      res.country = ix.placeCcOf(p) ?? null;
      res.region = res.metro >= 0 ? (ix.metros[res.metro]?.region ?? null) : (ix.placeRegionOf(p) ?? null);
      res.hasPlace = true;
      // wage area of a metro-only text: the metro's core area, else the named city's own area
      res.area = res.metro >= 0 ? (ix.metros[res.metro]?.wageArea ?? null) : (ix.placeAreaOf(p) ?? null);
    }
  } else if (res.places.length === 0 && metroItem) {
    const m = ix.metros[metroItem.metro];
    const fits = ctxCountries.size === 0 || ctxCountries.has(m?.country ?? '') || [...ctxRegions].some((r) => r.startsWith(`${m?.country}-`));
    if (m && fits) {
      res.metro = metroItem.metro;
      res.metroOnly = true;
      res.region = m.region;
      res.country = m.country;
      res.hasPlace = true;
      res.area = m.wageArea;
    }
  }

  if (res.places.length > 0) {
    const p = res.places[0] as number;
    res.hasPlace = true;
    res.country = ix.placeCcOf(p) ?? null;
    const regions = new Set(res.places.map((q) => ix.placeRegionOf(q) ?? null));
    res.region = regions.size === 1 ? (ix.placeRegionOf(p) ?? null) : null;
    if (!res.region && regions.size === 1) {
      const r = [...ctxRegions].find((x) => x.startsWith(`${res.country}-`));
      if (r) res.region = r;
    }
    const metros = new Set(res.places.map((q) => ix.metroOf(q)));
    res.metro = metros.size === 1 ? ix.metroOf(p) : -1;
    const countries = new Set(res.places.map((q) => ix.placeCcOf(q)));
    if (countries.size > 1) res.country = null;
  } else if (!res.hasPlace) {
    // Region or country only: "USA - Texas", "Karnataka, India", "Remote (Canada)", "Georgia".
    const countryList = [...ctxCountries];
    let region: string | null = null;
    const regionCands = [...ctxRegions];
    if (regionCands.length > 0) {
      const fits = (r: string) => countryList.length === 0 || countryList.includes(r.slice(0, 2));
      const scored = regionCands.filter(fits);
      const pool = scored.length > 0 ? scored : countryList.length > 0 ? [] : regionCands;
      region =
        pool.find((r) => hints.site !== null && r.startsWith(`${hints.site}-`)) ??
        pool.find((r) => [...hints.countries].some((c) => r.startsWith(`${c}-`))) ??
        null;
      if (!region && pool.length > 0) {
        // a full country name beats a same-named region unless the site is in the region's country ("Georgia")
        const nameCountry = items.find((it) => it.countryIsName && it.regions.length > 0);
        if (!(nameCountry && countryList.length === 1)) region = pool[0] ?? null;
      }
    }
    let country: string | null = region ? region.slice(0, 2) : null;
    if (!country && countryList.length > 0) {
      // "Remote (US or Canada)": several countries, none of them the place
      country = countryList.length === 1 ? (countryList[0] as string) : null;
    }
    if (region && country && !region.startsWith(`${country}-`)) region = null;
    // city-states: "Singapore" is the city too
    if (country && !region && CITY_STATES[country]) {
      const p = (ix.cities(foldKey(CITY_STATES[country] as string)) ?? []).find((q) => ix.placeCcOf(q) === country);
      if (p !== undefined && items.some((it) => it.countryIsName && it.countries.includes(country as string))) {
        res.places.push(p);
        res.metro = ix.metroOf(p);
      }
    }
    res.region = region;
    res.country = country;
    res.hasPlace = res.places.length > 0;
  }
  for (const r of ctxRegions) res.hintRegions.push(r);
  for (const c of ctxCountries) res.hintCountries.push(c);
  if (res.country) res.hintCountries.push(res.country);
  return res;
}

// ------------------------------------------------------------------------------------- public

function empty(): LocationNorm {
  return { city: null, cities: [], metro: null, region: null, country: null, mode: null, wageArea: null };
}

function normalize(text: string, siteCountry: string | null): LocationNorm {
  const ix = index();
  const cleaned = clean(text);
  if (!/[\p{L}]/u.test(cleaned)) return empty();
  const site = siteCountry && countries().has(upperCode(siteCountry)) ? upperCode(siteCountry) : null;

  // Alternatives; an alternative with "/" is split unless it is a known name as a whole ("Delhi / NCR").
  const flat = flattenParentheses(cleaned);
  const segments: Segment[] = [];
  for (const alt of splitAlternatives(flat).slice(0, MAX_SEGMENTS)) {
    if (alt.includes('/')) {
      const pieces = alt.split('/').filter((s) => s.trim());
      // Keep "Delhi / NCR", "Pune/Pimpri-Chinchwad Area" whole: a metro name that spans the slash.
      const whole = readSegment(ix, alt.replace(/\s*\/\s*/g, ' '));
      const pieceKeys = new Set(pieces.flatMap((piece) => splitParts(piece).parts.map(foldKey)));
      if (whole.items.some((it) => it.metroOnly && it.metro >= 0 && !pieceKeys.has(it.key))) {
        segments.push(whole);
        continue;
      }
      for (const piece of pieces.slice(0, MAX_SEGMENTS)) segments.push(readSegment(ix, piece));
    } else segments.push(readSegment(ix, alt));
  }

  let hints: Hints = { regions: new Set(), countries: new Set(), site };
  let results = segments.map((s) => resolveSegment(ix, s, hints));
  if (results.length > 1) {
    hints = {
      regions: new Set(results.flatMap((r) => r.hintRegions)),
      countries: new Set(results.flatMap((r) => r.hintCountries)),
      site,
    };
    results = segments.map((s) => resolveSegment(ix, s, hints));
  }

  const out = empty();
  const places: number[] = [];
  for (const r of results) for (const p of r.places) if (!places.includes(p)) places.push(p);
  out.cities = places.map((p) => ix.placeNameOf(p) as string);
  out.city = out.cities[0] ?? null;

  const located = results.filter((r) => r.hasPlace || r.country || r.region);
  const countriesSeen = new Set(located.map((r) => r.country).filter((c): c is string => c !== null));
  // Country: the one every located alternative is in ("Paris; Warsaw" → none).
  const anyCountryless = located.some((r) => !r.country && (r.hasPlace || r.region));
  if (countriesSeen.size === 1 && !anyCountryless) out.country = [...countriesSeen][0] ?? null;

  // Region: the one all places share; an alternative that names only a country ("Remote (UK)") does not veto it.
  const regional = located.filter((r) => r.hasPlace || r.region !== null);
  if (regional.length > 0 && regional.every((r) => r.region !== null && r.region === regional[0]?.region)) out.region = regional[0]?.region ?? null;
  if (places.length > 1) {
    const regions = new Set(places.map((p) => ix.placeRegionOf(p) ?? null));
    if (regions.size > 1) out.region = null;
  }
  if (out.region && out.country && !out.region.startsWith(`${out.country}-`)) out.region = null;

  const placed = results.filter((r) => r.hasPlace);
  if (placed.length > 0 && placed.every((r) => r.metro >= 0 && r.metro === placed[0]?.metro)) {
    out.metro = ix.metros[placed[0]?.metro ?? -1]?.name ?? null;
  }

  // Wage area: one for every place named, or the metro's core area for metro-only text.
  if (places.length > 0) {
    const areas = new Set(places.map((p) => ix.placeAreaOf(p) ?? null));
    const onlyArea = areas.size === 1 ? [...areas][0] : null;
    if (onlyArea && placed.every((r) => r.places.length > 0)) out.wageArea = onlyArea;
  } else if (placed.length > 0) {
    const areas = new Set(placed.map((r) => r.area));
    const onlyArea = areas.size === 1 ? [...areas][0] : null;
    if (onlyArea) out.wageArea = onlyArea;
  }
  if (out.country && out.country !== 'US' && out.country !== 'PR' && out.country !== 'GU' && out.country !== 'VI') out.wageArea = null;

  // Work mode
  const remoteAlt = results.some((r) => r.mode === 'remote');
  const otherAlt = results.some((r) => r.mode !== 'remote' && (r.mode !== null || r.places.length > 0 || (r.metroOnly && r.metro >= 0)));
  const placeNamed = places.length > 0 || results.some((r) => r.hasPlace);
  if (remoteAlt && otherAlt && results.length > 1) out.mode = 'remote_ok';
  else if (results.some((r) => r.mode === 'remote_ok')) out.mode = placeNamed ? 'remote_ok' : 'remote';
  else if (results.some((r) => r.mode === 'hybrid')) out.mode = 'hybrid';
  else if (remoteAlt) out.mode = 'remote';
  else if (results.some((r) => r.mode === 'onsite')) out.mode = 'onsite';
  return out;
}

/**
 * Normalises a job location string. `siteCountry` (ISO alpha-2 of the site or page) settles
 * ambiguous names: "Vienna" on a US site is Vienna, VA; "London" on a Canadian one London, ON.
 */
export function normalizeLocation(text: string, siteCountry?: string | null): LocationNorm {
  if (typeof text !== 'string' || text.length === 0) return empty();
  try {
    return normalize(text, siteCountry ?? null);
  } catch {
    return empty();
  }
}
