/** The CLI's commands: each takes an object of arguments (from argv or a --jsonl line). */
import { readFileSync } from 'node:fs';
import { JobPosting } from '../../utils/schemas';
import { withPostedPay } from '../../utils/normalize/posted-pay';
import { extractPage } from '../../utils/sites/extract-page';
import { parseHtml } from './parse-html';

export class CliError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface Command {
  usage: string;
  fromArgv(positionals: string[], flags: Record<string, string | true>): Record<string, unknown>;
  run(args: Record<string, unknown>): unknown;
}

export function requireString(args: Record<string, unknown>, key: string): string {
  const value = args[key];
  if (typeof value !== 'string' || value.length === 0) throw new CliError('bad_input', `"${key}" must be a non-empty string`);
  return value;
}

/** A string argument that may be empty (normalisers answer nulls for empty text). */
export function requireText(args: Record<string, unknown>, key: string): string {
  const value = args[key];
  if (typeof value !== 'string') throw new CliError('bad_input', `"${key}" must be a string`);
  return value;
}

export function optionalString(args: Record<string, unknown>, key: string): string | null {
  const value = args[key];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new CliError('bad_input', `"${key}" must be a string`);
  return value;
}

const flag = (flags: Record<string, string | true>, key: string): string | undefined =>
  typeof flags[key] === 'string' ? (flags[key] as string) : undefined;

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { name: string; version: string };

export const commands: Record<string, Command> = {
  version: {
    usage: 'version',
    fromArgv: () => ({}),
    run: () => ({ name: pkg.name, version: pkg.version }),
  },
  extract: {
    usage: 'extract <file.html> --url <url>     (jsonl: {"file","url"})',
    fromArgv: (positionals, flags) => ({ file: positionals[0], url: flag(flags, 'url') }),
    run(args) {
      const file = requireString(args, 'file');
      const href = requireString(args, 'url');
      let url: URL;
      try {
        url = new URL(href);
      } catch {
        throw new CliError('bad_input', `"url" is not a valid URL: ${href}`);
      }
      let html: string;
      try {
        html = readFileSync(file, 'utf8');
      } catch (error) {
        throw new CliError('not_found', `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      }
      const doc = parseHtml(html, url.href);
      // as the background receives them (validated), with their pay texts read as it reads them
      const postings = extractPage(doc, url)
        .filter((p) => JobPosting.safeParse(p).success)
        .map(withPostedPay);
      return { postings };
    },
  },
  title: {
    usage: 'title "<title>" [--company C]                 (jsonl: {"title","company"})',
    fromArgv: (positionals, flags) => ({ title: positionals.join(' '), company: flag(flags, 'company') ?? null }),
    async run(args) {
      const { normalizeTitle } = await import('../../utils/normalize/title');
      const t = normalizeTitle(requireText(args, 'title'), optionalString(args, 'company'));
      return { family: t.family ?? null, specialization: t.specialization ?? null, level: t.level ?? 'unknown', soc: t.soc ?? null, flags: t.flags ?? [] };
    },
  },
  location: {
    usage: 'location "<text>" [--country CC]              (jsonl: {"text","siteCountry"})',
    fromArgv: (positionals, flags) => ({ text: positionals.join(' '), siteCountry: flag(flags, 'country') ?? null }),
    async run(args) {
      const { normalizeLocation } = await import('../../utils/normalize/location');
      const l = normalizeLocation(requireText(args, 'text'), optionalString(args, 'siteCountry') ?? optionalString(args, 'country'));
      return {
        city: l.city ?? null,
        cities: l.cities ?? [],
        metro: l.metro ?? null,
        region: l.region ?? null,
        country: l.country ?? null,
        mode: l.mode ?? null,
        wageArea: l.wageArea ?? null,
      };
    },
  },
  company: {
    usage: 'company "<name>"                              (jsonl: {"name"})',
    fromArgv: (positionals) => ({ name: positionals.join(' ') }),
    async run(args) {
      const { normalizeCompany } = await import('../../utils/normalize/company');
      const c = normalizeCompany(requireText(args, 'name'));
      return { id: c.id ?? null, name: c.name ?? null };
    },
  },
  salary: {
    usage: 'salary "<text>" [--country CC]                (jsonl: {"text","country"})',
    fromArgv: (positionals, flags) => ({ text: positionals.join(' '), country: flag(flags, 'country') ?? null }),
    async run(args) {
      const { parseSalaryText } = await import('../../utils/normalize/salary-text');
      const s = parseSalaryText(requireText(args, 'text'), optionalString(args, 'country'));
      return { min: s?.min ?? null, max: s?.max ?? null, currency: s?.currency ?? null, period: s?.period ?? null, flags: s?.flags ?? [] };
    },
  },
  estimate: {
    usage: 'estimate --title T [--company C] [--location L] [--country CC] [--currency XXX]  (jsonl: {"title","company","location","country","currency"})',
    fromArgv: (_positionals, flags) => ({
      title: flag(flags, 'title'),
      company: flag(flags, 'company') ?? null,
      location: flag(flags, 'location') ?? null,
      country: flag(flags, 'country') ?? null,
      currency: flag(flags, 'currency') ?? null,
    }),
    async run(args) {
      const { estimateFromArgs } = await import('./estimate-cli');
      const currency = optionalString(args, 'currency');
      if (currency !== null && !/^[A-Za-z]{3}$/.test(currency.trim())) throw new CliError('bad_input', `"currency" must be an ISO 4217 code, got ${currency}`);
      const country = optionalString(args, 'country');
      if (country !== null && !/^[A-Za-z]{2}$/.test(country.trim())) throw new CliError('bad_input', `"country" must be an ISO 3166-1 alpha-2 code, got ${country}`);
      return estimateFromArgs({
        title: requireString(args, 'title'),
        company: optionalString(args, 'company'),
        location: optionalString(args, 'location'),
        country,
        currency,
      });
    },
  },
};
