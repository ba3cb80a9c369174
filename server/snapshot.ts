/**
 * The published snapshot: one SQL job (`rebuild`) turns records into aggregate cells, and the read
 * queries behind GET /v1/cells and GET /v1/postings.
 *
 * Rules (issue 12):
 * - per cell and basis (base, total), values more than OUTLIER_MADS median absolute deviations from
 *   the median in log space are parked: kept, never counted or published;
 * - k = distinct token hashes among the records not parked; the quartiles use those same records;
 * - a cell is published at k >= K_MIN, and published again only once >= NEW_MIN contributors are
 *   not among those behind its last publication, so two versions never differ by fewer than
 *   NEW_MIN people; a published cell whose k falls below K_MIN (deletions) is withdrawn;
 * - every publication and withdrawal is kept by version, so the answer for ?since=N&to=M never
 *   changes once M exists.
 * Only cells whose records changed since the last run (dirty_cells) are recomputed.
 */
import type { Db, Queryable } from './db';
import { cellKey, type Basis, type Cell, type CellsAnswer } from './wire';

export const K_MIN = 5;
export const NEW_MIN = 5;
export const OUTLIER_MADS = 4;
/** Floor of the MAD (log units, ≈ ±5 %), so a cell of identical values does not park every other one. */
export const MAD_FLOOR = 0.05;
/** Outliers are only judged among at least this many values. */
export const OUTLIER_MIN_VALUES = 3;
const REBUILD_LOCK = 7_261_002;

export interface RebuildResult {
  /** the version published by this run, or null when nothing changed */
  version: number | null;
  cellsChecked: number;
  published: number;
  removed: number;
  parked: number;
}

async function step(q: Queryable, sql: string, params?: unknown[]): Promise<void> {
  await q.query(sql, params);
}

export async function rebuild(db: Db): Promise<RebuildResult> {
  return db.tx(async (q) => {
    await step(q, `SELECT pg_advisory_xact_lock(${REBUILD_LOCK})`);
    await step(q, 'CREATE TEMP TABLE rebuild_cells (cell_key text PRIMARY KEY) ON COMMIT DROP');
    // Claim the dirty log by deleting it: a write committed after this statement stays for the next run.
    await step(q, 'WITH claimed AS (DELETE FROM dirty_cells RETURNING cell_key) INSERT INTO rebuild_cells SELECT DISTINCT cell_key FROM claimed');

    // 1. Park outliers per cell and basis (log space, median ± OUTLIER_MADS × MAD).
    const parked = await q.query<{ parked: number }>(`
      WITH vals AS (
        SELECT s.id, s.cell_key, b.basis, ln(b.v) AS lv
        FROM submissions s JOIN rebuild_cells USING (cell_key)
        CROSS JOIN LATERAL (VALUES ('base', s.base_year), ('total', s.total_year)) AS b(basis, v)
        WHERE b.v IS NOT NULL
      ), med AS (
        SELECT cell_key, basis, percentile_cont(0.5) WITHIN GROUP (ORDER BY lv) AS m, count(*) AS c
        FROM vals GROUP BY cell_key, basis
      ), dev AS (
        SELECT v.id, v.cell_key, v.basis, abs(v.lv - med.m) AS d, med.c FROM vals v JOIN med USING (cell_key, basis)
      ), mad AS (
        SELECT cell_key, basis, percentile_cont(0.5) WITHIN GROUP (ORDER BY d) AS mad FROM dev GROUP BY cell_key, basis
      ), flags AS (
        SELECT dev.id,
          bool_or(dev.basis = 'base' AND dev.c >= ${OUTLIER_MIN_VALUES} AND dev.d > ${OUTLIER_MADS} * greatest(mad.mad, ${MAD_FLOOR})) AS pb,
          bool_or(dev.basis = 'total' AND dev.c >= ${OUTLIER_MIN_VALUES} AND dev.d > ${OUTLIER_MADS} * greatest(mad.mad, ${MAD_FLOOR})) AS pt
        FROM dev JOIN mad USING (cell_key, basis) GROUP BY dev.id
      ), changed AS (
        UPDATE submissions s SET parked_base = f.pb, parked_total = f.pt
        FROM flags f WHERE s.id = f.id AND (s.parked_base <> f.pb OR s.parked_total <> f.pt)
        RETURNING s.parked_base OR s.parked_total AS now_parked
      )
      SELECT count(*) FILTER (WHERE now_parked)::int AS parked FROM changed`);

    // 2. Statistics of the records that count, and how many of their contributors are new.
    await step(q, `
      CREATE TEMP TABLE cell_stats ON COMMIT DROP AS
      SELECT s.cell_key, b.basis,
        min(s.family) AS family, min(s.soc) AS soc, min(s.level) AS level, min(s.country) AS country,
        min(s.area) AS area, min(s.company) AS company, min(s.cell_currency) AS currency,
        count(DISTINCT s.token_hash)::int AS k,
        count(*)::int AS n,
        count(DISTINCT s.token_hash) FILTER (WHERE m.token_hash IS NULL)::int AS fresh,
        percentile_cont(0.25) WITHIN GROUP (ORDER BY b.v) AS p25,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY b.v) AS p50,
        percentile_cont(0.75) WITHIN GROUP (ORDER BY b.v) AS p75,
        (count(DISTINCT s.token_hash) >= ${K_MIN} AND count(DISTINCT s.token_hash) FILTER (WHERE m.token_hash IS NULL) >= ${NEW_MIN}) AS publish
      FROM submissions s JOIN rebuild_cells USING (cell_key)
      CROSS JOIN LATERAL (VALUES ('base', s.base_year, s.parked_base), ('total', s.total_year, s.parked_total)) AS b(basis, v, parked)
      LEFT JOIN cell_members m ON m.cell_key = s.cell_key AND m.basis = b.basis AND m.token_hash = s.token_hash
      WHERE b.v IS NOT NULL AND NOT b.parked
      GROUP BY s.cell_key, b.basis`);
    await step(q, `
      CREATE TEMP TABLE cell_withdrawn ON COMMIT DROP AS
      SELECT p.* FROM published_cells p JOIN rebuild_cells USING (cell_key)
      LEFT JOIN cell_stats c ON c.cell_key = p.cell_key AND c.basis = p.basis
      WHERE c.k IS NULL OR c.k < ${K_MIN}`);
    const [counts] = await q.query<{ checked: number; published: number; removed: number }>(`
      SELECT (SELECT count(*) FROM rebuild_cells)::int AS checked,
             (SELECT count(*) FROM cell_stats WHERE publish)::int AS published,
             (SELECT count(*) FROM cell_withdrawn)::int AS removed`);
    const result: RebuildResult = {
      version: null,
      cellsChecked: counts!.checked,
      published: counts!.published,
      removed: counts!.removed,
      parked: parked[0]?.parked ?? 0,
    };

    // 3. A new version only when something is published or withdrawn.
    if (result.published + result.removed > 0) {
      const [row] = await q.query<{ version: number }>(
        `INSERT INTO snapshot_versions (version, as_of)
         SELECT coalesce(max(version), 0) + 1, date_trunc('month', now())::date FROM snapshot_versions
         RETURNING version`,
      );
      const version = row!.version;
      result.version = version;
      await step(q, `
        INSERT INTO cell_versions (cell_key, basis, version, removed, family, soc, level, country, area, company)
        SELECT cell_key, basis, $1, true, family, soc, level, country, area, company FROM cell_withdrawn`, [version]);
      await step(q, 'DELETE FROM published_cells p USING cell_withdrawn w WHERE p.cell_key = w.cell_key AND p.basis = w.basis');
      await step(q, `
        INSERT INTO cell_versions (cell_key, basis, version, removed, family, soc, level, country, area, company,
                                   contributors, n, p25, p50, p75, currency)
        SELECT cell_key, basis, $1, false, family, soc, level, country, area, company, k, n, p25, p50, p75, currency
        FROM cell_stats WHERE publish`, [version]);
      await step(q, `
        INSERT INTO published_cells (cell_key, basis, version, family, soc, level, country, area, company,
                                     contributors, n, p25, p50, p75, currency)
        SELECT cell_key, basis, $1, family, soc, level, country, area, company, k, n, p25, p50, p75, currency
        FROM cell_stats WHERE publish
        ON CONFLICT (cell_key, basis) DO UPDATE SET version = EXCLUDED.version, contributors = EXCLUDED.contributors,
          n = EXCLUDED.n, p25 = EXCLUDED.p25, p50 = EXCLUDED.p50, p75 = EXCLUDED.p75, currency = EXCLUDED.currency`, [version]);
      // The members behind this publication: the baseline the next one must differ from by NEW_MIN.
      await step(q, 'DELETE FROM cell_members m USING cell_stats c WHERE c.publish AND m.cell_key = c.cell_key AND m.basis = c.basis');
      await step(q, `
        INSERT INTO cell_members (cell_key, basis, token_hash)
        SELECT DISTINCT s.cell_key, b.basis, s.token_hash
        FROM submissions s
        CROSS JOIN LATERAL (VALUES ('base', s.base_year, s.parked_base), ('total', s.total_year, s.parked_total)) AS b(basis, v, parked)
        JOIN cell_stats c ON c.cell_key = s.cell_key AND c.basis = b.basis AND c.publish
        WHERE b.v IS NOT NULL AND NOT b.parked`);
    }

    // 4. Posted ranges: public, per employer × role, no k limit; recomputed whole.
    await step(q, 'DELETE FROM posted_ranges');
    await step(q, `
      INSERT INTO posted_ranges (employer, employer_id, family, soc, level, country, area, currency, period, postings, min, max, month)
      SELECT min(employer), employer_id, family, soc, level, country, area, currency, period, count(*)::int,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY min), percentile_cont(0.5) WITHIN GROUP (ORDER BY max), max(month)
      FROM postings
      GROUP BY coalesce(employer_id, lower(employer)), employer_id, family, soc, level, country, area, currency, period`);
    return result;
  });
}

// ------------------------------------------------------------------------------------ reads

/** Published figures carry 3 significant digits: enough for a badge, less to difference. */
export const roundFigure = (x: number): number => Number(x.toPrecision(3));

interface CellRow {
  cell_key: string;
  basis: Basis;
  removed?: boolean;
  family: string | null;
  soc: string | null;
  level: string;
  country: string;
  area: string | null;
  company: string | null;
  contributors: number;
  n: number;
  p25: number;
  p50: number;
  p75: number;
  currency: string;
}

const toCell = (r: CellRow): Cell => ({
  family: r.family,
  soc: r.soc,
  level: r.level,
  country: r.country,
  area: r.area,
  company: r.company,
  basis: r.basis,
  contributors: r.contributors,
  n: r.n,
  p25: roundFigure(r.p25),
  p50: roundFigure(r.p50),
  p75: roundFigure(r.p75),
  currency: r.currency,
  period: 'year',
});

const thisMonth = () => `${new Date().toISOString().slice(0, 7)}-01`;
const dateText = (d: unknown): string =>
  d instanceof Date ? `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}` : String(d).slice(0, 10);

export async function currentVersion(db: Queryable): Promise<{ version: number; asOf: string }> {
  const [row] = await db.query<{ version: number; as_of: unknown }>(
    'SELECT version, as_of FROM snapshot_versions ORDER BY version DESC LIMIT 1',
  );
  return row ? { version: row.version, asOf: dateText(row.as_of) } : { version: 0, asOf: thisMonth() };
}

async function asOfVersion(db: Queryable, version: number): Promise<string> {
  const [row] = await db.query<{ as_of: unknown }>('SELECT as_of FROM snapshot_versions WHERE version = $1', [version]);
  return row ? dateText(row.as_of) : thisMonth();
}

/** Every cell published now. */
export async function readCurrent(db: Queryable): Promise<CellsAnswer> {
  // Version and cells in one statement, so they agree even while a rebuild commits.
  const rows = await db.query<CellRow & { v: number | null; as_of: unknown }>(`
    WITH v AS (SELECT version, as_of FROM snapshot_versions ORDER BY version DESC LIMIT 1)
    SELECT p.*, v.version AS v, v.as_of FROM v LEFT JOIN published_cells p ON true ORDER BY p.cell_key, p.basis`);
  if (!rows.length) return { version: 0, asOf: thisMonth(), cells: [], removed: [] };
  return {
    version: rows[0]!.v ?? 0,
    asOf: dateText(rows[0]!.as_of),
    cells: rows.filter((r) => r.cell_key !== null).map(toCell),
    removed: [],
  };
}

/** What changed after version `since` up to `to` (inclusive): the latest event of each cell. */
export async function readRange(db: Queryable, since: number, to: number): Promise<CellsAnswer> {
  const rows = await db.query<CellRow>(
    `SELECT DISTINCT ON (cell_key, basis) * FROM cell_versions
     WHERE version > $1 AND version <= $2 ORDER BY cell_key, basis, version DESC`,
    [since, to],
  );
  return {
    version: to,
    asOf: await asOfVersion(db, to),
    cells: rows.filter((r) => !r.removed).map(toCell),
    removed: rows.filter((r) => r.removed).map((r) => cellKey(r)),
  };
}

export async function readPostedRanges(db: Queryable) {
  const rows = await db.query<{
    employer: string;
    employer_id: string | null;
    family: string | null;
    soc: string | null;
    level: string | null;
    country: string;
    area: string | null;
    currency: string;
    period: 'hour' | 'day' | 'week' | 'month' | 'year';
    postings: number;
    min: number | null;
    max: number | null;
    month: string;
  }>('SELECT * FROM posted_ranges ORDER BY employer, family, country, area, currency');
  return rows.map((r) => ({
    kind: 'posted' as const,
    employer: r.employer,
    employerId: r.employer_id,
    family: r.family,
    soc: r.soc,
    level: r.level,
    country: r.country,
    area: r.area,
    currency: r.currency,
    period: r.period,
    postings: r.postings,
    min: r.min === null ? null : roundFigure(r.min),
    max: r.max === null ? null : roundFigure(r.max),
    month: r.month,
  }));
}
