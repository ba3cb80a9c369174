/**
 * `npm run server`: the sharing service on this machine. No set-up: without DATABASE_URL it keeps
 * an embedded PostgreSQL (PGlite) in PAYLENS_SERVER_DATA (default .data/server).
 *
 *   PORT (8787) · HOST (127.0.0.1) · DATABASE_URL · PAYLENS_SERVER_DATA · PAYLENS_REBUILD_S (300)
 *   PAYLENS_RATE_LIMIT=off · PAYLENS_TOKEN_KEY · PAYLENS_TRUST_PROXY=1
 */
import { buildServer } from './app';
import { openDb } from './db';

async function main(): Promise<void> {
  const env = process.env;
  const port = Number(env.PORT ?? 8787);
  const host = env.HOST ?? '127.0.0.1';
  const dataDir = env.PAYLENS_SERVER_DATA ?? '.data/server';
  const rebuildS = Number(env.PAYLENS_REBUILD_S ?? 300);
  const db = await openDb({ url: env.DATABASE_URL || null, dataDir, poolSize: Number(env.PAYLENS_DB_POOL ?? 10) });
  const server = await buildServer({
    db,
    rateLimits: env.PAYLENS_RATE_LIMIT === 'off' ? false : undefined,
    rebuildEverySeconds: Number.isFinite(rebuildS) && rebuildS > 0 ? rebuildS : null,
    trustProxy: env.PAYLENS_TRUST_PROXY === '1',
  });
  await server.app.listen({ port, host });
  const address = server.app.server.address();
  const listening = typeof address === 'object' && address ? address.port : port;
  const shown = host.includes(':') ? `[${host}]` : host;
  const store = db.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${dataDir}`;
  console.log(`PayLens sharing service on http://${shown}:${listening} — ${store}, snapshot every ${rebuildS} s`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.close();
    await db.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
