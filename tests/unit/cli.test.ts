import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { SITES_ROOT } from './helpers/fixtures';

function cli(args: string[], input?: string) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/cli.ts', ...args], { input, encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe('CLI', () => {
  it('version', () => {
    const { code, out } = cli(['version']);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ name: 'paylens', version: expect.any(String) });
  });

  it('extract prints the posting with every documented key', () => {
    const { code, out } = cli(['extract', `${SITES_ROOT}boards.greenhouse.io/lumenwave/jobs/5567012.html`, '--url', 'https://boards.greenhouse.io/lumenwave/jobs/5567012']);
    expect(code).toBe(0);
    const { postings } = JSON.parse(out);
    expect(postings).toHaveLength(1);
    expect(Object.keys(postings[0]).sort()).toEqual(
      ['company', 'datePosted', 'employmentType', 'jobKey', 'location', 'locations', 'mode', 'postedSalary', 'site', 'siteCountry', 'source', 'title', 'url'].sort(),
    );
    expect(postings[0].title).toBe('Frontend Engineer II');
  });

  it('extract on a missing file is an error object and exit code 1', () => {
    const { code, out } = cli(['extract', '/nonexistent.html', '--url', 'https://example.com/']);
    expect(code).toBe(1);
    expect(JSON.parse(out)).toEqual({ error: { code: 'not_found', message: expect.stringContaining('ENOENT') } });
  });

  it('--jsonl answers one line per input line, in order, and keeps going after a bad line', () => {
    const lines = [
      JSON.stringify({ file: `${SITES_ROOT}careers.harborline.example/openings/product-manager-bengaluru.html`, url: 'https://careers.harborline.example/openings/product-manager-bengaluru' }),
      'not json',
      JSON.stringify({ file: `${SITES_ROOT}www.harborline.example/index.html` }),
      JSON.stringify({ file: `${SITES_ROOT}www.harborline.example/index.html`, url: 'https://www.harborline.example/' }),
    ];
    const { code, out } = cli(['extract', '--jsonl'], `${lines.join('\n')}\n`);
    expect(code).toBe(0);
    const answers = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(answers).toHaveLength(4);
    expect(answers[0].postings[0].title).toBe('Product Manager');
    expect(answers[1].error.code).toBe('bad_input');
    expect(answers[2].error.message).toMatch(/url/);
    expect(answers[3]).toEqual({ postings: [] });
  });

  it('an unknown command is an error with the usage', () => {
    const { code, out } = cli(['frobnicate']);
    expect(code).toBe(1);
    expect(JSON.parse(out).error.code).toBe('unknown_command');
  });

  it('normaliser commands print every documented key, nulls when unknown', () => {
    const loc = JSON.parse(cli(['location', 'Bangalore Urban, Karnataka (Hybrid)']).out);
    expect(loc).toEqual({ city: 'Bengaluru', cities: ['Bengaluru'], metro: 'Bengaluru', region: 'IN-KA', country: 'IN', mode: 'hybrid', wageArea: null });
    const pay = JSON.parse(cli(['salary', '₹ 8-12 Lacs P.A.', '--country', 'IN']).out);
    expect(pay).toEqual({ min: 800000, max: 1200000, currency: 'INR', period: 'year', flags: [] });
    const empty = JSON.parse(cli(['salary', '']).out);
    expect(empty).toEqual({ min: null, max: null, currency: null, period: null, flags: [] });
    const title = JSON.parse(cli(['title', 'Sr. Backend Software Engineer II, Payments']).out);
    expect(Object.keys(title).sort()).toEqual(['family', 'flags', 'level', 'soc', 'specialization']);
    expect(title).toMatchObject({ family: 'Software Engineer', specialization: 'Backend', level: 'senior', soc: '15-1252' });
    const company = JSON.parse(cli(['company', 'Flipkart Internet Pvt Ltd']).out);
    expect(company).toEqual({ id: 'flipkart', name: 'Flipkart' });
  });

  it('location --jsonl keeps order and answers a wrong-typed line with an error', () => {
    const { out } = cli(['location', '--jsonl'], '{"text":"San Jose, CA"}\n{"text":42}\n{"text":"London","siteCountry":"CA"}\n');
    const answers = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(answers[0]).toMatchObject({ city: 'San Jose', wageArea: '41940' });
    expect(answers[1].error.code).toBe('bad_input');
    expect(answers[2]).toMatchObject({ city: 'London', country: 'CA' });
  });
});
