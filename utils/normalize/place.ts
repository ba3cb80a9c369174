/**
 * Where a posting is: the first location of a multi-location posting, the country a remote
 * posting names (else the site's, else the user's), resolved once by normalizePosting
 * (utils/normalize/posting.ts) and read by the estimator as it is.
 */
import type { WorkMode } from '../schemas';
import { normalizeLocation, regionOfCountry, type LocationNorm } from './location';

export interface Place {
  country: string | null;
  /** world region (regionOfCountry) */
  region: string | null;
  /** ISO 3166-2 state/province ("US-CA") */
  state: string | null;
  /** DOL wage area for US places */
  wageArea: string | null;
  /** the normaliser's metro name ("SF Bay Area", "Seattle") */
  metro: string | null;
  /** the first city named ("Lviv"); null for remote postings */
  city: string | null;
  remote: boolean;
}

const ALTERNATIVES_RE = /\s*(?:[;|•·\n]|\bor\b)\s*/i;

/**
 * Blocs a remote posting may name instead of a country ("European Union (Remote)"), with the
 * world region whose pay they stand for. Ambiguous ones (EMEA, APAC, "Asia") are left out: for
 * them the estimate stays industry-wide and says so.
 */
const BLOC_REGIONS: readonly (readonly [RegExp, string])[] = [
  [/\b(eastern europe|cee)\b/i, 'eastern-europe'],
  [/\b(european union|eu|eea|europe|western europe|central europe|dach|benelux|nordics?)\b/i, 'western-europe'],
  [/\b(latam|lata|latin america|south america|central america)\b/i, 'latam'],
  [/\b(north america|usa? ?(&|and|\/)? ?canada)\b/i, 'north-america'],
  [/\b(mena|middle east|gcc)\b/i, 'mena'],
  [/\b(sub[- ]saharan africa|africa)\b/i, 'africa'],
  [/\b(anz|oceania)\b/i, 'oceania'],
];

/** The world region a bloc named in the text stands for, if it names one. */
export function blocRegion(text: string): string | null {
  if (/\bemea\b/i.test(text)) return null;
  return BLOC_REGIONS.find(([re]) => re.test(text))?.[1] ?? null;
}

/** The first of several places ("San Francisco, CA; New York, NY" → San Francisco). */
function firstPlace(text: string, loc: LocationNorm, siteCountry: string | null): LocationNorm {
  const several = loc.cities.length > 1 || loc.country === null;
  if (!several) return loc;
  const first = text.split(ALTERNATIVES_RE).find((part) => part.trim() !== '');
  if (first && first !== text) {
    const one = normalizeLocation(first, loc.country ?? siteCountry);
    if (one.country && one.cities.length <= 1) return { ...one, mode: loc.mode ?? one.mode };
  }
  if (loc.country === null) {
    // "Netherlands - Spain": places side by side in one alternative
    const head = text.split(/\s+[-–]\s+|,/)[0];
    if (head && head !== text) {
      const one = normalizeLocation(head, siteCountry);
      if (one.country) return { ...one, mode: loc.mode ?? one.mode };
    }
  }
  const city = loc.cities[0];
  if (city) {
    const context = loc.region?.startsWith(`${loc.country}-`) ? `, ${loc.region.slice(3)}` : '';
    const one = normalizeLocation(`${city}${context}`, loc.country ?? siteCountry);
    if (one.country) return { ...one, mode: loc.mode ?? one.mode };
  }
  return loc;
}

/**
 * The place a posting (or a submission) is paid for. `mode` is the work mode the page stated
 * (JobPosting.mode); a location text that says "Remote" counts as remote too.
 */
export function resolvePlace(
  location: string | null | undefined,
  siteCountry: string | null | undefined,
  userCountry: string | null | undefined,
  mode: WorkMode | null = null,
): Place {
  const text = (location ?? '').trim();
  let loc: LocationNorm | null = text ? normalizeLocation(text, siteCountry ?? null) : null;
  if (loc) loc = firstPlace(text, loc, siteCountry ?? null);
  const remote = loc?.mode === 'remote' || mode === 'remote';
  // A posting that names a bloc and no country ("European Union (Remote)") pays at that region's
  // level: the user's own country counts only when it lies in the bloc.
  const bloc = loc?.country ? null : blocRegion(text);
  const user = userCountry?.toUpperCase() ?? null;
  const userFits = user !== null && (!bloc || regionOfCountry(user) === bloc);
  const country = (loc?.country ?? siteCountry ?? ((remote || !loc) && userFits ? user : null) ?? null)?.toUpperCase() ?? null;
  const sameCountry = loc?.country === country;
  return {
    country,
    region: country ? regionOfCountry(country) : bloc,
    state: sameCountry && loc?.region && country && loc.region.startsWith(`${country}-`) ? loc.region : null,
    // a remote posting is paid for the country (or state) it names, not a city
    wageArea: !remote && sameCountry ? (loc?.wageArea ?? null) : null,
    metro: !remote && sameCountry ? (loc?.metro ?? null) : null,
    city: !remote && sameCountry ? (loc?.city ?? null) : null,
    remote,
  };
}
