/**
 * The PayLens IndexedDB: opened only in the background and extension pages (never in a content
 * script, where it would belong to the host page's origin). One opener, one upgrade ladder.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPObjectStore, type IDBPTransaction, type StoreNames } from 'idb';
import { currentLevel, LEGACY_LEVELS } from '../estimate/levels';
import { normalizeSubmission } from '../normalize/posting';
import type { BadgeText, Estimate, Submission } from '../schemas';

export const DB_NAME = 'paylens';
export const DB_VERSION = 7;

/**
 * One cell of the embedded dataset (role family × level × geography [× company]); built by
 * scripts/build-dataset.ts, read by utils/estimate (see utils/estimate/types.ts for the key format).
 */
export interface DatasetCell {
  /** "<family>|<level>|<geo>|<company or ''>|<basis>" — level `*` = all levels, company `*` = all H-1B employers */
  key: string;
  family: string;
  level: string;
  /** "global", "r:<region>", "c:<country>", "s:<US-XX>", "m:<DOL wage area>" */
  geo: string;
  company: string | null;
  basis: 'base' | 'total';
  /** what the figures are: reported salaries, H-1B offered wage floors, or an official statistic */
  kind: 'salaries' | 'offered-floor' | 'statistic';
  /** log-space quartiles of gross annual pay in `currency`, at the dataset's reference date */
  logP25: number;
  logP50: number;
  logP75: number;
  currency: string;
  /** deduplicated salaries behind the cell; null for official statistics */
  n: number | null;
  /** effective sample size after source weights (≤ n); null for official statistics */
  nEff: number | null;
  /** indexes into the dataset's source list */
  sources: number[];
  /** YYYY-MM-DD the amounts are brought to */
  asOf: string;
}

/** All of one role family's cells (crowd cells pulled from the sharing service). */
export interface CellGroup {
  family: string;
  cells: DatasetCell[];
}

/**
 * v6: all of one role family's dataset cells, as the dataset file's compact rows (JSON text of
 * `CellRow[]`, utils/estimate/dataset-file.ts): the unit the install writes and the estimator
 * reads. One string per family is cloned into IndexedDB in a fraction of the time 85,000 cell
 * objects take, and is parsed only for the families an estimate reads.
 */
export interface PackedCellGroup {
  family: string;
  /** YYYY-MM-DD the amounts are brought to (the cells file's asOf) */
  asOf: string;
  rows: string;
}

/** v6: one title-tables file of the dataset (utils/normalize/title-lookup.ts), as its JSON text. */
export interface TitleTablesRecord {
  name: string;
  text: string;
}

export interface CachedEstimate {
  key: string;
  estimate: Estimate;
  datasetVersion: string;
  /** epoch ms */
  createdAt: number;
  /**
   * The badge's text for it, and what else the text was written from (the posting's published
   * pay as normalised, the Indian-format setting, as JSON): a worker that has just started
   * answers a posting it has seen without formatting money (the first Intl.NumberFormat of a
   * worker's life takes tens of milliseconds). Absent on entries cached before it was kept.
   */
  text?: { for: string; value: BadgeText };
}

/** A posting seen with a published range (public data only; no page content). Keyed by job key. */
export interface SeenPosting {
  jobKey: string;
  companyId: string;
  companyName: string;
  family: string;
  level: string;
  title: string;
  country: string | null;
  metro: string | null;
  /** the published range, gross annual, in `currency` */
  annualMin: number;
  annualMax: number;
  currency: string;
  datePosted: string | null;
  /** epoch ms, last time it was seen */
  seenAt: number;
  /** epoch ms it was queued for the sharing service (sharing on), if it was */
  sharedAt?: number;
}

/** A record waiting to go to the sharing service (sharing on): kept until the service has it. */
export interface CrowdQueueItem {
  /** the submission's id, or `posting:<job key hash>` (one queued send per thing: a re-queue replaces it) */
  id: string;
  op: 'submit' | 'deleteAll' | 'posting';
  /** the coarsened record (utils/crowd/record.ts), exactly as shown in options before sharing */
  body: unknown;
  attempts: number;
  /** epoch ms: not before */
  nextAt: number;
  /** the last failure, for the options page */
  lastError: string | null;
}

export interface MetaRecord {
  key: string;
  value: unknown;
}

export interface PayLensDB extends DBSchema {
  submissions: { key: string; value: Submission; indexes: { byCreatedAt: string } };
  meta: { key: string; value: MetaRecord };
  /** v2 only (one record per cell): replaced by `cellGroups` in v3 */
  cells: { key: string; value: DatasetCell; indexes: { byRole: [string, string] } };
  /** the dataset's cells, one record per role family (an install writes ~800 records, not 85,000); v6: packed rows */
  cellGroups: { key: string; value: PackedCellGroup };
  /** v6: the dataset's title tables (titles-N.json), installed with the cells */
  titleTables: { key: string; value: TitleTablesRecord };
  estimates: { key: string; value: CachedEstimate; indexes: { byCreatedAt: number } };
  /** v4: postings seen with a published range, for "this employer posts … for similar roles" */
  postingsSeen: { key: string; value: SeenPosting; indexes: { byEmployerRole: [string, string]; bySeenAt: number } };
  /** v5: sends to the sharing service, waiting (survives worker restarts and offline periods) */
  crowdQueue: { key: string; value: CrowdQueueItem };
  /** v5: the published crowd cells pulled from the sharing service, one record per role family */
  crowdCells: { key: string; value: CellGroup };
}

/**
 * The upgrade ladder. Each step takes the database from version N-1 to N; a browser that
 * skipped versions runs every step in between, in order.
 *
 * - v1 (0.0.x prototype): `submissions` keyed by id with `createdAt` in epoch ms, and `meta`.
 * - v2: dataset `cells`, the `estimates` cache, and `createdAt` as an ISO string indexed for
 *   listing newest first.
 * - v3: the dataset in `cellGroups`, one record per role family (installing 80,000 one-cell
 *   records took ~6 s); `cells` is dropped and the installed-dataset record with it, so the
 *   packaged dataset is installed again on first use.
 * - v4: submissions carry `clientId` (their id), the `level` the user picked, and the `period`
 *   their amounts are per (`base`/`total`, with `annualBase`/`annualTotal` kept as the yearly
 *   figures); older records read as yearly, level unknown. Cached estimates are dropped: their
 *   keys are now the normalised query. New `postingsSeen`: the published ranges of postings the
 *   user has seen (employer, role, place, range, date), for the popup.
 * - v5: `crowdQueue` (records waiting for the sharing service) and `crowdCells` (the published
 *   crowd cells, by role family), used only while sharing is on.
 * - v6: `cellGroups` hold each family's packed rows (a string, not cell objects: the install
 *   clones ~8 MB of text instead of 85,000 objects) and `titleTables` the dataset's title tables;
 *   the installed dataset is forgotten so the packaged one is installed again, and cached
 *   estimates are dropped (titles outside the role families now resolve to an occupation).
 * - v7: the nine levels (utils/schemas LEVELS): a submission's level senior_staff, principal or
 *   distinguished becomes staff, senior_manager becomes manager, and its `resolved` query is
 *   derived again from its title and level (titles read differently now: "Head of Data" is vp),
 *   keeping the place it was saved with; postings seen and queued crowd records get the same
 *   level mapping. The estimate cache is dropped (its keys hold the old levels; it refills).
 */
export function upgrade(
  db: IDBPDatabase<PayLensDB>,
  oldVersion: number,
  tx: IDBPTransaction<PayLensDB, StoreNames<PayLensDB>[], 'versionchange'>,
): void {
  if (oldVersion < 1) {
    db.createObjectStore('submissions', { keyPath: 'id' });
    db.createObjectStore('meta', { keyPath: 'key' });
  }
  if (oldVersion < 2) {
    const submissions = tx.objectStore('submissions');
    submissions.createIndex('byCreatedAt', 'createdAt');
    const cells = db.createObjectStore('cells', { keyPath: 'key' });
    cells.createIndex('byRole', ['family', 'level']);
    const estimates = db.createObjectStore('estimates', { keyPath: 'key' });
    estimates.createIndex('byCreatedAt', 'createdAt');
    // v1 stored createdAt as epoch ms; v2 stores ISO strings: converted by the one record pass below.
  }
  if (oldVersion < 3) {
    db.deleteObjectStore('cells');
    db.createObjectStore('cellGroups', { keyPath: 'family' });
    void tx.objectStore('meta').delete('dataset');
    void tx.objectStore('meta').delete('datasetMeta');
    void tx.objectStore('estimates').clear();
  }
  if (oldVersion < 4) {
    void tx.objectStore('estimates').clear();
    const seen = db.createObjectStore('postingsSeen', { keyPath: 'jobKey' });
    seen.createIndex('byEmployerRole', ['companyId', 'family']);
    seen.createIndex('bySeenAt', 'seenAt');
  }
  if (oldVersion < 5) {
    db.createObjectStore('crowdQueue', { keyPath: 'id' });
    db.createObjectStore('crowdCells', { keyPath: 'family' });
  }
  if (oldVersion < 6) {
    db.createObjectStore('titleTables', { keyPath: 'name' });
    if (oldVersion >= 3) {
      void tx.objectStore('cellGroups').clear();
      void tx.objectStore('meta').delete('dataset');
      void tx.objectStore('meta').delete('datasetMeta');
      void tx.objectStore('estimates').clear();
    }
  }
  if (oldVersion >= 1 && oldVersion < 7) {
    void tx.objectStore('estimates').clear();
    if (oldVersion >= 4) {
      rewriteEach(tx.objectStore('postingsSeen'), (p) => (Object.hasOwn(LEGACY_LEVELS, p.level) ? { ...p, level: currentLevel(p.level) } : null));
    }
    if (oldVersion >= 5) {
      rewriteEach(tx.objectStore('crowdQueue'), (q) => {
        const body = q.body as { level?: unknown } | null;
        return body && typeof body.level === 'string' && Object.hasOwn(LEGACY_LEVELS, body.level)
          ? { ...q, body: { ...body, level: currentLevel(body.level) } }
          : null;
      });
    }
  }
  // One pass over the stored submissions brings each to the current shape (every step's change
  // in one write per record: two cursors updating the same records would overwrite each other).
  if (oldVersion >= 1 && oldVersion < 7) rewriteEach(tx.objectStore('submissions'), (s) => currentSubmission(s, oldVersion));
}

/** One cursor pass over a store: each record `change` returns is written back (null: left as it is). */
function rewriteEach<S extends 'submissions' | 'postingsSeen' | 'crowdQueue'>(
  store: IDBPObjectStore<PayLensDB, StoreNames<PayLensDB>[], S, 'versionchange'>,
  change: (value: PayLensDB[S]['value']) => PayLensDB[S]['value'] | null,
): void {
  void (async () => {
    let cursor = await store.openCursor();
    while (cursor) {
      const next = change(cursor.value);
      if (next) await cursor.update(next);
      cursor = await cursor.continue();
    }
  })();
}

/** A stored submission of any earlier version in the current shape. */
function currentSubmission(value: unknown, oldVersion: number): Submission {
  const old = value as Partial<Submission> & { id: string; createdAt: string | number; annualBase: number; annualTotal: number | null };
  if (oldVersion >= 4) {
    // v7: the nine levels; the resolved query derived again (same place: it was resolved with the user's country)
    const level = currentLevel(old.level);
    let resolved = old.resolved;
    if (old.resolved && typeof old.title === 'string') {
      const again = normalizeSubmission({ ...(old as Submission), level });
      // the upgrade cannot read the title tables: a role they gave is kept, not lost to the rules
      resolved = again.family ? { ...again, place: old.resolved.place } : { ...again, family: old.resolved.family, soc: old.resolved.soc ?? null, place: old.resolved.place };
    }
    return { ...old, level, resolved } as Submission;
  }
  return {
    ...old,
    // v1: epoch ms
    createdAt: typeof old.createdAt === 'number' ? new Date(old.createdAt).toISOString() : old.createdAt,
    // v4: the id is the form's clientId; older amounts were yearly, of unknown level
    clientId: old.clientId ?? old.id,
    level: currentLevel(old.level),
    period: old.period ?? 'year',
    base: old.base ?? old.annualBase,
    total: old.total ?? old.annualTotal ?? null,
  } as Submission;
}

let dbPromise: Promise<IDBPDatabase<PayLensDB>> | null = null;

/** The database, opened once per page/worker lifetime. */
export function getDb(): Promise<IDBPDatabase<PayLensDB>> {
  dbPromise ??= openDB<PayLensDB>(DB_NAME, DB_VERSION, {
    upgrade: (db, oldVersion, _newVersion, tx) => upgrade(db, oldVersion, tx),
    blocking: () => {
      // A newer version (an update) wants the database: let it, and reopen on next use.
      void dbPromise?.then((db) => db.close());
      dbPromise = null;
    },
    terminated: () => {
      dbPromise = null;
    },
  }).catch((error: unknown) => {
    dbPromise = null;
    throw error;
  });
  return dbPromise;
}

/** For tests: forget the open connection. */
export async function closeDb(): Promise<void> {
  const pending = dbPromise;
  dbPromise = null;
  if (pending) (await pending.catch(() => null))?.close();
}
