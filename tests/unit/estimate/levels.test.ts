/**
 * The nine levels over the committed dataset (public/data): every ladder is in order in every
 * family × place, the figures a user sees for one role climb with the level, and an intern
 * posting gets an intern figure by the stated rule (hourly, labelled), never an entry figure.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../../scripts/lib/dataset-files';
import { isotonic, levelOrderViolations, orderCells, orderRatios, type OrderReport } from '../../../scripts/lib/dataset/monotone';
import { levelRuleText } from '../../../components/Badge';
import { MemoryCellSource } from '../../../utils/estimate/dataset-file';
import { estimateDetailed } from '../../../utils/estimate/estimator';
import { DATA_LEVELS, type DatasetCell } from '../../../utils/estimate/types';
import { normalizePosting } from '../../../utils/normalize/posting';
import type { EstimateOk } from '../../../utils/schemas';
import { cell } from './synthetic';

const DATA = resolve(import.meta.dirname, '../../../public/data');
const hasDataset = existsSync(resolve(DATA, 'dataset-meta.json'));
const shipped = hasDataset ? readDataset(DATA) : null;
const source = shipped ? MemoryCellSource.fromFiles(shipped.cells, shipped.meta) : null;

async function ask(title: string, location: string): Promise<EstimateOk> {
  const { estimate } = await estimateDetailed(normalizePosting({ title, location }), source!, { displayPeriod: null });
  if (estimate.status !== 'ok') throw new Error(`${title}, ${location}: no-data (${estimate.reason})`);
  return estimate;
}

/** The same figure per year, whatever period it is shown in (2,080 hours a year). */
const yearly = (e: EstimateOk) => e.p50 * (e.period === 'hour' ? 2080 : e.period === 'month' ? 12 : 1);

describe.skipIf(!hasDataset)('the nine levels in the shipped dataset', () => {
  it('has every ladder in order in every family × place, and in every family’s level ratios', () => {
    const cells = [...source!.cells()];
    const violations = levelOrderViolations(cells, shipped!.meta.learned.levelRatios);
    expect(violations.slice(0, 5), `${violations.length} pairs of levels out of order`).toEqual([]);
    // and the data tells the nine apart: cells exist at intern and vp level, and every family has an intern ratio
    const levels = new Set(cells.map((c) => c.level));
    for (const l of ['intern', 'vp'] as const) expect(levels.has(l), l).toBe(true);
    expect(shipped!.meta.learned.levelRatios._default?.intern).toBeLessThan(shipped!.meta.learned.levelRatios._default!.entry!);
    for (const c of cells) expect(['*', ...DATA_LEVELS]).toContain(c.level);
  });

  it.each([
    ['Seattle, WA', 'Software Engineer'],
    ['Berlin', 'Software Engineer'],
    ['London', 'Accountant'],
    ['Bengaluru', 'Data Scientist'],
    ['New York, NY', 'Product Manager'],
  ])('in %s, %s: intern ≤ junior ≤ plain ≤ senior ≤ principal titles', async (location, role) => {
    const ic = ['Intern', 'Junior', '', 'Senior', 'Principal'].map((w) => `${w} ${role}`.trim());
    const figures: number[] = [];
    for (const t of ic) figures.push(yearly(await ask(t, location)));
    for (let i = 1; i < figures.length; i++) expect(figures[i], `${ic[i]} vs ${ic[i - 1]}: ${figures.join(' < ')}`).toBeGreaterThanOrEqual(figures[i - 1]!);
  });

  it.each(['San Francisco, CA', 'London', 'Bengaluru'])('in %s an engineering manager < director < VP of engineering', async (location) => {
    const titles = ['Engineering Manager', 'Director of Engineering', 'VP of Engineering'];
    const got = [];
    for (const t of titles) got.push(await ask(t, location));
    expect(got.map((e) => e.role.level)).toEqual(['manager', 'director', 'vp']);
    for (let i = 1; i < got.length; i++) expect(got[i]!.p50, `${titles[i]}: ${got.map((e) => e.p50).join(' < ')}`).toBeGreaterThanOrEqual(got[i - 1]!.p50);
  });

  it('puts Senior Staff and Principal engineers at staff, above senior', async () => {
    const senior = await ask('Senior Software Engineer', 'Seattle, WA');
    for (const t of ['Senior Staff Engineer', 'Principal Engineer']) {
      const e = await ask(t, 'Seattle, WA');
      expect(e.role.level, t).toBe('staff');
      expect(e.p50, t).toBeGreaterThan(senior.p50);
    }
  });

  it('estimates a Head of Data at vp level, above the manager figure', async () => {
    const head = await ask('Head of Data', 'New York, NY');
    expect(head.role.level).toBe('vp');
    const manager = await ask('Data Science Manager', 'New York, NY');
    expect(manager.role.level).toBe('manager');
    expect(head.p50).toBeGreaterThan(manager.p50);
  });

  it('gives a Werkstudent posting an intern figure, hourly, below the entry figure, and says which rule made it', async () => {
    const e = await ask('Werkstudent Software (m/w/d)', 'Berlin');
    expect(e.role.level).toBe('intern');
    expect(e.period).toBe('hour');
    expect(e.currency).toBe('EUR');
    expect(e.levelRule).toMatch(/^intern-/);
    expect(levelRuleText(e)).toMatch(/^intern estimate: /);
    const entry = await ask('Junior Software Engineer', 'Berlin');
    expect(yearly(e)).toBeLessThan(yearly(entry));
  });

  it('gives a US software internship the intern figure of its wage area', async () => {
    const e = await ask('Software Engineering Intern', 'Seattle, WA');
    expect(e).toMatchObject({ role: { level: 'intern' }, period: 'hour', currency: 'USD', scope: { kind: 'metro' } });
    expect(levelRuleText(e)).toContain('DOL level I');
    expect(e.p50).toBeGreaterThan(15);
    expect(e.p50).toBeLessThan(100);
  });
});

describe('level order repair (build)', () => {
  it('pools a violating pair to its weighted mean and leaves ordered ones alone', () => {
    expect(isotonic([1, 3, 2, 4], [1, 1, 1, 1])).toEqual([1, 2.5, 2.5, 4]);
    expect(isotonic([1, 2, 3], [5, 1, 1])).toEqual([1, 2, 3]);
    expect(isotonic([2, 1], [3, 1])).toEqual([1.75, 1.75]);
  });

  it('moves out-of-order cells and counts them; the check then finds nothing', () => {
    const at = (level: string, p50: number, n: number): DatasetCell => cell({ level, geo: 'c:DE', currency: 'EUR', p50, n });
    const cells = [at('entry', 60_000, 50), at('mid', 55_000, 10), at('senior', 80_000, 40), at('manager', 90_000, 20), at('director', 85_000, 20)];
    expect(levelOrderViolations(cells, {})).toHaveLength(2);
    const report: OrderReport = { checked: 0, moved: {}, groups: 0, ratiosFixed: 0 };
    const fixed = orderCells(cells, report);
    expect(levelOrderViolations(fixed, {})).toEqual([]);
    expect(report).toMatchObject({ checked: 5, groups: 1, moved: { entry: 1, mid: 1, manager: 1, director: 1 } });
    // the quartiles move with the median
    const mid = fixed.find((c) => c.level === 'mid')!;
    expect(mid.logP75 - mid.logP50).toBeCloseTo(cells[1]!.logP75 - cells[1]!.logP50, 9);
  });

  it('orders level ratios, lowering an intern ratio above entry to the entry ratio', () => {
    const report: OrderReport = { checked: 0, moved: {}, groups: 0, ratiosFixed: 0 };
    const ratios = orderRatios({ _default: { intern: -0.5, entry: -0.4, mid: 0, senior: 0.2 }, X: { intern: -0.1, mid: 0.3, senior: 0.1 } }, report);
    expect(levelOrderViolations([], ratios)).toEqual([]);
    expect(ratios.X).toEqual({ intern: -0.4, mid: 0.2, senior: 0.2 });
    expect(report.ratiosFixed).toBe(3);
  });
});
