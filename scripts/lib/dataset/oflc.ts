/**
 * DOL OFLC prevailing wages (wage year 2025-26, from BLS OEWS May 2024): per SOC occupation and
 * wage area, levels I–IV — points of the occupation's pay distribution in the area (≈ P17, P34,
 * P50, P67), base wages, mostly hourly.
 *
 * Quartiles in log space: p50 = level III; p25 interpolated between levels I and II on the normal
 * quantile scale (z); p75 lies beyond level IV (P67), so it is extrapolated from the III→IV slope
 * stretched by how much wider the upper half of the distribution is than the lower half in the
 * surveys (`upperSpread`, learned per family from US survey cells): with s = (ln L4 − ln L3)/z67,
 * ln p75 = ln L4 + (z75 − z67) · s · u/u0, where u0 is the same ratio measured on OFLC's own
 * points. Levels are NOT seniority: the estimator applies survey-learned level ratios on top.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvObjects } from './csv';
import { HOURS_PER_YEAR, Z } from './constants';

export interface OflcPoint {
  soc: string;
  area: string;
  /** natural logs of annual levels I–IV, in USD of May 2024 */
  ln: [number, number, number, number];
}

export interface OflcData {
  points: OflcPoint[];
  areaNames: Record<string, string>;
  /** area → its state codes ("US-WA") */
  areaStates: Record<string, string[]>;
  stateNames: Record<string, string>;
  /** rows skipped because level I is 0 (no estimate) */
  skipped: number;
}

/** May 2024 (OEWS reference period). */
export const OFLC_T = 2024.37;

export function readOflc(dataDir: string, socs: ReadonlySet<string>): OflcData {
  const dir = join(dataDir, 'oflc-prevailing-wage-2025-26');
  const areas = JSON.parse(readFileSync(join(dir, 'areas.json'), 'utf8')) as { id: string; name: string; state: string }[];
  const areaNames: Record<string, string> = {};
  for (const a of areas) areaNames[a.id] = a.name;
  const geo = csvObjects(readFileSync(join(dir, 'Geography.csv'), 'utf8')).rows;
  const areaStateSets = new Map<string, Set<string>>();
  const stateNames: Record<string, string> = {};
  for (const g of geo) {
    const code = `US-${g.StateAb}`;
    stateNames[code] = g.State!;
    let set = areaStateSets.get(g.Area!);
    if (!set) areaStateSets.set(g.Area!, (set = new Set()));
    set.add(code);
  }
  const areaStates: Record<string, string[]> = {};
  for (const [area, set] of areaStateSets) areaStates[area] = [...set].sort();

  const points: OflcPoint[] = [];
  let skipped = 0;
  const files = readdirSync(join(dir, 'wages')).filter((f) => f.endsWith('.json')).sort();
  for (const f of files) {
    const soc = f.slice(0, -5);
    if (!socs.has(soc)) continue;
    const data = JSON.parse(readFileSync(join(dir, 'wages', f), 'utf8')) as {
      wages: { area_id: string; l1: number; l2: number; l3: number; l4: number }[];
    };
    for (const w of data.wages) {
      if (!(w.l1 > 0 && w.l2 > 0 && w.l3 > 0 && w.l4 > 0) || !(w.l4 >= w.l3 && w.l3 >= w.l2 && w.l2 >= w.l1)) {
        skipped++;
        continue;
      }
      // 62 SOCs (mostly education) are published as annual figures; everything else is hourly
      const perYear = w.l4 > 1000 ? 1 : HOURS_PER_YEAR;
      points.push({
        soc,
        area: w.area_id,
        ln: [Math.log(w.l1 * perYear), Math.log(w.l2 * perYear), Math.log(w.l3 * perYear), Math.log(w.l4 * perYear)],
      });
    }
  }
  points.sort((a, b) => (a.soc === b.soc ? cmp(a.area, b.area) : cmp(a.soc, b.soc)));
  return { points, areaNames, areaStates, stateNames, skipped };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Log quartiles of one OFLC point. `upperSpread` is the survey ratio ln(p75/p50) ÷ ln(p50/p25)
 * for the family (see the file comment).
 */
export function oflcQuartiles(ln: readonly [number, number, number, number], upperSpread: number): [number, number, number] {
  const [l1, l2, l3, l4] = ln;
  const p25 = l1 + ((Z.p25 - Z.p17) / (Z.p34 - Z.p17)) * (l2 - l1);
  const p50 = l3;
  const slopeUp = (l4 - l3) / Z.p67;
  const lowerHalf = p50 - p25;
  // OFLC's own upper/lower ratio, with p75 extrapolated straight from the III→IV slope
  const straightP75 = l4 + (Z.p75 - Z.p67) * slopeUp;
  const ownRatio = lowerHalf > 0 ? (straightP75 - p50) / lowerHalf : 1;
  const stretch = ownRatio > 0 ? Math.min(2, Math.max(0.5, upperSpread / ownRatio)) : 1;
  const p75 = Math.max(l4, l4 + (Z.p75 - Z.p67) * slopeUp * stretch);
  return [p25, p50, p75];
}

/**
 * The intern rule, per family (`_default`: the median over the families), from the occupation's
 * wage areas (medians): `dol` = ln(level I ÷ level III) — level I is OFLC's entry wage (≈ P17 of
 * the occupation's pay), level III its median, so a US wage area's intern figure is that area's
 * level I wage; `step` = ln(level I ÷ level II), the step an intern sits below the entry figure
 * where the entry figure is already under level I (learn.ts).
 */
export function internRatios(oflc: OflcData, familySoc: ReadonlyMap<string, string>): Record<string, { dol: number; step: number }> {
  const bySoc = new Map<string, { dol: number[]; step: number[] }>();
  for (const p of oflc.points) {
    const e = bySoc.get(p.soc) ?? bySoc.set(p.soc, { dol: [], step: [] }).get(p.soc)!;
    e.dol.push(p.ln[0] - p.ln[2]);
    e.step.push(p.ln[0] - p.ln[1]);
  }
  const med = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    const m = s.length >> 1;
    return Number((s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2).toFixed(4));
  };
  const out: Record<string, { dol: number; step: number }> = {};
  const all = { dol: [] as number[], step: [] as number[] };
  for (const [family, soc] of [...familySoc].sort(([a], [b]) => cmp(a, b))) {
    const e = bySoc.get(soc);
    if (!e?.dol.length) continue;
    const r = { dol: med(e.dol), step: med(e.step) };
    out[family] = r;
    all.dol.push(r.dol);
    all.step.push(r.step);
  }
  if (all.dol.length) out._default = { dol: med(all.dol), step: med(all.step) };
  return out;
}
