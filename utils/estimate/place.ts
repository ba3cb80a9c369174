/**
 * The human wording of each scope the estimator answers for ("in the SF Bay Area",
 * "industry-wide, scaled to Germany"). Where a posting is comes resolved (utils/normalize/place.ts).
 */
import { countryName } from '../normalize/location';

export type { Place } from '../normalize/place';

const REGION_NAMES: Readonly<Record<string, string>> = {
  'north-america': 'North America',
  latam: 'Latin America',
  'western-europe': 'Western Europe',
  'eastern-europe': 'Eastern Europe',
  mena: 'the Middle East and North Africa',
  africa: 'Africa',
  'south-asia': 'South Asia',
  'east-asia': 'East Asia',
  'southeast-asia': 'Southeast Asia',
  oceania: 'Oceania',
};

/** Countries whose English name reads with "the". */
const THE_COUNTRIES = new Set(['US', 'GB', 'NL', 'AE', 'PH', 'CZ', 'DO', 'BS', 'GM', 'CF', 'CD', 'KM', 'MV', 'MH', 'SB', 'VA']);

const scaled = (cc: string | null) => (cc ? `, scaled to ${countryName(cc) ?? cc}` : '');

export const label = {
  /**
   * "industry-wide"; "industry-wide, scaled to Germany" when scaled by the country's pay index;
   * "industry-wide, at US pay levels" when the posting's country is unknown (the pooled cells are US-equivalent).
   */
  global: (scaledTo: string | null = null, countryKnown = true, region: string | null = null) =>
    `industry-wide${scaledTo ? scaled(scaledTo) : region ? `, scaled to ${REGION_NAMES[region] ?? region}` : countryKnown ? '' : ', at US pay levels'}`,
  region: (region: string, scaledTo: string | null = null) => `in ${REGION_NAMES[region] ?? region}${scaled(scaledTo)}`,
  country: (cc: string) => `in ${THE_COUNTRIES.has(cc) ? 'the ' : ''}${countryName(cc) ?? cc}`,
  state: (name: string) => `in ${name}`,
  /** "in the Seattle area", "in the SF Bay Area", "in the Northwest Alabama nonmetropolitan area" */
  metro: (metro: string | null, areaName: string | null) => {
    if (metro) return /\barea$/i.test(metro) ? `in the ${metro}` : `in the ${metro} area`;
    if (!areaName) return 'in this area';
    if (/nonmetropolitan area$/i.test(areaName)) return `in the ${areaName}`;
    const first = areaName.split(/[-,]/)[0]!.trim();
    return `in the ${first} area`;
  },
  /** "US figure scaled by Germany's average earnings, ILOSTAT 2021" (a US statistic placed on the country's wage level) */
  scaledUs: (cc: string, year: number) => `US figure scaled by ${THE_COUNTRIES.has(cc) ? 'the ' : ''}${countryName(cc) ?? cc}'s average earnings, ILOSTAT ${year}`,
  company: (company: string, stateName: string | null) => `at ${company}${stateName ? `, ${stateName}` : ''}`,
} as const;
