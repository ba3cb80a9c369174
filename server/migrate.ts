/** Plain SQL migrations (server/migrations/NNN_name.sql), run at start in name order, each once. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Db } from './db';

const DIR = fileURLToPath(new URL('./migrations/', import.meta.url));
/** Any constant: serialises migrations (and nothing else) across nodes starting together. */
const MIGRATION_LOCK = 7_261_001;

export async function migrate(db: Db): Promise<string[]> {
  await db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY)');
  const done = new Set((await db.query<{ name: string }>('SELECT name FROM schema_migrations')).map((r) => r.name));
  const applied: string[] = [];
  for (const file of readdirSync(DIR).filter((f) => /^\d+_[\w-]+\.sql$/.test(f)).sort()) {
    if (done.has(file)) continue;
    const sql = readFileSync(`${DIR}${file}`, 'utf8');
    // One transaction per file, under a lock; the files are idempotent, so a node that lost the race
    // re-runs harmlessly.
    await db.exec(
      `BEGIN; SELECT pg_advisory_xact_lock(${MIGRATION_LOCK});\n${sql}\n;INSERT INTO schema_migrations (name) VALUES ('${file}') ON CONFLICT DO NOTHING; COMMIT;`,
    );
    applied.push(file);
  }
  return applied;
}
