import { describe, expect, it } from 'vitest';
import {
  annualize,
  convertCurrency,
  formatMoney,
  formatRange,
  fromAnnual,
  hasRate,
  RATES_AS_OF,
} from '../../../utils/normalize/currency';
import { EUR_RATES } from '../../../utils/normalize/rates.generated';

describe('rates', () => {
  it('are dated', () => {
    expect(RATES_AS_OF).toMatch(/^\d{4}-\d\d-\d\d$/);
    expect(RATES_AS_OF).toBe('2026-04-13'); // the ECB file in ../shared/data ends there
  });

  it('cover the currencies postings use, from ECB, and TWD/LKR from FRED', () => {
    for (const c of ['EUR', 'USD', 'GBP', 'INR', 'JPY', 'CNY', 'CAD', 'AUD', 'CHF', 'PLN', 'SEK', 'BRL', 'MXN', 'SGD', 'TWD', 'LKR'])
      expect(hasRate(c), c).toBe(true);
    expect(hasRate('RUB')).toBe(false); // ECB suspended it in 2022: no current rate
    expect(hasRate('XYZ')).toBe(false);
    expect(hasRate('')).toBe(false);
  });

  it('convert through EUR at the latest rate by default', () => {
    expect(convertCurrency(100, 'EUR', 'USD')).toBeCloseTo(116.84, 6); // ECB 2026-04-13: 1.1684
    expect(convertCurrency(116.84, 'USD', 'EUR')).toBeCloseTo(100, 6);
    const inrUsd = convertCurrency(1_950_000, 'INR', 'USD');
    expect(inrUsd).toBeGreaterThan(19_000);
    expect(inrUsd).toBeLessThan(23_000);
    expect(convertCurrency(1, 'GBP', 'USD')).toBeGreaterThan(1.2);
  });

  it('use the annual average for a given year', () => {
    const y2020 = convertCurrency(1, 'EUR', 'USD', 2020);
    const y2024 = convertCurrency(1, 'EUR', 'USD', 2024);
    expect(y2020).toBeCloseTo(1.1422, 4);
    expect(y2024).toBeCloseTo(1.0824, 4);
    expect(convertCurrency(1, 'RUB', 'EUR', 2020)).toBeGreaterThan(0); // quoted then
    expect(convertCurrency(1, 'RUB', 'EUR')).toBeNull(); // not now
    expect(convertCurrency(1, 'USD', 'EUR', 1990)).toBeNull(); // before the table
    expect(convertCurrency(1, 'EUR', 'USD', 2099)).toBe(convertCurrency(1, 'EUR', 'USD')); // future: latest
  });

  it('are null when a rate is missing, identity for the same currency', () => {
    expect(convertCurrency(10, 'XYZ', 'USD')).toBeNull();
    expect(convertCurrency(10, 'USD', 'XYZ')).toBeNull();
    expect(convertCurrency(10, 'XYZ', 'XYZ')).toBe(10);
    expect(convertCurrency(Number.NaN, 'USD', 'EUR')).toBeNull();
  });

  it('TWD from FRED is in a sane range against USD', () => {
    const twdPerUsd = convertCurrency(1, 'USD', 'TWD');
    expect(twdPerUsd).toBeGreaterThan(25);
    expect(twdPerUsd).toBeLessThan(40);
  });

  it('the generated table stays compact', () => {
    const rows = Object.values(EUR_RATES);
    expect(rows.length).toBeGreaterThan(30);
    expect(new Set(rows.map((r) => r.length)).size).toBe(1);
  });
});

describe('periods', () => {
  it('annualize: hour×2080, day×260, week×52, month×12', () => {
    expect(annualize(50, 'hour')).toBe(104_000);
    expect(annualize(500, 'day')).toBe(130_000);
    expect(annualize(1_200, 'week')).toBe(62_400);
    expect(annualize(45_000, 'month')).toBe(540_000);
    expect(annualize(120_000, 'year')).toBe(120_000);
  });
  it('fromAnnual inverts it for display periods', () => {
    expect(fromAnnual(104_000, 'hour')).toBe(50);
    expect(fromAnnual(540_000, 'month')).toBe(45_000);
    expect(fromAnnual(120_000, 'year')).toBe(120_000);
  });
});

describe('formatMoney (the one money formatter)', () => {
  it('short forms', () => {
    expect(formatMoney(1_950_000, 'INR', { period: 'year' })).toBe('₹19.5 LPA');
    expect(formatMoney(12_000_000, 'INR', { period: 'year' })).toBe('₹1.2 Cr');
    expect(formatMoney(188_000, 'USD')).toBe('$188k');
    expect(formatMoney(188_000, 'USD', { period: 'year' })).toBe('$188k');
    expect(formatMoney(75_000, 'EUR')).toBe('€75k');
    expect(formatMoney(60_000, 'GBP')).toBe('£60k');
    expect(formatMoney(1_200_000, 'USD')).toBe('$1.2M');
  });

  it('monthly and hourly variants', () => {
    expect(formatMoney(45, 'USD', { period: 'hour' })).toBe('$45/hr');
    expect(formatMoney(45.5, 'USD', { period: 'hour' })).toBe('$45.50/hr');
    expect(formatMoney(160_000, 'INR', { period: 'month' })).toBe('₹1.6L/mo');
    expect(formatMoney(6_300, 'EUR', { period: 'month' })).toBe('€6.3k/mo');
    expect(formatMoney(45_000, 'INR', { period: 'month' })).toBe('₹45,000/mo');
    expect(formatMoney(1_500, 'JPY', { period: 'hour' })).toBe('¥1,500/hr');
  });

  it('full forms use Intl grouping, en-IN lakh grouping for INR', () => {
    expect(formatMoney(1_950_000, 'INR', { style: 'full' })).toBe('₹19,50,000');
    expect(formatMoney(188_000, 'USD', { style: 'full', period: 'year' })).toBe('$188,000/yr');
    expect(formatMoney(75_000, 'EUR', { style: 'full', locale: 'de-DE' })).toBe('75.000\u00a0€');
  });

  it('takes the symbol and its placement from Intl', () => {
    expect(formatMoney(75_000, 'EUR', { locale: 'de-DE' })).toBe('75k\u00a0€');
    expect(formatMoney(120_000, 'CHF')).toBe('CHF\u00a0120k');
    expect(formatMoney(120_000, 'CAD')).toBe('CA$120k');
    expect(formatMoney(120_000, 'CAD', { locale: 'en-CA' })).toBe('$120k');
    expect(formatMoney(1_500_000, 'TWD')).toBe('NT$1.5M');
  });

  it('never throws', () => {
    expect(formatMoney(Number.NaN, 'USD')).toBe('—');
    expect(formatMoney(-5_000, 'USD')).toBe('-$5k');
    expect(() => formatMoney(100, 'bad')).not.toThrow();
    expect(() => formatMoney(100, 'USD', { locale: '!!' })).not.toThrow();
  });
});

describe('formatRange', () => {
  it('writes the rupee unit once', () => {
    expect(formatRange(1_500_000, 2_500_000, 'INR', { period: 'year' })).toBe('₹15–25 LPA');
    expect(formatRange(12_000_000, 15_000_000, 'INR', { period: 'year' })).toBe('₹1.2–1.5 Cr');
    expect(formatRange(8_000_000, 12_000_000, 'INR', { period: 'year' })).toBe('₹80 LPA–₹1.2 Cr');
  });
  it('other currencies repeat the symbol, the period once', () => {
    expect(formatRange(150_000, 200_000, 'USD')).toBe('$150k–$200k');
    expect(formatRange(6_300, 7_000, 'EUR', { period: 'month' })).toBe('€6.3k–€7k/mo');
    expect(formatRange(45, 55, 'USD', { period: 'hour' })).toBe('$45–$55/hr');
    expect(formatRange(150_000, 200_000, 'USD', { style: 'full', period: 'year' })).toBe('$150,000–$200,000/yr');
    expect(formatRange(100_000, 100_000, 'GBP')).toBe('£100k');
  });
});
