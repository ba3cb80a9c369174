/**
 * The estimator core: a posting (title, company, location, posted salary) → an Estimate, over a
 * CellSource. Pure apart from reading cells: no clocks, no globals, no I/O of its own.
 *
 * The walk, most specific first (scope.tier):
 *   1 company × role × US state — H-1B offered wage floors (labelled so by the source name)
 *   2 role × level × metro      — DOL OFLC wage-area statistics × the level ratio
 *   3 role × level × US state   — DOL OFLC, the state's areas
 *   4 role × level × country    — surveys
 *   5 role × country            — surveys × the level ratio
 *   6 role (× level) × region   — surveys
 *   7 role (× level) global     — surveys ("industry-wide")
 * Each survey cell is blended with its parent's prediction by empirical-Bayes shrinkage
 * (weight τ²/(τ² + v), v the cell median's sampling variance, τ² learned per link at build
 * time), so thin cells borrow strength. Level ratios, metro indexes and company premiums are the
 * learned multipliers of dataset-meta.json. A scope is used only if its own cell meets the
 * evidence rule (≥ 5 deduplicated salaries, or an official statistic); the user's submissions
 * then join it (never alone).
 */
import { convertCurrency, fromAnnual, RATES_AS_OF } from '../normalize/currency';
import { currencyOfCountry } from '../normalize/location';
import { FAMILY_DEFS } from '../normalize/title-tables';
import type { NotARole, ResolvedQuery, ResolvedSubmission } from '../normalize/posting';
import type { Estimate, EstimateOk, RoleRef, Submission } from '../schemas';
import { chooseDisplay, roundForDisplay, toDisplay } from './display';
import { dataLevelFromYears, dataLevelOf, ROLE_LEVEL_OF } from './levels';
import { label, type Place } from './place';
import { scaleFromUs } from './wage-level';
import { mix, shift, shrink, type LogDist } from './stats';
import {
  ALL_LEVELS,
  cellKey,
  EVIDENCE_MIN_N,
  geoKey,
  type Basis,
  type CellKind,
  type CellSource,
  type DataLevel,
  type DatasetCell,
  type DatasetMeta,
  type EstimateNotes,
  type EstimateOptions,
} from './types';
import { postedBasis, verdictFor } from './verdict';

type ScopeKind = EstimateOk['scope']['kind'];
type Lvl = DataLevel | typeof ALL_LEVELS;

/** Role family → its group (tech, office, care, frontline), for the official pay indexes. */
const GROUP_OF_FAMILY = new Map<string, string>(FAMILY_DEFS.map((d) => [d.family, d.group]));

/** Weight of an official statistic when the user's own salaries join it (as if this many salaries). */
export const MINE_OFFICIAL_WEIGHT = 100;
/**
 * A survey cell with fewer salaries than this keeps at most n ÷ SURVEY_MIN_N of its own figure
 * against its parent's (the country's official figure, or the role's figure scaled by the
 * country's pay level): five salaries move the figure a quarter of the way, never all of it.
 */
export const SURVEY_MIN_N = 20;
/** A parent's sources are listed when it carries at least this share of the blended figure. */
const PARENT_SHARE_LISTED = 0.1;

/** A figure on its way down the walk: log-space distribution in `currency`, with its provenance. */
interface Est {
  d: LogDist;
  currency: string;
  sources: Set<number>;
  keys: string[];
  /** the share of the figure its own (first) cell carries against its prior; 1 when unblended */
  weight?: number;
}

interface Candidate {
  tier: number;
  kind: ScopeKind;
  label: string;
  est: Est;
  basis: Basis;
  cellKind: CellKind;
  /** the scope cell's deduplicated salaries (null: official statistic) */
  n: number | null;
  level: Lvl;
  /** the level ratio came from the pooled families, not this family's own data */
  pooledRatio: boolean;
  /** metro figure from the country's cell × the area's index (no cell of its own) */
  viaIndex: boolean;
  /** a US figure placed on the country's wage level (no figure of the country's own) */
  scaledUs?: boolean;
  geo: string;
  company: string | null;
}

interface Ctx {
  family: string;
  level: Lvl;
  ratio: number;
  pooledRatio: boolean;
  place: Place;
  companyId: string | null;
  companyName: string | null;
  meta: DatasetMeta;
  logRate: (from: string, to: string) => number;
  /** ln pay level of the posting's country vs the US (region and global cells are US-equivalent) */
  payIndex: { value: number; scaledTo: string | null };
}

const toDist = (c: DatasetCell): LogDist => ({
  m: c.logP50,
  lo: Math.max(0, c.logP50 - c.logP25),
  hi: Math.max(0, c.logP75 - c.logP50),
  nEff: c.kind === 'statistic' ? null : (c.nEff ?? c.n ?? 1),
});

const fromCell = (c: DatasetCell): Est => ({ d: toDist(c), currency: c.currency, sources: new Set(c.sources), keys: [c.key] });

const moved = (e: Est | null, by: number): Est | null => (e ? { ...e, d: shift(e.d, by) } : null);

/** The learned level ratio for a family (its own, else the pooled one); null when no data has the level. */
export function levelRatio(meta: DatasetMeta, family: string, level: Lvl): { ratio: number; pooled: boolean } | null {
  if (level === ALL_LEVELS) return { ratio: 0, pooled: false };
  const own = meta.learned.levelRatios[family]?.[level];
  if (own !== undefined) return { ratio: own, pooled: false };
  const pooled = meta.learned.levelRatios._default?.[level];
  return pooled !== undefined ? { ratio: pooled, pooled: true } : null;
}

/**
 * The posting's pay level relative to the US: its country's index, else its region's; none for
 * the US or an unknown country (then region/global figures are US-equivalent, said in the label).
 */
export function payIndexOf(meta: DatasetMeta, place: Place, family: string | null = null): { value: number; scaledTo: string | null } {
  const { countryIndex = {}, regionIndex = {} } = meta.learned;
  // A bloc with no country ("EU, remote"): the region's own level.
  if (!place.country) return { value: (place.region ? regionIndex[place.region] : undefined) ?? 0, scaledTo: null };
  if (place.country === 'US') return { value: 0, scaledTo: null };
  const official = meta.learned.officialIndex?.[place.country];
  if (official) {
    const value = (family ? official[GROUP_OF_FAMILY.get(family) ?? '_all'] : undefined) ?? official._all;
    if (value !== undefined) return { value, scaledTo: place.country };
  }
  const own = countryIndex[place.country];
  if (own !== undefined) return { value: own, scaledTo: place.country };
  const regional = place.region ? regionIndex[place.region] : undefined;
  return regional !== undefined ? { value: regional, scaledTo: place.country } : { value: 0, scaledTo: null };
}

/** The survey metro cell of a place outside the DOL areas ("m:UA:Kyiv"), if it names one. */
function cityGeo(place: Place): string | null {
  const name = place.metro ?? place.city;
  return !place.wageArea && place.country && place.country !== 'US' && name ? geoKey.city(place.country, name) : null;
}

/**
 * Where an employer's salaries (crowd cells keyed by company id) may sit for a place, most
 * specific first: its metro (a DOL wage area, or a metro elsewhere), then its country.
 */
function companyGeos(place: Place): string[] {
  const geos: string[] = [];
  if (place.wageArea) geos.push(geoKey.metro(place.wageArea));
  const city = cityGeo(place);
  if (city) geos.push(city);
  if (place.country) geos.push(geoKey.country(place.country));
  return geos;
}

/** All cell keys a walk may read, so a source can fetch them in one batch. */
function keysFor(ctx: Ctx, basis: Basis): string[] {
  const { family: f, level: l, place } = ctx;
  const k = (level: string, geo: string, company = '') => cellKey(f, level, geo, company, basis);
  const levels = l === ALL_LEVELS ? [ALL_LEVELS] : [l, ALL_LEVELS];
  const geos: string[] = [geoKey.global];
  if (place.region) geos.push(geoKey.region(place.region));
  if (place.country) geos.push(geoKey.country(place.country));
  const keys: string[] = [];
  for (const level of levels) for (const geo of geos) keys.push(k(level, geo));
  const stat = ctx.meta.statFamily[f] ?? f;
  const ks = (geo: string) => cellKey(stat, ALL_LEVELS, geo, '', basis);
  if (place.wageArea) {
    keys.push(ks(geoKey.metro(place.wageArea)));
    // salaries at a US metro (crowd cells), refining the DOL statistic there
    for (const level of levels) keys.push(k(level, geoKey.metro(place.wageArea)));
  }
  const city = cityGeo(place);
  if (city) for (const level of levels) keys.push(k(level, city));
  if (place.country) keys.push(ks(geoKey.country(place.country)), k(ALL_LEVELS, geoKey.official(place.country)), ks(geoKey.official(place.country)));
  // the US national statistic, placed on the country's wage level where nothing of its own answers
  if (place.country && place.country !== 'US' && ctx.meta.wageLevel?.countries[place.country]) keys.push(ks(geoKey.country('US')));
  if (city) keys.push(ks(city));
  if (ctx.companyId) for (const geo of companyGeos(place)) for (const level of levels) keys.push(k(level, geo, ctx.companyId));
  if (place.state) {
    keys.push(ks(geoKey.state(place.state)));
    if (!place.state.startsWith('US-')) keys.push(k(ALL_LEVELS, geoKey.state(place.state)));
    if (ctx.companyId) for (const level of levels) {
      keys.push(k(level, geoKey.state(place.state), ctx.companyId));
      keys.push(k(level, geoKey.state(place.state), '*'));
    }
  }
  return keys;
}

/** The walk for one basis: the most specific supported scope, blended with its parents. */
function walk(ctx: Ctx, basis: Basis, cells: ReadonlyMap<string, DatasetCell>): Candidate | null {
  const { family, level, ratio, place, meta } = ctx;
  const tau = meta.learned.tau2;
  const get = (lvl: string, geo: string, company = '') => cells.get(cellKey(family, lvl, geo, company, basis));
  // DOL statistics are per occupation: families sharing a SOC code read the same cells
  const statFamily = meta.statFamily[family] ?? family;
  const getStat = (geo: string) => {
    const c = cells.get(cellKey(statFamily, ALL_LEVELS, geo, '', basis));
    return c?.kind === 'statistic' ? c : undefined;
  };
  const convert = (e: Est, to: string): Est =>
    e.currency === to ? e : { ...e, currency: to, d: shift(e.d, ctx.logRate(e.currency, to)) };
  /** `cell` shrunk towards `prior`; `thin`: a survey cell under SURVEY_MIN_N salaries keeps at most n ÷ SURVEY_MIN_N. */
  const withPrior = (cell: DatasetCell, prior: Est | null, tau2: number, thin = false): Est => {
    const own = fromCell(cell);
    if (!prior || own.d.nEff === null) return own;
    const p = convert(prior, cell.currency);
    let { dist, weight } = shrink(own.d, p.d, tau2);
    const cap = thin && cell.n !== null && cell.n < SURVEY_MIN_N ? cell.n / SURVEY_MIN_N : 1;
    if (weight > cap) {
      weight = cap;
      dist = mix(own.d, p.d, cap);
    }
    const share = 1 - weight;
    return {
      d: dist,
      weight,
      currency: cell.currency,
      sources: share >= PARENT_SHARE_LISTED ? new Set([...own.sources, ...p.sources]) : own.sources,
      keys: share >= PARENT_SHARE_LISTED ? [...own.keys, ...p.keys] : own.keys,
    };
  };
  const specific = level !== ALL_LEVELS;
  const base = { basis, level, pooledRatio: specific && ctx.pooledRatio, viaIndex: false, company: null };

  // survey chain: global → region → country, each at all levels then at the level
  // region and global cells hold US-equivalent pay: scaled to the country's pay index
  const g0 = get(ALL_LEVELS, geoKey.global);
  const gl = specific ? get(level, geoKey.global) : undefined;
  const G = g0 ? fromCell(g0) : null;
  const GL = !specific ? G : gl ? withPrior(gl, moved(G, ratio), tau.globalLevel) : moved(G, ratio);
  const r0 = place.region ? get(ALL_LEVELS, geoKey.region(place.region)) : undefined;
  const rl = specific && place.region ? get(level, geoKey.region(place.region)) : undefined;
  const R = r0 ? withPrior(r0, G, tau.region, true) : null;
  const RL = !specific ? R : rl ? withPrior(rl, moved(R, ratio) ?? GL, tau.regionLevel, true) : moved(R, ratio);
  // a country's prior: its region's figure, or the role's global one where the region is thin too
  // (its rows are mostly the country's own), scaled by the country's pay level
  const regionPrior = r0 && (r0.n ?? 0) >= SURVEY_MIN_N ? R : G;
  const payIndex = ctx.payIndex;
  const c0 = place.country ? (get(ALL_LEVELS, geoKey.country(place.country)) ?? getStat(geoKey.country(place.country))) : undefined;
  const cl = specific && place.country ? get(level, geoKey.country(place.country)) : undefined;
  const C = c0 ? withPrior(c0, moved(regionPrior ?? R ?? G, payIndex.value), tau.country, true) : null;
  const CL = !specific
    ? C
    : cl
      ? withPrior(cl, moved(C, ratio) ?? moved(RL ?? GL, payIndex.value), tau.countryLevel, true)
      : moved(C, ratio);

  // The level ratio for US places below the country: the country's own level vs all-levels
  // figures where it has both (level ratios differ between countries), else the learned one.
  const local = specific && cl && c0 && CL && C ? { ratio: CL.d.m - C.d.m, pooled: false } : { ratio, pooled: ctx.pooledRatio };
  const below = { ...base, pooledRatio: specific && local.pooled };

  // 1 · company × role × place: salaries at this employer (crowd cells), most specific place
  // first, shrunk towards the market figure for the place × the employer's learned premium
  if (ctx.companyId) {
    for (const geo of companyGeos(place)) {
      const kl = specific ? get(level, geo, ctx.companyId) : undefined;
      const k0 = get(ALL_LEVELS, geo, ctx.companyId);
      const cell = (kl ?? k0)?.kind === 'salaries' ? (kl ?? k0)! : undefined;
      if (!cell) continue;
      const market = walk({ ...ctx, companyId: null }, basis, cells);
      const premium = meta.learned.companyPremium[ctx.companyId]?.logRatio ?? 0;
      const prior = market ? moved(market.est, premium) : null;
      const est = kl ? withPrior(cell, prior, tau.company) : moved(withPrior(cell, moved(prior, -local.ratio), tau.company), local.ratio)!;
      const where = geo.startsWith('c:') ? label.country(place.country!) : label.metro(place.metro ?? place.city, meta.areaNames[place.wageArea ?? ''] ?? null);
      return {
        ...below,
        pooledRatio: !kl && below.pooledRatio,
        tier: 1,
        kind: 'company',
        label: `${label.company(ctx.companyName ?? meta.companyNames[ctx.companyId] ?? ctx.companyId, null)} ${where}`,
        est,
        cellKind: cell.kind,
        n: cell.n,
        geo,
        company: ctx.companyId,
      };
    }
  }

  // 1 · company × role × US state (H-1B offered floors)
  if (ctx.companyId && place.state) {
    const geo = geoKey.state(place.state);
    const kl = specific ? get(level, geo, ctx.companyId) : undefined;
    const k0 = get(ALL_LEVELS, geo, ctx.companyId);
    const ml = specific ? get(level, geo, '*') : undefined;
    const m0 = get(ALL_LEVELS, geo, '*');
    const premium = meta.learned.companyPremium[ctx.companyId]?.logRatio ?? 0;
    const M0 = m0 ? fromCell(m0) : null;
    let est: Est | null = null;
    let cell: DatasetCell | undefined;
    if (kl) {
      cell = kl;
      const market = ml ? withPrior(ml, moved(M0, local.ratio), tau.companyLevel) : moved(M0, local.ratio);
      est = withPrior(kl, moved(market, premium), tau.company);
    } else if (k0) {
      cell = k0;
      est = moved(withPrior(k0, moved(M0, premium), tau.company), local.ratio);
    }
    if (est && cell) {
      const stateName = meta.stateNames[place.state] ?? null;
      return {
        ...below,
        pooledRatio: !kl && below.pooledRatio,
        tier: 1,
        kind: 'company',
        label: label.company(ctx.companyName ?? meta.companyNames[ctx.companyId] ?? ctx.companyId, stateName),
        est,
        cellKind: cell.kind,
        n: cell.n,
        geo,
        company: ctx.companyId,
      };
    }
  }

  // 2 · role × level × metro (DOL wage area)
  if (place.wageArea) {
    const geo = geoKey.metro(place.wageArea);
    const areaLabel = label.metro(place.metro, meta.areaNames[place.wageArea] ?? null);
    const m = getStat(geo);
    if (m) {
      const official = moved(fromCell(m), local.ratio)!;
      // salaries at the metro (shared by PayLens users) refine the statistic, never replace it on
      // a handful of rows: under SURVEY_MIN_N they keep at most n ÷ SURVEY_MIN_N of the figure
      const sl = specific ? get(level, geo) : undefined;
      const s0 = get(ALL_LEVELS, geo);
      const survey = sl?.kind === 'salaries' ? sl : s0?.kind === 'salaries' ? s0 : undefined;
      if (survey) {
        const est = survey === sl ? withPrior(survey, official, tau.metro, true) : moved(withPrior(survey, fromCell(m), tau.metro, true), local.ratio)!;
        // the badge counts the salaries only where they carry the figure; else it rests on the statistic
        const carries = (est.weight ?? 1) >= 0.5;
        return {
          ...below,
          pooledRatio: survey !== sl && below.pooledRatio,
          tier: 2,
          kind: 'metro',
          label: areaLabel,
          est,
          cellKind: carries ? survey.kind : m.kind,
          n: carries ? survey.n : m.n,
          geo,
        };
      }
      return { ...below, tier: 2, kind: 'metro', label: areaLabel, est: official, cellKind: m.kind, n: m.n, geo };
    }
    const index = meta.learned.metroIndex[place.wageArea];
    const countryCell = cl ?? c0;
    if (index !== undefined && CL && countryCell && place.country === 'US') {
      return {
        ...base,
        tier: 2,
        kind: 'metro',
        label: areaLabel,
        est: moved(convert(CL, 'USD'), index)!,
        cellKind: countryCell.kind,
        n: countryCell.n,
        viaIndex: true,
        geo,
      };
    }
  }

  // 2–5 · official statistics of the posting's country (UK, Canada, Singapore, Australia): the
  // figure rests on them, at the finest place they have (Canadian economic region → province →
  // country); the country's survey cells refine only the level (their level ÷ all-levels ratio)
  // (a family sharing its SOC code with another uses that family's figures, as with DOL's)
  const getOfficial = (geo: string) => {
    const c = get(ALL_LEVELS, geo) ?? (statFamily !== family ? cells.get(cellKey(statFamily, ALL_LEVELS, geo, '', basis)) : undefined);
    return c?.kind === 'statistic' ? c : undefined;
  };
  const official = place.country ? getOfficial(geoKey.official(place.country)) : undefined;
  if (official && place.country) {
    // An official median is the median worker's pay, which stands for the mid level (a survey's
    // all-levels median leans senior): other levels move by their learned ratio to mid.
    const mid = specific ? levelRatio(meta, family, 'mid') : null;
    const shiftBy = specific && mid ? ratio - mid.ratio : 0;
    const refine = (cell: DatasetCell): Est => moved(fromCell(cell), shiftBy)!;
    const cityKey = cityGeo(place);
    const inCity = cityKey ? getOfficial(cityKey) : undefined;
    const inState = place.state ? getOfficial(geoKey.state(place.state)) : undefined;
    const where = inCity
      ? { tier: 2, kind: 'metro' as const, label: label.metro(place.metro ?? place.city, null), cell: inCity, geo: cityKey! }
      : inState
        ? { tier: 3, kind: 'state' as const, label: label.state(meta.stateNames[place.state!] ?? place.state!), cell: inState, geo: geoKey.state(place.state!) }
        : { tier: 4, kind: 'country' as const, label: label.country(place.country), cell: official, geo: geoKey.official(place.country) };
    return {
      ...base,
      pooledRatio: specific && ctx.level !== 'mid' && ctx.pooledRatio,
      tier: where.tier,
      kind: where.kind,
      label: where.label,
      est: refine(where.cell),
      cellKind: 'statistic',
      n: null,
      geo: where.geo,
    };
  }

  // 2 · role × level × another metro (surveys that name the city), shrunk towards the country
  const city = cityGeo(place);
  const m0 = city ? get(ALL_LEVELS, city) : undefined;
  if (city && m0 && c0) {
    const ml = specific ? get(level, city) : undefined;
    const M0 = withPrior(m0, C, tau.metro, true);
    const localRatio = cl && CL && C ? CL.d.m - C.d.m : ratio;
    const est = ml ? withPrior(ml, moved(M0, localRatio), tau.countryLevel, true) : moved(M0, localRatio)!;
    const cell = ml ?? m0;
    return {
      ...base,
      pooledRatio: !ml && !cl && base.pooledRatio,
      tier: 2,
      kind: 'metro',
      label: label.metro(place.metro ?? place.city, null),
      est,
      cellKind: cell.kind,
      n: cell.n,
      geo: city,
    };
  }

  // 3 · role × level × US state (DOL wage areas of the state)
  if (place.state) {
    const s = getStat(geoKey.state(place.state));
    if (s) {
      return {
        ...below,
        tier: 3,
        kind: 'state',
        label: label.state(meta.stateNames[place.state] ?? place.state),
        est: moved(fromCell(s), local.ratio)!,
        cellKind: s.kind,
        n: s.n,
        geo: geoKey.state(place.state),
      };
    }
  }

  // 4–5 · country
  if (place.country && CL && (cl || c0)) {
    const cell = (cl ?? c0)!;
    return {
      ...base,
      pooledRatio: !cl && base.pooledRatio,
      tier: cl || !specific ? 4 : 5,
      kind: 'country',
      label: label.country(place.country),
      est: CL,
      cellKind: cell.kind,
      n: cell.n,
      geo: geoKey.country(place.country),
    };
  }
  // 6 · region
  if (place.region && RL && (rl || r0)) {
    const cell = (rl ?? r0)!;
    return {
      ...base,
      pooledRatio: !rl && base.pooledRatio,
      tier: 6,
      kind: 'region',
      label: label.region(place.region, payIndex.scaledTo),
      est: moved(RL, payIndex.value)!,
      cellKind: cell.kind,
      n: cell.n,
      geo: geoKey.region(place.region),
    };
  }
  // 7 · global
  if (GL && (gl || g0)) {
    const cell = (gl ?? g0)!;
    return {
      ...base,
      pooledRatio: !gl && base.pooledRatio,
      tier: 7,
      kind: 'global',
      label: label.global(payIndex.scaledTo, place.country !== null, !place.country && payIndex.value !== 0 ? place.region : null),
      est: moved(GL, payIndex.value)!,
      cellKind: cell.kind,
      n: cell.n,
      geo: geoKey.global,
    };
  }
  // 8 · abroad, where the country has no official statistics and no survey reaches the role: the
  // occupation's US national DOL figure placed on the country's wage level (ILOSTAT average
  // earnings; wage-level.ts), in the country's currency, low confidence and labelled so
  const wage = meta.wageLevel;
  // (a country with official statistics in either basis — the UK's are total pay — answers from them)
  const otherBasis = basis === 'base' ? 'total' : 'base';
  const hasOfficial = (cc: string) =>
    !!official || [family, statFamily].some((f) => cells.get(cellKey(f, ALL_LEVELS, geoKey.official(cc), '', otherBasis))?.kind === 'statistic');
  const usStat = place.country && place.country !== 'US' && wage?.countries[place.country] && !hasOfficial(place.country) ? getStat(geoKey.country('US')) : undefined;
  const scaled = usStat && wage && place.country ? scaleFromUs(toDist(usStat), wage, place.country) : null;
  if (usStat && wage && scaled && place.country) {
    const currency = currencyOfCountry(place.country);
    if (currency) {
      return {
        ...base,
        tier: 4,
        kind: 'country',
        label: label.scaledUs(place.country, wage.countries[place.country]!.year),
        est: { d: shift(scaled, ratio), currency, sources: new Set([...usStat.sources, wage.source]), keys: [usStat.key] },
        cellKind: 'statistic',
        n: null,
        scaledUs: true,
        geo: geoKey.country(place.country),
      };
    }
  }
  return null;
}

/**
 * How an intern figure was made: from salaries of interns (a cell at the intern level behind it),
 * else by the intern rule — the occupation's DOL OFLC level I wage relative to its median (the
 * learned intern level ratio), applied to the place's figure (in a US wage area: the area's level
 * I wage itself), or where the entry figure is lower than that, the entry figure less one DOL
 * step, level I ÷ level II (LearnedParams.internRule).
 */
function internRule(c: Candidate, meta: DatasetMeta, family: string): NonNullable<EstimateOk['levelRule']> {
  if (c.est.keys.some((k) => k.split('|')[1] === 'intern')) return 'intern-salaries';
  const rules = meta.learned.internRule ?? {};
  const own = meta.learned.levelRatios[family]?.intern !== undefined ? rules[family] : undefined;
  return (own ?? rules._default) === 'entry-less-step' ? 'intern-below-entry' : 'intern-dol-level-i';
}

const GEO_RANK: Record<ScopeKind, number> = { company: 0, metro: 1, state: 2, country: 3, region: 4, global: 5 };
/** Salaries a cell needs before its basis is preferred over a better-sampled cell of the other basis. */
const BASIS_MIN_N = 20;

/**
 * Base pay is what postings show, so a base figure is preferred — unless the total-pay figure is
 * for a more specific place, or for the same kind of place with far more salaries behind it
 * (a base cell under BASIS_MIN_N against a bigger total cell). A CTC posting prefers total pay
 * wherever total pay is known as specifically as base pay.
 */
function chooseBasis(base: Candidate | null, total: Candidate | null, wantsTotal: boolean): Candidate | null {
  if (!base || !total) return base ?? total;
  const b = GEO_RANK[base.kind];
  const t = GEO_RANK[total.kind];
  // an official statistic wins over survey rows for the same or a wider place (the UK's ASHE
  // figures are total pay; the surveys' base pay there is a self-selected sample)
  if ((base.cellKind === 'statistic') !== (total.cellKind === 'statistic')) {
    const [stat, other] = base.cellKind === 'statistic' ? [base, total] : [total, base];
    const [s, o] = stat === base ? [b, t] : [t, b];
    if (s <= o) return stat;
  }
  if (wantsTotal) return t <= b ? total : base;
  if (b !== t) return b < t ? base : (total.n ?? Infinity) >= BASIS_MIN_N ? total : base;
  const nb = base.n ?? Infinity;
  const nt = total.n ?? Infinity;
  return nb >= BASIS_MIN_N || nb >= nt ? base : total;
}

function confidence(c: Candidate): EstimateOk['confidence'] {
  let score = c.n === null ? 2 : c.n >= 100 ? 2 : c.n >= 20 ? 1 : 0;
  if (c.kind === 'region' || c.viaIndex) score = Math.min(score, 1);
  if (c.kind === 'global' || c.scaledUs) score = 0;
  if (c.pooledRatio) score -= 1;
  return score >= 2 ? 'high' : score === 1 ? 'medium' : 'low';
}

/** Does a submission belong in the scope's cell? Same family, level (if the scope has one) and place. */
function mineMatches(s: Submission, r: ResolvedSubmission, c: Candidate, family: string): boolean {
  if (r.family !== family) return false;
  if (c.level !== ALL_LEVELS) {
    let lvl = dataLevelOf(r.level);
    if (r.levelDefaulted && s.yearsExperience !== null) lvl = dataLevelFromYears(s.yearsExperience);
    if (lvl !== c.level) return false;
  }
  const p = r.place;
  const [kind, code] = c.geo.includes(':') ? (c.geo.split(':', 2) as [string, string]) : ['global', ''];
  if (c.kind === 'company' && r.companyId !== c.company) return false;
  switch (kind) {
    case 'm':
      return p.wageArea === code || cityGeo(p) === c.geo;
    case 's':
      return p.state === code;
    case 'c':
    case 'o':
      return p.country === code;
    case 'r':
      return p.region === code;
    default:
      return true;
  }
}

/** The user's submissions that join the scope's cell: their log amounts in the cell's currency. */
function mineFor(subs: readonly MineEntry[], c: Candidate, family: string): number[] {
  const out: number[] = [];
  for (const { submission: s, resolved } of subs) {
    // a total-pay cell: a submission that gave no total is paid its base in total (no bonus or equity given)
    const amount = c.basis === 'base' ? s.annualBase : (s.annualTotal ?? s.annualBase);
    if (amount === null || !(amount > 0)) continue;
    if (!mineMatches(s, resolved, c, family)) continue;
    const year = Number(s.createdAt.slice(0, 4));
    const converted = convertCurrency(amount, s.currency, c.est.currency, Number.isFinite(year) ? year : undefined);
    if (converted && converted > 0) out.push(Math.log(converted));
  }
  return out;
}

/** A saved submission with where it belongs (normalised when it was saved). */
export interface MineEntry {
  submission: Submission;
  resolved: ResolvedSubmission;
}

/** A cell whose salaries were all shared by PayLens users (the crowd source alone). */
function sharedOnly(cell: DatasetCell | undefined, meta: DatasetMeta): boolean {
  return !!cell && cell.sources.length > 0 && cell.sources.every((i) => meta.sources[i]?.id === 'crowd');
}

export interface Detailed {
  estimate: Estimate;
  notes: EstimateNotes;
}

/** Why a posting whose title names no role has no figure (utils/normalize/posting.ts `notARole`). */
export const NOT_A_ROLE_REASONS: Readonly<Record<NotARole, string>> = {
  'open-application': 'This is an open application, not a specific role, so no salary figure applies.',
  'careers-page': 'This is a careers information page, not a specific role, so no salary figure applies.',
  'no-role-in-title': 'The title names no role, only where the job is worked, so PayLens cannot tell which salaries apply.',
};

const noData = (reason: string, role: RoleRef | null): Detailed => ({
  estimate: { status: 'no-data', reason, role },
  notes: { verdict: null, kind: null, cells: [], posted: null, annual: null },
});

/**
 * The estimate for a normalised query (utils/normalize/posting.ts `normalizePosting`), with the
 * explanations that do not fit the Estimate contract.
 */
export async function estimateDetailed(query: ResolvedQuery, source: CellSource, options: EstimateOptions = {}): Promise<Detailed> {
  if (!query.family) return noData(query.notARole ? NOT_A_ROLE_REASONS[query.notARole] : `PayLens does not recognise the role in "${query.title}".`, null);
  const family = query.family;
  const meta = await source.meta();
  if (!meta) return noData('No salary data is installed yet, so PayLens cannot estimate this posting.', null);
  const { place } = query;
  const requested = dataLevelOf(query.level);
  const ratio = levelRatio(meta, family, requested);
  // an intern is never silently given an all-levels (entry or mid) figure
  if (requested === 'intern' && !ratio) {
    return noData(`No intern figure for ${family}: the dataset has no intern rule for this occupation.`, {
      family,
      specialization: query.specialization,
      level: query.level,
    });
  }
  const level: Lvl = ratio ? requested : ALL_LEVELS;
  const ctx: Ctx = {
    family,
    level,
    ratio: ratio?.ratio ?? 0,
    pooledRatio: ratio?.pooled ?? false,
    place,
    companyId: query.companyId,
    companyName: query.companyName,
    meta,
    logRate: (from, to) => {
      const r = convertCurrency(1, from, to, meta.rateYear);
      return r && r > 0 ? Math.log(r) : 0;
    },
    payIndex: payIndexOf(meta, place, family),
  };

  const keys = [...keysFor(ctx, 'base'), ...keysFor(ctx, 'total')];
  const found = source.getMany ? await source.getMany(keys) : await Promise.all(keys.map((k) => source.get(k)));
  const cells = new Map<string, DatasetCell>();
  // the evidence rule, again at read time: a cell below it (an old or foreign dataset) does not exist
  found.forEach((c, i) => c && (c.n === null || c.n >= EVIDENCE_MIN_N) && cells.set(keys[i]!, c));

  const posted = query.postedSalary;
  const wantsTotal = !!posted && postedBasis(posted) === 'total' && !posted.flags.includes('estimate');
  const base = options.basis === 'total' ? null : walk(ctx, 'base', cells);
  const total = options.basis === 'base' ? null : walk(ctx, 'total', cells);
  const chosen = chooseBasis(base, total, wantsTotal);
  const roleFor = (lvl: Lvl): RoleRef => ({ family, specialization: query.specialization, level: ROLE_LEVEL_OF[lvl] });
  if (!chosen) {
    const where = place.country ? ` ${label.country(place.country)}` : '';
    return noData(
      `Not enough salary data for ${family}${where}: PayLens shows a figure only with at least 5 salaries (or an official statistic) behind it.`,
      roleFor(requested),
    );
  }

  // the user's own salaries join the chosen cell (never alone: the cell already has evidence)
  const subs = options.mine ?? [];
  const mine = subs.length ? mineFor(subs, chosen, family) : [];
  let d = chosen.est.d;
  if (mine.length) {
    const w = d.nEff ?? MINE_OFFICIAL_WEIGHT;
    d = { ...d, m: (w * d.m + mine.reduce((s, x) => s + x, 0)) / (w + mine.length) };
  }

  const localCurrency = place.country ? currencyOfCountry(place.country) : null;
  const display = chooseDisplay({
    cellCurrency: chosen.est.currency,
    localCurrency,
    setting: options.displayCurrency,
    posted,
    periodSetting: options.displayPeriod,
    // internships are paid by the hour: shown hourly unless the posting or the settings say otherwise
    fallbackPeriod: chosen.level === 'intern' ? 'hour' : 'year',
  });
  const annual = { p25: Math.exp(d.m - d.lo), p50: Math.exp(d.m), p75: Math.exp(d.m + d.hi) };
  const shown = {
    p25: toDisplay(annual.p25, chosen.est.currency, display),
    p50: toDisplay(annual.p50, chosen.est.currency, display),
    p75: toDisplay(annual.p75, chosen.est.currency, display),
  };
  if (shown.p25 === null || shown.p50 === null || shown.p75 === null) {
    return noData(`No exchange rate from ${chosen.est.currency} to ${display.currency}.`, roleFor(chosen.level));
  }
  const marketAnnual = {
    p25: convertCurrency(annual.p25, chosen.est.currency, display.currency)!,
    p50: convertCurrency(annual.p50, chosen.est.currency, display.currency)!,
    p75: convertCurrency(annual.p75, chosen.est.currency, display.currency)!,
  };
  const v = verdictFor(posted, { ...marketAnnual, currency: display.currency, basis: chosen.basis }, localCurrency);
  const perPeriod = (x: number | null) => (x === null ? null : roundForDisplay(fromAnnual(x, display.period)));

  const estimate: EstimateOk = {
    status: 'ok',
    p25: roundForDisplay(shown.p25),
    p50: roundForDisplay(shown.p50),
    p75: roundForDisplay(shown.p75),
    currency: display.currency,
    period: display.period,
    basis: chosen.basis,
    // The user's own salaries are counted apart (`mine`), never in n.
    n: chosen.n,
    figures:
      chosen.cellKind === 'offered-floor'
        ? 'offered-floors'
        : chosen.cellKind === 'statistic'
          ? 'statistics'
          : sharedOnly(cells.get(chosen.est.keys[0] ?? ''), meta)
            ? 'shared'
            : 'salaries',
    scope: { kind: chosen.kind, tier: chosen.tier, label: chosen.label },
    role: roleFor(chosen.level),
    ...(chosen.level === 'intern' ? { levelRule: internRule(chosen, meta, family) } : {}),
    sources: [...chosen.est.sources]
      .sort((a, b) => a - b)
      .map((i) => {
        const s = meta.sources[i];
        // the wage level's source is dated by the year the country's figure rests on
        const year = i === meta.wageLevel?.source && place.country ? meta.wageLevel.countries[place.country]?.year : undefined;
        return s && year !== undefined ? { ...s, year } : s;
      })
      .filter((s): s is NonNullable<typeof s> => !!s)
      // DOU.ua's terms ask for a visible link; every source with a page gets one.
      .map((s) => ({ name: s.name, year: s.year, licence: s.licence, ...(s.url ? { url: s.url } : {}) })),
    asOf: meta.asOf,
    ratesAsOf: RATES_AS_OF,
    confidence: confidence(chosen),
    verdict: v.verdict,
    mine: mine.length ? { n: mine.length } : null,
  };
  return {
    estimate,
    notes: {
      verdict: v.reason,
      kind: chosen.cellKind,
      cells: chosen.est.keys,
      posted: v.postedAnnual ? { min: perPeriod(v.postedAnnual.min), max: perPeriod(v.postedAnnual.max) } : null,
      annual: marketAnnual,
    },
  };
}

/** `estimate(query, source, options) → Estimate` (ARCHITECTURE.md "Contracts"). */
export async function estimate(query: ResolvedQuery, source: CellSource, options: EstimateOptions = {}): Promise<Estimate> {
  return (await estimateDetailed(query, source, options)).estimate;
}
