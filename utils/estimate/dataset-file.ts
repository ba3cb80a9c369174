/**
 * The dataset files in public/data — cells-N.json (compact rows) and dataset-meta.json — and a
 * CellSource over them in memory. Used by the Node CLI, tests and the bench, and by the
 * background to install the dataset into IndexedDB (`parseCells` gives the DatasetCell records).
 * No I/O here: callers read or fetch the two files and pass their parsed JSON.
 */
import { cellKey, type CellSource, type DatasetCell, type DatasetMeta } from './types';

export const META_FILE = 'dataset-meta.json';

/** The cells come in several files (each under 5 MB), listed in order by the meta's `cellFiles`. */
export const cellsFileName = (index: number): string => `cells-${index + 1}.json`;

/** One CellsFile from the shards of one dataset version. */
export function mergeCellsFiles(files: readonly CellsFile[]): CellsFile {
  const [first] = files;
  if (!first) throw new Error('dataset: no cells files');
  for (const f of files) {
    if (f.version !== first.version) throw new Error(`dataset: cells files of different versions (${first.version}, ${f.version})`);
  }
  return { ...first, rows: files.flatMap((f) => f.rows) };
}

/** Column order of a cells.json row. */
export const CELL_COLUMNS = [
  'family',
  'level',
  'geo',
  'company',
  'basis',
  'kind',
  'currency',
  'logP25',
  'logP50',
  'logP75',
  'n',
  'nEff',
  'sources',
] as const;

export type CellRow = [
  family: string,
  level: string,
  geo: string,
  company: string,
  basis: 'b' | 't',
  kind: 's' | 'o' | 'x',
  currency: string,
  logP25: number,
  logP50: number,
  logP75: number,
  n: number | null,
  nEff: number | null,
  sources: number[],
];

export interface CellsFile {
  format: 1;
  version: string;
  asOf: string;
  columns: readonly string[];
  rows: CellRow[];
}

const KIND_CODE = { salaries: 's', 'offered-floor': 'o', statistic: 'x' } as const;
const KIND_OF = { s: 'salaries', o: 'offered-floor', x: 'statistic' } as const;

export function cellToRow(c: DatasetCell): CellRow {
  return [
    c.family,
    c.level,
    c.geo,
    c.company ?? '',
    c.basis === 'base' ? 'b' : 't',
    KIND_CODE[c.kind],
    c.currency,
    c.logP25,
    c.logP50,
    c.logP75,
    c.n,
    c.nEff,
    c.sources,
  ];
}

export function rowToCell(r: CellRow, asOf: string): DatasetCell {
  const [family, level, geo, company, basisCode, kindCode, currency, logP25, logP50, logP75, n, nEff, sources] = r;
  const basis = basisCode === 'b' ? 'base' : 'total';
  return {
    key: cellKey(family, level, geo, company, basis),
    family,
    level,
    geo,
    company: company === '' ? null : company,
    basis,
    kind: KIND_OF[kindCode],
    logP25,
    logP50,
    logP75,
    currency,
    n,
    nEff,
    sources,
    asOf,
  };
}

/** Throws unless the file is a cells file of the format and columns this code reads. */
export function checkCellsFile(file: CellsFile): void {
  if (file.format !== 1 || !Array.isArray(file.rows)) throw new Error('cells.json: unknown format');
  if (file.columns.join() !== CELL_COLUMNS.join()) throw new Error('cells.json: unexpected columns');
}

/** The DatasetCell records of a cells.json (validated loosely: a malformed file throws). */
export function parseCells(file: CellsFile): DatasetCell[] {
  checkCellsFile(file);
  return file.rows.map((r) => rowToCell(r, file.asOf));
}

/** A CellSource over cells in memory. */
export class MemoryCellSource implements CellSource {
  private readonly byKey: Map<string, DatasetCell>;

  constructor(
    cells: Iterable<DatasetCell>,
    private readonly datasetMeta: DatasetMeta | undefined,
  ) {
    this.byKey = new Map();
    for (const c of cells) this.byKey.set(c.key, c);
  }

  static fromFiles(cells: CellsFile, meta: DatasetMeta): MemoryCellSource {
    if (cells.version !== meta.version) throw new Error(`dataset files disagree: cells ${cells.version}, meta ${meta.version}`);
    return new MemoryCellSource(parseCells(cells), meta);
  }

  get(key: string): DatasetCell | undefined {
    return this.byKey.get(key);
  }

  getMany(keys: readonly string[]): (DatasetCell | undefined)[] {
    return keys.map((k) => this.byKey.get(k));
  }

  meta(): DatasetMeta | undefined {
    return this.datasetMeta;
  }

  get size(): number {
    return this.byKey.size;
  }

  cells(): IterableIterator<DatasetCell> {
    return this.byKey.values();
  }
}
