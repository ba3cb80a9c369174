/**
 * The estimator's numbers for `npm run bench`: quality (hold-out), coverage of real postings,
 * and speed. Prints tables through the caller's `table`; no thresholds.
 *
 * Quality: one cell at a time is held out — its rows are removed from every parent cell too
 * (the parents are re-aggregated from the remaining rows and the multipliers re-learned), so
 * nothing of it leaks — and the estimator is asked for that cell's role, level and place. The
 * error is |ln(estimated p50 ÷ held-out cell's median)|, reported per tier of the held-out cell,
 * with the tier the walk fell back to.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { META_FILE, MemoryCellSource } from '../../utils/estimate/dataset-file';
import { readDataset, readTitles } from './dataset-files';
import type { TitleLookup } from '../../utils/normalize/title-lookup';
import { estimateDetailed } from '../../utils/estimate/estimator';
import { normalizePosting, type NotARole } from '../../utils/normalize/posting';
import type { Place } from '../../utils/estimate/place';
import { median } from '../../utils/estimate/stats';
import { ALL_LEVELS, type DatasetCell, type DatasetMeta } from '../../utils/estimate/types';
import { regionOfCountry } from '../../utils/normalize/location';
import type { PostedSalary } from '../../utils/schemas';
import { aggregate, keysOf, type Obs } from './dataset/cells';
import { buildDataset, cellCurrencyOf, learnAll, makeLogRate, oflcCells, type BuildResult } from './dataset/build';
import { REFERENCE_DATE } from './dataset/constants';
import { loadInflation } from './dataset/inflation';
import { learnCountryIndex, payIndex } from './dataset/learn';
import { DATA_DIR } from './estimate-cli';
import { buildWageIndex, fitWageRule, officialPairs, usDolMedians, type OfficialPair, type WageIndex } from './dataset/wage-level';
import { REFERENCE_T } from './dataset/constants';
import type { Table } from './bench-table';


const ROOT = resolve(import.meta.dirname, '../..');
/** The kinds of title that name no role (utils/normalize/posting.ts), each its own coverage row. */
const NOT_A_ROLE_KINDS: readonly NotARole[] = ['open-application', 'careers-page', 'no-role-in-title'];
const SHARED = resolve(ROOT, '../shared');
const HOLDOUTS_PER_TIER = 60;

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const q = (xs: number[], p: number) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
};
const ms = (x: number) => (Number.isFinite(x) ? `${x.toFixed(3)} ms` : 'n/a');

/** Deterministic sample: every k-th of the sorted list. */
function sample<T>(xs: T[], k: number): T[] {
  if (xs.length <= k) return xs;
  const step = xs.length / k;
  return Array.from({ length: k }, (_, i) => xs[Math.floor(i * step)]!);
}

type HoldoutTier = 'company' | 'metro' | 'metro (surveys)' | 'metro (surveys) × level' | 'country × level' | 'country' | 'Canadian region (official)';

function tierOf(c: DatasetCell): HoldoutTier | null {
  if (c.company && c.company !== '*') return c.level === ALL_LEVELS ? 'company' : null;
  if (c.geo.startsWith('m:')) {
    if (c.kind === 'statistic') return /^m:\d/.test(c.geo) ? 'metro' : c.geo.startsWith('m:CA:') ? 'Canadian region (official)' : null;
    return c.level === ALL_LEVELS ? 'metro (surveys)' : 'metro (surveys) × level';
  }
  if (c.geo.startsWith('s:CA-') && c.kind === 'statistic') return 'Canadian region (official)';
  if (c.geo.startsWith('c:') && c.kind === 'salaries') return c.level === ALL_LEVELS ? 'country' : 'country × level';
  return null;
}

/** Does an observation belong to the held-out cell? */
function inCell(o: Obs, c: DatasetCell): boolean {
  if (o.family !== c.family || o.basis !== c.basis) return false;
  return keysOf(o).some((k) => k.geo === c.geo && k.company === (c.company ?? '') && k.level === c.level);
}

function placeOf(c: DatasetCell, areaStates: Record<string, string[]>): Place {
  const [kind, code, name] = c.geo.split(':') as [string, string, string | undefined];
  const none = { state: null, wageArea: null, metro: null, city: null, remote: false };
  if (kind === 'c') return { ...none, country: code, region: regionOfCountry(code) };
  if (kind === 'm' && name) return { ...none, country: code, region: regionOfCountry(code), metro: name, city: name };
  if (kind === 'm') return { ...none, country: 'US', region: regionOfCountry('US'), state: areaStates[code]?.[0] ?? null, wageArea: code };
  const cc = code.slice(0, 2);
  return { ...none, country: cc, region: regionOfCountry(cc), state: code };
}

async function quality(table: Table, built: BuildResult): Promise<void> {
  const { cells, obs, meta } = built;
  const logRate = makeLogRate();
  const byFamilyBasis = new Map<string, Obs[]>();
  for (const o of obs) (byFamilyBasis.get(`${o.family}|${o.basis}`) ?? byFamilyBasis.set(`${o.family}|${o.basis}`, []).get(`${o.family}|${o.basis}`)!).push(o);
  const inflation = loadInflation(join(SHARED, 'data'));

  const candidates = new Map<HoldoutTier, DatasetCell[]>();
  for (const c of [...cells].sort((a, b) => (a.key < b.key ? -1 : 1))) {
    const t = tierOf(c);
    if (!t) continue;
    if (c.n !== null && c.n < 20) continue; // a held-out median needs some salaries behind it to be a target
    (candidates.get(t) ?? candidates.set(t, []).get(t)!).push(c);
  }

  const rows: Record<string, string | number>[] = [];
  const records: { country: string; source: string; err: number | null }[] = [];
  for (const [tier, list] of [...candidates].sort()) {
    const errors: number[] = [];
    const fellTo = new Map<string, number>();
    for (const held of sample(list, HOLDOUTS_PER_TIER)) {
      // the cell's rows leave every cell they joined
      const family = byFamilyBasis.get(`${held.family}|${held.basis}`) ?? [];
      const removed = family.filter((o) => inCell(o, held));
      const affected = new Set(removed.flatMap((o) => keysOf(o).map((k) => `${o.family}|${k.level}|${k.geo}|${k.company}|${o.basis}`)));
      affected.add(held.key);
      const remaining = family.filter((o) => !inCell(o, held));
      const rebuilt = aggregate(remaining, cellCurrencyOf, logRate, REFERENCE_DATE, undefined, (cc) => payIndex(cc, meta.learned)).filter(
        (c) => affected.has(c.key) && c.key !== held.key,
      );
      let overlay = cells.filter((c) => !affected.has(c.key)).concat(rebuilt);
      const heldCountry = placeOf(held, built.oflc.areaStates).country ?? '?';
      let metroIndex = meta.learned.metroIndex;
      if (held.kind === 'statistic' && tier === 'metro') {
        // the area leaves the metro index and its state's statistic too
        const area = held.geo.slice(2);
        metroIndex = { ...metroIndex };
        delete metroIndex[area];
        const oflc = { ...built.oflc, points: built.oflc.points.filter((p) => p.area !== area) };
        const fam = new Map([[held.family, built.familySoc.get(held.family)!]]);
        const restated = oflcCells(oflc, fam, meta.learned.upperSpread, inflation, () => true).filter((c) => c.geo.startsWith('s:'));
        const restatedKeys = new Set(restated.map((c) => c.key));
        overlay = overlay.filter((c) => !restatedKeys.has(c.key) && c.key !== held.key).concat(restated);
      }
      // the country pay indexes are re-learned without the held-out cell too
      const learned = learnAll(overlay, metroIndex, learnCountryIndex(overlay, logRate), meta.learned.upperSpread, built.internRatios);
      if (tier === 'company') {
        const premium = { ...learned.companyPremium };
        delete premium[held.company!];
        learned.companyPremium = premium;
      }
      const source = new MemoryCellSource(overlay, { ...meta, learned });
      const { estimate } = await estimateDetailed(
        {
          title: held.family,
          family: held.family,
          specialization: null,
          level: held.level === ALL_LEVELS ? 'unknown' : held.level,
          soc: null,
          place: placeOf(held, built.oflc.areaStates),
          companyId: held.company && held.company !== '*' ? held.company : null,
          companyName: null,
          mode: null,
          siteCountry: null,
          postedSalary: null,
          postedSalaryDropped: null,
        },
        source,
        { displayCurrency: held.currency, displayPeriod: 'year', basis: held.basis },
      );
      if (estimate.status !== 'ok') {
        fellTo.set('no-data', (fellTo.get('no-data') ?? 0) + 1);
        records.push({ country: heldCountry, source: 'no-data', err: null });
        continue;
      }
      const p50 = estimate.currency === held.currency ? estimate.p50 : estimate.p50 * Math.exp(logRate(estimate.currency, held.currency));
      errors.push(Math.abs(Math.log(p50) - held.logP50));
      records.push({ country: heldCountry, source: sourceLabel(estimate, meta), err: Math.abs(Math.log(p50) - held.logP50) });
      fellTo.set(estimate.scope.kind, (fellTo.get(estimate.scope.kind) ?? 0) + 1);
    }
    rows.push({
      'held-out tier': tier,
      cells: `${Math.min(list.length, HOLDOUTS_PER_TIER)} of ${list.length}`,
      'median |log error| of p50': errors.length ? median(errors).toFixed(3) : 'n/a',
      '≈ median % off': errors.length ? pct(Math.exp(median(errors)) - 1) : 'n/a',
      p90: errors.length ? q(errors, 0.9).toFixed(3) : 'n/a',
      'fell back to': [...fellTo].map(([k, n]) => `${k} ${n}`).join(', '),
    });
  }
  table('Estimator quality: hold one cell out (its rows leave every parent), estimate it back', rows);
  table('Hold-out error of p50 by country of the held-out cell', errorRows(records, (r) => r.country, 'country'));
  table('Hold-out error of p50 by the source the estimate rests on', errorRows(records, (r) => r.source, 'source'));
}

/**
 * The scaled-US prior (a US national DOL figure placed on a country's ILOSTAT wage level) against
 * the official statistics of the UK, Canada, Australia and Singapore: each official occupation cell
 * (all levels) is predicted from the US figure of its occupation. Three rules: the plain scaling
 * (US figure × the country's wage level); the shipped one (its distance from the US average
 * narrowed by the slope, wage-level.ts); and that plus the offset fitted on the other official
 * countries ILOSTAT covers (not shipped: see surveyCheck). Slope and offset are fitted without the
 * country predicted (leave one country out). Countries ILOSTAT does not cover cannot be predicted
 * (n=0) but still help fit the slope for the others.
 */
function scaledUsPrior(table: Table, built: BuildResult): void {
  const wage = buildWageIndex(join(SHARED, 'data'), loadInflation(join(SHARED, 'data')), REFERENCE_T).index;
  if (!wage) {
    table('scaled-US prior vs official statistics', [{ note: 'no ILOSTAT US row: skipped' }]);
    return;
  }
  const pairs = officialPairs(built.cells, built.meta.statFamily);
  const NAMES: Record<string, string> = { GB: 'UK', CA: 'Canada', AU: 'Australia', SG: 'Singapore' };
  const errs = (ps: readonly OfficialPair[], predict: (p: OfficialPair) => number) => ps.map((p) => predict(p) - p.official);
  const fmt = (xs: number[]) => (xs.length ? median(xs.map(Math.abs)).toFixed(3) : 'n/a');
  const bias = (xs: number[]) => (xs.length ? median(xs).toFixed(3) : 'n/a');
  const within = (xs: number[]) => (xs.length ? pct(xs.filter((e) => Math.abs(e) <= Math.log(1.25)).length / xs.length) : 'n/a');
  const rows: Record<string, string | number>[] = [];
  const summary: string[] = [];
  for (const cc of ['GB', 'CA', 'AU', 'SG']) {
    const own = pairs.filter((p) => p.country === cc);
    const level = wage.countries[cc];
    const ps = level ? own : [];
    const plain = errs(ps, (p) => p.us + level!.ln);
    const fit = fitWageRule(pairs.filter((p) => p.country !== cc), wage as WageIndex);
    const withOffset = fit ? errs(ps, (p) => wage.usLogAnnual + level!.ln + fit.offset + fit.slope * (p.us - wage.usLogAnnual)) : [];
    const slopeOnly = fit ? errs(ps, (p) => wage.usLogAnnual + level!.ln + fit.slope * (p.us - wage.usLogAnnual)) : [];
    const nat = ps.filter((p) => p.national);
    const shippedNat = fit ? errs(nat, (p) => wage.usLogAnnual + level!.ln + fit.slope * (p.us - wage.usLogAnnual)) : [];
    summary.push(`${NAMES[cc]} n=${ps.length}, median |log err| ${fmt(plain)} (shipped rule ${fmt(slopeOnly)})`);
    rows.push({
      country: NAMES[cc]!,
      'official cells': own.length,
      'ILOSTAT year': level ? level.year : 'not covered',
      'predicted n': ps.length,
      'US × wage level: median |log err|': fmt(plain),
      'bias (median signed)': bias(plain),
      'shipped rule, slope only (leave country out)': fit ? `${fmt(slopeOnly)} (bias ${bias(slopeOnly)}, slope ${fit.slope.toFixed(3)})` : 'n/a',
      'slope + offset (not shipped)': fit ? `${fmt(withOffset)} (bias ${bias(withOffset)}, offset ${fit.offset.toFixed(3)} on ${fit.offsetOn.join('+') || 'none'})` : 'n/a',
      'within ±25% (shipped)': within(slopeOnly),
      'on DOL-national occupations (n, shipped)': `${nat.length}, ${fmt(shippedNat)}`,
    });
  }
  table(`scaled-US prior vs official statistics: ${summary.join('; ')}`, rows);
  surveyCheck(table, built, wage, pairs);
}

/**
 * A second check where the rule is used (countries without official statistics): the countries'
 * survey cells (all levels, ≥ 20 salaries; tech and office roles the surveys cover) less the
 * surveys' own lean, measured where both exist (survey cell vs official cell, UK, Canada,
 * Australia, Singapore: median), stand in for the truth. Signed: + means the rule is above it.
 */
function surveyCheck(table: Table, built: BuildResult, wage: WageIndex, pairs: readonly OfficialPair[]): void {
  const logRate = makeLogRate();
  const surveyCells = built.cells.filter((c) => c.kind === 'salaries' && c.level === ALL_LEVELS && !c.company && c.geo.startsWith('c:') && (c.n ?? 0) >= 20);
  const official = new Map(built.cells.filter((c) => c.kind === 'statistic' && c.level === ALL_LEVELS && c.geo.startsWith('o:')).map((c) => [`${c.family}|${c.geo.slice(2)}`, c]));
  const statFamily = built.meta.statFamily;
  const lean: number[] = [];
  for (const c of surveyCells) {
    const cc = c.geo.slice(2);
    const o = official.get(`${c.family}|${cc}`) ?? official.get(`${statFamily[c.family] ?? c.family}|${cc}`);
    if (o) lean.push(c.logP50 + (c.currency === o.currency ? 0 : logRate(c.currency, o.currency)) - o.logP50);
  }
  if (!lean.length) return;
  const surveyLean = median(lean);
  const usOf = usDolMedians(built.cells);
  const fit = fitWageRule(pairs, wage);
  if (!fit) return;
  const byCountry = new Map<string, { slopeOnly: number[]; withOffset: number[] }>();
  for (const c of surveyCells) {
    const cc = c.geo.slice(2);
    const level = built.meta.wageLevel?.countries[cc];
    const us = usOf.get(statFamily[c.family] ?? c.family)?.ln;
    if (!level || us === undefined || cc === 'US') continue;
    const truth = c.logP50 - surveyLean;
    const slopeOnly = wage.usLogAnnual + level.ln + fit.slope * (us - wage.usLogAnnual);
    const e = byCountry.get(cc) ?? byCountry.set(cc, { slopeOnly: [], withOffset: [] }).get(cc)!;
    e.slopeOnly.push(slopeOnly - truth);
    e.withOffset.push(slopeOnly + fit.offset - truth);
  }
  const rows = [...byCountry]
    .sort((a, b) => b[1].slopeOnly.length - a[1].slopeOnly.length || (a[0] < b[0] ? -1 : 1))
    .map(([cc, e]) => ({
      country: cc,
      'ILOSTAT year': built.meta.wageLevel!.countries[cc]!.year,
      'survey cells': e.slopeOnly.length,
      'slope only: median signed': median(e.slopeOnly).toFixed(3),
      [`slope + offset ${fit.offset.toFixed(3)} (not shipped): median signed`]: median(e.withOffset).toFixed(3),
    }));
  const all = [...byCountry.values()];
  const absMed = (k: 'slopeOnly' | 'withOffset') => median(all.map((e) => Math.abs(median(e[k])))).toFixed(3);
  table(
    `scaled-US prior vs survey cells less the surveys' lean (${surveyLean.toFixed(3)}, median of ${lean.length} survey-vs-official pairs), countries without official statistics: median over ${all.length} countries of |country median| — shipped (slope only) ${absMed('slopeOnly')}, slope + offset ${absMed('withOffset')}; median signed ${median(all.map((e) => median(e.slopeOnly))).toFixed(3)}`,
    rows,
  );
}


/** What an estimate rests on, in short: the source ids ("jobbank", "aijobs+infosec"). */
function sourceLabel(e: { sources: { name: string }[]; figures?: string }, meta: DatasetMeta): string {
  const ids = e.sources.map((s) => meta.sources.find((m) => m.name === s.name)?.id ?? s.name);
  const stat = ids.filter((id) => meta.sources.find((m) => m.id === id)?.kind === 'statistic');
  // an official figure is named by its statistic; survey figures by their surveys
  return stat.length ? stat.join('+') : ids.join('+') || '?';
}

/** Rows of median |log error| (and the counts behind it), grouped, largest groups first. */
function errorRows<T extends { err: number | null }>(records: readonly T[], groupOf: (r: T) => string, name: string, minRows = 1): Record<string, string | number>[] {
  const groups = new Map<string, T[]>();
  for (const r of records) (groups.get(groupOf(r)) ?? groups.set(groupOf(r), []).get(groupOf(r))!).push(r);
  return [...groups]
    .filter(([, rs]) => rs.length >= minRows)
    .sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))
    .map(([g, rs]) => {
      const errs = rs.map((r) => r.err).filter((e): e is number => e !== null);
      return {
        [name]: g,
        asked: rs.length,
        'with an estimate': `${errs.length} (${pct(errs.length / rs.length)})`,
        'median |log error| of p50': errs.length ? median(errs).toFixed(3) : 'n/a',
        'within ±25%': errs.length ? pct(errs.filter((e) => e <= Math.log(1.25)).length / errs.length) : 'n/a',
      };
    });
}

interface PostedRange {
  title: string;
  company: string | null;
  location: string | null;
  country: string | null;
  min: number | null;
  max: number | null;
  currency: string | null;
  period: PostedSalary['period'];
}

/**
 * Real employer ranges (../shared/fixtures/posted-ranges, measurement only: nothing shipped is
 * derived from them): |ln(p50 ÷ the range's midpoint)|, both annual in the posting's currency,
 * per country and per source of our figure, with the share of postings that get an estimate.
 */
async function postedRanges(table: Table, source: MemoryCellSource, meta: DatasetMeta, titles: TitleLookup): Promise<void> {
  const file = join(SHARED, 'fixtures/posted-ranges/postings.json');
  if (!existsSync(file)) {
    table('Posted ranges', [{ note: '../shared/fixtures/posted-ranges is missing: skipped' }]);
    return;
  }
  const postings = JSON.parse(readFileSync(file, 'utf8')) as PostedRange[];
  const records: { country: string; source: string; err: number | null; scope: string }[] = [];
  for (const p of postings) {
    const postedSalary: PostedSalary = { min: p.min, max: p.max, currency: p.currency, period: p.period, flags: [], raw: '' };
    const query = normalizePosting({ title: p.title, company: p.company, location: p.location, siteCountry: p.country, postedSalary }, null, titles);
    const { estimate, notes } = await estimateDetailed(query, source, { displayCurrency: p.currency, displayPeriod: 'year' });
    const country = p.country ?? '?';
    if (estimate.status !== 'ok' || !notes.posted) {
      records.push({ country, source: 'no-data', err: null, scope: 'no-data' });
      continue;
    }
    const lo = notes.posted.min ?? notes.posted.max;
    const hi = notes.posted.max ?? notes.posted.min;
    const err = lo && hi ? Math.abs(Math.log(estimate.p50 / ((lo + hi) / 2))) : null;
    records.push({ country, source: sourceLabel(estimate, meta), err, scope: estimate.scope.kind });
  }
  const all = records.map((r) => r.err).filter((e): e is number => e !== null);
  table(`Posted ranges (${postings.length} real employer ranges, ../shared/fixtures/posted-ranges): median |log(p50 ÷ range midpoint)|`, [
    {
      postings: postings.length,
      'with an estimate': `${all.length} (${pct(all.length / postings.length)})`,
      'median |log error|': all.length ? median(all).toFixed(3) : 'n/a',
      '≈ median % apart': all.length ? pct(Math.exp(median(all)) - 1) : 'n/a',
      'within ±25%': all.length ? pct(all.filter((e) => e <= Math.log(1.25)).length / all.length) : 'n/a',
    },
  ]);
  table('Posted ranges by country', errorRows(records, (r) => r.country, 'country'));
  table('Posted ranges by the source our figure rests on', errorRows(records, (r) => r.source, 'source'));
  table('Posted ranges by scope of our figure', errorRows(records, (r) => r.scope, 'scope'));
}

interface FixtureQuery {
  title: string;
  company: string | null;
  location: string | null;
  salary: { min: number | null; max: number | null; currency: string | null; period: PostedSalary['period'] } | null;
}

function fixtureQueries(): FixtureQuery[] {
  const file = join(SHARED, 'fixtures/MANIFEST.json');
  if (!existsSync(file)) return [];
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { kind: string; expected: unknown }[];
  const out: FixtureQuery[] = [];
  for (const e of manifest) {
    if (e.kind !== 'posting' && e.kind !== 'listing') continue;
    const list = (Array.isArray(e.expected) ? e.expected : e.expected ? [e.expected] : []) as FixtureQuery[];
    for (const x of list) if (x?.title) out.push({ title: x.title, company: x.company ?? null, location: x.location ?? null, salary: x.salary ?? null });
  }
  return out;
}

async function coverage(table: Table, source: MemoryCellSource, titles: TitleLookup): Promise<FixtureQuery[]> {
  const queries = fixtureQueries();
  const byKind = new Map<string, number>();
  const salaryErrors: number[] = [];
  const byCountry: { country: string; ok: boolean; err: number | null; source: string }[] = [];
  const examples: Record<string, string | number>[] = [];
  const unrecognised: Record<string, string>[] = [];
  const interns = { asked: 0, figure: 0, without: [] as string[] };
  for (const f of queries) {
    const postedSalary: PostedSalary | null = f.salary
      ? { min: f.salary.min, max: f.salary.max, currency: f.salary.currency, period: f.salary.period, flags: [], raw: '' }
      : null;
    const query = normalizePosting({ title: f.title, company: f.company, location: f.location, postedSalary }, null, titles);
    const { estimate, notes } = await estimateDetailed(query, source);
    // no data: with the role named (a stated reason: "not enough salary data for Cashier in Germany"),
    // or the title names no role (a stated reason: "this is an open application, not a specific role"),
    // or not recognised
    const kind =
      estimate.status === 'ok'
        ? estimate.scope.kind
        : estimate.role || query.family
          ? 'no-data, role named'
          : query.notARole
            ? `no-data, not a role (${query.notARole})`
            : 'no-data, role not recognised';
    let err: number | null = null;
    byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
    if (query.level === 'intern') {
      interns.asked++;
      if (estimate.status === 'ok' && estimate.role.level === 'intern') interns.figure++;
      else interns.without.push(`${f.title.slice(0, 50)} (${estimate.status === 'ok' ? `${estimate.role.level} figure` : 'no data'})`);
    }
    if (kind === 'no-data, role not recognised') unrecognised.push({ title: f.title.slice(0, 60), location: (f.location ?? '—').slice(0, 30) });
    if (estimate.status === 'ok' && notes.posted && notes.annual) {
      const lo = notes.posted.min ?? notes.posted.max;
      const hi = notes.posted.max ?? notes.posted.min;
      if (lo && hi) salaryErrors.push((err = Math.abs(Math.log(estimate.p50 / ((lo + hi) / 2)))));
    }
    byCountry.push({ country: query.place.country ?? '?', ok: estimate.status === 'ok', err, source: estimate.status === 'ok' ? sourceLabel(estimate, source.meta()!) : 'no-data' });
    if (examples.length < 12 && estimate.status === 'ok') {
      examples.push({ title: f.title.slice(0, 40), location: (f.location ?? '').slice(0, 28), estimate: `${estimate.p50} ${estimate.currency}/${estimate.period}`, scope: estimate.scope.label, n: estimate.n ?? 'stat' });
    }
  }
  const total = queries.length;
  const named = byKind.get('no-data, role named') ?? 0;
  const unknown = byKind.get('no-data, role not recognised') ?? 0;
  const notRoleKinds = NOT_A_ROLE_KINDS.map((k) => `no-data, not a role (${k})`);
  const notRole = notRoleKinds.reduce((a, k) => a + (byKind.get(k) ?? 0), 0);
  const okCount = total - named - unknown - notRole;
  table(
    `Coverage of ../shared/fixtures postings and listing cards (${total}): ${okCount} (${pct(okCount / Math.max(1, total))}) get an estimate, ` +
      `${okCount + named + notRole} (${pct((okCount + named + notRole) / Math.max(1, total))}) a figure or a stated reason ` +
      `(${named} with the role named, ${notRole} saying the title names no role: open application, careers page, only places)`,
    [
      ...['company', 'metro', 'state', 'country', 'region', 'global', 'no-data, role named', ...notRoleKinds, 'no-data, role not recognised'].map((k) => ({
        scope: k,
        postings: byKind.get(k) ?? 0,
        share: pct((byKind.get(k) ?? 0) / Math.max(1, total)),
      })),
    ],
  );
  table(`Fixture titles the normaliser does not recognise (${unrecognised.length}): what coverage is missing`, unrecognised);
  table(
    `Intern postings (title read as intern, incl. working students and apprentices): ${interns.figure} of ${interns.asked} get an intern figure`,
    interns.without.length ? interns.without.map((t) => ({ 'without an intern figure': t })) : [{ 'without an intern figure': '—' }],
  );
  table('Fixtures with a posted salary', [
    { 'postings with salary and estimate': salaryErrors.length, 'median |log(p50 ÷ posted midpoint)|': salaryErrors.length ? median(salaryErrors).toFixed(3) : 'n/a', '≈ median % apart': salaryErrors.length ? pct(Math.exp(median(salaryErrors)) - 1) : 'n/a' },
  ]);
  const countryRows = new Map<string, typeof byCountry>();
  for (const r of byCountry) (countryRows.get(r.country) ?? countryRows.set(r.country, []).get(r.country)!).push(r);
  table(
    'Fixture postings and cards by country: share with an estimate; posted-range error where the page shows a range',
    [...countryRows]
      .sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))
      .map(([country, rs]) => {
        const errs = rs.map((r) => r.err).filter((e): e is number => e !== null);
        return {
          country,
          postings: rs.length,
          'with an estimate': `${rs.filter((r) => r.ok).length} (${pct(rs.filter((r) => r.ok).length / rs.length)})`,
          'with a posted range': errs.length,
          'median |log error|': errs.length ? median(errs).toFixed(3) : 'n/a',
        };
      }),
  );
  table('Fixture postings with a posted range, by the source our figure rests on', errorRows(byCountry.filter((r) => r.err !== null), (r) => r.source, 'source'));
  table('Examples', examples);
  return queries;
}

async function speed(table: Table, queries: FixtureQuery[], buildMs: number | null): Promise<void> {
  const t0 = performance.now();
  const { cells, meta, titles } = readDataset(DATA_DIR);
  const t1 = performance.now();
  const source = MemoryCellSource.fromFiles(cells, meta);
  const t2 = performance.now();
  const qs = queries.length ? queries : [{ title: 'Software Engineer', company: null, location: 'Seattle, WA', salary: null }];
  for (const f of qs) await estimateDetailed(normalizePosting({ title: f.title, company: f.company, location: f.location }, null, titles), source); // warm-up
  const times: number[] = [];
  for (let round = 0; round < 20; round++) {
    for (const f of qs) {
      const s = performance.now();
      await estimateDetailed(normalizePosting({ title: f.title, company: f.company, location: f.location }, null, titles), source);
      times.push(performance.now() - s);
    }
  }
  table('Estimator speed (file-backed source, Node)', [
    { what: 'dataset build (in memory)', value: buildMs === null ? 'n/a' : `${(buildMs / 1000).toFixed(1)} s` },
    { what: 'read + parse public/data files', value: ms(t1 - t0) },
    { what: `index ${source.size} cells`, value: ms(t2 - t1) },
    { what: `estimate p50 (${times.length} calls, warm)`, value: ms(q(times, 0.5)) },
    { what: 'estimate p95', value: ms(q(times, 0.95)) },
  ]);
}

/** Quality, coverage and speed of the estimator (see the file comment). */
export async function benchEstimate(table: Table): Promise<void> {
  const dataDir = join(SHARED, 'data');
  let built: BuildResult | null = null;
  let buildMs: number | null = null;
  if (existsSync(dataDir)) {
    const t = performance.now();
    built = await buildDataset(dataDir);
    buildMs = performance.now() - t;
  }
  if (!existsSync(join(DATA_DIR, META_FILE))) {
    table('Estimator', [{ note: 'public/data has no dataset: run npm run data:build' }]);
    return;
  }
  const dataset = readDataset(DATA_DIR);
  const fileSource = MemoryCellSource.fromFiles(dataset.cells, dataset.meta);
  if (built) {
    await quality(table, built);
    scaledUsPrior(table, built);
  } else table('Estimator quality', [{ note: '../shared/data is missing: hold-out skipped' }]);
  const queries = await coverage(table, fileSource, dataset.titles);
  await postedRanges(table, fileSource, dataset.meta, dataset.titles);
  await speed(table, queries, buildMs);
}
