/**
 * Export and import of the user's own salaries, as JSON or CSV (extension pages only). An import
 * is validated whole before anything is written: one wrong cell and nothing changes, and the
 * answer says which row and which field (`{row: 3, field: 'annualBase', problem: 'number'}`).
 * The writing is one IndexedDB transaction (utils/db/submissions.ts importSubmissions).
 */
import { parseCsv } from '../scripts/lib/dataset/csv';
import { hasRate } from './normalize/currency';
import { LEGACY_LEVELS } from './estimate/levels';
import { DisplayPeriod, Level, SubmissionInput, type Submission } from './schemas';

/** The columns of an export, in order (CSV header; JSON keys). */
export const EXPORT_COLUMNS = [
  'id',
  'clientId',
  'createdAt',
  'title',
  'company',
  'location',
  'level',
  'yearsExperience',
  'period',
  'base',
  'total',
  'annualBonus',
  'annualEquity',
  'currency',
  'jobKey',
] as const;
type Column = (typeof EXPORT_COLUMNS)[number];

const NUMBER_COLUMNS: ReadonlySet<Column> = new Set(['yearsExperience', 'base', 'total', 'annualBonus', 'annualEquity']);
/** Columns a row may leave empty (read as null, as absent, or as their default). */
const ABSENT_WHEN_EMPTY: ReadonlySet<Column> = new Set(['id', 'createdAt', 'annualBonus', 'annualEquity']);
const NULL_WHEN_EMPTY: ReadonlySet<Column> = new Set(['company', 'location', 'yearsExperience', 'total', 'jobKey']);
const DEFAULT_WHEN_EMPTY: Partial<Record<Column, () => string>> = {
  level: () => 'unknown',
  period: () => 'year',
  // a file written by hand has no entry ids: each row gets one
  clientId: () => crypto.randomUUID(),
};

export const EXPORT_FORMAT = 'paylens-salaries';

export function toJson(submissions: readonly Submission[]): string {
  const rows = submissions.map((s) => Object.fromEntries(EXPORT_COLUMNS.map((c) => [c, s[c] ?? null])));
  return `${JSON.stringify({ format: EXPORT_FORMAT, version: 1, salaries: rows }, null, 2)}\n`;
}

const csvCell = (v: unknown): string => {
  const text = v === null || v === undefined ? '' : String(v);
  // a leading = + - @ would be read as a formula by spreadsheets: quote-prefix it
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export function toCsv(submissions: readonly Submission[]): string {
  const lines = [EXPORT_COLUMNS.join(',')];
  for (const s of submissions) lines.push(EXPORT_COLUMNS.map((c) => csvCell(s[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** What is wrong with one cell of an import. */
export type ImportProblem =
  | 'required' // empty but needed
  | 'number' // not a number
  | 'range' // a number out of bounds
  | 'text' // too long, or not text
  | 'currency' // not a currency PayLens has a rate for
  | 'choice' // not one of the allowed values (level, period)
  | 'date' // not an ISO date-time
  | 'total' // total pay below base pay
  | 'format'; // the file itself: not JSON / CSV, or no rows

export interface ImportError {
  /** 1-based data row (the CSV header is not a row); 0 for the file as a whole */
  row: number;
  field: string | null;
  problem: ImportProblem;
}

export type ImportedRow = SubmissionInput & { id?: string; createdAt?: string };
export type ImportParse = { ok: true; rows: ImportedRow[] } | { ok: false; errors: ImportError[] };

const MAX_ERRORS = 20;

/** One untyped record (from JSON or a CSV row) → a valid row or the problems of its cells. */
export function validateRow(record: Record<string, unknown>, row: number): { row: ImportedRow } | { errors: ImportError[] } {
  const errors: ImportError[] = [];
  const out: Record<string, unknown> = {};
  const fail = (field: Column, problem: ImportProblem) => errors.push({ row, field, problem });
  for (const column of EXPORT_COLUMNS) {
    let value = record[column];
    if (typeof value === 'string') value = value.trim();
    const empty = value === undefined || value === null || value === '';
    const fallback = DEFAULT_WHEN_EMPTY[column];
    if (empty && fallback) value = fallback();
    else if (empty) {
      if (ABSENT_WHEN_EMPTY.has(column)) continue;
      if (NULL_WHEN_EMPTY.has(column)) {
        out[column] = null;
        continue;
      }
      if (column !== 'title' && column !== 'base' && column !== 'currency') continue;
      fail(column, 'required');
      continue;
    }
    if (NUMBER_COLUMNS.has(column)) {
      const n = typeof value === 'number' ? value : typeof value === 'string' && /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(value.replace(/[\s,_]/g, '')) ? Number(value.replace(/[\s,_]/g, '')) : NaN;
      if (!Number.isFinite(n)) fail(column, 'number');
      else out[column] = n;
      continue;
    }
    if (typeof value !== 'string') {
      fail(column, 'text');
      continue;
    }
    if (column === 'currency') {
      const code = value.toUpperCase();
      if (!/^[A-Z]{3}$/.test(code) || !hasRate(code)) fail(column, 'currency');
      else out[column] = code;
    } else if (column === 'level') {
      // a file exported before the nine levels may say principal or senior_manager: read as today's
      if (Level.safeParse(value).success) out[column] = value;
      else if (Object.hasOwn(LEGACY_LEVELS, value)) out[column] = LEGACY_LEVELS[value];
      else fail(column, 'choice');
    } else if (column === 'period') {
      if (!DisplayPeriod.safeParse(value).success) fail(column, 'choice');
      else out[column] = value;
    } else if (column === 'createdAt') {
      if (Number.isNaN(Date.parse(value)) || !/^\d{4}-\d{2}-\d{2}T/.test(value)) fail(column, 'date');
      else out[column] = new Date(value).toISOString();
    } else out[column] = value;
  }
  if (errors.length) return { errors };
  // the shape and bounds, once more through the one schema the background checks
  const result = SubmissionInput.safeParse(out);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = String(issue.path[0] ?? '');
      errors.push({ row, field: field || null, problem: NUMBER_COLUMNS.has(field as Column) ? 'range' : 'text' });
    }
    return { errors };
  }
  if (result.data.total !== null && result.data.total < result.data.base) {
    return { errors: [{ row, field: 'total', problem: 'total' }] };
  }
  if (typeof out.id === 'string' && out.id.length > 100) return { errors: [{ row, field: 'id', problem: 'text' }] };
  const rowOut: ImportedRow = { ...result.data };
  if (typeof out.id === 'string') rowOut.id = out.id;
  if (typeof out.createdAt === 'string') rowOut.createdAt = out.createdAt;
  return { row: rowOut };
}

function validateAll(records: readonly Record<string, unknown>[]): ImportParse {
  if (records.length === 0) return { ok: false, errors: [{ row: 0, field: null, problem: 'format' }] };
  const rows: ImportedRow[] = [];
  const errors: ImportError[] = [];
  records.forEach((record, i) => {
    if (errors.length >= MAX_ERRORS) return;
    if (!record || typeof record !== 'object' || Array.isArray(record)) {
      errors.push({ row: i + 1, field: null, problem: 'format' });
      return;
    }
    const checked = validateRow(record, i + 1);
    if ('errors' in checked) errors.push(...checked.errors);
    else rows.push(checked.row);
  });
  return errors.length ? { ok: false, errors: errors.slice(0, MAX_ERRORS) } : { ok: true, rows };
}

/** A file's text → its rows, all valid, or the problems found (at most 20). */
export function parseImport(text: string, fileName = ''): ImportParse {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  const looksJson = /\.json$/i.test(fileName) || trimmed.startsWith('{') || trimmed.startsWith('[');
  if (looksJson) {
    let data: unknown;
    try {
      data = JSON.parse(trimmed);
    } catch {
      return { ok: false, errors: [{ row: 0, field: null, problem: 'format' }] };
    }
    const list = Array.isArray(data) ? data : (data as { salaries?: unknown } | null)?.salaries;
    if (!Array.isArray(list)) return { ok: false, errors: [{ row: 0, field: null, problem: 'format' }] };
    return validateAll(list as Record<string, unknown>[]);
  }
  const table = parseCsv(trimmed).filter((r) => r.some((cell) => cell.trim() !== ''));
  const header = table[0]?.map((h) => h.trim());
  if (!header || !header.includes('title') || !header.includes('base')) {
    return { ok: false, errors: [{ row: 0, field: null, problem: 'format' }] };
  }
  const records = table.slice(1).map((cells) => {
    const record: Record<string, unknown> = {};
    header.forEach((name, i) => {
      const cell = cells[i] ?? '';
      // undo the export's formula guard
      record[name] = cell.startsWith("'") && /^'[=+\-@]/.test(cell) ? cell.slice(1) : cell;
    });
    return record;
  });
  return validateAll(records);
}
