import { describe, expect, it } from 'vitest';
import { companyFromAtsSlug, isBankCompany, normalizeCompany, type CompanyNorm } from '../../../utils/normalize/company';
import { ATS_SLUGS, BANK_IDS, COMPANIES } from '../../../utils/normalize/company-tables';
import cases from './company-cases.json';

interface Row {
  name: string;
  id: string | null;
  displayName?: string | null;
  why: string;
}

const rows = cases as Row[];

describe('normalizeCompany — case table (company-cases.json)', () => {
  it('has 60+ rows, known and unknown employers and hidden ones', () => {
    expect(rows.length).toBeGreaterThanOrEqual(60);
    expect(rows.filter((r) => r.id === null).length).toBeGreaterThanOrEqual(5);
    expect(rows.filter((r) => r.id !== null && !COMPANIES.some((c) => c.id === r.id)).length).toBeGreaterThanOrEqual(15);
  });

  it.each(rows.map((r) => [r.name || '(empty)', r] as const))('%s', (_label, r) => {
    const got = normalizeCompany(r.name);
    expect(got.id, r.why).toBe(r.id);
    if (r.displayName !== undefined) expect(got.name, r.why).toBe(r.displayName);
    if (r.id === null) expect(got.name).toBeNull();
  });
});

describe('normalizeCompany — behaviour', () => {
  it('is stable: normalising a canonical name gives the same company', () => {
    for (const r of rows) {
      const first = normalizeCompany(r.name);
      if (!first.name) continue;
      expect(normalizeCompany(first.name).id, r.name).toBe(first.id);
    }
  });

  it('strips legal forms of many countries from unknown companies', () => {
    const forms = [
      'Inc', 'Inc.', 'LLC', 'L.L.C.', 'Ltd', 'Limited', 'Pvt Ltd', 'Private Limited', 'GmbH', 'AG', 'SE', 'S.A.', 'SAS',
      'S.p.A.', 'S.r.l.', 'B.V.', 'N.V.', 'plc', 'LLP', 'Pty Ltd', 'KK', 'K.K.', 'Co.', 'Co., Ltd.', 'Corp', 'Corp.',
      'Corporation', 'Oy', 'AB', 'A/S', 'AS', 'ApS', 'Sp. z o.o.', 'S.L.', 'Ltda.', 'S.A. de C.V.', 'GmbH & Co. KG',
      'Pte. Ltd.', 'Sdn Bhd', 'PBC',
    ];
    for (const form of forms) {
      expect(normalizeCompany(`Quillfeather Analytics ${form}`), form).toEqual({ id: 'quillfeather-analytics', name: 'Quillfeather Analytics' });
      expect(normalizeCompany(`Quillfeather Analytics, ${form}`).id, `, ${form}`).toBe('quillfeather-analytics');
    }
  });

  it('maps a subsidiary named after a known employer to it, but not an unrelated company sharing a word', () => {
    expect(normalizeCompany('Google Cloud India Private Limited').id).toBe('google');
    expect(normalizeCompany('Infosys Technologies Limited').id).toBe('infosys');
    expect(normalizeCompany('Apple Leisure Group').id).toBe('apple-leisure-group');
    expect(normalizeCompany('Meta Financial Group').id).toBe('meta-financial-group');
    expect(normalizeCompany('Oracle Cards and Gifts Ltd').id).toBe('oracle-cards-and-gifts');
  });

  it('keys banks for the corporate-title ladder', () => {
    expect(isBankCompany(normalizeCompany('JPMorgan Chase Bank, N.A.').id)).toBe(true);
    expect(isBankCompany(normalizeCompany('Google LLC').id)).toBe(false);
    expect(isBankCompany(null)).toBe(false);
  });

  const bad: [string, unknown][] = [
    ['empty', ''],
    ['spaces', '    '],
    ['10,000 characters', 'x'.repeat(10_000)],
    ['10,000 characters of words', 'Acme Corp '.repeat(1000)],
    ['emoji', '🏢🏢'],
    ['RTL', 'شركة'],
    ['HTML entities', '&amp;&nbsp;&#169;'],
    ['numbers only', '0000'],
    ['null', null],
    ['undefined', undefined],
    ['a number', 7],
  ];
  it.each(bad)('bad input: %s → no company, no throw', (_label, input) => {
    let got: CompanyNorm | undefined;
    expect(() => {
      got = normalizeCompany(input as string);
    }).not.toThrow();
    expect(got).toEqual({ id: null, name: null });
  });
});

describe('companyFromAtsSlug', () => {
  const slugs: [string, string, string | null, string | null][] = [
    ['greenhouse', 'anthropic', 'anthropic', 'Anthropic'],
    ['workday', 'nvidia', 'nvidia', 'NVIDIA'],
    ['workday', 'nvidia.wd5', 'nvidia', 'NVIDIA'],
    ['greenhouse', 'doordashusa', 'doordash', 'DoorDash'],
    ['greenhouse', 'scaleai', 'scale-ai', 'Scale AI'],
    ['ashby', 'openai', 'openai', 'OpenAI'],
    ['lever', 'palantir', 'palantir', 'Palantir'],
    ['greenhouse', 'stripe', 'stripe', 'Stripe'],
    ['greenhouse', 'gitlab', 'gitlab', 'GitLab'],
    ['workday', 'jpmc', 'jpmorgan', 'JPMorgan Chase'],
    ['lever', 'acme-robotics', 'acme-robotics', 'Acme Robotics'],
    ['smartrecruiters', 'Quillfeather_Analytics', 'quillfeather-analytics', 'Quillfeather Analytics'],
    ['greenhouse', 'airbnb-careers', 'airbnb', 'Airbnb'],
    ['greenhouse', 'robinhood', 'robinhood', 'Robinhood'],
    ['unknown-ats', 'databricks', 'databricks', 'Databricks'],
    ['greenhouse', '', null, null],
    ['greenhouse', '   ', null, null],
    ['greenhouse', '12345', null, null],
  ];
  it.each(slugs)('%s / %s', (ats, slug, id, name) => {
    expect(companyFromAtsSlug(ats, slug)).toEqual({ id, name });
  });

  it('never throws on bad arguments', () => {
    expect(companyFromAtsSlug(null as unknown as string, undefined as unknown as string)).toEqual({ id: null, name: null });
    expect(companyFromAtsSlug('greenhouse', 'x'.repeat(10_000))).toEqual({ id: null, name: null });
  });
});

describe('company tables', () => {
  it('has 80+ canonical employers with unique ids and no alias shared by two of them', () => {
    expect(COMPANIES.length).toBeGreaterThanOrEqual(80);
    expect(new Set(COMPANIES.map((c) => c.id)).size).toBe(COMPANIES.length);
    const owner = new Map<string, string>();
    for (const c of COMPANIES) {
      for (const a of [c.id.replace(/-/g, ' '), ...(c.aliases ?? [])]) {
        const prev = owner.get(a);
        expect(prev === undefined || prev === c.id, `${a}: ${prev} and ${c.id}`).toBe(true);
        owner.set(a, c.id);
      }
    }
  });

  it('normalises every canonical display name and alias to its own id', () => {
    for (const c of COMPANIES) {
      expect(normalizeCompany(c.name).id, c.name).toBe(c.id);
      for (const a of c.aliases ?? []) expect(normalizeCompany(a).id, a).toBe(c.id);
    }
  });

  it('points ATS slugs and bank ids at real entries', () => {
    const ids = new Set(COMPANIES.map((c) => c.id));
    for (const b of BANK_IDS) expect(ids.has(b), b).toBe(true);
    for (const table of Object.values(ATS_SLUGS)) {
      for (const [slug, target] of Object.entries(table)) {
        // a lower-case value is an id in COMPANIES; anything else is a display name
        if (/^[a-z0-9-]+$/.test(target) && target !== target.toUpperCase()) expect(ids.has(target), `${slug} → ${target}`).toBe(true);
      }
    }
  });
});
