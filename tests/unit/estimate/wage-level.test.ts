/**
 * Country wage levels (ILOSTAT average earnings → local currency relative to the US) and the rule
 * that places a US national figure on them where a country has no official statistics: small
 * hand-made inputs whose answers can be worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { fitWageRule, latestPerCountry, wageLevelIndex, type EarningsRow, type OfficialPair } from '../../../scripts/lib/dataset/wage-level';
import { roundForDisplay } from '../../../utils/estimate/display';
import type { EstimateOk } from '../../../utils/schemas';
import type { WageLevelParams } from '../../../utils/estimate/types';
import { cell, estimateText as estimate, meta, source } from './synthetic';

const ok = (e: Awaited<ReturnType<typeof estimate>>): EstimateOk => {
  if (e.status !== 'ok') throw new Error(`expected an estimate, got no-data: ${e.reason}`);
  return e;
};

describe('wage level index (ILOSTAT → local currency vs the US)', () => {
  const rows: EarningsRow[] = [
    { country: 'US', year: 2023, earningsPpp: 5000 },
    { country: 'US', year: 2024, earningsPpp: 6000 },
    { country: 'DE', year: 2019, earningsPpp: 3000 },
    { country: 'DE', year: 2021, earningsPpp: 4000 },
    { country: 'XX', year: 2022, earningsPpp: 1000 }, // no PPP factor
    { country: 'YY', year: 2022, earningsPpp: 1000 }, // no currency with rates
  ];
  const inputs = {
    ppp: (cc: string, year: number) => (cc === 'DE' && year === 2021 ? 0.75 : cc === 'YY' ? 2 : null),
    currencyOf: (cc: string) => (cc === 'DE' ? 'EUR' : cc === 'XX' ? 'XXX' : null),
    // USD: ×1.1 from mid-2024 to the reference date; EUR: ×1.2 from mid-2021
    inflation: (currency: string, from: number) => (currency === 'USD' && from === 2024.5 ? 1.1 : currency === 'EUR' && from === 2021.5 ? 1.2 : NaN),
    refT: 2025.5,
  };

  it('takes the latest year of each country', () => {
    const latest = latestPerCountry(rows);
    expect(latest.get('US')?.year).toBe(2024);
    expect(latest.get('DE')?.earningsPpp).toBe(4000);
  });

  it('is ln(local average × PPP factor of its year × inflation) − ln(US average × inflation), and the US annual average', () => {
    const index = wageLevelIndex(rows, inputs)!;
    expect(index.countries.DE!.year).toBe(2021);
    expect(index.countries.DE!.ln).toBeCloseTo(Math.log(4000 * 0.75 * 1.2) - Math.log(6000 * 1.1), 4);
    expect(index.usLogAnnual).toBeCloseTo(Math.log(6000 * 1.1 * 12), 4);
    expect(index.usYear).toBe(2024);
  });

  it('leaves out a country without a PPP factor for its year or a currency with rates, and needs a US row', () => {
    const index = wageLevelIndex(rows, inputs)!;
    expect(Object.keys(index.countries)).toEqual(['DE']);
    expect(wageLevelIndex(rows.filter((r) => r.country !== 'US'), inputs)).toBeNull();
  });
});

describe('fitting the rule on official statistics', () => {
  // two countries with a wage level, one without: official = usAvg + level + 0.2 + 0.6 × (us − usAvg)
  const usAvg = Math.log(60_000);
  const levels = { GB: { ln: Math.log(0.5), year: 2018 }, AU: { ln: Math.log(1.2), year: 2021 } };
  const pairsOf = (country: string, level: number | null, n = 12): OfficialPair[] =>
    Array.from({ length: n }, (_, i) => {
      const us = Math.log(30_000 + 10_000 * i);
      // a country without a wage level has its own (unknown) level: only its slope is seen
      const official = (level ?? 3) + usAvg + 0.2 + 0.6 * (us - usAvg);
      return { country, family: `F${i}`, us, official, national: true };
    });

  it('recovers the slope from every country and the offset from those with a wage level', () => {
    const pairs = [...pairsOf('GB', levels.GB.ln), ...pairsOf('AU', levels.AU.ln), ...pairsOf('CA', null)];
    const fit = fitWageRule(pairs, { usLogAnnual: usAvg, countries: levels })!;
    expect(fit.slope).toBeCloseTo(0.6, 4);
    expect(fit.offset).toBeCloseTo(0.2, 4);
    expect(fit.slopeOn).toEqual(['AU', 'CA', 'GB']);
    expect(fit.offsetOn).toEqual(['AU', 'GB']);
  });

  it('a country with few official occupations does not count, and without a wage level anywhere there is no rule', () => {
    const pairs = [...pairsOf('GB', levels.GB.ln), ...pairsOf('AU', levels.AU.ln, 3)];
    expect(fitWageRule(pairs, { usLogAnnual: usAvg, countries: levels })!.slopeOn).toEqual(['GB']);
    expect(fitWageRule(pairsOf('CA', null), { usLogAnnual: usAvg, countries: levels })).toBeNull();
  });
});

describe('the estimator abroad: a US national figure placed on the country wage level', () => {
  const base = meta();
  const wageLevel: WageLevelParams = {
    source: 3,
    usLogAnnual: Math.log(60_000),
    slope: 0.5,
    countries: { DE: { ln: Math.log(0.8), year: 2021 } },
  };
  const m = {
    ...base,
    sources: [
      ...base.sources,
      { id: 'ilostat', name: 'ILOSTAT average earnings', year: 2024, licence: 'CC BY 4.0', kind: 'statistic' as const, url: 'https://ilostat.ilo.org/data/', attribution: '' },
    ],
    wageLevel,
  };
  const usCashier = cell({ family: 'Cashier', geo: 'c:US', kind: 'statistic', p50: 30_000, halfSpread: 0.2 });
  const cashierIn = (location: string) => ({ title: 'Cashier', company: null, location });

  it('answers in the local currency, low confidence, and says what it is', async () => {
    const e = ok(await estimate(cashierIn('Berlin, Germany'), source([usCashier], m)));
    // 60,000 × 0.8 × (30,000 ÷ 60,000)^0.5, in euros
    expect(e.currency).toBe('EUR');
    expect(e.p50).toBe(roundForDisplay(60_000 * 0.8 * Math.sqrt(0.5)));
    expect(e.p75 / e.p50).toBeCloseTo(Math.exp(0.1), 1); // the band narrowed by the slope
    expect(e.confidence).toBe('low');
    expect(e.n).toBeNull();
    expect(e.scope.label).toBe("US figure scaled by Germany's average earnings, ILOSTAT 2021");
    expect(e.sources.map((s) => [s.name, s.year])).toEqual([
      ['DOL OFLC statistics', 2024],
      ['ILOSTAT average earnings', 2021],
    ]);
  });

  it('leaves the US answer unchanged', async () => {
    const e = ok(await estimate(cashierIn('Remote - U.S.'), source([usCashier], m)));
    expect(e.p50).toBe(30_000);
    expect(e.scope.label).toBe('in the United States');
  });

  it("a country's own figures answer first, and a country without a wage level stays no-data", async () => {
    const deSurvey = cell({ family: 'Cashier', geo: 'c:DE', currency: 'EUR', p50: 25_000, n: 500 });
    const fromSurvey = ok(await estimate(cashierIn('Berlin, Germany'), source([usCashier, deSurvey], m)));
    expect(fromSurvey.scope.label).toBe('in Germany');
    expect(fromSurvey.confidence).not.toBe('low');
    // the UK's official figures are total pay: the base-pay walk must not answer from the US figure there
    const gbOfficial = cell({ family: 'Cashier', geo: 'o:GB', kind: 'statistic', basis: 'total', currency: 'GBP', p50: 24_000 });
    const official = ok(await estimate(cashierIn('London, UK'), source([usCashier, gbOfficial], { ...m, wageLevel: { ...wageLevel, countries: { ...wageLevel.countries, GB: { ln: Math.log(0.5), year: 2018 } } } })));
    expect(official.p50).toBe(24_000);
    expect(official.scope.label).toBe('in the United Kingdom');
    const japan = await estimate(cashierIn('Tokyo, Japan'), source([usCashier], m));
    expect(japan.status).toBe('no-data');
  });
});
