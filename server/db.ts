/**
 * The service's one database handle: `query` and `tx`, on real PostgreSQL (`pg.Pool`) when
 * DATABASE_URL is set, else on PGlite (an embedded PostgreSQL in WASM, data in a local folder),
 * so `npm run server` works on a fresh clone. Both speak the same SQL; callers never know which.
 *
 * Write SQL that both accept: cast counts to int (`count(*)::int`), because pg returns int8 as a
 * string and PGlite as a number.
 */
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

export type Row = Record<string, unknown>;

export interface Queryable {
  query<T = Row>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface Db extends Queryable {
  readonly kind: 'postgres' | 'pglite';
  /** Runs `fn` in one transaction (BEGIN … COMMIT, ROLLBACK when it throws). */
  tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T>;
  /** Several statements separated by `;`, no parameters (migrations). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

export interface DbOptions {
  /** PostgreSQL connection string; when absent, PGlite in `dataDir`. */
  url?: string | null;
  /** PGlite data folder, or 'memory://' for a throwaway database. */
  dataDir?: string;
  /** pg pool size (default 10). */
  poolSize?: number;
}

export async function openDb(options: DbOptions = {}): Promise<Db> {
  return options.url ? openPostgres(options.url, options.poolSize ?? 10) : openPglite(options.dataDir ?? '.data/server');
}

const statementNames = new Map<string, string>();
function statementName(sql: string): string {
  let name = statementNames.get(sql);
  if (!name) {
    name = `s${createHash('sha1').update(sql).digest('hex').slice(0, 16)}`;
    if (statementNames.size < 1000) statementNames.set(sql, name);
  }
  return name;
}

function openPostgres(url: string, poolSize: number): Db {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle client's error (server restart) must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  return {
    kind: 'postgres',
    async query<T>(sql: string, params?: unknown[]) {
      // Named, so each connection parses and plans a statement once (the hot upsert is a CTE).
      return (await pool.query({ name: statementName(sql), text: sql, values: params as unknown[] })).rows as T[];
    },
    async exec(sql: string) {
      await pool.query(sql);
    },
    async tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn({
          query: async <R>(sql: string, params?: unknown[]) => (await client.query(sql, params as unknown[])).rows as R[],
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    async close() {
      await pool.end();
    },
  };
}

async function openPglite(dataDir: string): Promise<Db> {
  if (!dataDir.includes('://')) mkdirSync(dataDir, { recursive: true });
  const lite = await PGlite.create(dataDir);
  return {
    kind: 'pglite',
    async query<T>(sql: string, params?: unknown[]) {
      return (await lite.query<T>(sql, params)).rows;
    },
    async exec(sql: string) {
      await lite.exec(sql);
    },
    tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T> {
      return lite.transaction((t) =>
        fn({ query: async <R>(sql: string, params?: unknown[]) => (await t.query<R>(sql, params)).rows }),
      );
    },
    async close() {
      await lite.close();
    },
  };
}
