/**
 * Data tables for `salary-text.ts`: currency symbols and codes, multipliers, period words,
 * flag words and context words, in the main languages of the job boards PayLens reads.
 *
 * Regex sources are written as alternations (no capture groups) and compiled once by
 * `salary-text.ts`. Word boundaries there are Unicode-aware lookarounds, not `\b`, so entries
 * like `år` or `mês` work. They run in the background (posted-pay.ts), not in the content scripts.
 */
import type { Period } from '../schemas';

/**
 * ISO 4217 codes read as currencies when written out (`USD 120,000`, `18 000 PLN`). A page
 * country's own currency is the code here that starts with the country code (IN → INR), except
 * for the euro area and the UK (`EURO_AREA`, `UK`).
 */
export const ISO_CODES =
  'USD EUR GBP INR JPY CNY KRW CAD AUD NZD SGD HKD TWD CHF SEK NOK DKK ISK PLN CZK HUF RON ' +
  'RSD UAH RUB TRY ILS AED SAR QAR KWD BHD OMR EGP ZAR NGN KES GHS MAD BRL MXN ARS CLP COP PEN ' +
  'UYU IDR MYR THB PHP VND PKR LKR BDT NPR';
export const EURO_AREA = 'AT BE BG CY DE EE ES FI FR GR HR IE IT LT LU LV MT NL PT SI SK';

/**
 * Symbols and local abbreviations → ISO code. `$`, `¥`, `kr`, `Rs` and `R` are ambiguous: they
 * map to themselves and are resolved with the page's country (`AMBIGUOUS`).
 */
export const SYMBOLS: Record<string, string> = {
  'US$': 'USD', 'CA$': 'CAD', 'C$': 'CAD', 'A$': 'AUD', 'AU$': 'AUD', 'NZ$': 'NZD',
  'S$': 'SGD', 'HK$': 'HKD', 'NT$': 'TWD', 'R$': 'BRL', 'MX$': 'MXN', RMB: 'CNY',
  '€': 'EUR', '£': 'GBP', '₹': 'INR', '円': 'JPY', '元': 'CNY', '₩': 'KRW', '원': 'KRW',
  '₱': 'PHP', '₫': 'VND', '฿': 'THB', '₪': 'ILS', '₺': 'TRY', TL: 'TRY', '₴': 'UAH',
  '₽': 'RUB', 'zł': 'PLN', zl: 'PLN', 'Kč': 'CZK', Ft: 'HUF', lei: 'RON', 'Fr.': 'CHF',
  RM: 'MYR', Rp: 'IDR', $: '$', '¥': '¥', '￥': '¥', kr: 'kr', 'kr.': 'kr', Rs: 'Rs', 'Rs.': 'Rs', R: 'R',
};

/** Regex source for any symbol above (longest first so `US$` wins over `$`). */
export const SYMBOL_SOURCE = Object.keys(SYMBOLS)
  .sort((a, b) => b.length - a.length)
  .map((s) => s.replace(/[$.]/g, '\\$&'))
  .join('|');

/** Ambiguous symbol → [reading without a country, countries whose own currency it means]. */
export const AMBIGUOUS: Record<string, [string | null, string]> = {
  $: ['USD', 'CA AU NZ SG HK TW MX CL CO AR UY'],
  '¥': ['JPY', 'CN'],
  kr: [null, 'SE NO DK IS'],
  Rs: ['INR', 'PK LK NP'],
  R: [null, 'ZA'],
};

/**
 * Where a figure with no period word changes from monthly to yearly, per currency, in local
 * units (JobSpy-style magnitude thresholds scaled to local wage levels); hourly below 1/100 of
 * it. It also bounds a plausible salary (see salary-text.ts). Not an exchange rate.
 */
export const MONTH_MAX =
  '15e3:USD EUR|12e3:GBP|2e4:CHF CAD AUD NZD SGD|3e4:BGN|4e4:PEN|5e4:MYR|6e4:PLN RON ILS BRL|' +
  '8e4:CNY|1e5:AED SAR QAR|1.5e5:HKD SEK NOK DKK ZAR MXN|2e5:INR CZK|3e5:TWD UAH TRY EGP THB PHP|' +
  '5e5:RUB BDT NPR|1e6:KES PKR LKR|2e6:JPY ISK|3e6:HUF|5e6:NGN|1e7:ARS CLP|1.5e7:KRW|3e7:COP|' +
  '1e8:IDR|1.5e8:VND';

export type MultKind = 'k' | 'in' | 'cjk' | 'big';
/** Multiplier words after a number: [regex source, factor, kind]. `in` = Indian units (imply INR). */
export const MULTIPLIERS: [string, number, MultKind][] = [
  ['LPA|lpa', 1e5, 'in'],
  ['[Ll]akhs?|[Ll]acs?|[Ll]ac|L', 1e5, 'in'],
  ['[Cc]rores?|[Cc]r\\.?', 1e7, 'in'],
  ['[kK]|thousand|Tsd\\.?|tys\\.?|mil|mille', 1e3, 'k'],
  ['[Mm]io\\.?|[Mm]n|[Mm]ill(?:ions?|ones|hões|ionen)|M|m', 1e6, 'k'],
  ['[Bb]illions?|bn|B|[Mm]rd\\.?', 1e9, 'big'],
  ['万|萬|만', 1e4, 'cjk'],
  ['億|억', 1e8, 'cjk'],
];

/** Prepositions and slashes before a unit noun: "per year", "a month", "pro Stunde", "/mies.". */
export const PERIOD_PREP =
  "(?:(?:per|pro|par|por|al|ao|na|im|om|pr\\.?|an?|la|i|za)\\s+|(?:de\\s+l|all|l)['’]\\s*|/\\s*)";

/** Period words after a figure: [unit nouns (after PERIOD_PREP), words that stand alone]. */
export const PERIOD_AFTER: Record<Period, [string, string]> = {
  year: [
    'year|yr|y|annum|anum|Jahr|an|année|año|ano|jaar|rok|anno|år|året|vuosi|年',
    'yearly|annual(?:ly)?|p\\.?\\s?a\\.?|pa|j[äa]hrlich|annuel(?:le)?|anual(?:es)?|jaarlijks|rocznie|annu[oi]|årlig|vuodessa|לשנה|سنوي',
  ],
  month: [
    'month|mo|mon|m|mensem|Monat|mois|mes|mês|maand|m[aå]n[ae]?d(?:en)?|mån|mies\\.?|miesi[aą]c|mc|mese|md\\.?|kk|月',
    'monthly|p\\.?\\s?m\\.?|pm|monatlich|mtl\\.?|mensuel(?:le)?|mensual(?:es)?|mensal|maandelijks|miesi[eę]cznie|mensile|kuukaudessa|·\\s?\\d\\d\\s?薪|לחודש|شهري',
  ],
  week: ['week|wk|w|Woche|semaine|semana|tydzie[nń]|settimana|週', 'weekly|wöchentlich|semanal|tygodniowo'],
  day: ['day|d|dag|Tag|jour|d[ií]a|dzie[nń]|giorno|日', 'daily|p\\.?\\s?d\\.?|Tagessatz|TJM|diario|dziennie'],
  hour: [
    'hour|hrs?|h|uur|timmen?|Std\\.?|Stunde|heure|hora|godz\\.?|godzin[eę]|ora|tim|t|時間?',
    'hourly|p\\.?\\s?h\\.?|ph|stündlich|Stundenlohn|godzinowo|orari[oa]|tunnilta|לשעה|بالساعة',
  ],
};

/** Period words before a figure ("annual base salary … $X", 年収, 月給, RAL). */
export const PERIOD_BEFORE: Record<Period, string> = {
  year: 'annu\\p{L}*|yearly|anual|Jahres\\p{L}*|j[äa]hrlich|RAL|jaar\\p{L}*|rocznie|årslön|年収|年俸|年薪|연봉',
  month: 'monthly|Monats\\p{L}*|monatlich|mensu\\p{L}*|mensal|maand\\p{L}*|miesi[eę]cznie|月給|月収|月薪|월급',
  week: 'weekly|週給|주급',
  day: 'daily|day\\s+rate|Tagessatz|TJM|日給|일급',
  hour: 'hourly|Stunden\\p{L}*|uurloon|stawka\\s+godzinowa|時給|시급',
};

/** Flags read near the figure: [flag, regex source]. Output keeps this order. */
export const FLAG_WORDS: [string, string][] = [
  ['ctc', 'CTC|cost\\s+to\\s+company'],
  ['equity', 'equity|[EV]?SOPs?|stock|RSUs?|share\\s+options|BSPCE|Aktienoptionen|ストックオプション'],
  ['estimate', 'est\\.|estimat\\w*|geschätzt'],
  ['gross', 'gross|brut\\p{L}*|lord[oa]|RAL'],
  ['net', '(?<!\\.)net\\w{0,2}|neto|líquido'],
  ['b2b', 'B2B|\\+\\s?VAT|faktura|PJ'],
  ['contract', 'contract\\w*|IR35|freelanc\\w*|C2C|corp[- ]to[- ]corp|1099|TJM|zlecenie|UoD'],
  ['pro_rata', 'pro[- ]?rata|FTE'],
];
export const FLAG_ORDER = [...FLAG_WORDS.map((f) => f[0]), 'period_inferred', 'currency_from_country'];

/**
 * Words saying a nearby figure is pay (raise a candidate's score, allow figures with no currency);
 * the PERIOD_BEFORE words (年収, annual, Monatsgehalt…) count too.
 */
export const PAY_WORDS =
  'sal[aá]r\\p{L}*|r[ée]mun[ée]ra\\p{L}*|pa(?:y|id|ys)|compensation|comp|wages?|rate|CTC|package|base|OTE|earn\\p{L}*|' +
  'income|\\p{L}*gehalt|Verg[üu]tung|Lohn|sueldo|wynagrodzenie|stawka|pensja|loon|stipendio|retribuzione|l[öø]nn?|palkka|給与|給料|薪资?|급여';

/** Words before a figure that make it not pay (funding, revenue, budgets, benefits). */
export const NEG_BEFORE =
  'rais\\w*|fund(?:ing|ed|raising)|series\\s+[a-h]|seed|valuation|valued|revenue|ARR|MRR|GMV|AUM|budget|invest\\w*|' +
  'backed|capital|market\\s+cap|turnover|grant|reimburs\\w*|HRA|allowance|credit|bonus(?:\\s+of|\\s*:|\\s+up\\s+to)|' +
  'sign(?:ing|-on)|relocation|fees?|price|ACV|deals?|quota|wellness|home\\s+office|one-time|match(?:ing)?|' +
  'per\\s+quarter|post\\s+a\\s+job|Umsatz';

/** Words after a figure that make it not pay. */
export const NEG_AFTER =
  'series\\s+[a-h]|seed|funding|round|valuation|revenue|ARR|MRR|GMV|AUM|in\\s+(?:sales|assets)|under\\s+management|' +
  'budget|users|quarterly|quarter|customers|downloads|stipend|allowance|credit|reimburs\\w*|' +
  '(?:sign(?:ing|-on)|joining|referral|relocation)\\s+bonus|learning|wellness|home\\s+office|Umsatz|investment|market';

/** "between X and Y": a conjunction separates a range only after one of these. */
export const BETWEEN_WORDS = 'between|zwischen|entre|tra|tussen|mi[eę]dzy|mellan|from';

/** Range separators between two figures. Conjunctions (`and`…) need a BETWEEN word before. */
export const RANGE_SEPS = '-|–|—|‒|−|~|～|〜|to|bis|à|a|au|tot|do|até|al|hasta|til';
export const RANGE_CONJ = 'and|und|et|y|e|i|en|och|og';

/** Words before a single figure making it an open bound. */
export const MAX_WORDS =
  'up\\s*to|upto|max(?:imum)?\\.?|bis\\s+zu|bis|jusqu[\'’]à|jusqu[\'’]a|hasta|até|do|fino\\s+a|tot|under|below|no\\s+more\\s+than';
export const MIN_WORDS =
  'from|start(?:ing|s)?\\s+(?:at|from)|min(?:imum)?\\.?|at\\s+least|ab|von|[àa]\\s+partir\\s+de|dès|desde|od|vanaf|' +
  'a\\s+partire\\s+da|acima\\s+de|mínimo|above|over';
/** After a single figure: open upper (`+`, 以上) or open lower (以下, まで). */
export const MIN_AFTER = '以上|~|～|〜|or\\s+more|and\\s+above|onwards';
export const MAX_AFTER = '以下|まで';
