import { describe, expect, it } from 'vitest';
import { convertCurrency, RATES_AS_OF } from '../../../utils/normalize/currency';
import { roundForDisplay } from '../../../utils/estimate/display';
import { shrink, weightedQuantile } from '../../../utils/estimate/stats';
import type { EstimateOk, PostedSalary, Submission } from '../../../utils/schemas';
import { cell, estimateText as estimate, estimateTextDetailed as estimateDetailed, meta, medianVar, source } from './synthetic';

const ok = (e: Awaited<ReturnType<typeof estimate>>): EstimateOk => {
  if (e.status !== 'ok') throw new Error(`expected an estimate, got no-data: ${e.reason}`);
  return e;
};

const posted = (p: Partial<PostedSalary>): PostedSalary => ({ min: null, max: null, currency: 'USD', period: 'year', flags: [], raw: '', ...p });

const submission = (s: Partial<Submission>): Submission => ({
  id: crypto.randomUUID(),
  clientId: crypto.randomUUID(),
  createdAt: '2025-07-01T00:00:00.000Z',
  title: 'Software Engineer',
  company: null,
  location: 'Remote - U.S.',
  level: 'unknown',
  base: s.annualBase ?? 150000,
  total: null,
  period: 'year',
  annualBase: 150000,
  annualTotal: null,
  currency: 'USD',
  yearsExperience: null,
  jobKey: null,
  ...s,
});

// A US remote posting reads as: country US, region north-america, no state or metro.
const US_REMOTE = { title: 'Software Engineer', company: null, location: 'Remote - U.S.' };

describe('stats', () => {
  it('weighted quantiles reduce to the Hazen quantile with equal weights', () => {
    const xs = [1, 2, 3, 4];
    expect(weightedQuantile(xs, [1, 1, 1, 1], 0.5)).toBeCloseTo(2.5);
    expect(weightedQuantile(xs, [1, 1, 1, 1], 0.25)).toBeCloseTo(1.5);
    // a heavier value pulls the median towards it
    expect(weightedQuantile(xs, [1, 1, 1, 5], 0.5)).toBeGreaterThan(3);
  });

  it('shrinkage weight is τ² / (τ² + v)', () => {
    const v = medianVar(0.3, 10);
    const { weight, dist } = shrink({ m: 1, lo: 0.3, hi: 0.3, nEff: 10 }, { m: 0, lo: 0.2, hi: 0.2, nEff: 1000 }, v);
    expect(weight).toBeCloseTo(0.5);
    expect(dist.m).toBeCloseTo(0.5);
    expect(dist.lo).toBeCloseTo(0.25);
  });

  it('an official statistic is not shrunk', () => {
    expect(shrink({ m: 1, lo: 0.3, hi: 0.3, nEff: null }, { m: 0, lo: 0.2, hi: 0.2, nEff: 10 }, 0.01).weight).toBe(1);
  });
});

describe('backoff and shrinkage', () => {
  // τ² equal to each cell's own sampling variance → every blend is half cell, half parent.
  const tau2 = { country: medianVar(0.3, 10), region: medianVar(0.3, 500) };
  const global = cell({ geo: 'global', p50: 100_000, n: 1000 });
  const region = cell({ geo: 'r:north-america', p50: 120_000, n: 500 });
  const country = cell({ geo: 'c:US', p50: 150_000, n: 10 });
  const m = meta({ tau2: { ...meta().learned.tau2, ...tau2 } });

  it('blends country → region → global by hand-known weights', async () => {
    const e = ok(await estimate(US_REMOTE, source([global, region, country], m)));
    // region = √(120k·100k); country = √(150k · region)
    const expected = Math.sqrt(150_000 * Math.sqrt(120_000 * 100_000));
    expect(e.p50).toBe(roundForDisplay(expected));
    expect(e.scope).toEqual({ kind: 'country', tier: 5, label: 'in the United States' });
    expect(e.n).toBe(10);
    expect(e.role).toEqual({ family: 'Software Engineer', specialization: null, level: 'mid' });
  });

  it('backs off to the region, then industry-wide, and says so', async () => {
    const r = ok(await estimate(US_REMOTE, source([global, region], m)));
    expect(r.scope).toEqual({ kind: 'region', tier: 6, label: 'in North America' });
    expect(r.p50).toBe(roundForDisplay(Math.sqrt(120_000 * 100_000)));
    expect(r.confidence).not.toBe('high');
    const g = ok(await estimate(US_REMOTE, source([global], m)));
    expect(g.scope).toEqual({ kind: 'global', tier: 7, label: 'industry-wide' });
    expect(g.p50).toBe(100_000);
    expect(g.confidence).toBe('low');
  });

  it("a remote posting that names a bloc, not a country, is paid at that region's level", async () => {
    const westEu = cell({ geo: 'r:western-europe', p50: 120_000, n: 500 });
    const mm = meta({ ...m.learned, regionIndex: { 'western-europe': Math.log(0.5) } });
    const eu = { title: 'Software Engineer', company: null, location: 'European Union (Remote)' };
    // the region cell is US-equivalent pay: × its index (0.5), blended half and half with global
    const r = ok(await estimate(eu, source([global, westEu], mm), { userCountry: 'IN' }));
    expect(r.scope).toEqual({ kind: 'region', tier: 6, label: 'in Western Europe' });
    expect(r.p50).toBe(roundForDisplay(0.5 * Math.sqrt(120_000 * 100_000)));
    // with no region cell: industry-wide, scaled — never "at US pay levels"
    const g = ok(await estimate(eu, source([global], mm)));
    expect(g.scope.label).toBe('industry-wide, scaled to Western Europe');
    expect(g.p50).toBe(roundForDisplay(0.5 * 100_000));
    // a user inside the bloc gets their own country
    expect(ok(await estimate(eu, source([global, westEu], mm), { userCountry: 'DE' })).scope.label).not.toBe('in Western Europe');
  });

  it('a well-sampled cell keeps its own number', async () => {
    const big = cell({ geo: 'c:US', p50: 150_000, n: 100_000 });
    const e = ok(await estimate(US_REMOTE, source([global, region, big], m)));
    expect(e.p50).toBe(150_000);
  });

  it('applies the learned level ratio where the level has no cell of its own', async () => {
    const e = ok(await estimate({ ...US_REMOTE, title: 'Senior Software Engineer' }, source([global], m)));
    expect(e.role.level).toBe('senior');
    expect(e.p50).toBe(130_000);
  });

  it("uses the family's own level ratio before the pooled one", async () => {
    const own = meta({ levelRatios: { _default: { senior: Math.log(1.3) }, 'Software Engineer': { senior: Math.log(1.5) } } });
    const e = ok(await estimate({ ...US_REMOTE, title: 'Senior Software Engineer' }, source([global], own)));
    expect(e.p50).toBe(150_000);
  });

  it('a level cell is shrunk towards its all-levels cell × the ratio', async () => {
    const levelCell = cell({ geo: 'c:US', level: 'senior', p50: 200_000, n: 10 });
    const countryAll = cell({ geo: 'c:US', p50: 150_000, n: 100_000 });
    const lm = meta({ tau2: { ...meta().learned.tau2, countryLevel: medianVar(0.3, 10) } });
    const e = ok(await estimate({ ...US_REMOTE, title: 'Senior Software Engineer' }, source([countryAll, levelCell], lm)));
    expect(e.scope.tier).toBe(4);
    expect(e.p50).toBe(roundForDisplay(Math.sqrt(200_000 * 150_000 * 1.3)));
  });
});

describe('US places: DOL metro statistics, states, H-1B employers', () => {
  const metro = cell({ geo: 'm:42660', kind: 'statistic', p50: 180_000 });
  const state = cell({ geo: 's:US-WA', kind: 'statistic', p50: 160_000 });
  const country = cell({ geo: 'c:US', p50: 150_000, n: 1000 });

  it('a DOL wage area is an official statistic (n null), adjusted to the level', async () => {
    const e = ok(await estimate({ title: 'Senior Software Engineer', company: null, location: 'Seattle, WA' }, source([metro, state, country])));
    expect(e.scope).toEqual({ kind: 'metro', tier: 2, label: 'in the Seattle area' });
    expect(e.n).toBeNull();
    expect(e.p50).toBe(roundForDisplay(180_000 * 1.3));
    expect(e.sources).toEqual([{ name: 'DOL OFLC statistics', year: 2024, licence: 'US public domain' }]);
  });

  it('a US place without its area falls back to the state', async () => {
    const e = ok(await estimate({ title: 'Software Engineer', company: null, location: 'Colorado - Remote' }, source([cell({ geo: 's:US-CO', kind: 'statistic', p50: 140_000 }), country], meta({}, { stateNames: { 'US-CO': 'Colorado' } }))));
    expect(e.scope).toEqual({ kind: 'state', tier: 3, label: 'in Colorado' });
  });

  it('a metro without DOL data for the role uses the country × the learned metro index', async () => {
    const m = meta({ metroIndex: { '42660': Math.log(1.2) } });
    const e = ok(await estimate({ title: 'Software Engineer', company: null, location: 'Seattle, WA' }, source([country], m)));
    expect(e.scope.kind).toBe('metro');
    expect(e.p50).toBe(180_000);
    expect(e.n).toBe(1000);
    expect(e.confidence).not.toBe('high');
  });

  it('an H-1B employer cell is the most specific scope, labelled as offered floors', async () => {
    const market = cell({ geo: 's:US-CA', company: '*', kind: 'offered-floor', p50: 150_000, n: 5000 });
    // normalizeCompany('Google').id === 'google'
    const employer = cell({ geo: 's:US-CA', company: 'google', kind: 'offered-floor', p50: 190_000, n: 100_000 });
    const m = meta({ companyPremium: { google: { logRatio: Math.log(1.25), n: 100_000 } } }, { companyNames: { google: 'Google' } });
    const { estimate: e, notes } = await estimateDetailed(
      { title: 'Software Engineer', company: 'Google', location: 'Mountain View, CA' },
      source([market, employer], m),
    );
    const o = ok(e);
    expect(o.scope.kind).toBe('company');
    expect(o.scope.tier).toBe(1);
    expect(o.scope.label).toBe('at Google, California');
    expect(o.p50).toBe(190_000);
    expect(notes.kind).toBe('offered-floor');
    expect(o.sources[0]!.name).toMatch(/offered wage floors/);
  });
});

describe('the evidence rule', () => {
  it('no-data for a role the data cannot support', async () => {
    const e = await estimate({ title: 'Registered Nurse', company: null, location: 'Berlin, Germany' }, source([cell({ geo: 'global', p50: 100_000 })]));
    expect(e.status).toBe('no-data');
    if (e.status === 'no-data') {
      expect(e.reason).toMatch(/at least 5 salaries/);
      expect(e.role?.family).toBeTruthy();
    }
  });

  it('no-data for internships (no source covers them)', async () => {
    const e = await estimate({ title: 'Software Engineering Intern', company: null, location: 'Remote - U.S.' }, source([cell({ geo: 'global', p50: 100_000 })]));
    expect(e).toMatchObject({ status: 'no-data', role: { family: 'Software Engineer', level: 'intern' } });
  });

  it('no-data for a title that names no role', async () => {
    const e = await estimate({ title: 'Telecommute from anywhere in USA!', company: null, location: null }, source([cell({ geo: 'global', p50: 100_000 })]));
    expect(e.status).toBe('no-data');
  });

  it('says why when the title is an open application or only places, instead of "does not recognise"', async () => {
    const cells = source([cell({ geo: 'global', p50: 100_000 })]);
    const open = await estimate({ title: 'Spontanbewerbung (m/w/d)', company: null, location: 'Berlin' }, cells);
    expect(open).toMatchObject({ status: 'no-data', role: null, reason: expect.stringMatching(/open application, not a specific role/) });
    const places = await estimate({ title: 'Remote - Europe', company: null, location: null }, cells);
    expect(places).toMatchObject({ status: 'no-data', reason: expect.stringMatching(/names no role/) });
    const unknown = await estimate({ title: 'Zephyr Coordinator', company: null, location: null }, cells);
    expect(unknown).toMatchObject({ status: 'no-data', reason: expect.stringMatching(/does not recognise the role/) });
  });

  it('a cell below 5 salaries is never a figure', async () => {
    const e = await estimate(US_REMOTE, source([cell({ geo: 'global', p50: 100_000, n: 4 })]));
    expect(e.status).toBe('no-data');
  });

  it('no dataset → no-data that says so', async () => {
    const e = await estimate(US_REMOTE, { get: () => undefined, meta: () => undefined });
    expect(e).toMatchObject({ status: 'no-data', reason: expect.stringMatching(/No salary data is installed/) });
  });
});

describe("the user's own salaries", () => {
  const country = cell({ geo: 'c:US', p50: 150_000, n: 8 });

  it('join a matching cell, counted and marked', async () => {
    const mine = [submission({ annualBase: 200_000 }), submission({ annualBase: 200_000 }), submission({ location: 'Berlin, Germany' })];
    const e = ok(await estimate({ ...US_REMOTE, title: 'Software Engineer', mine }, source([country])));
    expect(e.mine).toEqual({ n: 2 });
    // counted apart: n is the dataset's salaries, `mine` the user's
    expect(e.n).toBe(8);
    // mean of logs: (8 ln 150k + 2 ln 200k) / 10
    expect(e.p50).toBe(roundForDisplay(Math.exp((8 * Math.log(150_000) + 2 * Math.log(200_000)) / 10)));
  });

  it('are never alone: no cell, no number', async () => {
    const mine = Array.from({ length: 10 }, () => submission({}));
    const e = await estimate({ ...US_REMOTE, mine }, source([]));
    expect(e.status).toBe('no-data');
  });
});

describe('display currency and period', () => {
  const india = cell({ geo: 'c:IN', currency: 'INR', p50: 2_000_000, n: 500 });

  it("shows the posting's local currency by default", async () => {
    const e = ok(await estimate({ title: 'Software Engineer', company: null, location: 'Bengaluru, Karnataka, India' }, source([india])));
    expect(e.currency).toBe('INR');
    expect(e.period).toBe('year');
    expect(e.p50).toBe(2_000_000);
    expect(e.ratesAsOf).toBe(RATES_AS_OF);
    expect(e.scope.label).toBe('in India');
  });

  it('converts to the display currency setting with the latest rates', async () => {
    const e = ok(await estimate({ title: 'Software Engineer', company: null, location: 'Bengaluru, India', displayCurrency: 'USD' }, source([india])));
    expect(e.currency).toBe('USD');
    expect(e.p50).toBe(roundForDisplay(convertCurrency(2_000_000, 'INR', 'USD')!));
  });

  it('an hourly posting is shown hourly (annual ÷ 2080); monthly ÷ 12', async () => {
    const c = cell({ geo: 'c:US', p50: 104_000, n: 500 });
    const h = ok(await estimate({ ...US_REMOTE, postedSalary: posted({ min: 45, max: 55, period: 'hour' }) }, source([c])));
    expect(h.period).toBe('hour');
    expect(h.p50).toBe(50);
    const mo = ok(await estimate({ ...US_REMOTE, displayPeriod: 'month' }, source([c])));
    expect(mo.period).toBe('month');
    expect(mo.p50).toBeCloseTo(8670, -1);
  });
});

describe('the verdict', () => {
  // p25 = 100k·e^-0.3 ≈ 74.1k, p50 = 100k, p75 ≈ 135k
  const c = cell({ geo: 'c:US', p50: 100_000, n: 500 });
  const total = cell({ geo: 'c:US', p50: 120_000, n: 500, basis: 'total' });
  const run = (p: PostedSalary, cells = [c]) => estimateDetailed({ ...US_REMOTE, postedSalary: p }, source(cells));

  it('midpoint % and position within / below / above', async () => {
    expect(ok((await run(posted({ min: 80_000, max: 100_000 }))).estimate).verdict).toEqual({ midpointPct: -10, position: 'within' });
    expect(ok((await run(posted({ min: 50_000, max: 70_000 }))).estimate).verdict).toEqual({ midpointPct: -40, position: 'below' });
    expect(ok((await run(posted({ min: 140_000, max: 160_000 }))).estimate).verdict).toEqual({ midpointPct: 50, position: 'above' });
    // an open-ended range uses its one bound
    expect(ok((await run(posted({ max: 110_000 }))).estimate).verdict).toEqual({ midpointPct: 10, position: 'within' });
  });

  it('compares an hourly posting after × 2080, and a monthly one after × 12', async () => {
    expect(ok((await run(posted({ min: 40, max: 50, period: 'hour' }))).estimate).verdict?.midpointPct).toBe(-6);
    expect(ok((await run(posted({ min: 10_000, max: 10_000, period: 'month' }))).estimate).verdict?.midpointPct).toBe(20);
  });

  it('compares in one currency (dated rates)', async () => {
    const eur = convertCurrency(100_000, 'USD', 'EUR')!;
    const { estimate: e } = await run(posted({ min: eur, max: eur, currency: 'EUR' }));
    expect(ok(e).verdict).toEqual({ midpointPct: 0, position: 'within' });
  });

  it('a CTC range is compared with total pay when the cell has it', async () => {
    const { estimate: e } = await run(posted({ min: 120_000, max: 120_000, flags: ['ctc'] }), [c, total]);
    expect(ok(e).basis).toBe('total');
    expect(ok(e).verdict).toEqual({ midpointPct: 0, position: 'within' });
  });

  it('no verdict when bases differ, with the reason', async () => {
    const { estimate: e, notes } = await run(posted({ min: 120_000, max: 120_000, flags: ['ctc'] }));
    expect(ok(e).verdict).toBeNull();
    expect(notes.verdict).toMatch(/bases differ/);
  });

  it("no verdict for a site's own estimate", async () => {
    const { estimate: e, notes } = await run(posted({ min: 80_000, max: 100_000, flags: ['estimate'] }));
    expect(ok(e).verdict).toBeNull();
    expect(notes.verdict).toMatch(/estimate/);
  });
});

describe('places', () => {
  const us = cell({ geo: 'c:US', p50: 150_000, n: 1000 });
  const de = cell({ geo: 'c:DE', currency: 'EUR', p50: 70_000, n: 1000 });

  it("a remote posting that names no country uses the user's country", async () => {
    const e = ok(await estimate({ title: 'Software Engineer', company: null, location: 'Remote' }, source([us, de]), { userCountry: 'DE' }));
    expect(e.scope.label).toBe('in Germany');
    expect(e.currency).toBe('EUR');
  });

  it("pooled (US-equivalent) cells are scaled to the posting's country pay index, and say so", async () => {
    const global = cell({ geo: 'global', p50: 100_000 });
    const m = meta({ countryIndex: { US: 0, DE: Math.log(0.6) } });
    const e = ok(await estimate({ title: 'Software Engineer', company: null, location: 'Berlin, Germany', displayCurrency: 'USD' }, source([global], m)));
    expect(e.scope).toEqual({ kind: 'global', tier: 7, label: 'industry-wide, scaled to Germany' });
    expect(e.p50).toBe(60_000);
    const unknown = ok(await estimate({ title: 'Software Engineer', company: null, location: 'Multiple locations' }, source([global], m)));
    expect(unknown.scope.label).toBe('industry-wide, at US pay levels');
  });

  it('a metro outside the DOL areas comes from surveys that name the city, shrunk towards the country', async () => {
    const ua = cell({ geo: 'c:UA', p50: 30_000, n: 100_000 });
    const lviv = cell({ geo: 'm:UA:Lviv', p50: 40_000, n: 10 });
    const m = meta({ tau2: { ...meta().learned.tau2, metro: medianVar(0.3, 10) } });
    const e = ok(await estimate({ title: 'Software Engineer', company: null, location: 'Lviv, Ukraine' }, source([ua, lviv], m)));
    expect(e.scope).toEqual({ kind: 'metro', tier: 2, label: 'in the Lviv area' });
    expect(e.p50).toBe(roundForDisplay(Math.sqrt(30_000 * 40_000)));
    expect(e.currency).toBe('USD'); // no exchange rates for UAH: the cell's currency
  });

  it('a multi-location posting uses the first location', async () => {
    const metroSf = cell({ geo: 'm:41860', kind: 'statistic', p50: 190_000 });
    const metroLa = cell({ geo: 'm:31080', kind: 'statistic', p50: 150_000 });
    const e = ok(await estimate({ title: 'Software Engineer', company: null, location: 'San Francisco, CA; Los Angeles, CA' }, source([metroSf, metroLa, us])));
    expect(e.scope.kind).toBe('metro');
    expect(e.p50).toBe(190_000);
  });
});
