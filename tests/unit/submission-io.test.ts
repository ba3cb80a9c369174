import { describe, expect, it, vi } from 'vitest';
import { describeImportError } from '../../components/DataTransfer';
import { importSubmissions, listSubmissions } from '../../utils/db/submissions';
import { getDb } from '../../utils/db/index';
import type { Submission } from '../../utils/schemas';
import { EXPORT_COLUMNS, parseImport, toCsv, toJson } from '../../utils/submission-io';

const saved: Submission = {
  id: 'a1',
  clientId: 'c0ffee00-0000-4000-8000-0000000000a1',
  createdAt: '2026-11-02T10:00:00.000Z',
  title: 'Senior Software Engineer',
  company: 'Acme, "Intl"',
  location: 'Bengaluru',
  level: 'senior',
  period: 'year',
  base: 3_000_000,
  total: 3_300_000,
  annualBase: 3_000_000,
  annualBonus: 200_000,
  annualEquity: 100_000,
  annualTotal: 3_300_000,
  currency: 'INR',
  yearsExperience: 7,
  jobKey: null,
};

const header = 'title,company,location,base,currency,yearsExperience,total';

describe('export and import', () => {
  it('round-trips through JSON and CSV (commas and quotes in a field survive)', () => {
    for (const text of [toJson([saved]), toCsv([saved])]) {
      const parsed = parseImport(text);
      expect(parsed.ok).toBe(true);
      const { annualBase: _b, annualTotal: _t, ...fields } = saved;
      if (parsed.ok) expect(parsed.rows).toEqual([fields]);
    }
    expect(toCsv([saved]).split('\r\n')[0]).toBe(EXPORT_COLUMNS.join(','));
  });

  it('a malformed file says which row and which field, and gives no rows', () => {
    const csv = [header, 'Data Engineer,Swiggy,Bengaluru,2400000,INR,4,', 'Analyst,,Pune,lots,INR,,', 'QA,,Pune,900000,ZZZ,,'].join('\n');
    const parsed = parseImport(csv, 'mine.csv');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toEqual([
      { row: 2, field: 'base', problem: 'number' },
      { row: 3, field: 'currency', problem: 'currency' },
    ]);
    expect(describeImportError(parsed.errors[0]!)).toBe('Row 2, field “base”: must be a number.');
  });

  it('catches a missing title, a total below base, a bad level, and a file that is not an export', () => {
    const json = JSON.stringify({
      salaries: [
        { title: '', base: 100, currency: 'USD' },
        { title: 'PM', base: 200000, total: 100000, currency: 'USD' },
        { title: 'PM', base: 200000, currency: 'USD', level: 'wizard' },
      ],
    });
    const parsed = parseImport(json, 'x.json');
    expect(parsed.ok ? [] : parsed.errors).toEqual([
      { row: 1, field: 'title', problem: 'required' },
      { row: 2, field: 'total', problem: 'total' },
      { row: 3, field: 'level', problem: 'choice' },
    ]);
    expect(parseImport('{"nope": 1}').ok).toBe(false);
    expect(parseImport('name,age\nx,1').ok).toBe(false);
    expect(parseImport('{not json').ok).toBe(false);
  });

  it('imports 10,000 rows in one IndexedDB transaction', async () => {
    const lines = [header];
    for (let i = 0; i < 10_000; i++) lines.push(`Engineer ${i},Co ${i % 50},Berlin,${60_000 + i},EUR,${i % 30},`);
    const parsed = parseImport(lines.join('\n'), 'big.csv');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const db = await getDb();
    const spy = vi.spyOn(db, 'transaction');
    expect(await importSubmissions(parsed.rows)).toBe(10_000);
    expect(spy.mock.calls.filter(([stores, mode]) => mode === 'readwrite' && ([] as string[]).concat(stores as string | string[]).includes('submissions'))).toHaveLength(1);
    const all = await listSubmissions();
    expect(all).toHaveLength(10_000);
    // the file's order is kept, newest first
    expect(all[0]!.title).toBe('Engineer 0');
  });

  it('an import whose write fails stores nothing (all rows or none)', async () => {
    const { annualBase: _b, annualTotal: _t, ...fields } = saved;
    const rows = [
      { ...fields, id: 'dup' },
      // a key IndexedDB refuses makes the second write fail
      { ...fields, id: {} as unknown as string },
    ];
    await expect(importSubmissions(rows)).rejects.toBeTruthy();
    expect(await listSubmissions()).toEqual([]);
  });

  it('importing the same export twice adds nothing', async () => {
    const parsed = parseImport(toJson([saved]));
    if (!parsed.ok) throw new Error('parse');
    await importSubmissions(parsed.rows);
    await importSubmissions(parsed.rows);
    expect(await listSubmissions()).toHaveLength(1);
  });
});
