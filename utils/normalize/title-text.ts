/**
 * Text preparation shared by the title and company normalisers: HTML entities, Unicode folding,
 * gender markers, noise (req ids, salaries, remote markers, locations), abbreviations and
 * translations, then segmentation of a title into a head and its qualifiers.
 *
 * Pure string functions, no DOM or Node APIs. All regexes and lookup maps are built once at
 * module load; per call work is a few passes over a string capped at MAX_TITLE_INPUT characters.
 */
import { LOCATION_WORDS, NOT_A_ROLE_PHRASES, PHRASE_REPLACEMENTS, RANK_WORDS, WORD_REPLACEMENTS } from './title-lexicon';

/** Titles longer than this are cut before any work (a real title is well under 200 characters). */
export const MAX_TITLE_INPUT = 300;

// ---------------------------------------------------------------------------------------------
// Entities and Unicode
// ---------------------------------------------------------------------------------------------

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '-', mdash: '-', minus: '-',
  hellip: ' ', rsquo: "'", lsquo: "'", ldquo: '"', rdquo: '"', middot: '·', bull: ' ', trade: ' ',
  reg: ' ', copy: ' ', eacute: 'é', egrave: 'è', aacute: 'á', agrave: 'à', iacute: 'í', oacute: 'ó',
  uacute: 'ú', uuml: 'ü', ouml: 'ö', auml: 'ä', szlig: 'ß', ccedil: 'ç', ntilde: 'ñ', atilde: 'ã',
  otilde: 'õ', ecirc: 'ê', ocirc: 'ô', acirc: 'â', sol: '/', vert: '|', lpar: '(', rpar: ')', comma: ',',
  period: '.', colon: ':', num: '#', plus: '+', ast: '*', commat: '@',
};
const ENTITY_RE = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,8}));?/gi;

function codePointOrSpace(n: number): string {
  return n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) ? String.fromCodePoint(n) : ' ';
}

/** Decodes HTML entities (named, decimal and hex), twice for double-escaped text ("&amp;amp;"). */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  const once = (t: string) =>
    t.replace(ENTITY_RE, (m, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
      if (dec) return codePointOrSpace(Number(dec));
      if (hex) return codePointOrSpace(parseInt(hex, 16));
      const v = name ? NAMED_ENTITIES[name.toLowerCase()] : undefined;
      return v ?? m;
    });
  const first = once(s);
  return first.includes('&') ? once(first) : first;
}

const NON_ASCII_RE = /[^\x00-\x7f]/;
const MARKS_RE = /\p{M}+/gu;
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss', ẞ: 'SS', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ł: 'l', Ł: 'L',
  ı: 'i', þ: 'th', ð: 'd', '‐': '-', '‑': '-', '‒': '-', '–': '-', '—': '-', '―': '-', '−': '-',
  '‘': "'", '’': "'", '‚': "'", '‛': "'", '“': '"', '”': '"', '„': '"', '·': '·', '•': '·', '‧': '·',
  '∙': '·', '⋅': '·', '／': '/', '｜': '|', '（': '(', '）': ')',
};
const SPECIAL_RE = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join('')}]`, 'g');
/** Emoji, symbols, private use, zero-width and bidi controls. */
const SYMBOLS_RE = /[\p{So}\p{Sk}\p{Cs}\p{Co}\p{Cc}\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufe00-\ufe0f\ufeff]/gu;

/**
 * Folds text to the comparable form: compatibility-decomposed, diacritics dropped, ligatures and
 * typographic punctuation mapped to ASCII, emoji/controls removed. Letters of other scripts stay.
 */
export function foldText(s: string): string {
  if (!NON_ASCII_RE.test(s)) return s;
  return s
    .normalize('NFKD')
    .replace(MARKS_RE, '')
    .replace(SPECIAL_RE, (c) => SPECIAL_LETTERS[c] ?? c)
    .replace(SYMBOLS_RE, ' ');
}

// ---------------------------------------------------------------------------------------------
// Noise in titles
// ---------------------------------------------------------------------------------------------

/** "(m/w/d)", "(f/m/x)", "(H/F)", "(all genders)", "(gn*)", and the bare "m/w/d". */
const GENDER_GROUP_RE =
  /[([]\s*(?:all genders?|alle geschlechter|gn\*?|[mwfdxhv]|div|divers|diverse)(?:\s*[/|,*]\s*(?:[mwfdxhv]|div|divers|diverse))*\s*[)\]]|\b[mwfdxhv](?:\s*\/\s*(?:[mwfdxhv]|div|divers)){1,4}\b/gi;
/** "Entwickler*in", "Werkstudent:in", "Desarrollador/a", "Enfermero(a)", "Ingénieur·e". */
const GENDER_SUFFIX_RE =
  /([a-z])(?:[*:_/(·]|\.(?=(?:e|euse|se|ere|trice|ne|ice)\b))(?:innen|in|euse|trice|ere|ora|ice|as|os|es|ne|se|a|o|e|r)\)?(?![a-z0-9])/gi;

const TAG_RE = /<[^>]{0,200}>/g;
/** "SDE2", "SWE3", "SDEII" → "sde 2" (a level glued to a role abbreviation). */
const GLUED_LEVEL_RE = /\b(sdet|sde|swe|mts|ase)[-_]?(iii|ii|iv|[1-5])\b/g;
const URL_EMAIL_RE = /\bhttps?:\/\/\S+|\bwww\.\S+|\S+@\S+\.\S+/g;
const PERCENT_RE = /\d{1,3}\s*(?:-\s*\d{1,3}\s*)?%/g;
const YEAR_RE = /\b(?:19|20)\d\d\b/g;
const REQ_ID_RE =
  /(?:\b(?:req(?:uisition)?|job|position|ref(?:erence)?|vacancy|posting)\s*(?:id|no|nr|number|code|#)?\s*[:#.]?\s*[a-z]{0,4}[-_]?\d[\w-]{2,})|(?:#\s?\d{3,}\b)|(?:\b[a-z]{1,4}[-_]?\d{4,}\b)|(?:\b\d{5,}\b)/g;
const SALARY_SEGMENT_RE = /[$€£₹¥]|\d\s*(?:k|lpa|lakhs?|lacs?|crores?)\b|\bsalary\b|\bper (?:annum|year|hour|month)\b|\bctc\b/;
const PART_TIME_RE = /\b(?:part ?time|teilzeit|minijob|temps partiel|medio tiempo|meio periodo)\b/g;
const FULL_TIME_RE = /\b(?:full ?time|vollzeit|festanstellung|temps plein|tiempo completo|permanent|cdi|clt)\b/g;
const CONTRACT_RE =
  /\b(?:contract(?:or)?|freelancer?|temporary|temp|fixed term|befristet|cdd|interim|b2b|c2c|c2h|w2|1099|locum)\b(?! (?:manager|management|administrator|administration|specialist|negotiator|attorney|lawyer|analyst|coordinator|officer|lead))/g;
const REMOTE_RE =
  /\b(?:fully remote|100 ?% remote|remote first|remote friendly|remote|work from home|wfh|home ?office|telecommute|telework|teletravail|remoto|remota)\b(?! (?:sensing|pilot|operations? cent(?:er|re)))/g;
const HYBRID_RE =
  /\b(?:hybrid|hybride|hibrido|hibrida)\b(?! (?:cloud|apps?|mobile|integration|vehicles?|electric|work model))/g;
const HIRING_NOISE_RE =
  /\b(?:urgent(?:ly)?(?: (?:hiring|required|requirement|opening|need))?|now hiring|we are hiring|we re hiring|hiring(?: now)?|immediate (?:joiners?|joining|start)|apply now|walk ?in(?: interview)?|job opening|opening for|vacancy for|vacancy|openings?|wanted|required)\b/g;

// ---------------------------------------------------------------------------------------------
// Token tables
// ---------------------------------------------------------------------------------------------

/**
 * "Initiativbewerbung", "Open application", "Candidature spontanée": phrases that name no role,
 * removed wherever they stand ("Initiativbewerbung als Softwareentwickler" still names one). A
 * careers-page phrase counts only as a whole segment: "Berufsorientierung" is a page, "asesor de
 * orientación profesional" an occupation.
 */
const CAREERS_PAGE_SEGMENTS = new Set(Object.keys(NOT_A_ROLE_PHRASES).filter((k) => NOT_A_ROLE_PHRASES[k] === 'careers_page'));
const NOT_A_ROLE_RE = new RegExp(
  `(?<![a-z0-9])(?:${Object.keys(NOT_A_ROLE_PHRASES)
    .filter((k) => NOT_A_ROLE_PHRASES[k] === 'open_application')
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/ /g, '[\\s-]+'))
    .join('|')})(?:\\s+(?:als|as|for|en tant que|comme|como|come|jako|som))?(?![a-z0-9])`,
  'g',
);
const NOT_A_ROLE_HINT_RE = /bewerbung|applica|talent|interest|candidat|sollicitatie|ansokan|ansogning|aplikacja/;

const WORD_MAP = new Map<string, string>(Object.entries(WORD_REPLACEMENTS));
const PHRASE_MAP = new Map<string, string>(Object.entries(PHRASE_REPLACEMENTS));
const PHRASE_FIRST = new Set<string>();
let phraseMax = 1;
for (const k of PHRASE_MAP.keys()) {
  const parts = k.split(' ');
  PHRASE_FIRST.add(parts[0] ?? '');
  phraseMax = Math.max(phraseMax, parts.length);
}
const PHRASE_MAX_WORDS = phraseMax;

const RANK_SET = new Set<string>(RANK_WORDS);

const LOCATION_SET = new Set<string>(LOCATION_WORDS);
const LOCATION_FIRST = new Set<string>();
let locMax = 1;
for (const k of LOCATION_SET) {
  const parts = k.split(' ');
  LOCATION_FIRST.add(parts[0] ?? '');
  locMax = Math.max(locMax, parts.length);
}
const LOCATION_MAX_WORDS = locMax;
const LOCATION_CONNECTIVES = new Set([
  'or', 'and', 'based', 'in', 'only', 'office', 'hq', 'city', 'area', 'metro', 'region', 'onsite', 'on', 'site',
  'in office', 'remote', 'hybrid', 'wfh', 'flexible', 'relocation', 'relocate', 'must be', 'based in', 'must',
  'be', '/', 'united', '+',
]);

/** German compounds: "Backendentwickler" → "backend entwickler", "Projektleiter" → "projekt leiter". */
const GERMAN_HINT_RE = /(?:entwickl|ingenieur|berater|leiter|fahrer|techniker|pfleger|referent|assistent|mitarbeiter|helfer|architekt|designer|analyst|manager|kaufmann|kauffrau)/;
const GERMAN_COMPOUND_RE =
  /\b([a-z]{3,}?)(entwickler|ingenieur|berater|leiter|fahrer|techniker|mechaniker|pfleger|designer|architekt|analyst|referent|assistent|kaufmann|kauffrau|helfer|mitarbeiter|manager)\b/g;
const GERMAN_PREFIX: Readonly<Record<string, string>> = {
  software: 'software', web: 'web', java: 'java', php: 'php', frontend: 'front end', backend: 'back end',
  fullstack: 'full stack', daten: 'data', vertriebs: 'sales', projekt: 'project', produkt: 'product',
  team: 'team', abteilungs: 'department', lager: 'warehouse', kunden: 'customer', pflege: 'nursing',
  elektro: 'electrical', bau: 'construction', marketing: 'marketing', it: 'it', system: 'systems',
  netzwerk: 'network', informatik: 'it', finanz: 'finance', einkaufs: 'procurement', qualitats: 'quality',
  test: 'test', anwendungs: 'application', applikations: 'application', sales: 'sales', account: 'account',
  online: 'online', key: 'key', produktions: 'production', vertrieb: 'sales', personal: 'hr',
  kranken: 'nursing', alten: 'nursing', gesundheits: 'health', stapler: 'forklift', lkw: 'truck',
  bus: 'bus', kurier: 'delivery', auslieferungs: 'delivery', berufskraft: 'truck', kraft: '',
  hardware: 'hardware', embedded: 'embedded', cloud: 'cloud', devops: 'devops', security: 'security',
  filial: 'store', markt: 'store', schicht: 'shift', bereichs: 'department', gruppen: 'group',
  service: 'service', support: 'support', ux: 'ux', ui: 'ui', grafik: 'graphic', mobile: 'mobile',
  app: 'app', game: 'game', spiele: 'game', steuer: 'tax', lohn: 'payroll', immobilien: 'real estate',
};
const GERMAN_SUFFIX: Readonly<Record<string, string>> = {
  entwickler: 'developer', ingenieur: 'engineer', berater: 'consultant', leiter: 'head', fahrer: 'driver',
  techniker: 'technician', mechaniker: 'mechanic', pfleger: 'nurse', designer: 'designer',
  architekt: 'architect', analyst: 'analyst', referent: 'specialist', assistent: 'assistant',
  kaufmann: 'clerk', kauffrau: 'clerk', helfer: 'helper', mitarbeiter: 'associate', manager: 'manager',
};

/** Romance word order: "analyst de systems" → "systems analyst", "engineer de software" → "software engineer". */
const ROMANCE_NOUNS =
  'engineer|developer|analyst|manager|director|head|scientist|specialist|consultant|technician|assistant|architect|designer|coordinator|programmer|lead|representative|officer|advisor|associate|executive|intern|administrator|teacher|recruiter';
const ROMANCE_RE = new RegExp(
  `^(.*?\\b(?:${ROMANCE_NOUNS}))\\s(?:de|da|do|das|dos|des|del|di|du|d|en|em|na|no)\\s(?:la\\s|las\\s|los\\s|le\\s|les\\s|l\\s|el\\s|o\\s|a\\s)?([a-z][a-z .&/+#]*?)$`,
);
/** English "Director of Engineering" → "engineering director" (rank noun before the function). */
const OF_RE =
  /^(.*?\b(?:director|head|vp|svp|evp|avp|vice president|president|manager|lead|leader|supervisor|chief|officer|coordinator|specialist|professor|teacher|engineer|developer|analyst|representative|associate|scientist|consultant|architect|assistant|executive))\s(?:of|for)\s(?:the\s)?([a-z][a-z .&/+#]*)$/;

// ---------------------------------------------------------------------------------------------
// Preparation
// ---------------------------------------------------------------------------------------------

export interface PreparedTitle {
  /** Canonical segments: the head (role) first, then qualifiers (team, language, product…). */
  readonly segments: readonly string[];
  /** All segments joined with " , " (for level markers, which may sit in any segment). */
  readonly text: string;
  /** Locations, remote markers etc. found and removed. */
  readonly flags: readonly string[];
}

const EMPTY: PreparedTitle = { segments: [], text: '', flags: [] };

const SEPARATOR_RE = /\s*(?:[,;|:()[\]{}·!?"]|\s-+\s*|\s*-+\s|\s+(?:at|@)\s+|@|\s\+\s)\s*/g;
const SLASH_SPACES_RE = /\s*\/\s*/g;
const AMP_RE = /\s*&\s*/g;
const DOT_RE = /(?<![a-z0-9])\.+|\.+(?![a-z0-9])/g;
const HYPHEN_RE = /-+/g;
const E_PREFIX_RE = /\be (commerce|business|learning|mail|mobility)\b/g;
const DOTNET_RE = /(^|[^a-z0-9])\.net\b/g;
const CHAR_RE = /[^\p{L}\p{N}#+./&|' ]+/gu;
const APOS_RE = /'/g;
const SLASH_TOKEN_RE = /\s*\/\s*/g;
const SPACES_RE = /\s+/g;

/** Applies the phrase and word tables to one segment's tokens. */
function translateTokens(tokens: string[]): string[] {
  const out: string[] = [];
  const n = tokens.length;
  for (let i = 0; i < n; ) {
    const t = tokens[i] as string;
    if (PHRASE_FIRST.has(t)) {
      let matched = false;
      for (let len = Math.min(PHRASE_MAX_WORDS, n - i); len >= 2; len--) {
        const key = tokens.slice(i, i + len).join(' ');
        const rep = PHRASE_MAP.get(key);
        if (rep !== undefined) {
          if (rep) out.push(rep);
          i += len;
          matched = true;
          break;
        }
      }
      if (matched) continue;
    }
    const w = WORD_MAP.get(t);
    out.push(w ?? t);
    i++;
  }
  return out;
}

/** True when every token of the segment is a known place or a connective ("bangalore", "london uk"). */
function isLocationSegment(tokens: readonly string[]): boolean {
  let sawPlace = false;
  const n = tokens.length;
  for (let i = 0; i < n; ) {
    const t = tokens[i] as string;
    let matched = 0;
    if (LOCATION_FIRST.has(t)) {
      for (let len = Math.min(LOCATION_MAX_WORDS, n - i); len >= 1; len--) {
        const key = len === 1 ? t : tokens.slice(i, i + len).join(' ');
        if (LOCATION_SET.has(key)) {
          matched = len;
          break;
        }
      }
    }
    if (matched) {
      if (!LOCATION_CONNECTIVES.has(t)) sawPlace = true;
      i += matched;
    } else if (LOCATION_CONNECTIVES.has(t) || /^[a-z]{2}$/.test(t)) {
      // two-letter tokens are state/country codes inside a location qualifier ("Austin, TX")
      i++;
    } else {
      return false;
    }
  }
  return sawPlace;
}

/**
 * The tokens after a leading place or region ("americas communications" → ["communications"],
 * "emea sales lead" → ["sales", "lead"]), or null when the segment does not start with one or is
 * nothing else.
 */
export function withoutLeadingPlace(tokens: readonly string[]): string[] | null {
  let i = 0;
  for (;;) {
    const t = tokens[i];
    if (t === undefined || !LOCATION_FIRST.has(t) || LOCATION_CONNECTIVES.has(t)) break;
    let matched = 0;
    for (let len = Math.min(LOCATION_MAX_WORDS, tokens.length - i); len >= 1; len--) {
      if (LOCATION_SET.has(tokens.slice(i, i + len).join(' '))) {
        matched = len;
        break;
      }
    }
    if (!matched) break;
    i += matched;
    if (tokens[i] === 'and' || tokens[i] === '/') i++;
  }
  return i > 0 && i < tokens.length ? tokens.slice(i) : null;
}

/** Words that join places in a title that names only where it is worked ("Work from anywhere in the USA"). */
const PLACE_ONLY_WORDS = new Set(['from', 'anywhere', 'everywhere', 'across', 'within', 'the', 'work', 'job', 'jobs', 'position', 'role']);

/**
 * True when a title's segments name only places and how it is worked, no role at all
 * ("Telecommute from anywhere in the USA!", "Remote - Europe"): each segment is places and
 * connectives (or the title lost every word as a remote/location marker).
 */
export function namesOnlyPlaces(prepared: PreparedTitle): boolean {
  const { segments, flags } = prepared;
  if (segments.length === 0) return flags.includes('remote') || flags.includes('hybrid') || flags.includes('location_in_title');
  for (const seg of segments) {
    const toks = seg.split(' ').filter((t) => !PLACE_ONLY_WORDS.has(t));
    if (toks.length > 0 && !isLocationSegment(toks)) return false;
  }
  return true;
}

/** True when a segment only ranks a role ("Senior Manager", "Vice President", "Lead", "Engineer"). */
export function isRankOnly(tokens: readonly string[]): boolean {
  if (tokens.length === 0 || tokens.length > 6) return false;
  for (const t of tokens) if (!RANK_SET.has(t)) return false;
  return true;
}

const ROMANCE_HINT_RE = /\b(?:de|da|do|das|dos|des|del|di|du|d|en|em|na|no)\b/;
const ROMANCE_PARTICLES_RE = /\b(?:de|da|do|del|des|du|d)\b/g;
const OF_HINT_RE = / (?:of|for) /;
const OF_EXCEPTIONS_RE = /^(?:staff|the art|record|nursing home)$/;

/** Turns one raw segment into canonical tokens (German compounds split, words translated). */
function canonicalSegment(seg: string): string {
  let s = seg;
  if (GERMAN_HINT_RE.test(s)) {
    s = s.replace(GERMAN_COMPOUND_RE, (m, pre: string, suf: string) => {
      if (WORD_MAP.has(m)) return m;
      const p = GERMAN_PREFIX[pre];
      const q = GERMAN_SUFFIX[suf];
      if (p === undefined || q === undefined) return m;
      return p ? `${p} ${q}` : q;
    });
  }
  const tokens = s.split(' ').filter(Boolean);
  let out = translateTokens(tokens).join(' ');
  if (ROMANCE_HINT_RE.test(out)) {
    const r = ROMANCE_RE.exec(out);
    if (r && r[1] && r[2]) out = `${r[2]} ${r[1]}`;
    out = out.replace(ROMANCE_PARTICLES_RE, ' ');
  }
  if (OF_HINT_RE.test(out)) {
    const o = OF_RE.exec(out);
    if (o && o[2] && !OF_EXCEPTIONS_RE.test(o[2])) out = `${o[2]} ${o[1]}`;
  }
  if (out.includes('  ') || out.startsWith(' ') || out.endsWith(' ')) out = out.replace(SPACES_RE, ' ').trim();
  // gendered pairs that translate to the same words: "vendeur / vendeuse" → "retail sales associate"
  if (out.includes(' / ')) {
    const parts = out.split(' / ');
    const unique = [...new Set(parts)];
    if (unique.length < parts.length) out = unique.join(' / ');
  }
  return out;
}

/** Cheap tests that let most titles skip the noise passes that cannot apply to them. */
const HAS_DIGIT_RE = /\d/;
const URL_HINT_RE = /@|http|www\./;
const GENDER_HINT_RE = /[/(*:_·[]/;
const SALARY_HINT_RE = /[$€£₹¥\d]|salary|per |ctc/;
const EMPLOYMENT_HINT_RE = /time|vollzeit|festanstellung|temps|tiempo|permanent|cdi|clt|contract|freelanc|temp|fixed|befristet|cdd|interim|b2b|c2|w2|1099|locum|teilzeit|minijob|medio|meio/;
const MODE_HINT_RE = /remote|home|wfh|telecommut|telework|teletravail|remot|hybri/;
const HIRING_HINT_RE = /urgent|hiring|immediate|apply|walk|opening|vacancy|wanted|required/;
const SEGMENT_PUNCT_RE = /[^a-z0-9 ]/;

/**
 * Prepares a job title: cleans, folds, strips noise and splits into canonical segments. Never
 * throws; returns no segments for input that has no words.
 */
export function prepareTitle(raw: unknown): PreparedTitle {
  if (typeof raw !== 'string' || raw.length === 0) return EMPTY;
  const flags: string[] = [];
  let s = raw;
  if (s.length > MAX_TITLE_INPUT) {
    s = s.slice(0, MAX_TITLE_INPUT);
    flags.push('truncated');
  }
  s = foldText(decodeEntities(s));
  if (s.includes('<')) s = s.replace(TAG_RE, ' ');
  if (GENDER_HINT_RE.test(s)) s = s.replace(GENDER_GROUP_RE, ' ').replace(GENDER_SUFFIX_RE, '$1');
  s = s.toLowerCase();
  if (NOT_A_ROLE_HINT_RE.test(s)) {
    s = s.replace(NOT_A_ROLE_RE, (m) => {
      const kind = NOT_A_ROLE_PHRASES[m.replace(/[\s-]+/g, ' ').replace(/ (?:als|as|for|en tant que|comme|como|come|jako|som)$/, '')];
      if (kind && !flags.includes(kind)) flags.push(kind);
      return ' , ';
    });
  }
  const digits = HAS_DIGIT_RE.test(s);
  if (digits) s = s.replace(GLUED_LEVEL_RE, '$1 $2');
  if (URL_HINT_RE.test(s)) s = s.replace(URL_EMAIL_RE, ' ');
  if (digits) {
    if (s.includes('%')) s = s.replace(PERCENT_RE, ' ');
    s = s.replace(YEAR_RE, ' ');
  }
  if (digits || s.includes('#')) {
    const beforeReq = s;
    s = s.replace(REQ_ID_RE, ' ');
    if (s !== beforeReq) flags.push('req_id');
  }
  if (s.includes('.net')) s = s.replace(DOTNET_RE, '$1dotnet');
  if (s.includes('&')) s = s.replace(AMP_RE, ' and ');
  if (s.includes('/')) s = s.replace(SLASH_SPACES_RE, '/');
  const salaryHint = SALARY_HINT_RE.test(s);
  const employmentHint = EMPLOYMENT_HINT_RE.test(s);
  const modeHint = MODE_HINT_RE.test(s);
  const hiringHint = HIRING_HINT_RE.test(s);

  // split into raw segments, then clean each
  const rawSegments = s.split(SEPARATOR_RE);
  const segments: string[] = [];
  for (let seg of rawSegments) {
    if (!seg) continue;
    if (salaryHint && SALARY_SEGMENT_RE.test(seg)) {
      flags.push('salary_in_title');
      continue;
    }
    if (SEGMENT_PUNCT_RE.test(seg)) {
      seg = seg
        .replace(DOT_RE, ' ')
        .replace(HYPHEN_RE, ' ')
        .replace(E_PREFIX_RE, 'e$1')
        .replace(APOS_RE, ' ')
        .replace(CHAR_RE, ' ')
        .replace(SLASH_TOKEN_RE, ' / ');
    }
    if (employmentHint) {
      const before = seg;
      seg = seg.replace(PART_TIME_RE, ' ');
      if (seg !== before && !flags.includes('part_time')) flags.push('part_time');
      seg = seg.replace(FULL_TIME_RE, ' ');
      const beforeContract = seg;
      seg = seg.replace(CONTRACT_RE, ' ');
      if (seg !== beforeContract && !flags.includes('contract')) flags.push('contract');
    }
    if (modeHint) {
      const beforeRemote = seg;
      seg = seg.replace(REMOTE_RE, ' ');
      if (seg !== beforeRemote && !flags.includes('remote')) flags.push('remote');
      const beforeHybrid = seg;
      seg = seg.replace(HYBRID_RE, ' ');
      if (seg !== beforeHybrid && !flags.includes('hybrid')) flags.push('hybrid');
    }
    if (hiringHint) seg = seg.replace(HIRING_NOISE_RE, ' ');
    seg = seg.replace(SPACES_RE, ' ').trim();
    if (!seg || seg === '/' || seg === '+') continue;
    if (CAREERS_PAGE_SEGMENTS.has(seg)) {
      if (!flags.includes('careers_page')) flags.push('careers_page');
      continue;
    }
    const toks = seg.split(' ');
    if (segments.length > 0 && isLocationSegment(toks)) {
      if (!flags.includes('location_in_title')) flags.push('location_in_title');
      continue;
    }
    const canon = canonicalSegment(seg);
    if (canon) segments.push(canon);
  }
  if (segments.length === 0) return flags.length ? { segments: [], text: '', flags } : EMPTY;

  return { segments, text: segments.join(' , '), flags };
}

/** Words that do not identify an occupation (removed from O*NET lookup keys). */
const KEY_STOP = new Set([
  'senior', 'junior', 'entry', 'level', 'mid', 'intermediate', 'intern', 'internship', 'trainee', 'i', 'ii',
  'iii', 'iv', 'v', 'vi', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'and', 'or', 'the', 'a', 'an', 'in',
  'to', 'with', 'werkstudent', 'graduate', 'experienced', 'lead', 'staff', '/',
]);

/** Lookup keys for the O*NET fallback, longest first: the last 3, 2 and 1 occupation words. */
export function onetKeys(segment: string): string[] {
  const words = segment.split(' ').filter((w) => w && !KEY_STOP.has(w) && !/^\d+$/.test(w));
  const keys: string[] = [];
  for (let n = Math.min(3, words.length); n >= 1; n--) keys.push(words.slice(words.length - n).join(' '));
  return keys;
}
