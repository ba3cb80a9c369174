/**
 * Raw source rows → normalised observations: role family and level (utils/normalize/title),
 * employer (utils/normalize/company), world region (utils/normalize/location), and the amount
 * as a gross annual figure in the country's currency at the reference date:
 *
 *   1. the row's amount in its own currency at its own date (readers.ts did the units);
 *   2. → the country's currency with that year's average exchange rate (currency.ts); a currency
 *      without rates uses the publisher's own US-dollar figure;
 *   3. × CPI inflation of that currency's economy from the row's date to the reference date.
 */
import { convertCurrency, hasRate } from '../../../utils/normalize/currency';
import { normalizeCompany } from '../../../utils/normalize/company';
import { countryName, currencyOfCountry, regionOfCountry } from '../../../utils/normalize/location';
import { normalizeTitle, type TitleOptions } from '../../../utils/normalize/title';

/** Survey rows count for the family their title names as written (title.ts backoff off). */
const NO_BACKOFF: TitleOptions = { backoff: false };
import { dataLevelOf } from '../../../utils/estimate/levels';
import { ALL_LEVELS, type DataLevel } from '../../../utils/estimate/types';
import type { Obs } from './cells';
import {
  ANNUAL_USD_CEILING,
  ANNUAL_USD_FLOOR,
  REFERENCE_RATE_YEAR,
  REFERENCE_T,
  STACKOVERFLOW_WEIGHT,
  sourceIndex,
  type SourceId,
} from './constants';
import type { Inflation } from './inflation';
import type { RawObs } from './readers';

/** The currency a country's cells are kept in: its own when exchange rates exist, else US dollars. */
export function homeCurrency(cc: string): string {
  const c = currencyOfCountry(cc);
  return c && hasRate(c) ? c : 'USD';
}

const SO_NAME_OVERRIDES: Record<string, string> = {
  'United States of America': 'US',
  'United Kingdom of Great Britain and Northern Ireland': 'GB',
  'Russian Federation': 'RU',
  'Iran, Islamic Republic of...': 'IR',
  'Republic of Korea': 'KR',
  'South Korea': 'KR',
  "Democratic People's Republic of Korea": 'KP',
  'Viet Nam': 'VN',
  'Venezuela, Bolivarian Republic of...': 'VE',
  'Bolivia': 'BO',
  'Republic of Moldova': 'MD',
  'The former Yugoslav Republic of Macedonia': 'MK',
  'Republic of North Macedonia': 'MK',
  'United Republic of Tanzania': 'TZ',
  "Lao People's Democratic Republic": 'LA',
  'Syrian Arab Republic': 'SY',
  'Libyan Arab Jamahiriya': 'LY',
  'Hong Kong (S.A.R.)': 'HK',
  'Taiwan': 'TW',
  'Palestine': 'PS',
  'Congo, Republic of the...': 'CG',
  'Democratic Republic of the Congo': 'CD',
  "Côte d'Ivoire": 'CI',
  'Czech Republic': 'CZ',
  'Kosovo': 'XK',
  'Micronesia, Federated States of...': 'FM',
  'Nomadic': '',
};

/** Country name (as the surveys write it) → ISO 3166-1 alpha-2. */
export function countryCodeLookup(): (name: string) => string | null {
  const map = new Map<string, string>();
  const fold = (s: string) => s.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^a-z]+/g, ' ').trim();
  const display = new Intl.DisplayNames(['en'], { type: 'region' });
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const cc = String.fromCharCode(a, b);
      const ours = countryName(cc);
      if (ours) map.set(fold(ours), cc);
      let intl: string | undefined;
      try {
        intl = display.of(cc);
      } catch {
        intl = undefined;
      }
      if (intl && intl !== cc && !map.has(fold(intl))) map.set(fold(intl), cc);
    }
  }
  for (const [name, cc] of Object.entries(SO_NAME_OVERRIDES)) map.set(fold(name), cc);
  return (name) => map.get(fold(name)) || null;
}

export interface NormaliseReport {
  /** per source: reason → rows dropped */
  dropped: Record<string, Record<string, number>>;
  kept: Record<string, number>;
  companyNames: Record<string, string>;
  /** observations per family (after normalisation) */
  families: Record<string, number>;
}

export interface Normaliser {
  (raw: RawObs): Obs | null;
  report: NormaliseReport;
}

/** SOC → family for H-1B rows whose title the normaliser does not place. */
export type FamilyOfSoc = (soc: string) => string | null;

export function makeNormaliser(inflation: Inflation, familyOfSoc: FamilyOfSoc): Normaliser {
  const report: NormaliseReport = { dropped: {}, kept: {}, companyNames: {}, families: {} };
  let counted = true;
  const drop = (source: SourceId, reason: string) => {
    if (!counted) return null;
    const d = (report.dropped[source] ??= {});
    d[reason] = (d[reason] ?? 0) + 1;
    return null;
  };
  const titles = new Map<string, ReturnType<typeof normalizeTitle>>();
  const companies = new Map<string, ReturnType<typeof normalizeCompany>>();
  const usdPerHome = new Map<string, number | null>();

  const fn = ((raw: RawObs): Obs | null => {
    counted = raw.primary !== false;
    const tkey = `${raw.title}\u0001${raw.employer ?? ''}`;
    let title = titles.get(tkey);
    if (!title) titles.set(tkey, (title = normalizeTitle(raw.title, raw.employer ?? undefined, null, NO_BACKOFF)));
    const family = title.family ?? (raw.soc ? familyOfSoc(raw.soc) : null);
    if (!family) return drop(raw.source, 'role not recognised');

    let level: DataLevel | null = raw.level;
    if (raw.levelFromTitle) {
      const l = dataLevelOf(title.level);
      level = l === ALL_LEVELS ? null : l;
    }

    const home = homeCurrency(raw.country);
    const year = Math.floor(raw.t);
    let amount: number | null = null;
    if (hasRate(raw.currency) && hasRate(home)) amount = convertCurrency(raw.amount, raw.currency, home, year);
    else if (raw.currency === home) amount = raw.amount;
    else if (raw.usd !== null) amount = home === 'USD' ? raw.usd : convertCurrency(raw.usd, 'USD', home, year);
    if (amount === null || !(amount > 0)) return drop(raw.source, 'currency without exchange rates');

    if (raw.source === 'stackoverflow' && raw.usd !== null && hasRate(raw.currency)) {
      // Stack Overflow's own conversion disagreeing with ours means a mistyped period or currency
      const ours = convertCurrency(raw.amount, raw.currency, 'USD', year);
      if (ours === null || ours / raw.usd > 1.5 || ours / raw.usd < 1 / 1.5) {
        return drop(raw.source, "inconsistent with Stack Overflow's own USD conversion");
      }
    }

    amount *= inflation.factor(home, raw.t, REFERENCE_T);
    let rate = usdPerHome.get(home);
    if (rate === undefined) usdPerHome.set(home, (rate = convertCurrency(1, home, 'USD', REFERENCE_RATE_YEAR)));
    const usd = rate === null ? null : amount * rate;
    if (usd !== null && (usd < ANNUAL_USD_FLOOR || usd > ANNUAL_USD_CEILING)) {
      return drop(raw.source, `outside ${ANNUAL_USD_FLOOR}–${ANNUAL_USD_CEILING} USD a year`);
    }

    let company: string | null = null;
    if (raw.employer) {
      let c = companies.get(raw.employer);
      if (!c) companies.set(raw.employer, (c = normalizeCompany(raw.employer)));
      company = c.id || null;
      if (company && !report.companyNames[company]) report.companyNames[company] = c.name ?? company;
    }

    if (counted) {
      report.kept[raw.source] = (report.kept[raw.source] ?? 0) + 1;
      report.families[family] = (report.families[family] ?? 0) + 1;
    }
    return {
      source: sourceIndex(raw.source),
      family,
      level,
      country: raw.country,
      region: regionOfCountry(raw.country),
      state: raw.state,
      city: raw.city ?? null,
      company,
      basis: raw.basis,
      kind: raw.source === 'lca' ? 'offered-floor' : 'salaries',
      currency: home,
      ln: Math.log(amount),
      weight: raw.source === 'stackoverflow' ? STACKOVERFLOW_WEIGHT : 1,
    };
  }) as Normaliser;
  fn.report = report;
  return fn;
}

/**
 * Stack Overflow's tails are heavy: per country (from 50 rows), rows outside its P2–P98 are
 * dropped before they join any cell.
 */
export function trimStackOverflowTails(obs: Obs[], soIndex: number): { kept: Obs[]; dropped: number } {
  const byCountry = new Map<string, number[]>();
  for (const o of obs) if (o.source === soIndex) (byCountry.get(o.country) ?? byCountry.set(o.country, []).get(o.country)!).push(o.ln);
  const bounds = new Map<string, [number, number]>();
  for (const [cc, xs] of byCountry) {
    if (xs.length < 50) continue;
    const s = [...xs].sort((a, b) => a - b);
    const q = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.round(p * (s.length - 1))))]!;
    bounds.set(cc, [q(0.02), q(0.98)]);
  }
  let dropped = 0;
  const kept = obs.filter((o) => {
    if (o.source !== soIndex) return true;
    const b = bounds.get(o.country);
    if (!b || (o.ln >= b[0] && o.ln <= b[1])) return true;
    dropped++;
    return false;
  });
  return { kept, dropped };
}
