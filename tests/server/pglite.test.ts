/** The service suite on PGlite, the embedded PostgreSQL `npm run server` uses without DATABASE_URL. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { openDb } from '../../server/db';
import { serverSuite } from './suite';

// One PGlite per file, in a folder of its own (a folder, not memory, so the restart test can reopen it).
const dir = mkdtempSync(join(tmpdir(), 'paylens-server-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

serverSuite('PGlite', { open: () => openDb({ dataDir: dir }) });
