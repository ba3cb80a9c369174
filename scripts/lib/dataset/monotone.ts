/**
 * Levels in order, everywhere: along each ladder (intern ≤ entry ≤ mid ≤ senior ≤ staff;
 * manager ≤ director ≤ vp ≤ exec) a higher level never pays less than a lower one.
 *
 * - cells: within one family × place × employer × basis × kind, the level cells' medians are
 *   made monotone by weighted isotonic regression (pool-adjacent-violators, weights = effective
 *   n): a violating pair is pooled to its weighted mean and each cell's quartiles move by the
 *   same amount. Every moved cell is counted (the build prints the counts);
 * - level ratios: per family, the ratios the estimator would use (the family's own, else the
 *   pooled one) are made monotone the same way (equal weights); the intern ratio, a stated rule
 *   (DOL level I), is only ever lowered to the entry ratio, never pooled upwards.
 *
 * `levelOrderViolations` is the check (the unit test runs it over the shipped dataset).
 */
import { LEVEL_LADDERS } from '../../../utils/estimate/levels';
import { ALL_LEVELS, type DataLevel, type DatasetCell, type LearnedParams } from '../../../utils/estimate/types';

/** Medians closer than this (in log space, 0.01%) are equal. */
const EPS = 1e-4;

const groupKey = (c: DatasetCell) => `${c.family}|${c.geo}|${c.company ?? ''}|${c.basis}|${c.kind}`;

/** Weighted isotonic (non-decreasing) fit of ys. */
export function isotonic(ys: readonly number[], ws: readonly number[]): number[] {
  const blocks: { v: number; w: number; n: number }[] = [];
  ys.forEach((y, i) => {
    blocks.push({ v: y, w: ws[i]!, n: 1 });
    while (blocks.length > 1 && blocks[blocks.length - 2]!.v > blocks[blocks.length - 1]!.v) {
      const b = blocks.pop()!;
      const a = blocks.pop()!;
      const w = a.w + b.w;
      blocks.push({ v: w > 0 ? (a.v * a.w + b.v * b.w) / w : (a.v + b.v) / 2, w, n: a.n + b.n });
    }
  });
  return blocks.flatMap((b) => Array<number>(b.n).fill(b.v));
}

export interface OrderReport {
  /** level cells checked */
  checked: number;
  /** cells whose quartiles were moved to restore the order, per ladder level */
  moved: Partial<Record<DataLevel, number>>;
  /** groups (family × place × employer × basis) that had a violation */
  groups: number;
  /** family level ratios changed to restore the order */
  ratiosFixed: number;
}

/** The cells with every ladder in order (new objects for the moved cells; the rest as they were). */
export function orderCells(cells: readonly DatasetCell[], report: OrderReport): DatasetCell[] {
  const byGroup = new Map<string, DatasetCell[]>();
  for (const c of cells) {
    if (c.level === ALL_LEVELS) continue;
    (byGroup.get(groupKey(c)) ?? byGroup.set(groupKey(c), []).get(groupKey(c))!).push(c);
  }
  const replaced = new Map<string, DatasetCell>();
  for (const group of [...byGroup.keys()].sort()) {
    const members = byGroup.get(group)!;
    report.checked += members.length;
    let violated = false;
    for (const ladder of LEVEL_LADDERS) {
      const rung = ladder.map((l) => members.find((c) => c.level === l)).filter((c): c is DatasetCell => !!c);
      if (rung.length < 2) continue;
      const fit = isotonic(
        rung.map((c) => c.logP50),
        rung.map((c) => c.nEff ?? c.n ?? 1),
      );
      rung.forEach((c, i) => {
        const by = fit[i]! - c.logP50;
        if (Math.abs(by) <= EPS) return;
        violated = true;
        report.moved[c.level as DataLevel] = (report.moved[c.level as DataLevel] ?? 0) + 1;
        replaced.set(c.key, { ...c, logP25: c.logP25 + by, logP50: fit[i]!, logP75: c.logP75 + by });
      });
    }
    if (violated) report.groups++;
  }
  return cells.map((c) => replaced.get(c.key) ?? c);
}

/** Level ratios in ladder order for every family (see the file comment). Mutates and returns `ratios`. */
export function orderRatios(ratios: LearnedParams['levelRatios'], report: OrderReport): LearnedParams['levelRatios'] {
  const pooled = ratios._default ?? {};
  for (const family of Object.keys(ratios).sort()) {
    const own = ratios[family]!;
    const used = (l: DataLevel) => own[l] ?? pooled[l];
    const set = (l: DataLevel, v: number) => {
      if (Math.abs(used(l)! - v) <= EPS) return;
      own[l] = Number(v.toFixed(4));
      report.ratiosFixed++;
    };
    for (const ladder of LEVEL_LADDERS) {
      const rung = ladder.filter((l) => l !== 'intern' && used(l) !== undefined);
      if (rung.length >= 2) {
        const fit = isotonic(
          rung.map((l) => used(l)!),
          rung.map(() => 1),
        );
        rung.forEach((l, i) => set(l, fit[i]!));
      }
      if (ladder[0] === 'intern') {
        const intern = used('intern');
        const entry = used('entry');
        if (intern !== undefined && entry !== undefined && intern > entry + EPS) set('intern', entry);
      }
    }
  }
  return ratios;
}

export interface LevelOrderViolation {
  where: string;
  lower: DataLevel;
  higher: DataLevel;
  /** ln(lower ÷ higher) > 0 */
  by: number;
}

/** Every pair of levels out of order: among the level cells of a family × place, and in the ratios. */
export function levelOrderViolations(cells: readonly DatasetCell[], ratios: LearnedParams['levelRatios']): LevelOrderViolation[] {
  const out: LevelOrderViolation[] = [];
  const check = (where: string, value: (l: DataLevel) => number | undefined) => {
    for (const ladder of LEVEL_LADDERS) {
      const rung = ladder.filter((l) => value(l) !== undefined);
      for (let i = 1; i < rung.length; i++) {
        const lo = rung[i - 1]!;
        const hi = rung[i]!;
        const by = value(lo)! - value(hi)!;
        if (by > 2 * EPS) out.push({ where, lower: lo, higher: hi, by });
      }
    }
  };
  const byGroup = new Map<string, Map<string, number>>();
  for (const c of cells) {
    if (c.level === ALL_LEVELS) continue;
    const g = byGroup.get(groupKey(c)) ?? byGroup.set(groupKey(c), new Map()).get(groupKey(c))!;
    g.set(c.level, c.logP50);
  }
  for (const [g, levels] of byGroup) check(g, (l) => levels.get(l));
  const pooled = ratios._default ?? {};
  for (const [family, own] of Object.entries(ratios)) check(`ratios ${family}`, (l) => own[l] ?? pooled[l]);
  return out;
}
