/**
 * The dataset build, in memory: read every source, normalise, aggregate, learn the multipliers,
 * and serialise deterministically (sorted rows, fixed float precision, a content-hash version).
 * scripts/build-dataset.ts writes the result to public/data; the bench reuses the pieces.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertCurrency, RATES_AS_OF } from '../../../utils/normalize/currency';
import { familiesWithSoc } from './families';
import { titlesFileName } from '../../../utils/normalize/title-lookup';
import { CELL_COLUMNS, cellsFileName, cellToRow, META_FILE, type CellsFile } from '../../../utils/estimate/dataset-file';
import { median } from '../../../utils/estimate/stats';
import { ALL_LEVELS, cellKey, geoKey, type DatasetCell, type DatasetMeta, type InternRule, type LearnedParams } from '../../../utils/estimate/types';
import { aggregate, type CellStats, type LogRate, type Obs } from './cells';
import { MIN_CELL_N, REFERENCE_DATE, REFERENCE_RATE_YEAR, REFERENCE_T, SOURCES, sourceIndex } from './constants';
import { loadInflation, type Inflation } from './inflation';
import { learnCompanyPremium, learnCountryIndex, learnLevelRatios, learnOfficialIndex, learnTau2, learnUpperSpread, payIndex, type PayIndexes } from './learn';
import { renderNotice } from './notice';
import { buildWageIndex, fitWageRule, officialPairs } from './wage-level';
import { countryCodeLookup, homeCurrency, makeNormaliser, trimStackOverflowTails, type NormaliseReport } from './observations';
import { internRatios, OFLC_T, oflcQuartiles, readOflc, type OflcData } from './oflc';
import { orderCells, type OrderReport } from './monotone';
import { officialCells, type OfficialReport } from './official';
import { buildTitles, occupationCells, setOnetDataDir, titlesNotice, titlesTexts, type TitlesBuild } from './titles';
import { ROLE_FAMILIES } from '../../../utils/normalize/title';
import { readDou, readFoorilla, readLca, readStackOverflow, type ReadReport } from './readers';

export interface BuildReport {
  reads: ReadReport[];
  normalise: NormaliseReport;
  skipped: { source: string; reason: string }[];
  cellStats: CellStats;
  soTailsDropped: number;
  oflcSkipped: number;
  oflcFamilies: Record<string, string>;
  /** UK, Canada, Singapore, Australia: what each official source gave */
  official: OfficialReport[];
  /** levels put in order: cells moved and ratios fixed (monotone.ts) */
  levelOrder: OrderReport;
  /** the title tables (O*NET, ESCO) and the occupations outside the role families */
  titles: TitlesBuild['report'] & { occupationCells: number };
  /** ILOSTAT wage levels: countries read, countries with a level, the countries the rule was fitted on */
  wageLevel: { read: number; countries: number; shipped: number; usYear: number | null; slopeOn: string[]; offsetOn: string[]; fittedOffset: number | null; unknownCountries: string[] };
  timings: Record<string, number>;
}

export interface BuildResult {
  cells: DatasetCell[];
  meta: DatasetMeta;
  obs: Obs[];
  oflc: OflcData;
  /** family → SOC of the families with DOL data */
  familySoc: Map<string, string>;
  /** the intern rule per family: ln(DOL level I ÷ III) and ln(level I ÷ II) (oflc.ts internRatios) */
  internRatios: Record<string, { dol: number; step: number }>;
  report: BuildReport;
  /** cells-1.json … cells-k.json (in order), titles-1.json …, dataset-meta.json, NOTICE.md */
  files: { cells: string[]; titles: string[]; meta: string; notice: string };
}

/** Country cells and non-US metro cells ("m:UA:Kyiv") keep the country's currency; the rest US dollars. */
export const cellCurrencyOf = (geo: string): string => {
  if (geo.startsWith('c:') || geo.startsWith('o:')) return homeCurrency(geo.slice(2));
  if (/^s:(?!US-)[A-Z]{2}-/.test(geo)) return homeCurrency(geo.slice(2, 4));
  const city = /^m:([A-Z]{2}):/.exec(geo);
  return city ? homeCurrency(city[1]!) : 'USD';
};

export function makeLogRate(year = REFERENCE_RATE_YEAR): LogRate {
  const cache = new Map<string, number>();
  return (from, to) => {
    if (from === to) return 0;
    const k = `${from}>${to}`;
    let v = cache.get(k);
    if (v === undefined) {
      const r = convertCurrency(1, from, to, year);
      if (r === null || !(r > 0)) throw new Error(`no ${year} exchange rate ${from} → ${to}`);
      cache.set(k, (v = Math.log(r)));
    }
    return v;
  };
}

/** DOL OFLC cells for the families with a SOC code: metro areas, states, and the US where no survey covers the family. */
export function oflcCells(
  oflc: OflcData,
  familySoc: ReadonlyMap<string, string>,
  upperSpread: Record<string, number>,
  inflation: Inflation,
  hasSurveyUs: (family: string) => boolean,
): DatasetCell[] {
  const lift = Math.log(inflation.factor('USD', OFLC_T, REFERENCE_T));
  const bySoc = new Map<string, typeof oflc.points>();
  for (const p of oflc.points) (bySoc.get(p.soc) ?? bySoc.set(p.soc, []).get(p.soc)!).push(p);
  const source = [sourceIndex('oflc')];
  const cells: DatasetCell[] = [];
  const make = (family: string, geo: string, q: [number, number, number]): DatasetCell => ({
    key: cellKey(family, ALL_LEVELS, geo, '', 'base'),
    family,
    level: ALL_LEVELS,
    geo,
    company: null,
    basis: 'base',
    kind: 'statistic',
    logP25: q[0] + lift,
    logP50: q[1] + lift,
    logP75: q[2] + lift,
    currency: 'USD',
    n: null,
    nEff: null,
    sources: source,
    asOf: REFERENCE_DATE,
  });
  for (const [family, soc] of familySoc) {
    const points = bySoc.get(soc);
    if (!points?.length) continue;
    const spread = upperSpread[family] ?? upperSpread._default ?? 1;
    const byState = new Map<string, [number, number, number][]>();
    const all: [number, number, number][] = [];
    for (const p of points) {
      const q = oflcQuartiles(p.ln, spread);
      cells.push(make(family, geoKey.metro(p.area), q));
      all.push(q);
      for (const st of oflc.areaStates[p.area] ?? []) (byState.get(st) ?? byState.set(st, []).get(st)!).push(q);
    }
    const medianOf = (qs: [number, number, number][]): [number, number, number] => [
      median(qs.map((q) => q[0])),
      median(qs.map((q) => q[1])),
      median(qs.map((q) => q[2])),
    ];
    for (const [st, qs] of byState) cells.push(make(family, geoKey.state(st), medianOf(qs)));
    if (!hasSurveyUs(family)) cells.push(make(family, geoKey.country('US'), medianOf(all)));
  }
  return cells;
}

/** ln(area median ÷ the occupation's median over all areas), pooled (median) over the families. */
export function metroIndex(oflc: OflcData, familySoc: ReadonlyMap<string, string>): Record<string, number> {
  const socs = new Set(familySoc.values());
  const bySoc = new Map<string, { area: string; l3: number }[]>();
  for (const p of oflc.points) if (socs.has(p.soc)) (bySoc.get(p.soc) ?? bySoc.set(p.soc, []).get(p.soc)!).push({ area: p.area, l3: p.ln[2] });
  const byArea = new Map<string, number[]>();
  for (const pts of bySoc.values()) {
    const national = median(pts.map((p) => p.l3));
    for (const p of pts) (byArea.get(p.area) ?? byArea.set(p.area, []).get(p.area)!).push(p.l3 - national);
  }
  const out: Record<string, number> = {};
  for (const area of [...byArea.keys()].sort()) out[area] = Number(median(byArea.get(area)!).toFixed(4));
  return out;
}

/** Every learned parameter from a set of cells (the bench calls this again without a held-out cell). */
export function learnAll(
  cells: readonly DatasetCell[],
  metro: Record<string, number>,
  indexes: PayIndexes,
  upperSpread?: Record<string, number>,
  intern: Record<string, { dol: number; step: number }> = {},
  order?: OrderReport,
): LearnedParams {
  const index = new Map(cells.map((c) => [c.key, c]));
  const internOut: { rules?: Record<string, InternRule> } = {};
  const levelRatios = learnLevelRatios(cells, index, intern, order, internOut);
  const companyPremium = learnCompanyPremium(cells, index);
  return {
    levelRatios,
    internRule: internOut.rules ?? {},
    tau2: learnTau2(cells, index, levelRatios, companyPremium, makeLogRate(), indexes),
    metroIndex: metro,
    countryIndex: indexes.countryIndex,
    regionIndex: indexes.regionIndex,
    officialIndex: learnOfficialIndex(cells, makeLogRate(), familiesWithSoc().statFamily),
    companyPremium,
    upperSpread: upperSpread ?? learnUpperSpread(cells),
  };
}

const FLOAT_DIGITS = 4;
const fixed = (x: number, digits = FLOAT_DIGITS) => Number(x.toFixed(digits));

/** Stable JSON: object keys sorted at every depth. */
export function stableStringify(value: unknown, indent = 0): string {
  const sortKeys = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sortKeys);
    if (v && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(v as object).sort()) out[k] = sortKeys((v as Record<string, unknown>)[k]);
      return out;
    }
    return v;
  };
  return JSON.stringify(sortKeys(value), null, indent);
}

/** Each cells file stays well under the 5 MB that Firefox's add-on linter parses. */
const SHARD_BYTES = 3_000_000;

export function serialise(cells: readonly DatasetCell[], metaWithoutVersion: Omit<DatasetMeta, 'version' | 'cellFiles'>, titles: string[] = []): {
  version: string;
  cellTexts: string[];
  metaText: string;
  cellFiles: string[];
} {
  const rows = [...cells]
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((c) => {
      const r = cellToRow(c);
      r[7] = fixed(r[7]);
      r[8] = fixed(r[8]);
      r[9] = fixed(r[9]);
      r[11] = r[11] === null ? null : fixed(r[11], 1);
      return JSON.stringify(r);
    });
  // Shards of whole rows, in key order.
  const shards: string[][] = [[]];
  let bytes = 0;
  for (const row of rows) {
    if (bytes + row.length > SHARD_BYTES && shards[shards.length - 1]!.length) {
      shards.push([]);
      bytes = 0;
    }
    shards[shards.length - 1]!.push(row);
    bytes += row.length + 2;
  }
  const cellFiles = shards.map((_, i) => cellsFileName(i));
  const body = rows.join(',\n');
  const metaBody = stableStringify({ ...metaWithoutVersion, cellFiles }, 1);
  const hash = createHash('sha256').update(body).update('\n').update(metaBody);
  for (const t of titles) hash.update('\n').update(t);
  const version = hash.digest('hex').slice(0, 16);
  const head: Omit<CellsFile, 'rows'> = { format: 1, version, asOf: metaWithoutVersion.asOf, columns: CELL_COLUMNS };
  const cellTexts = shards.map((shard) => `${JSON.stringify(head).slice(0, -1)},"rows":[\n${shard.join(',\n')}\n]}\n`);
  const metaText = `${stableStringify({ ...metaWithoutVersion, cellFiles, version }, 1)}\n`;
  return { version, cellTexts, metaText, cellFiles };
}

export async function buildDataset(dataDir: string): Promise<BuildResult> {
  const timings: Record<string, number> = {};
  let t0 = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    timings[name] = Math.round(now - t0);
    t0 = now;
  };

  setOnetDataDir(dataDir);
  const inflation = loadInflation(dataDir);
  const { familySoc, familyOfSoc, statFamily } = familiesWithSoc();
  const countryCode = countryCodeLookup();

  const foorilla = readFoorilla(dataDir, new Set());
  const dou = readDou(dataDir);
  const so = readStackOverflow(dataDir, countryCode);
  const lca = await readLca(dataDir);
  lap('read');
  const skipped: BuildReport['skipped'] = [];
  if (lca.skipped) skipped.push({ source: 'lca', reason: lca.skipped });

  const normalise = makeNormaliser(inflation, familyOfSoc);
  const raws = [...foorilla.flatMap((r) => r.obs), ...dou.obs, ...so.obs, ...lca.obs];
  let obs: Obs[] = [];
  for (const raw of raws) {
    const o = normalise(raw);
    if (o) obs.push(o);
  }
  const trimmed = trimStackOverflowTails(obs, sourceIndex('stackoverflow'));
  obs = trimmed.kept;
  lap('normalise');

  // pass 1: country cells → country pay indexes; pass 2: every cell, pooled ones country-adjusted
  const logRate = makeLogRate();
  const indexes = learnCountryIndex(aggregate(obs, cellCurrencyOf, logRate, REFERENCE_DATE), logRate);
  const cellStats: CellStats = { trimmed: 0, belowEvidence: 0 };
  const surveyCells = aggregate(obs, cellCurrencyOf, logRate, REFERENCE_DATE, cellStats, (cc) => payIndex(cc, indexes));
  const upperSpread = learnUpperSpread(surveyCells);
  const surveyUs = new Set(surveyCells.filter((c) => c.geo === 'c:US' && c.basis === 'base' && c.level === ALL_LEVELS && !c.company).map((c) => c.family));
  const oflc = readOflc(dataDir, new Set(familySoc.values()));
  const statCells = oflcCells(oflc, familySoc, upperSpread, inflation, (f) => surveyUs.has(f));
  const official = officialCells(dataDir, new Set(ROLE_FAMILIES.map((f) => f.family)), inflation);
  // every other occupation the title tables name: one national DOL cell each (the metro index
  // and level ratios place it), labelled with the occupation's name
  const titles = buildTitles(dataDir);
  const occupations = occupationCells(dataDir, titles.occupations, upperSpread._default ?? 1, inflation);
  // levels in order in every family × place (monotone.ts): violating cells are moved, and counted
  const levelOrder: OrderReport = { checked: 0, moved: {}, groups: 0, ratiosFixed: 0 };
  const cells = orderCells([...surveyCells, ...statCells, ...official.cells, ...occupations], levelOrder);
  lap('aggregate');

  // countries' wage levels (ILOSTAT) and the rule placing a US figure on them, fitted on the official cells
  const wage = buildWageIndex(dataDir, inflation, REFERENCE_T);
  const wageFit = wage.index ? fitWageRule(officialPairs(cells, statFamily), wage.index) : null;

  const metro = metroIndex(oflc, familySoc);
  const intern = internRatios(oflc, familySoc);
  const learned = learnAll(cells, metro, indexes, upperSpread, intern, levelOrder);
  lap('learn');

  const counts: Record<string, number> = {};
  for (const c of cells) {
    const kind = c.company
      ? c.company === '*'
        ? 'h1b-market'
        : 'company'
      : c.geo === 'global'
        ? 'global'
        : /^m:[A-Z]{2}:/.test(c.geo)
          ? 'metro-other'
          : c.geo.startsWith('o:')
            ? 'country-official'
            : /^s:(?!US-)/.test(c.geo)
              ? 'province-official'
              : { r: 'region', c: 'country', s: 'state', m: 'metro' }[c.geo[0]!]!;
    counts[kind] = (counts[kind] ?? 0) + 1;
  }
  const usedSources = new Set(cells.flatMap((c) => c.sources));
  const companies = new Set(cells.map((c) => c.company).filter((c): c is string => !!c && c !== '*'));
  const companyNames: Record<string, string> = {};
  for (const id of [...companies].sort()) companyNames[id] = normalise.report.companyNames[id] ?? id;
  const areas = new Set(cells.filter((c) => /^m:\d+$/.test(c.geo)).map((c) => c.geo.slice(2)));
  const areaNames: Record<string, string> = {};
  for (const id of [...areas].sort()) areaNames[id] = oflc.areaNames[id] ?? id;

  const metaWithoutVersion: Omit<DatasetMeta, 'version' | 'cellFiles'> = {
    format: 1,
    asOf: REFERENCE_DATE,
    ratesAsOf: RATES_AS_OF,
    rateYear: REFERENCE_RATE_YEAR,
    // every source keeps its index (cells refer to it); unused ones say so in NOTICE.md
    sources: SOURCES.map((s) => ({ ...s })),
    learned,
    areaNames,
    stateNames: { ...oflc.stateNames, ...official.stateNames },
    companyNames,
    statFamily,
    counts,
  };
  if (wage.index && wageFit) {
    // shipped for the countries without official statistics of their own (theirs answer there)
    const official = new Set(cells.filter((c) => c.geo.startsWith('o:')).map((c) => c.geo.slice(2)));
    metaWithoutVersion.wageLevel = {
      source: sourceIndex('ilostat'),
      usLogAnnual: wage.index.usLogAnnual,
      // the offset fitted on the UK and Australia is not shipped: it corrects those two countries'
      // ILOSTAT figures being low against their full-time official pay, and the check against the
      // survey cells of the countries the rule serves finds it there too high (npm run bench -- --only estimate)
      slope: wageFit.slope,
      countries: Object.fromEntries(Object.entries(wage.index.countries).filter(([cc]) => !official.has(cc))),
    };
  }
  metaWithoutVersion.titleFiles = titlesTexts(titles.files, '').names;
  const { version, cellTexts, metaText, cellFiles } = serialise(cells, metaWithoutVersion, titlesTexts(titles.files, '').texts);
  const meta: DatasetMeta = { ...metaWithoutVersion, cellFiles, version };
  const titleTexts = titlesTexts(titles.files, version).texts;
  lap('serialise');

  const report: BuildReport = {
    reads: [...foorilla.map((r) => r.report), dou.report, so.report, lca.report],
    normalise: normalise.report,
    skipped,
    cellStats,
    soTailsDropped: trimmed.dropped,
    oflcSkipped: oflc.skipped,
    oflcFamilies: Object.fromEntries([...familySoc].sort(([a], [b]) => (a < b ? -1 : 1))),
    official: official.reports,
    levelOrder,
    titles: { ...titles.report, occupationCells: occupations.length },
    wageLevel: {
      read: wage.countries,
      countries: Object.keys(wage.index?.countries ?? {}).length,
      shipped: Object.keys(metaWithoutVersion.wageLevel?.countries ?? {}).length,
      usYear: wage.index?.usYear ?? null,
      slopeOn: wageFit?.slopeOn ?? [],
      offsetOn: wageFit?.offsetOn ?? [],
      fittedOffset: wageFit?.offset ?? null,
      unknownCountries: wage.unknownCountries,
    },
    timings,
  };
  const notice = renderNotice({ meta, report, usedSources, minCellN: MIN_CELL_N, cellsCount: cells.length }) + titlesNotice(report.titles);
  return { cells, meta, obs, oflc, familySoc, internRatios: intern, report, files: { cells: cellTexts, titles: titleTexts, meta: metaText, notice } };
}

export function writeDataset(outDir: string, result: BuildResult): void {
  mkdirSync(outDir, { recursive: true });
  // Remove cells files of an earlier build (it may have had more shards, or the one old file).
  for (const name of readdirSync(outDir)) if (/^(cells|titles)(-\d+)?\.json$/.test(name)) rmSync(join(outDir, name));
  result.files.cells.forEach((text, i) => writeFileSync(join(outDir, cellsFileName(i)), text));
  result.files.titles.forEach((text, i) => writeFileSync(join(outDir, titlesFileName(i)), text));
  writeFileSync(join(outDir, META_FILE), result.files.meta);
  writeFileSync(join(outDir, 'NOTICE.md'), result.files.notice);
}

export function readDatasetFiles(outDir: string): { cells: string[]; titles: string[]; meta: string; notice: string } {
  const meta = readFileSync(join(outDir, META_FILE), 'utf8');
  const { cellFiles, titleFiles = [] } = JSON.parse(meta) as DatasetMeta;
  return {
    cells: cellFiles.map((name) => readFileSync(join(outDir, name), 'utf8')),
    titles: titleFiles.map((name) => readFileSync(join(outDir, name), 'utf8')),
    meta,
    notice: readFileSync(join(outDir, 'NOTICE.md'), 'utf8'),
  };
}
