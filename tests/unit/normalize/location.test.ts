import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  countryName,
  currencyOfCountry,
  normalizeLocation,
  regionOfCountry,
  wageAreaName,
  type LocationNorm,
} from '../../../utils/normalize/location';
import { GAZETTEER_ATTRIBUTION, GAZETTEER_COUNT } from '../../../utils/normalize/gazetteer.generated';
import { WAGE_AREA_COUNT } from '../../../utils/normalize/wage-areas.generated';
import {
  CITY_ALIASES,
  COUNTRIES,
  foldKey,
  METROS,
  US_WAGE_AREA_OVERRIDES,
  WORLD_REGIONS,
} from '../../../utils/normalize/location-tables';

interface LocationCase {
  text: string;
  siteCountry: string | null;
  city: string | null;
  metro: string | null;
  region: string | null;
  country: string | null;
  mode: string | null;
  wageArea?: string | null;
  why: string;
}

/** Tests run from the repository root (npm test, vitest). */
const cases = JSON.parse(readFileSync(resolve('tests/unit/normalize/location-cases.json'), 'utf8')) as LocationCase[];
/** The shared starting table, beside the repo. */
const SHARED_CASES = resolve(process.cwd(), '../shared/cases/locations.json');
const caseKey = (c: { text: string; siteCountry: string | null }) => `${c.text}\u0000${c.siteCountry ?? ''}`;

/** What the case table checks: several cities joined with '|' in the city column. */
function asRow(out: LocationNorm, withWageArea: boolean) {
  return {
    city: out.cities.length > 0 ? out.cities.join('|') : null,
    metro: out.metro,
    region: out.region,
    country: out.country,
    mode: out.mode,
    ...(withWageArea ? { wageArea: out.wageArea } : {}),
  };
}

describe('normalizeLocation — case table', () => {
  it.each(cases.map((c) => [`${c.text}${c.siteCountry ? ` [site ${c.siteCountry}]` : ''} — ${c.why}`, c] as const))('%s', (_name, c) => {
    const out = normalizeLocation(c.text, c.siteCountry);
    const withWageArea = c.wageArea !== undefined;
    expect(asRow(out, withWageArea)).toEqual({
      city: c.city,
      metro: c.metro,
      region: c.region,
      country: c.country,
      mode: c.mode,
      ...(withWageArea ? { wageArea: c.wageArea } : {}),
    });
    // city is the first of cities
    expect(out.city).toBe(out.cities[0] ?? null);
  });

  it('has every row of the shared case table, unchanged', () => {
    if (!existsSync(SHARED_CASES)) return; // shared/ is beside the repo in CI and on developer machines
    const shared = JSON.parse(readFileSync(SHARED_CASES, 'utf8')) as LocationCase[];
    const mine = new Map(cases.map((c) => [caseKey(c), c]));
    for (const row of shared) expect(mine.get(caseKey(row)), `missing shared row ${row.text}`).toEqual(row);
  });

  it('has at least 150 rows of its own, each with a reason, and no duplicates', () => {
    const keys = new Set(cases.map(caseKey));
    expect(keys.size).toBe(cases.length);
    const shared = existsSync(SHARED_CASES)
      ? new Set((JSON.parse(readFileSync(SHARED_CASES, 'utf8')) as LocationCase[]).map(caseKey))
      : new Set<string>();
    const own = cases.filter((c) => !shared.has(caseKey(c)));
    expect(own.length).toBeGreaterThanOrEqual(150);
    for (const c of own) expect(c.why.trim().length, c.text).toBeGreaterThan(0);
    // several US rows pin the wage area, including both halves of the Bay Area
    const pinned = cases.filter((c) => typeof c.wageArea === 'string');
    expect(pinned.length).toBeGreaterThanOrEqual(20);
    expect(pinned.map((c) => c.wageArea)).toEqual(expect.arrayContaining(['41860', '41940']));
  });
});

describe('normalizeLocation — wage areas', () => {
  it('decides the area by the city inside one metro (SF Bay Area: SF/Oakland 41860, San Jose/Mountain View 41940)', () => {
    expect(normalizeLocation('San Francisco, CA')).toMatchObject({ metro: 'SF Bay Area', wageArea: '41860' });
    expect(normalizeLocation('Oakland, CA')).toMatchObject({ metro: 'SF Bay Area', wageArea: '41860' });
    expect(normalizeLocation('San Jose, CA')).toMatchObject({ metro: 'SF Bay Area', wageArea: '41940' });
    expect(normalizeLocation('Mountain View, CA')).toMatchObject({ metro: 'SF Bay Area', wageArea: '41940' });
  });

  it('gives no wage area for state-only, country-only and non-US text', () => {
    for (const text of ['California', 'USA - Texas', 'United States', 'Remote - US', 'Bengaluru', 'London, UK', 'Toronto, ON']) {
      expect(normalizeLocation(text).wageArea, text).toBeNull();
    }
  });

  it('resolves every pinned US place of the tables to its area', () => {
    for (const [city, state, area] of US_WAGE_AREA_OVERRIDES) {
      const out = normalizeLocation(`${city}, ${state}`);
      expect({ text: `${city}, ${state}`, area: out.wageArea, region: out.region }).toEqual({
        text: `${city}, ${state}`,
        area,
        region: `US-${state}`,
      });
    }
  });

  it('names the areas as OFLC does', () => {
    expect(wageAreaName('41940')).toBe('San Jose-Sunnyvale-Santa Clara, CA');
    expect(wageAreaName('35620')).toBe('New York-Newark-Jersey City, NY-NJ');
    expect(wageAreaName('nope')).toBeNull();
    expect(WAGE_AREA_COUNT).toBe(530);
  });
});

describe('normalizeLocation — tables are consistent with the gazetteer', () => {
  it('reads every city alias as its target', () => {
    for (const [alias, display, cc] of CITY_ALIASES) {
      const out = normalizeLocation(`${alias}, ${countryName(cc) ?? cc}`);
      expect({ alias, city: out.city, country: out.country }).toEqual({ alias, city: display, country: cc });
    }
  });

  it('names each alias once (an alias is resolved alone when its key is first read)', () => {
    const keys = CITY_ALIASES.map(([alias]) => foldKey(alias));
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it('puts every metro member in its metro', () => {
    for (const metro of METROS) {
      for (const member of metro.members ?? []) {
        const name = member.split('@')[0] as string;
        const out = normalizeLocation(`${name}, ${countryName(metro.country) ?? metro.country}`);
        expect({ member, metro: out.metro }).toEqual({ member, metro: metro.name });
      }
      for (const alias of metro.aliases ?? []) {
        const out = normalizeLocation(alias);
        expect({ alias, metro: out.metro, city: out.city }).toEqual({ alias, metro: metro.name, city: null });
      }
    }
  });

  it('carries the GeoNames attribution its licence asks for', () => {
    expect(GAZETTEER_ATTRIBUTION).toMatch(/GeoNames/);
    expect(GAZETTEER_ATTRIBUTION).toMatch(/CC BY 4\.0/);
    expect(GAZETTEER_COUNT).toBeGreaterThan(10_000);
  });
});

describe('normalizeLocation — bad input', () => {
  const EMPTY: LocationNorm = { city: null, cities: [], metro: null, region: null, country: null, mode: null, wageArea: null };
  const bad: [string, unknown][] = [
    ['empty', ''],
    ['spaces', '   \n\t '],
    ['10,000 characters', 'x'.repeat(10_000)],
    ['emoji', '😀🚀🔥'],
    ['right-to-left text', 'تل أبيب'],
    ['HTML entities only', '&nbsp;&amp;&#8212;'],
    ['numbers only', '12345 67890'],
    ['markup only', '<script>alert(1)</script>'],
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['an object', { text: 'London' }],
  ];
  it.each(bad)('%s → all null, never throws', (_name, input) => {
    expect(normalizeLocation(input as string)).toEqual(EMPTY);
  });

  it('reads the start of a very long list and stays bounded', () => {
    const out = normalizeLocation('Seattle, WA; '.repeat(1000));
    expect(out).toMatchObject({ city: 'Seattle', metro: 'Seattle', region: 'US-WA', country: 'US' });
    expect(out.cities).toEqual(['Seattle']);
  });

  it('ignores an unknown or malformed site country', () => {
    for (const site of ['ZZ', '', 'usa', '🇺🇸']) {
      expect(normalizeLocation('Vienna', site)).toMatchObject({ city: 'Vienna', country: 'AT' });
    }
    expect(normalizeLocation('Vienna', 'us')).toMatchObject({ country: 'US', region: 'US-VA' });
  });

  it('never throws on arbitrary strings', () => {
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const alphabet = 'abcXYZ ,;|/-()&#<>0123456789éüßłİ؟😀\u200f\u0000Remote Hybrid London NY CA';
    for (let i = 0; i < 500; i++) {
      let s = '';
      const len = Math.floor(next() * 60);
      for (let j = 0; j < len; j++) s += alphabet[Math.floor(next() * alphabet.length)];
      const out = normalizeLocation(s, next() < 0.5 ? 'US' : null);
      expect(Array.isArray(out.cities)).toBe(true);
      expect(out.city).toBe(out.cities[0] ?? null);
    }
  });
});

describe('country helpers', () => {
  it('names, groups and prices countries', () => {
    expect(countryName('IN')).toBe('India');
    expect(countryName('gb')).toBe('United Kingdom');
    expect(countryName('XX')).toBeNull();
    expect(regionOfCountry('IN')).toBe('south-asia');
    expect(regionOfCountry('US')).toBe('north-america');
    expect(regionOfCountry('DE')).toBe('western-europe');
    expect(regionOfCountry('PL')).toBe('eastern-europe');
    expect(regionOfCountry('BR')).toBe('latam');
    expect(regionOfCountry('JP')).toBe('east-asia');
    expect(regionOfCountry('SG')).toBe('southeast-asia');
    expect(regionOfCountry('AU')).toBe('oceania');
    expect(regionOfCountry('AE')).toBe('mena');
    expect(regionOfCountry('NG')).toBe('africa');
    expect(regionOfCountry('')).toBeNull();
    expect(currencyOfCountry('IN')).toBe('INR');
    expect(currencyOfCountry('DE')).toBe('EUR');
    expect(currencyOfCountry('US')).toBe('USD');
    expect(currencyOfCountry('GB')).toBe('GBP');
    expect(currencyOfCountry('CH')).toBe('CHF');
    expect(currencyOfCountry('XX')).toBeNull();
  });

  it('covers every country with a currency code and a known world region', () => {
    expect(COUNTRIES.length).toBeGreaterThanOrEqual(249);
    const uninhabited = new Set(['AQ', 'BV', 'GS', 'HM', 'IO', 'TF']);
    for (const [a2, a3, name] of COUNTRIES) {
      expect(a2).toMatch(/^[A-Z]{2}$/);
      expect(a3).toMatch(/^[A-Z]{3}$/);
      expect(countryName(a2)).toBe(name);
      if (a2 !== 'AQ') expect(currencyOfCountry(a2), a2).toMatch(/^[A-Z]{3}$/);
      const region = regionOfCountry(a2);
      if (uninhabited.has(a2)) expect(region === null || WORLD_REGIONS.includes(region as never)).toBe(true);
      else expect(WORLD_REGIONS, a2).toContain(region);
    }
  });
});
