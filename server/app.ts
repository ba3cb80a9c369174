/**
 * The PayLens sharing service (issue 12) as a Fastify app: routes, rate limits, the error shape.
 * `buildServer` is what `npm run server`, the tests and the bench start; it holds no state of its
 * own beyond caches, so any number of nodes can run against one PostgreSQL.
 */
import { createHash, createHmac, randomBytes, randomUUID } from 'node:crypto';
import { isIPv6 } from 'node:net';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import {
  hasZodFastifySchemaValidationErrors,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import { annualize, convertCurrency } from '../utils/normalize/currency';
import { currencyOfCountry } from '../utils/normalize/location';
import type { Db } from './db';
import { migrate } from './migrate';
import { SubmissionWriter } from './writer';
import { currentVersion, readCurrent, readPostedRanges, readRange, rebuild, type RebuildResult } from './snapshot';
import {
  AuthHeaders,
  CellsAnswer,
  CellsQuery,
  Deleted,
  ErrorBody,
  PostedRangesAnswer,
  PostingsAccepted,
  PostingsBody,
  SubmissionBody,
  SubmissionCreated,
  TOKEN_RE,
  recordCellKey,
} from './wire';

/** Requests per window; each route is limited per install token and per client address. */
export interface RateLimits {
  windowMs: number;
  submitPerToken: number;
  submitPerAddress: number;
  postingsPerToken: number;
  postingsPerAddress: number;
  readsPerAddress: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  windowMs: 60_000,
  submitPerToken: 30,
  // An office or a mobile carrier puts many browsers behind one address.
  submitPerAddress: 120,
  postingsPerToken: 60,
  postingsPerAddress: 300,
  readsPerAddress: 600,
};

export const BODY_LIMITS = { submission: 2 * 1024, postings: 64 * 1024 } as const;

export interface ServerOptions {
  db: Db;
  /** false turns rate limiting off (the bench); default DEFAULT_RATE_LIMITS */
  rateLimits?: Partial<RateLimits> | false;
  /** the token-hash key; default PAYLENS_TOKEN_KEY, else one generated once and kept in the database */
  tokenKey?: string;
  /** rebuild the published snapshot every N seconds; null or 0: only when `rebuild()` is called */
  rebuildEverySeconds?: number | null;
  /** behind a CDN or load balancer: take the client address from X-Forwarded-For */
  trustProxy?: boolean;
}

export interface PayLensServer {
  app: FastifyInstance;
  rebuild(): Promise<RebuildResult>;
  /** stops the timer and the HTTP server; the database stays open (its owner closes it) */
  close(): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    readonly field: string | null,
    message: string,
  ) {
    super(message);
  }
}

const errorBody = (code: string, field: string | null, message: string) => ({ error: { code, field, message } });

/** IPv6 clients are limited per /64 (one household or device), IPv4 per address. */
function addressBucket(ip: string): string {
  if (!isIPv6(ip) || ip.startsWith('::ffff:')) return ip;
  const [head = '', tail = ''] = ip.split('::');
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const groups = ip.includes('::') ? [...h, ...Array<string>(8 - h.length - t.length).fill('0'), ...t] : h;
  return groups.slice(0, 4).join(':');
}

async function loadTokenKey(db: Db, given: string | undefined): Promise<string> {
  if (given) return given;
  await db.query('INSERT INTO server_secret (id, token_key) VALUES (1, $1) ON CONFLICT (id) DO NOTHING', [
    randomBytes(32).toString('hex'),
  ]);
  const [row] = await db.query<{ token_key: string }>('SELECT token_key FROM server_secret WHERE id = 1');
  return row!.token_key;
}

export async function buildServer(options: ServerOptions): Promise<PayLensServer> {
  const { db } = options;
  await migrate(db);
  const tokenKey = await loadTokenKey(db, options.tokenKey ?? process.env.PAYLENS_TOKEN_KEY);
  // Rate-limit buckets are keyed by a hash under a key that lives only in this process: what the
  // limiter holds in memory for a window is not a client address or a token.
  const bucketKey = randomBytes(32);
  const hashToken = (token: string) => createHmac('sha256', tokenKey).update(token).digest('hex');
  const bucket = (kind: string, value: string) => `${kind}:${createHmac('sha256', bucketKey).update(value).digest('base64url').slice(0, 22)}`;
  const tokenOf = (req: FastifyRequest): string | null => {
    const header = req.headers.authorization;
    return typeof header === 'string' ? (TOKEN_RE.exec(header)?.[1] ?? null) : null;
  };

  const app = Fastify({
    // No logger: request logs would hold client addresses; errors are reported below without them.
    logger: false,
    bodyLimit: BODY_LIMITS.postings,
    trustProxy: options.trustProxy ?? false,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  // An empty body with a JSON content type (a DELETE from fetch) is no body, not an error.
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body: string, done) => {
    if (body === '') return done(null, undefined);
    try {
      done(null, JSON.parse(body));
    } catch {
      done(new HttpError(400, 'bad_request', null, 'the body is not valid JSON'), undefined);
    }
  });

  // The one place errors get their shape: {"error":{code, field, message}}.
  app.setErrorHandler((error: FastifyError | HttpError, _req, reply) => {
    if (error instanceof HttpError) return reply.code(error.statusCode).send(errorBody(error.code, error.field, error.message));
    if (hasZodFastifySchemaValidationErrors(error)) {
      const first = error.validation[0]!;
      const params = first.params as { keys?: string[] };
      const path = first.instancePath.replace(/^\//, '').replaceAll('/', '.');
      const field = path || params.keys?.[0] || null;
      const message: string = params.keys?.length ? `unknown field ${params.keys.join(', ')}` : (first.message ?? 'invalid');
      if (error.validationContext === 'headers') {
        return reply.code(401).send(errorBody('unauthorized', 'authorization', message));
      }
      return reply.code(400).send(errorBody('bad_request', field, message));
    }
    const status = error.statusCode ?? 500;
    if (status === 413) return reply.code(413).send(errorBody('too_large', null, `the body is larger than this route takes`));
    if (status === 415) return reply.code(415).send(errorBody('unsupported_media_type', null, 'send application/json'));
    if (status >= 400 && status < 500) return reply.code(status).send(errorBody('bad_request', null, error.message));
    console.error('[paylens-server]', error);
    return reply.code(500).send(errorBody('internal', null, 'internal error'));
  });
  app.setNotFoundHandler((_req, reply) => reply.code(404).send(errorBody('not_found', null, 'no such route')));

  // ---------------------------------------------------------------------------- rate limits
  const limits = options.rateLimits === false ? null : { ...DEFAULT_RATE_LIMITS, ...options.rateLimits };
  await app.register(rateLimit, { global: false });
  type Hook = (req: FastifyRequest, reply: FastifyReply) => Promise<void>;
  // createRateLimit, not rateLimit: the plugin's own hook runs once per request, and each route
  // needs two limits (per address and per token), each with its own bucket.
  const limiter = (max: number, key: (req: FastifyRequest) => string): Hook[] => {
    if (!limits) return [];
    const check = app.createRateLimit({ max, timeWindow: limits.windowMs, keyGenerator: key });
    return [
      async (req, reply) => {
        const state = await check(req);
        if (state.isAllowed || !state.isExceeded) return;
        reply.header('retry-after', String(state.ttlInSeconds));
        throw new HttpError(429, 'rate_limited', null, `too many requests; retry in ${state.ttlInSeconds} s`);
      },
    ];
  };
  const perAddress = (max: number, group: string): Hook[] => limiter(max, (req) => bucket(`${group}:a`, addressBucket(req.ip)));
  const perToken = (max: number, group: string): Hook[] =>
    limiter(max, (req) => {
      const token = tokenOf(req);
      return token ? bucket(`${group}:t`, token) : bucket(`${group}:anon`, addressBucket(req.ip));
    });
  // The token is checked before the body is read (Fastify validates headers after the body).
  const requireToken = async (req: FastifyRequest) => {
    if (!tokenOf(req)) throw new HttpError(401, 'unauthorized', 'authorization', 'Authorization: Bearer <install token of at least 32 url-safe characters> is required');
  };
  const errors = { 400: ErrorBody, 401: ErrorBody, 413: ErrorBody, 429: ErrorBody };

  // ---------------------------------------------------------------------------- write path
  const writer = new SubmissionWriter(db);
  app.post('/v1/submissions', {
    bodyLimit: BODY_LIMITS.submission,
    onRequest: [...perAddress(limits?.submitPerAddress ?? 0, 'w'), requireToken, ...perToken(limits?.submitPerToken ?? 0, 'w')],
    schema: { headers: AuthHeaders, body: SubmissionBody, response: { 200: SubmissionCreated, 201: SubmissionCreated, ...errors } },
    handler: async (req, reply) => {
      const s = req.body;
      const tokenHash = hashToken(tokenOf(req)!);
      const cellCurrency = currencyOfCountry(s.country) ?? s.currency;
      const baseYear = convertCurrency(annualize(s.base, s.period), s.currency, cellCurrency, s.year);
      const totalYear = s.total === null ? null : convertCurrency(annualize(s.total, s.period), s.currency, cellCurrency, s.year);
      if (baseYear === null) throw new HttpError(400, 'bad_request', 'currency', `no rate from ${s.currency} to ${cellCurrency}`);
      const row = await writer.write({
        id: randomUUID(), token_hash: tokenHash, cell_key: recordCellKey(s), year: s.year, family: s.family, soc: s.soc,
        level: s.level, country: s.country, area: s.area, company: s.company, yoe: s.yoe, base: s.base, total: s.total,
        currency: s.currency, period: s.period, cell_currency: cellCurrency, base_year: baseYear, total_year: totalYear,
      });
      return reply.code(row.inserted ? 201 : 200).send({ id: row.id });
    },
  });

  app.delete('/v1/submissions', {
    onRequest: [...perAddress(limits?.submitPerAddress ?? 0, 'w'), requireToken, ...perToken(limits?.submitPerToken ?? 0, 'w')],
    schema: { headers: AuthHeaders, response: { 200: Deleted, ...errors } },
    handler: async (req) => {
      const tokenHash = hashToken(tokenOf(req)!);
      const [row] = await db.query<{ deleted: number }>(
        `WITH gone AS (DELETE FROM submissions WHERE token_hash = $1 RETURNING cell_key),
              members AS (DELETE FROM cell_members WHERE token_hash = $1),
              dirty AS (INSERT INTO dirty_cells (cell_key) SELECT DISTINCT cell_key FROM gone)
         SELECT count(*)::int AS deleted FROM gone`,
        [tokenHash],
      );
      return { deleted: row!.deleted };
    },
  });

  app.post('/v1/postings', {
    bodyLimit: BODY_LIMITS.postings,
    onRequest: [...perAddress(limits?.postingsPerAddress ?? 0, 'p'), requireToken, ...perToken(limits?.postingsPerToken ?? 0, 'p')],
    schema: { headers: AuthHeaders, body: PostingsBody, response: { 200: PostingsAccepted, ...errors } },
    handler: async (req) => {
      // The token is only a rate-limit key here: which postings a browser saw is not stored with it.
      const byJob = new Map(req.body.postings.map((p) => [p.jobKeyHash, p]));
      const rows = [...byJob.values()].map((p) => ({
        job_key_hash: p.jobKeyHash, employer: p.employer, employer_id: p.employerId, title: p.title, family: p.family,
        soc: p.soc, level: p.level, country: p.country, area: p.area, min: p.min, max: p.max, currency: p.currency,
        period: p.period, month: p.date.slice(0, 7),
      }));
      await db.query(
        `INSERT INTO postings (job_key_hash, employer, employer_id, title, family, soc, level, country, area, min, max, currency, period, month)
         SELECT * FROM json_to_recordset($1::json) AS x(job_key_hash text, employer text, employer_id text, title text,
           family text, soc text, level text, country text, area text, min float8, max float8, currency text, period text, month text)
         ON CONFLICT (job_key_hash) DO UPDATE SET employer = EXCLUDED.employer, employer_id = EXCLUDED.employer_id,
           title = EXCLUDED.title, family = EXCLUDED.family, soc = EXCLUDED.soc, level = EXCLUDED.level,
           country = EXCLUDED.country, area = EXCLUDED.area, min = EXCLUDED.min, max = EXCLUDED.max,
           currency = EXCLUDED.currency, period = EXCLUDED.period, month = EXCLUDED.month`,
        [JSON.stringify(rows)],
      );
      return { accepted: rows.length };
    },
  });

  // ---------------------------------------------------------------------------- read path
  // Immutable range answers never change: cache their bodies (bounded); the current one by version.
  const rangeCache = new Map<string, string>();
  let currentCache: { version: number; body: string } | null = null;
  let versionMemo: { at: number; version: number } | null = null;
  const latestVersion = async (): Promise<number> => {
    if (versionMemo && Date.now() - versionMemo.at < 1000) return versionMemo.version;
    const { version } = await currentVersion(db);
    versionMemo = { at: Date.now(), version };
    return version;
  };

  app.get('/v1/cells', {
    onRequest: perAddress(limits?.readsPerAddress ?? 0, 'r'),
    schema: { querystring: CellsQuery, response: { 200: CellsAnswer, 304: z.null(), 400: ErrorBody, 429: ErrorBody } },
    handler: async (req, reply) => {
      const { since, to } = req.query;
      const latest = await latestVersion();
      let body: string;
      let etag: string;
      if (since === undefined && to === undefined) {
        if (currentCache?.version !== latest) {
          const answer = await readCurrent(db);
          currentCache = { version: answer.version, body: JSON.stringify(answer) };
        }
        body = currentCache.body;
        etag = `"v${currentCache.version}"`;
        reply.header('cache-control', 'public, max-age=300');
      } else {
        const from = since ?? 0;
        const upTo = to ?? latest;
        if (upTo > latest) throw new HttpError(400, 'bad_request', 'to', `version ${upTo} does not exist yet (latest ${latest})`);
        if (from > upTo) throw new HttpError(400, 'bad_request', 'since', 'since is after to');
        const key = `${from}-${upTo}`;
        let cached = rangeCache.get(key);
        if (cached === undefined) {
          cached = JSON.stringify(await readRange(db, from, upTo));
          if (rangeCache.size >= 500) rangeCache.delete(rangeCache.keys().next().value!);
          rangeCache.set(key, cached);
        }
        body = cached;
        etag = `"r${key}"`;
        // With an explicit `to` the answer is final: a CDN may keep it forever.
        reply.header('cache-control', to !== undefined && upTo > 0 ? 'public, max-age=31536000, immutable' : 'public, max-age=300');
      }
      reply.header('etag', etag);
      if (req.headers['if-none-match'] === etag) return reply.code(304).send(null);
      // Sent pre-serialised (cached, CellsAnswer-shaped): a string body skips the serializer.
      return reply.type('application/json; charset=utf-8').send(body as unknown as CellsAnswer);
    },
  });

  app.get('/v1/postings', {
    onRequest: perAddress(limits?.readsPerAddress ?? 0, 'r'),
    schema: { response: { 200: PostedRangesAnswer, 304: z.null(), 429: ErrorBody } },
    handler: async (req, reply) => {
      const [{ asOf }, ranges] = await Promise.all([currentVersion(db), readPostedRanges(db)]);
      const body = JSON.stringify({ asOf, ranges });
      const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 20)}"`;
      reply.header('cache-control', 'public, max-age=300').header('etag', etag);
      if (req.headers['if-none-match'] === etag) return reply.code(304).send(null);
      return reply.type('application/json; charset=utf-8').send(body as unknown as z.infer<typeof PostedRangesAnswer>);
    },
  });

  app.get('/v1/health', {
    schema: { response: { 200: z.object({ status: z.literal('ok'), version: z.number().int(), database: z.enum(['postgres', 'pglite']) }) } },
    handler: async () => ({ status: 'ok' as const, version: (await currentVersion(db)).version, database: db.kind }),
  });

  // ---------------------------------------------------------------------------- snapshot job
  let running: Promise<RebuildResult> | null = null;
  const runRebuild = async (): Promise<RebuildResult> => {
    while (running) await running.catch(() => {});
    running = rebuild(db);
    try {
      const result = await running;
      versionMemo = null;
      return result;
    } finally {
      running = null;
    }
  };
  await runRebuild();
  const every = options.rebuildEverySeconds ?? null;
  const timer = every
    ? setInterval(() => {
        runRebuild().catch((error: unknown) => console.error('[paylens-server] rebuild failed', error));
      }, every * 1000)
    : null;
  timer?.unref();

  return {
    app,
    rebuild: runRebuild,
    async close() {
      if (timer) clearInterval(timer);
      await running?.catch(() => {});
      await app.close();
    },
  };
}
