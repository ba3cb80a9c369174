/**
 * `npm run bench -- --only server`: the sharing service on loopback, on real PostgreSQL, with
 * autocannon. The service runs as its own process (`npm run server`'s entry) with
 * PAYLENS_RATE_LIMIT=off, in a schema of its own that is dropped afterwards. Every submission is
 * from a fresh token to a fresh cell (the worst case: no row is ever replaced, every one is new).
 *
 * DATABASE_URL picks the PostgreSQL (default: the one .ci/run makes). Bounded: 10 s per run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import autocannon from 'autocannon';
import { openDb } from '../../server/db';
import { rebuild } from '../../server/snapshot';
import type { Table } from './bench-table';


const DEFAULT_URL = 'postgres://paylens:paylens@127.0.0.1:5432/paylens_test';
const SECONDS = 10;
const CONNECTIONS = 32;
const SEEDED_CELLS = 200;

function withSearchPath(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return u.toString();
}

async function startService(env: Record<string, string>): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the service did not start in 60 s')), 60_000);
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.once('exit', (code) => reject(new Error(`the service exited (${code})`)));
  });
  return { url, child };
}

const YEAR = new Date().getUTCFullYear();

function run(opts: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(opts, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

const row = (name: string, r: autocannon.Result, extra: Record<string, string | number> = {}) => ({
  route: name,
  'requests/s': Math.round(r.requests.average),
  'p50 ms': r.latency.p50,
  'p99 ms': r.latency.p99,
  requests: r.requests.total,
  'non-2xx': r.non2xx,
  'errors+timeouts': r.errors + r.timeouts,
  ...extra,
});

export async function benchServer(table: Table): Promise<void> {
  const base = process.env.DATABASE_URL || DEFAULT_URL;
  const schema = `paylens_bench_${randomBytes(4).toString('hex')}`;
  const admin = await openDb({ url: base, poolSize: 2 });
  try {
    await admin.exec(`CREATE SCHEMA ${schema}`);
  } catch (error) {
    console.log(`\n## Sharing service\n\nno PostgreSQL at ${base.replace(/:[^:@/]*@/, ':***@')} (${String(error)}); run .ci/run's PostgreSQL step or set DATABASE_URL`);
    await admin.close();
    return;
  }
  const dbUrl = withSearchPath(base, schema);
  let child: ChildProcess | null = null;
  try {
    // Seed published cells for the read runs: SEEDED_CELLS cells of 5 contributors each.
    {
      const { buildServer } = await import('../../server/app');
      const db = await openDb({ url: dbUrl, poolSize: 2 });
      const s = await buildServer({ db, rateLimits: false });
      for (let c = 0; c < SEEDED_CELLS; c++) {
        for (let i = 0; i < 5; i++) {
          const res = await s.app.inject({
            method: 'POST',
            url: '/v1/submissions',
            headers: { authorization: `Bearer ${randomBytes(24).toString('base64url')}`, 'content-type': 'application/json' },
            payload: JSON.stringify({ family: 'Software Engineer', level: 'senior', soc: '15-1252', country: 'IN', area: 'Bengaluru', company: `seed-${c}`, yoe: '5-9', base: 2_000_000 + i * 100_000, total: null, currency: 'INR', period: 'year', year: YEAR }),
          });
          if (res.statusCode !== 201) throw new Error(`seeding failed: ${res.statusCode} ${res.body}`);
        }
      }
      await s.rebuild();
      await s.close();
      await db.close();
    }

    const service = await startService({ DATABASE_URL: dbUrl, PORT: '0', HOST: '127.0.0.1', PAYLENS_RATE_LIMIT: 'off', PAYLENS_REBUILD_S: '0', PAYLENS_DB_POOL: '16' });
    child = service.child;
    const url = service.url;

    // Warm-up (JIT, pool connections), not measured.
    await run({ url: `${url}/v1/health`, connections: 8, duration: 1 });

    const body = (company: string) =>
      JSON.stringify({ family: 'Software Engineer', level: 'senior', soc: '15-1252', country: 'IN', area: 'Pune', company, yoe: '5-9', base: 2_400_000, total: 2_900_000, currency: 'INR', period: 'year', year: YEAR });
    const submissions = await run({
      url: `${url}/v1/submissions`,
      connections: CONNECTIONS,
      duration: SECONDS,
      requests: [
        {
          method: 'POST',
          setupRequest: (req) => ({
            ...req,
            headers: { authorization: `Bearer ${randomBytes(24).toString('base64url')}`, 'content-type': 'application/json' },
            body: body(`bench-${randomBytes(6).toString('hex')}`),
          }),
        },
      ],
    });

    const bare = await run({ url: `${url}/v1/cells`, connections: CONNECTIONS, duration: SECONDS });
    const range = await run({ url: `${url}/v1/cells?since=0&to=1`, connections: CONNECTIONS, duration: SECONDS });
    const size = (await (await fetch(`${url}/v1/cells`)).arrayBuffer()).byteLength;

    // The snapshot job over everything the submissions run dirtied.
    const db = await openDb({ url: dbUrl, poolSize: 2 });
    // Fresh token and cell per request, checked in the database: every 2xx answer wrote a row of
    // its own (a repeat token + cell would have replaced one, answering 200, not 201).
    const [written] = await db.query<{ rows: string; tokens: string; cells: string }>(
      "SELECT count(*) AS rows, count(DISTINCT token_hash) AS tokens, count(DISTINCT cell_key) AS cells FROM submissions WHERE company LIKE 'bench-%'",
    );
    const answered2xx = submissions.requests.total - submissions.non2xx - submissions.errors - submissions.timeouts;
    const t = performance.now();
    const result = await rebuild(db);
    const rebuildMs = performance.now() - t;
    await db.close();

    // The machine is shared: say how busy it was, or the figures cannot be compared.
    const load = loadavg()[0]!.toFixed(1);
    table(`Sharing service on loopback, PostgreSQL, rate limits off (${CONNECTIONS} connections × ${SECONDS} s, ${cpus().length} cores, load average ${load}; goal ≥ 1,000 submissions/s, p99 ≤ 50 ms)`, [
      row('POST /v1/submissions (fresh token + cell each)', submissions, {
        'rows written': `${Number(written?.rows ?? 0).toLocaleString('en')} (${Number(written?.tokens ?? 0).toLocaleString('en')} tokens, ${Number(written?.cells ?? 0).toLocaleString('en')} cells) for ${answered2xx.toLocaleString('en')} 2xx`,
      }),
      row(`GET /v1/cells (${SEEDED_CELLS} cells, ${(size / 1024).toFixed(0)} KB)`, bare, { 'rows written': '—' }),
      row('GET /v1/cells?since=0&to=1 (immutable)', range, { 'rows written': '—' }),
    ]);
    table('Snapshot job', [{ 'dirty cells': result.cellsChecked, 'rebuild ms': Math.round(rebuildMs) }]);
  } finally {
    child?.kill('SIGTERM');
    if (child && child.exitCode === null) await new Promise((r) => child!.once('exit', r));
    await admin.exec(`DROP SCHEMA ${schema} CASCADE`).catch(() => {});
    await admin.close();
  }
}
