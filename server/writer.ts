/**
 * Submissions are written in batches: requests that arrive while earlier writes are in flight are
 * upserted together in one statement (one round trip, one commit), so throughput grows with load
 * instead of each request paying a commit. With nothing in flight a request is written at once,
 * on the next turn of the event loop; no timer delays it.
 */
import type { Db } from './db';

export interface SubmissionRow {
  id: string;
  token_hash: string;
  cell_key: string;
  year: number;
  family: string | null;
  soc: string | null;
  level: string;
  country: string;
  area: string | null;
  company: string | null;
  yoe: string;
  base: number;
  total: number | null;
  currency: string;
  period: string;
  cell_currency: string;
  base_year: number;
  total_year: number | null;
}

export interface Written {
  id: string;
  /** false: an earlier record of the same token, cell and year was replaced (its id kept) */
  inserted: boolean;
}

const UPSERT = `
  WITH input AS (
    SELECT * FROM json_to_recordset($1::json) AS x(id uuid, token_hash text, cell_key text, year int, family text,
      soc text, level text, country text, area text, company text, yoe text, base float8, total float8,
      currency text, period text, cell_currency text, base_year float8, total_year float8)
  ), up AS (
    INSERT INTO submissions (id, token_hash, cell_key, year, family, soc, level, country, area, company, yoe,
                             base, total, currency, period, cell_currency, base_year, total_year, received_month)
    SELECT id, token_hash, cell_key, year, family, soc, level, country, area, company, yoe,
           base, total, currency, period, cell_currency, base_year, total_year, to_char(now(), 'YYYY-MM')
    FROM input ORDER BY token_hash, cell_key, year
    ON CONFLICT (token_hash, cell_key, year) DO UPDATE SET
      yoe = EXCLUDED.yoe, base = EXCLUDED.base, total = EXCLUDED.total, currency = EXCLUDED.currency,
      period = EXCLUDED.period, cell_currency = EXCLUDED.cell_currency, base_year = EXCLUDED.base_year,
      total_year = EXCLUDED.total_year, received_month = EXCLUDED.received_month,
      parked_base = false, parked_total = false
    RETURNING id, (xmax = 0) AS inserted, token_hash, cell_key, year
  ), dirty AS (INSERT INTO dirty_cells (cell_key) SELECT DISTINCT cell_key FROM up)
  SELECT id::text AS id, inserted, token_hash, cell_key, year FROM up`;

interface Pending {
  row: SubmissionRow;
  resolve: (w: Written) => void;
  reject: (e: unknown) => void;
}

const keyOf = (r: { token_hash: string; cell_key: string; year: number }) => `${r.token_hash}\n${r.cell_key}\n${r.year}`;
const DEADLOCK = '40P01';

export class SubmissionWriter {
  #queue: Pending[] = [];
  #inFlight = 0;
  #scheduled = false;
  /** keys of the rows in batches being written */
  #writing = new Set<string>();

  constructor(
    private readonly db: Db,
    /** batches written at once (each takes a pool connection) */
    private readonly maxInFlight = 4,
    private readonly maxBatch = 200,
  ) {}

  write(row: SubmissionRow): Promise<Written> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ row, resolve, reject });
      this.#schedule();
    });
  }

  #schedule(): void {
    if (this.#scheduled || !this.#queue.length || this.#inFlight >= this.maxInFlight) return;
    this.#scheduled = true;
    setImmediate(() => {
      this.#scheduled = false;
      while (this.#queue.length && this.#inFlight < this.maxInFlight && this.#flush());
    });
  }

  /** Starts one batch; false when every queued row waits on a batch in flight. */
  #flush(): boolean {
    // One row per (token, cell, year) per statement (an upsert cannot touch a row twice), and none
    // while a batch holding that key is being written: a repeat waits, so the later of two records
    // wins, as if they came one by one.
    const batch: Pending[] = [];
    const keys = new Set<string>();
    const rest: Pending[] = [];
    for (const p of this.#queue) {
      const key = keyOf(p.row);
      if (batch.length < this.maxBatch && !keys.has(key) && !this.#writing.has(key)) {
        keys.add(key);
        batch.push(p);
      } else rest.push(p);
    }
    this.#queue = rest;
    if (!batch.length) return false;
    for (const key of keys) this.#writing.add(key);
    this.#inFlight++;
    void this.#run(batch).finally(() => {
      for (const key of keys) this.#writing.delete(key);
      this.#inFlight--;
      this.#schedule();
    });
    return true;
  }

  async #run(batch: Pending[], attempt = 0): Promise<void> {
    try {
      const rows = await this.db.query<{ id: string; inserted: boolean; token_hash: string; cell_key: string; year: number }>(
        UPSERT,
        [JSON.stringify(batch.map((p) => p.row))],
      );
      const byKey = new Map(rows.map((r) => [keyOf(r), r]));
      for (const p of batch) {
        const r = byKey.get(keyOf(p.row));
        if (r) p.resolve({ id: r.id, inserted: r.inserted });
        else p.reject(new Error('submission not written'));
      }
    } catch (error) {
      // Two batches touching the same rows in another order can deadlock; PostgreSQL aborts one.
      if ((error as { code?: string }).code === DEADLOCK && attempt < 3) return this.#run(batch, attempt + 1);
      for (const p of batch) p.reject(error);
    }
  }
}
