/** Small hand-made datasets for the estimator tests: every number is chosen so the answer can be worked out by hand. */
import { MemoryCellSource } from '../../../utils/estimate/dataset-file';
import { IQR_PER_SIGMA } from '../../../utils/estimate/stats';
import * as core from '../../../utils/estimate/estimator';
import { cellKey, type CellSource, type DatasetCell, type DatasetMeta, type LearnedParams } from '../../../utils/estimate/types';
import { normalizePosting, resolvedOf, type PostingFields } from '../../../utils/normalize/posting';
import type { DisplayPeriod, Estimate, Submission } from '../../../utils/schemas';

export const AS_OF = '2025-07-01';

export interface CellSpec {
  family?: string;
  level?: string;
  geo: string;
  company?: string;
  basis?: 'base' | 'total';
  kind?: DatasetCell['kind'];
  currency?: string;
  p50: number;
  /** ln(p75/p50) = ln(p50/p25) */
  halfSpread?: number;
  n?: number | null;
  sources?: number[];
}

export function cell(s: CellSpec): DatasetCell {
  const family = s.family ?? 'Software Engineer';
  const level = s.level ?? '*';
  const basis = s.basis ?? 'base';
  const half = s.halfSpread ?? 0.3;
  const kind = s.kind ?? 'salaries';
  const n = kind === 'statistic' ? null : (s.n ?? 100);
  return {
    key: cellKey(family, level, s.geo, s.company ?? '', basis),
    family,
    level,
    geo: s.geo,
    company: s.company ?? null,
    basis,
    kind,
    logP25: Math.log(s.p50) - half,
    logP50: Math.log(s.p50),
    logP75: Math.log(s.p50) + half,
    currency: s.currency ?? 'USD',
    n,
    nEff: n,
    sources: s.sources ?? [kind === 'statistic' ? 0 : kind === 'offered-floor' ? 1 : 2],
    asOf: AS_OF,
  };
}

/** The sampling variance the estimator gives a cell's median: (π/2)·σ²/n with σ = 2·half/1.349. */
export function medianVar(halfSpread: number, n: number): number {
  const sigma = (2 * halfSpread) / IQR_PER_SIGMA;
  return ((Math.PI / 2) * sigma * sigma) / n;
}

export function meta(learned: Partial<LearnedParams> = {}, extra: Partial<DatasetMeta> = {}): DatasetMeta {
  return {
    format: 1,
    version: 'test',
    cellFiles: ['cells-1.json'],
    asOf: AS_OF,
    ratesAsOf: '2026-04-13',
    rateYear: 2025,
    sources: [
      { id: 'oflc', name: 'DOL OFLC statistics', year: 2024, licence: 'US public domain', kind: 'statistic', url: '', attribution: '' },
      { id: 'lca', name: 'H-1B LCA filings (offered wage floors)', year: 2023, licence: 'US public domain', kind: 'offered-floor', url: '', attribution: '' },
      { id: 'survey', name: 'A survey', year: 2025, licence: 'CC0 1.0', kind: 'salaries', url: '', attribution: '' },
    ],
    learned: {
      levelRatios: { _default: { entry: Math.log(0.7), mid: 0, senior: Math.log(1.3), staff: Math.log(1.6) } },
      tau2: { metro: 0.01, globalLevel: 0.01, region: 0.01, regionLevel: 0.01, country: 0.01, countryLevel: 0.01, company: 0.01, companyLevel: 0.01 },
      metroIndex: {},
      countryIndex: {},
      regionIndex: {},
      companyPremium: {},
      upperSpread: { _default: 1 },
      ...learned,
    },
    areaNames: { '42660': 'Seattle-Tacoma-Bellevue, WA' },
    stateNames: { 'US-CA': 'California', 'US-WA': 'Washington' },
    companyNames: {},
    statFamily: {},
    counts: {},
    ...extra,
  };
}

export function source(cells: DatasetCell[], m: DatasetMeta = meta()): MemoryCellSource {
  return new MemoryCellSource(cells, m);
}

/**
 * The pipeline as the background runs it, for tests that state a posting as text:
 * normalizePosting(fields, userCountry) → estimate(query, cells, options). Submissions are
 * normalised as when they were saved.
 */
export type TextQuery = PostingFields & {
  displayCurrency?: string | null;
  displayPeriod?: DisplayPeriod | null;
  mine?: readonly Submission[];
};

function pipelineArgs(q: TextQuery, userCountry: string | null) {
  const { displayCurrency, displayPeriod, mine, ...fields } = q;
  return {
    query: normalizePosting(fields, userCountry),
    options: {
      displayCurrency,
      displayPeriod,
      mine: mine?.map((submission) => ({ submission, resolved: resolvedOf(submission, userCountry) })),
    },
  };
}

export async function estimateText(q: TextQuery, src: CellSource, opts: { userCountry?: string | null } = {}): Promise<Estimate> {
  const { query, options } = pipelineArgs(q, opts.userCountry ?? null);
  return core.estimate(query, src, options);
}

export async function estimateTextDetailed(q: TextQuery, src: CellSource, opts: { userCountry?: string | null } = {}) {
  const { query, options } = pipelineArgs(q, opts.userCountry ?? null);
  return core.estimateDetailed(query, src, options);
}
