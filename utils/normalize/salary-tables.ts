/**
 * Data tables for `salary-text.ts`: currency symbols and codes, multipliers, period words,
 * flag words and context words, in the main languages of the job boards PayLens reads.
 *
 * Regex sources are written as alternations (no capture groups) and compiled once by
 * `salary-text.ts`. Word boundaries there are Unicode-aware lookarounds, not `\b`, so entries
 * like `år` or `mês` work. Keep entries short: these ship in the content script.
 */
import type { Period } from '../schemas';

/** ISO 4217 codes read as currencies when written out (`USD 120,000`, `18 000 PLN`). */
export const ISO_CODES =
  'USD EUR GBP INR JPY CNY KRW CAD AUD NZD SGD HKD TWD CHF SEK NOK DKK ISK PLN CZK HUF RON BGN ' +
  'RSD UAH RUB TRY ILS AED SAR QAR KWD BHD OMR EGP ZAR NGN KES GHS MAD BRL MXN ARS CLP COP PEN ' +
  'UYU IDR MYR THB PHP VND PKR LKR BDT NPR';

/**
 * Symbols and local abbreviations → ISO code. `$`, `¥`, `kr` and `Rs` are ambiguous: they map to
 * themselves and are resolved with the page's country (`AMBIGUOUS`).
 */
export const SYMBOLS: Record<string, string> = {
  'US$': 'USD', 'U$S': 'USD', 'USD$': 'USD', 'CA$': 'CAD', 'C$': 'CAD', 'CAD$': 'CAD',
  'A$': 'AUD', 'AU$': 'AUD', 'NZ$': 'NZD', 'S$': 'SGD', 'SG$': 'SGD', 'HK$': 'HKD',
  'NT$': 'TWD', 'R$': 'BRL', 'MX$': 'MXN', 'Mex$': 'MXN', 'RMB': 'CNY', 'CN¥': 'CNY',
  '€': 'EUR', '£': 'GBP', '₹': 'INR', '円': 'JPY', '元': 'CNY', '₩': 'KRW', '원': 'KRW',
  '₱': 'PHP', '₫': 'VND', '฿': 'THB', '₪': 'ILS', '₺': 'TRY', 'TL': 'TRY', '₴': 'UAH',
  'грн': 'UAH', '₽': 'RUB', 'руб': 'RUB', '₦': 'NGN', 'zł': 'PLN', 'zl': 'PLN', 'Kč': 'CZK',
  'Ft': 'HUF', 'lei': 'RON', 'Fr.': 'CHF', 'SFr.': 'CHF', 'RM': 'MYR', 'Rp': 'IDR',
  '$': '$', '¥': '¥', '￥': '¥', 'kr': 'kr', 'kr.': 'kr', 'Rs': 'Rs', 'Rs.': 'Rs', 'RS': 'Rs',
};

/** Regex source for any symbol above (longest first so `US$` wins over `$`). */
export const SYMBOL_SOURCE = Object.keys(SYMBOLS)
  .sort((a, b) => b.length - a.length)
  .map((s) => s.replace(/[$.]/g, '\\$&'))
  .join('|');

/** Ambiguous symbol → [reading without a country, "CC:CUR CC:CUR…" by page country]. */
export const AMBIGUOUS: Record<string, [string | null, string]> = {
  $: ['USD', 'CA:CAD AU:AUD NZ:NZD SG:SGD HK:HKD TW:TWD MX:MXN CL:CLP CO:COP AR:ARS UY:UYU'],
  '¥': ['JPY', 'CN:CNY'],
  kr: [null, 'SE:SEK NO:NOK DK:DKK IS:ISK'],
  Rs: ['INR', 'PK:PKR LK:LKR NP:NPR'],
};

/** Page country → its currency, used when the figure carries no currency at all. */
export const COUNTRY_CURRENCY =
  'US:USD CA:CAD GB:GBP UK:GBP IE:EUR IN:INR DE:EUR AT:EUR CH:CHF FR:EUR BE:EUR NL:EUR LU:EUR ' +
  'ES:EUR PT:EUR IT:EUR GR:EUR FI:EUR EE:EUR LV:EUR LT:EUR SK:EUR SI:EUR HR:EUR MT:EUR CY:EUR ' +
  'BG:EUR PL:PLN CZ:CZK HU:HUF RO:RON SE:SEK NO:NOK DK:DKK IS:ISK UA:UAH TR:TRY IL:ILS AE:AED ' +
  'SA:SAR QA:QAR EG:EGP ZA:ZAR NG:NGN KE:KES JP:JPY CN:CNY KR:KRW TW:TWD HK:HKD SG:SGD MY:MYR ' +
  'TH:THB ID:IDR PH:PHP VN:VND PK:PKR LK:LKR BD:BDT NP:NPR AU:AUD NZ:NZD BR:BRL MX:MXN AR:ARS ' +
  'CL:CLP CO:COP PE:PEN UY:UYU';

/**
 * Magnitudes per currency, only to read a figure that has no period word:
 * `CODE units-per-USD hourMax monthMax` — below hourMax it is hourly, below monthMax monthly,
 * else yearly (JobSpy-style thresholds, scaled to local wage levels). Units-per-USD is rough
 * on purpose: it only bounds what is a plausible salary (not for conversion; see currency.ts).
 */
export const MAGNITUDES =
  'USD 1 300 15e3|EUR 1 150 15e3|GBP 1 150 12e3|CHF 1 200 2e4|CAD 1.4 300 2e4|AUD 1.5 300 2e4|' +
  'NZD 1.7 300 2e4|SGD 1.3 300 2e4|HKD 7.8 1e3 1.5e5|TWD 32 1e3 3e5|INR 85 1e3 2e5|' +
  'JPY 150 5e3 2e6|CNY 7.2 300 8e4|KRW 1400 5e4 1.5e7|PLN 4 300 6e4|CZK 23 1e3 2e5|' +
  'HUF 360 1e4 3e6|RON 4.6 300 6e4|BGN 1.8 100 3e4|SEK 10.5 1e3 1.5e5|NOK 10.5 1e3 1.5e5|' +
  'DKK 7 1e3 1.5e5|ISK 140 1e4 2e6|UAH 41 2e3 3e5|RUB 90 3e3 5e5|TRY 35 2e3 3e5|ILS 3.7 300 6e4|' +
  'AED 3.7 300 1e5|SAR 3.75 300 1e5|QAR 3.64 300 1e5|EGP 50 1e3 3e5|ZAR 18 1e3 1.5e5|' +
  'NGN 1500 5e4 5e6|KES 130 5e3 1e6|BRL 5.5 300 6e4|MXN 18 1e3 1.5e5|ARS 1e3 5e4 1e7|' +
  'CLP 950 3e4 1e7|COP 4e3 1e5 3e7|PEN 3.7 200 4e4|IDR 16e3 2e5 1e8|MYR 4.5 300 5e4|' +
  'THB 35 1e3 3e5|PHP 57 2e3 3e5|VND 25e3 5e5 1.5e8|PKR 280 5e3 1e6|LKR 300 5e3 1e6|' +
  'BDT 110 3e3 5e5|NPR 135 3e3 5e5';

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

/** Period words after a figure (`/yr`, `an hour`, `brutto/Jahr`, `por mês`, `/mies.`…). */
export const PERIOD_AFTER: Record<Period, string> = {
  year:
    'per\\s+(?:year|annum|anum|jaar|år)|an?\\s+year|/\\s*(?:yr|y|year|Jahr|an|año|ano|jaar|rok|anno|år|vuosi)|yearly|annual(?:ly)?|' +
    'p\\.?\\s?a\\.?|pa|j[äa]hrlich|pro\\s+Jahr|im\\s+Jahr|Jahr|par\\s+an|annuel(?:le)?|par\\s+année|' +
    'al\\s+año|anual(?:es)?|por\\s+año|por\\s+ano|ao\\s+ano|jaarlijks|rocznie|na\\s+rok|' +
    'all[\'’]anno|annu[oi]|l[\'’]anno|om\\s+året|årlig|vuodessa|年',
  month:
    'per\\s+(?:month|mensem|maand|månad)|an?\\s+month|/\\s*(?:mo|mon|month|m|Monat|mois|mes|mês|maand|mies|mc|mese|mån|kk|月)|' +
    'monthly|p\\.?\\s?m\\.?|pm|monatlich|pro\\s+Monat|im\\s+Monat|mtl\\.?|Monat|par\\s+mois|mensuel(?:le)?|' +
    'al\\s+mes|mensual(?:es)?|por\\s+mes|por\\s+mês|ao\\s+mês|mensal|maandelijks|miesi[eę]cznie|' +
    'mies\\.?|na\\s+miesi[aą]c|al\\s+mese|mensile|i\\s+månaden|kuukaudessa|·\\s?\\d{2}\\s?薪|月',
  week:
    'per\\s+week|an?\\s+week|/\\s*(?:wk|week|w|Woche|semaine|semana|tydzie[nń]|settimana)|weekly|' +
    'pro\\s+Woche|wöchentlich|par\\s+semaine|por\\s+semana|semanal|tygodniowo|a\\s+settimana|週',
  day:
    'per\\s+(?:day|dag)|an?\\s+day|/\\s*(?:d|day|Tag|jour|día|dia|dag|dzie[nń]|giorno|日)|daily|p\\.?\\s?d\\.?|' +
    'pro\\s+Tag|Tagessatz|par\\s+jour|TJM|por\\s+d[ií]a|diario|dziennie|al\\s+giorno|日',
  hour:
    'per\\s+(?:hour|hr|uur|timme)|an?\\s+hour|/\\s*(?:h|hr|hrs|hour|Std\\.?|Stunde|heure|hora|uur|godz\\.?|ora|tim|t|時)|' +
    'hourly|p\\.?\\s?h\\.?|ph|pro\\s+Stunde|Std\\.|stündlich|Stundenlohn|par\\s+heure|de\\s+l[\'’]heure|' +
    'por\\s+hora|la\\s+hora|per\\s+uur|godzinowo|za\\s+godzin[eę]|all[\'’]ora|orari[oa]|i\\s+timmen|tunnilta|時間',
};

/** Period words before a figure ("annual base salary … $X", 年収, 月給, RAL). */
export const PERIOD_BEFORE: Record<Period, string> = {
  year:
    'annual(?:ly)?|yearly|per\\s+annum|Jahresgehalt|Jahres\\S*|j[äa]hrlich|RAL|annuel(?:le)?|anual|' +
    'jaarsalaris|jaarlijks|rocznie|årslön|年収|年俸|年薪|연봉',
  month: 'monthly|Monatsgehalt|monatlich|mensuel(?:le)?|mensual|mensal|maandsalaris|miesi[eę]cznie|月給|月収|月薪|월급',
  week: 'weekly|週給|주급',
  day: 'daily|day\\s+rate|Tagessatz|TJM|日給|일급',
  hour: 'hourly|Stundenlohn|Stundensatz|uurloon|stawka\\s+godzinowa|時給|시급',
};

/** Flags read near the figure: [flag, regex source]. Output keeps this order. */
export const FLAG_WORDS: [string, string][] = [
  ['ctc', 'CTC|cost\\s+to\\s+company'],
  ['equity', 'equity|ESOPs?|stock(?:\\s+options?)?|RSUs?|share\\s+options|VSOP|BSPCE|Aktienoptionen|ストックオプション'],
  ['estimate', 'est\\.|estimated?|estimate|geschätzt|estimation|estimado'],
  ['gross', 'gross|brutto|brut|brute|brutos?|bruta|lord[oa]|RAL|bruttó'],
  ['net', '(?<![.])net|netto|neto|nett|netti|nette|líquido'],
  ['b2b', 'B2B|\\+\\s?VAT|faktura|PJ'],
  ['contract', 'contract(?:or)?|IR35|freelance(?:r)?|C2C|corp[- ]to[- ]corp|1099|TJM|umowa\\s+zlecenie|zlecenie|UoD'],
  ['pro_rata', 'pro[- ]?rata|FTE'],
];
export const FLAG_ORDER = [...FLAG_WORDS.map((f) => f[0]), 'period_inferred', 'currency_from_country'];

/** Words saying a nearby figure is pay (raise a candidate's score, allow figures with no currency). */
export const PAY_WORDS =
  'salary|salaries|pay|paid|pays|compensation|comp|wages?|rate|remuneration|stipend|CTC|package|base|OTE|earn\\w*|income|' +
  'Gehalt|Verg[üu]tung|Lohn|Jahresgehalt|Bruttogehalt|salaire|r[ée]mun[ée]ration|sueldo|salario|sal[áa]rio|remunera[çc][ãa]o|' +
  'wynagrodzenie|stawka|pensja|salaris|loon|stipendio|retribuzione|RAL|lön|lønn|løn|palkka|' +
  '年収|月給|時給|日給|給与|給料|年俸|月薪|年薪|薪资|薪|연봉|월급|시급|급여';

/** Words before a figure that make it not pay (funding, revenue, budgets, benefits). */
export const NEG_BEFORE =
  'raised?|raising|funding|funded|series\\s+[a-h]|seed|valuation|valued|revenue|ARR|MRR|GMV|AUM|budget|invest\\w*|' +
  'backed|capital|market\\s+cap|turnover|grant|donat\\w*|reimburs\\w*|HRA|allowance|credit|voucher|gift|bonus(?:\\s+of|\\s*:|\\s+up\\s+to)|' +
  'sign(?:ing|-on)|relocation|referral|fees?|deposit|price|pricing|ACV|deals?|quota|loan|insurance|coverage|tuition|' +
  'wellness|one-time|match(?:ing)?|post\\s+a\\s+job|Umsatz|Finanzierung|chiffre\\s+d[\'’]affaires|levée|facturación';

/** Words after a figure that make it not pay. */
export const NEG_AFTER =
  'series\\s+[a-h]|seed|funding|round|valuation|in\\s+(?:revenue|funding|sales|ARR|capital|assets)|revenue|ARR|MRR|GMV|AUM|' +
  'under\\s+management|budget|users|per\\s+quarter|a\\s+quarter|quarterly|customers|downloads|stipend|allowance|credit|voucher|reimburs\\w*|' +
  '(?:sign(?:ing|-on)|joining|referral|relocation)\\s+bonus|learning|wellness|home\\s+office|Umsatz|valuation|investment|market';

/** "between X and Y": a conjunction separates a range only after one of these. */
export const BETWEEN_WORDS = 'between|zwischen|entre|tra|tussen|mi[eę]dzy|mellan|from';

/** Range separators between two figures. Conjunctions (`and`…) need a BETWEEN word before. */
export const RANGE_SEPS = '-|–|—|‒|−|~|～|〜|to|bis|à|a|au|tot|do|até|al|hasta|til';
export const RANGE_CONJ = 'and|und|et|y|e|i|en|och|og';

/** Words before a single figure making it an open bound. */
export const MAX_WORDS =
  'up\\s*to|upto|max(?:imum)?\\.?|bis\\s+zu|bis|jusqu[\'’]à|jusqu[\'’]a|hasta|até|do|fino\\s+a|tot|under|below|no\\s+more\\s+than';
export const MIN_WORDS =
  'from|starting\\s+(?:at|from)|starts\\s+at|min(?:imum)?\\.?|at\\s+least|ab|von|à\\s+partir\\s+de|a\\s+partir\\s+de|dès|desde|' +
  'od|vanaf|a\\s+partire\\s+da|acima\\s+de|mínimo|above|over';
/** After a single figure: open upper (`+`, 以上) or open lower (以下, まで). */
export const MIN_AFTER = '\\+|以上|~|～|〜|or\\s+more|and\\s+above|onwards';
export const MAX_AFTER = '以下|まで';
