/**
 * The wire contract of the sharing service (issue 12), as zod schemas: what each route takes and
 * answers. Vocabularies come from the extension's own tables (utils/schemas, utils/normalize) so
 * the two sides cannot drift: a level, role family, country, currency or area the extension would
 * not write is refused here.
 */
import { z } from 'zod';
import { LEVELS, PERIODS } from '../utils/schemas';
import { countryName, normalizeLocation } from '../utils/normalize/location';
import { hasRate } from '../utils/normalize/currency';
import { ROLE_FAMILIES } from '../utils/normalize/title';

export const YOE_BANDS = ['0-1', '2-4', '5-9', '10-14', '15+'] as const;
export const BASES = ['base', 'total'] as const;
export type Basis = (typeof BASES)[number];

const FAMILIES = new Set(ROLE_FAMILIES.map((f) => f.family));

/**
 * True when `area` is a name the extension's location normaliser writes for a place in `country`:
 * a metro ("Pune", "SF Bay Area"), a city outside any metro, or an ISO 3166-2 region ("IN-KA").
 * The test is that the normaliser maps the name to itself in that country, so a member city of a
 * metro ("Pimpri-Chinchwad" → Pune), a street or a place in another country is refused.
 */
export function isKnownArea(area: string, country: string): boolean {
  const key = `${country}|${area}`;
  const known = areaVerdicts.get(key);
  if (known !== undefined) return known;
  const verdict = judgeArea(area, country);
  // Names are a small vocabulary; the cap only stops a client filling memory with made-up ones.
  if (areaVerdicts.size >= 20_000) areaVerdicts.clear();
  areaVerdicts.set(key, verdict);
  return verdict;
}
const areaVerdicts = new Map<string, boolean>();

function judgeArea(area: string, country: string): boolean {
  const place = normalizeLocation(area, country);
  if (place.country !== country) return false;
  if (place.metro !== null) return place.metro === area;
  if (place.city !== null) return place.city === area;
  return place.region === area;
}

/** The current UTC year (a function so a long-running server rolls over at New Year). */
const thisYear = () => new Date().getUTCFullYear();

const amount = z.number().positive().lt(1e10);

export const SubmissionBody = z
  .strictObject({
    family: z.string().max(80).nullable().refine((f) => f === null || FAMILIES.has(f), 'not a PayLens role family'),
    level: z.enum(LEVELS),
    soc: z
      .string()
      .regex(/^\d{2}-\d{4}$/, 'a US SOC 2018 code like 15-1252')
      .nullable(),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code')
      .refine((cc) => countryName(cc) !== null, 'not a known country'),
    area: z.string().min(1).max(80).nullable(),
    company: z
      .string()
      .max(80)
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a PayLens company id like "acme-robotics"')
      .nullable(),
    yoe: z.enum(YOE_BANDS),
    base: amount,
    total: amount.nullable(),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, 'an ISO 4217 code')
      .refine(hasRate, 'a currency PayLens has no rate for'),
    period: z.enum(PERIODS),
    year: z
      .number()
      .int()
      .refine((y) => y === thisYear() || y === thisYear() - 1, 'this year or last'),
  })
  .superRefine((s, ctx) => {
    if (s.family === null && s.soc === null) ctx.addIssue({ code: 'custom', path: ['family'], message: 'family or soc is required' });
    if (s.area !== null && !isKnownArea(s.area, s.country)) {
      ctx.addIssue({ code: 'custom', path: ['area'], message: `not a metro or region name PayLens writes for ${s.country}` });
    }
    if (s.total !== null && s.total < s.base) ctx.addIssue({ code: 'custom', path: ['total'], message: 'total pay is below base pay' });
  });
export type SubmissionBody = z.infer<typeof SubmissionBody>;

/** `Authorization: Bearer <install token>`: >= 32 url-safe random characters. */
export const TOKEN_RE = /^Bearer ([A-Za-z0-9_-]{32,256})$/;
export const AuthHeaders = z.looseObject({
  authorization: z.string().regex(TOKEN_RE, 'Bearer <install token of at least 32 url-safe characters>'),
});

export const SubmissionCreated = z.object({ id: z.string() });
export const Deleted = z.object({ deleted: z.number().int() });

export const PostingBody = z.strictObject({
  /** the employer's name as the posting shows it (public) */
  employer: z.string().trim().min(1).max(200),
  /** the extension's company id, when it recognised the employer */
  employerId: z
    .string()
    .max(80)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    .nullable(),
  title: z.string().trim().min(1).max(200),
  family: z.string().max(80).nullable().refine((f) => f === null || FAMILIES.has(f), 'not a PayLens role family'),
  soc: z
    .string()
    .regex(/^\d{2}-\d{4}$/)
    .nullable(),
  level: z.enum(LEVELS).nullable(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .refine((cc) => countryName(cc) !== null, 'not a known country'),
  area: z.string().min(1).max(80).nullable(),
  min: amount.nullable(),
  max: amount.nullable(),
  currency: z.string().regex(/^[A-Z]{3}$/),
  period: z.enum(PERIODS),
  /** when the posting was published or seen: YYYY-MM or YYYY-MM-DD (kept to the month) */
  date: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])(-\d{2})?$/),
  /** SHA-256 hex of the posting's jobKey: one row per posting however many browsers report it */
  jobKeyHash: z.string().regex(/^[0-9a-f]{64}$/),
});
export const PostingsBody = z
  .strictObject({ postings: z.array(PostingBody).min(1).max(100) })
  .superRefine((b, ctx) => {
    b.postings.forEach((p, i) => {
      if (p.min === null && p.max === null) ctx.addIssue({ code: 'custom', path: ['postings', i, 'min'], message: 'min or max is required' });
      if (p.min !== null && p.max !== null && p.max < p.min) ctx.addIssue({ code: 'custom', path: ['postings', i, 'max'], message: 'max is below min' });
      if (p.area !== null && !isKnownArea(p.area, p.country)) ctx.addIssue({ code: 'custom', path: ['postings', i, 'area'], message: 'unknown area' });
    });
  });
export type PostingBody = z.infer<typeof PostingBody>;
export const PostingsAccepted = z.object({ accepted: z.number().int() });

const version = z.coerce.number().int().nonnegative().max(2 ** 31 - 1);
export const CellsQuery = z.strictObject({ since: version.optional(), to: version.optional() });

export const Cell = z.object({
  family: z.string().nullable(),
  soc: z.string().nullable(),
  level: z.string(),
  country: z.string(),
  area: z.string().nullable(),
  company: z.string().nullable(),
  basis: z.enum(BASES),
  contributors: z.number().int(),
  n: z.number().int(),
  p25: z.number(),
  p50: z.number(),
  p75: z.number(),
  currency: z.string(),
  period: z.literal('year'),
});
export type Cell = z.infer<typeof Cell>;

export const CellsAnswer = z.object({
  version: z.number().int(),
  asOf: z.string(),
  cells: z.array(Cell),
  /** keys (cellKey) of cells withdrawn since `since` */
  removed: z.array(z.string()),
});
export type CellsAnswer = z.infer<typeof CellsAnswer>;

export const PostedRange = z.object({
  kind: z.literal('posted'),
  employer: z.string(),
  employerId: z.string().nullable(),
  family: z.string().nullable(),
  soc: z.string().nullable(),
  level: z.string().nullable(),
  country: z.string(),
  area: z.string().nullable(),
  currency: z.string(),
  period: z.enum(PERIODS),
  postings: z.number().int(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  month: z.string(),
});
export const PostedRangesAnswer = z.object({ asOf: z.string(), ranges: z.array(PostedRange) });

export const ErrorBody = z.object({
  error: z.object({ code: z.string(), field: z.string().nullable(), message: z.string() }),
});

/** A record's cell: one record per token per cell per year. */
export interface CellPlace {
  family: string | null;
  soc: string | null;
  level: string;
  country: string;
  area: string | null;
  company: string | null;
}
export function recordCellKey(r: CellPlace): string {
  return [r.family, r.soc, r.level, r.country, r.area, r.company].map((v) => v ?? '').join('|');
}

/** A published cell's key, as `removed` lists it: the record cell key and the basis. */
export function cellKey(c: CellPlace & { basis: string }): string {
  return `${recordCellKey(c)}|${c.basis}`;
}
