/**
 * The background's message handlers, as plain async functions of `unknown` input: every payload
 * is validated with zod here (a message can come from any content script on any page), and every
 * outcome — including a failure — is a typed `Result`. Wired to messaging in background.ts.
 *
 * Who is asking is decided once, here (`askerOf`), as uBlock Origin's messaging does: a content
 * script runs inside a host page that can read whatever we draw, so it may send only the
 * messages in CONTENT_SCRIPT_MESSAGES, and its estimates never include the user's own salaries.
 * Everything that reads or changes the user's data answers extension pages only.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import { hasAllSitesPermission } from './all-sites';
import {
  addSubmission,
  deleteAllSubmissions,
  deleteSubmission,
  ImportRowError,
  importSubmissions,
  listSubmissions,
  updateSubmission,
} from './db/submissions';
import { SubmissionError } from './submission-check';
import { deleteShared, flushIfSharing, sharingPreview, shareSubmission, syncCrowd } from './crowd/service';
import { getSettings, HiddenHost, isHostHidden, isSiteEnabled, localeRegion, settingsItem, updateSettings, withHostHidden } from './settings';
import { getDb } from './db/index';
import { badgeText } from './badge-text';
import { comparePay } from './estimate/compare';
import { DATASET_META_KEY, idbCellSource, installedTitles } from './estimate/idb';
import { answerForPosting, ensureDataset, titlesForSaving } from './estimate/service';
import type { DatasetMeta } from './estimate/types';
import { RATES_AS_OF } from './normalize/currency';
import { withPostedPay } from './normalize/posted-pay';
import { matchesPattern } from './sites/patterns';
import { isKnownSite, resolveAdapter, siteAdapters } from './sites/registry';
import { traceMark } from './perf-trace';
import { PAGE_MESSAGES, type PageMessageName, type ProtocolMap } from './messaging';
import {
  AppError,
  describeIssues,
  JobPosting,
  SubmissionInput,
  type DatasetInfo,
  type EstimateAnswer,
  type Result,
  type TabPostingView,
} from './schemas';

type Answer<K extends keyof ProtocolMap> = ReturnType<ProtocolMap[K]>;
type Value<K extends keyof ProtocolMap> = Answer<K> extends Result<infer V> ? V : never;

/** Thrown inside a handler to answer with that error code. */
export class HandlerError extends Error {
  constructor(
    readonly code: AppError['code'] | 'forbidden',
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** What the messaging layer tells us about the sender (runtime.MessageSender, the parts we read). */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string } | null;
}

/** `extension`: one of PayLens's own pages (popup, options); `content`: a content script in a web page. */
export type Asker = 'extension' | 'content';

/** Who sent a message, or null when it is neither of ours (another extension, no sender). */
export function askerOf(sender: Sender | null | undefined): Asker | null {
  if (!sender || sender.id !== browser.runtime.id) return null;
  const origin = browser.runtime.getURL('/');
  if (sender.url?.startsWith(origin)) return 'extension';
  return sender.tab ? 'content' : null;
}

/** The messages a content script may send. Everything else answers extension pages only. */
export const CONTENT_SCRIPT_MESSAGES: ReadonlySet<keyof ProtocolMap> = new Set(['getEstimate', 'getEstimates', 'prepareEstimates', 'openCheckYours', 'hideOnSite']);

const prefillItem = storage.defineItem<JobPosting | null>('session:prefill', { fallback: null });

function parse<S extends z.ZodMiniType>(schema: S, data: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(data);
  if (!result.success) throw new HandlerError('bad_request', `Invalid ${what}: ${describeIssues(result.error)}`);
  return result.data;
}

/** Postings read per message payload: getEstimate's is read once for the answer and the tab's memory. */
const readPostings = new WeakMap<object, JobPosting>();

/**
 * A posting a content script sent: validated, and its pay texts read (the salary parser lives in
 * the background, not in the page; a long description takes milliseconds, so once per message).
 */
function postingOf(data: unknown, what = 'posting'): JobPosting {
  const known = data && typeof data === 'object' ? readPostings.get(data) : undefined;
  if (known) return known;
  const posting = withPostedPay(parse(JobPosting, data, what));
  if (data && typeof data === 'object') readPostings.set(data, posting);
  return posting;
}

/** The estimate for one validated posting, with its text for the badge (the user's own salaries joined for extension pages only). */
async function estimatePosting(posting: JobPosting, asker: Asker): Promise<EstimateAnswer> {
  const extensionPage = asker === 'extension';
  // the text in the user's format, with the posted salary as normalised (an implausible one is
  // neither shown nor compared); kept with the cached estimate, so a worker just started answers
  // a posting it has seen without formatting money
  const { estimate, query, employerPosted, text } = await answerForPosting(posting, { withMine: extensionPage, text: true });
  // sharing on: a posted range just queued goes out now (nothing is sent, or read, while it is off)
  if (query.postedSalary) void flushIfSharing().catch(() => undefined);
  const badge = text ?? badgeText(estimate, query.postedSalary, { indian: (await getSettings()).indianFormat });
  traceMark('sw-answer');
  return extensionPage ? { estimate, text: badge, employerPosted } : { estimate, text: badge };
}

const MAX_BATCH = 200;

/** Messages of the core table below (the popup/options ones are in their own section, at the end). */
type CoreMessageName = Exclude<keyof ProtocolMap, PageMessageName>;
type HandlerTable<K extends keyof ProtocolMap> = { [N in K]: (data: unknown, asker: Asker, sender?: Sender | null) => Promise<Value<N>> };

const handlers: HandlerTable<CoreMessageName> = {
  async getEstimate(data, asker): Promise<EstimateAnswer> {
    return estimatePosting(postingOf(data), asker);
  },
  async getEstimates(data, asker): Promise<Result<EstimateAnswer>[]> {
    if (!Array.isArray(data)) throw new HandlerError('bad_request', 'Invalid postings: expected a list');
    if (data.length > MAX_BATCH) throw new HandlerError('bad_request', `Invalid postings: at most ${MAX_BATCH} at once`);
    return Promise.all(
      data.map(async (item, i): Promise<Result<EstimateAnswer>> => {
        try {
          return { ok: true, value: await estimatePosting(postingOf(item, `posting ${i}`), asker) };
        } catch (error) {
          return { ok: false, error: toAppError(error) };
        }
      }),
    );
  },
  async prepareEstimates() {
    // the worker is up now (this message woke it); the dataset check starts before the request comes
    ensureDataset().catch(() => undefined);
    return null;
  },
  async submitSalary(data) {
    const input = parse(SubmissionInput, data, 'salary submission');
    const saved = await addSubmission(input, new Date(), localeRegion(navigator.language), await titlesForSaving([input]));
    // sharing on: queued (in IndexedDB) and sent; a failed send is retried, never lost
    await shareSubmission(saved).catch((error: unknown) => console.warn('PayLens: sharing', error));
    return saved;
  },
  async listSubmissions() {
    return listSubmissions();
  },
  async deleteSubmission(data) {
    const id = parse(z.string().check(z.minLength(1), z.maxLength(100)), data, 'submission id');
    return { deleted: await deleteSubmission(id) };
  },
  async getDatasetInfo(): Promise<DatasetInfo> {
    const db = await getDb();
    const meta = await db.get('meta', 'dataset');
    const info = (meta?.value ?? null) as { version: string; installedAt: string; cells: number; sources: DatasetInfo['sources'] } | null;
    return {
      ...(await datasetDates()),
      version: info?.version ?? null,
      installedAt: info?.installedAt ?? null,
      cells: info?.cells ?? 0,
      sources: info?.sources ?? [],
    };
  },
  async openCheckYours(data) {
    const posting = postingOf(data);
    await prefillItem.setValue(posting);
    try {
      await browser.action.openPopup();
      return { opened: 'popup' as const };
    } catch {
      // openPopup needs a focused window (and is missing on older browsers): open it in a tab.
      await browser.tabs.create({ url: browser.runtime.getURL('/popup.html') });
      return { opened: 'tab' as const };
    }
  },
  async hideOnSite(_data, _asker, sender) {
    // Where to hide is the sending frame's own address, never one the page names: a page can only
    // hide PayLens where it is (and only the person's click in the badge asks for it). A known site
    // has its own switch (the badge says "Hide on Greenhouse"); any other page, read by the
    // all-sites reader, is hidden by its host alone (the badge says "Hide on jobs.example.com").
    let url: URL | null = null;
    try {
      url = sender?.url ? new URL(sender.url) : null;
    } catch {
      url = null;
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) throw new HandlerError('bad_request', 'Not a web page PayLens reads.');
    const adapter = isKnownSite(url) ? (resolveAdapter(url) ?? siteAdapters.find((x) => x.matches.length > 0 && matchesPattern(x.matches, url))) : null;
    if (adapter) {
      await updateSettings((current) => ({ sites: { ...current.sites, [adapter.id]: false } }));
      return { site: adapter.id };
    }
    const host = url.hostname;
    if (!HiddenHost.safeParse(host).success) throw new HandlerError('bad_request', 'This page has no host name PayLens can hide.');
    await updateSettings((current) => ({ hiddenHosts: withHostHidden(current, host, true) }));
    return { host };
  },
  async syncCrowd() {
    if (!(await getSettings()).sharing) throw new HandlerError('bad_request', 'Sharing is off: turn it on in options to pull shared salaries.');
    const { flushed, crowd } = await syncCrowd(true);
    return { ...flushed, crowdCells: crowd?.cells ?? 0, crowdVersion: crowd?.version ?? null };
  },
  async getSharingPreview() {
    return sharingPreview();
  },
  async deleteShared() {
    const { sent, waiting } = await deleteShared();
    return { sent, waiting };
  },
  async takePrefill() {
    const posting = await prefillItem.getValue();
    if (posting) await prefillItem.removeValue();
    return posting;
  },
};

/** DOMException names and codes browsers use for a full disk or an exhausted quota. */
const STORAGE_FULL_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED', 'NS_ERROR_FILE_NO_DEVICE_SPACE', 'NS_ERROR_FILE_DISK_FULL']);
const STORAGE_FULL_CODES = new Set([22, 1014]);
const STORAGE_FULL_TEXT = /quota|disk (is )?full|no space left|not enough space|ENOSPC|QUOTA_EXCEEDED/i;

/** Is this (or what it wraps: `cause`, `inner`, a transaction's `error`) a full disk or quota? */
export function isStorageFull(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 3) return false;
  const e = error as { name?: unknown; code?: unknown; message?: unknown; cause?: unknown; inner?: unknown; error?: unknown };
  if (typeof e.name === 'string' && STORAGE_FULL_NAMES.has(e.name)) return true;
  if (typeof e.code === 'number' && STORAGE_FULL_CODES.has(e.code) && e.name !== 'TypeError') return true;
  if (typeof e.message === 'string' && STORAGE_FULL_TEXT.test(e.message)) return true;
  return [e.cause, e.inner, e.error].some((inner) => inner !== error && isStorageFull(inner, depth + 1));
}

/** Messages whose failure means the user's change was not stored. */
const SAVING: ReadonlySet<keyof ProtocolMap> = new Set([
  'submitSalary',
  'deleteSubmission',
  'openCheckYours',
  'hideOnSite',
  'updateSubmission',
  'importSubmissions',
  'deleteAllData',
]);

/** Map anything thrown to a typed, user-readable error. `saving`: the request was storing something of the user's. */
export function toAppError(error: unknown, saving = true): AppError {
  if (error instanceof SubmissionError) return { code: 'bad_request', message: error.message, field: error.field };
  if (error instanceof ImportRowError) return { code: 'bad_request', message: `${error.message} Nothing was imported.`, field: error.field };
  if (error instanceof HandlerError) {
    return {
      code: error.code === 'forbidden' ? 'bad_request' : error.code,
      message: error.message,
      ...(error.field ? { field: error.field } : {}),
    };
  }
  const message = String((error as { message?: unknown } | null)?.message ?? error);
  if (isStorageFull(error)) {
    return {
      code: 'storage_full',
      message: saving
        ? "Your browser's storage for PayLens is full. Nothing was saved: free some disk space and try again."
        : "Your browser's storage for PayLens is full, so PayLens cannot set up its salary data: free some disk space and reload the page.",
    };
  }
  return { code: 'internal', message: `Something went wrong in PayLens: ${message}`.slice(0, 500) };
}

/**
 * Run the named handler on an untrusted payload from `sender`; always resolves to a Result.
 * The sender check happens here, once, for every message.
 */
export async function handle<K extends keyof ProtocolMap>(name: K, data: unknown, sender: Sender | null | undefined): Promise<Answer<K>> {
  try {
    if (!Object.hasOwn(allHandlers, name)) throw new HandlerError('bad_request', `Unknown message "${String(name)}"`);
    const asker = askerOf(sender);
    if (asker === null || (asker === 'content' && !CONTENT_SCRIPT_MESSAGES.has(name))) {
      throw new HandlerError('forbidden', `"${name}" is answered only for PayLens's own pages.`);
    }
    const value = await (allHandlers[name] as (data: unknown, asker: Asker, sender?: Sender | null) => Promise<Value<K>>)(data, asker, sender);
    return { ok: true, value } as Answer<K>;
  } catch (error) {
    return { ok: false, error: toAppError(error, SAVING.has(name)) } as Answer<K>;
  }
}

export const MESSAGE_NAMES = [...Object.keys(handlers), ...PAGE_MESSAGES] as (keyof ProtocolMap)[];

// =============================================================================================
// Popup and options: messages for extension pages only (none is in CONTENT_SCRIPT_MESSAGES, so
// `handle` refuses them to a content script), and the per-tab memory of the posting a content
// script last asked about. Kept apart from the core table above.
// =============================================================================================

const TAB_POSTING_PREFIX = 'tabPosting:';

interface RememberedPosting {
  posting: JobPosting;
  /** the tab's address when the posting was read (a later page in that tab is not this posting) */
  tabUrl: string | null;
}

/**
 * Remember, per tab in `storage.session` (gone when the browser closes; a posting is public page
 * data), the last valid posting that tab's content script asked an estimate for. background.ts
 * calls this for every getEstimate.
 */
export async function rememberTabPosting(sender: Sender | null | undefined, data: unknown): Promise<void> {
  const tabId = sender?.tab?.id;
  if (askerOf(sender) !== 'content' || tabId === undefined || tabId < 0) return;
  let posting: JobPosting;
  try {
    posting = postingOf(data);
  } catch {
    return;
  }
  const record: RememberedPosting = { posting, tabUrl: sender?.tab?.url ?? null };
  await browser.storage.session.set({ [`${TAB_POSTING_PREFIX}${tabId}`]: record });
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(`${TAB_POSTING_PREFIX}${tabId}`);
}

/** The same document: equal addresses once the #fragment is dropped. */
const sameDocument = (a: string, b: string) => a.split('#')[0] === b.split('#')[0];

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

async function tabPostingView(tabId: number): Promise<TabPostingView> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  const url = tab?.url ?? null;
  const key = `${TAB_POSTING_PREFIX}${tabId}`;
  const stored = (await browser.storage.session.get(key))[key] as RememberedPosting | undefined;
  let current = stored && (!url || !stored.tabUrl || sameDocument(stored.tabUrl, url)) ? stored.posting : null;
  let site: TabPostingView['site'] = null;
  let hiddenHost: string | null = null;
  // no address: a tab PayLens may not read (no host permission), which may well be a web page
  let webPage = url === null;
  if (url) {
    try {
      const parsed = new URL(url);
      webPage = parsed.protocol === 'https:' || parsed.protocol === 'http:';
      // the adapter that claims the page, else the site whose address it is (a listing, a search)
      const adapter =
        webPage && isKnownSite(parsed)
          ? (resolveAdapter(parsed) ?? siteAdapters.find((x) => x.matches.length > 0 && matchesPattern(x.matches, parsed)) ?? null)
          : null;
      const settings = await getSettings();
      if (adapter) site = { id: adapter.id, enabled: isSiteEnabled(settings, adapter.id) };
      // hidden on the tab's host, or on the host of the frame the posting was read in (an embedded board)
      const postingHost = current ? hostOf(current.url) : null;
      if (webPage && isHostHidden(settings, parsed.hostname)) hiddenHost = parsed.hostname;
      else if (webPage && postingHost && isHostHidden(settings, postingHost)) hiddenHost = postingHost;
      // switched off or hidden since the posting was read: the page no longer shows PayLens there
      if ((site && !site.enabled) || hiddenHost) current = null;
    } catch {
      webPage = false;
    }
  }
  return { posting: current, site, hiddenHost, allSitesGranted: await hasAllSitesPermission(), webPage };
}

const ImportRow = z.extend(SubmissionInput, {
  id: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
  createdAt: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T/))),
});
const MAX_IMPORT_ROWS = 50_000;

const pageHandlers: HandlerTable<PageMessageName> = {
  async getTabPosting(data) {
    return tabPostingView(parse(z.number().check(z.int(), z.gte(0)), data, 'tab id'));
  },
  async compareSalary(data) {
    const input = parse(SubmissionInput, data, 'salary');
    await ensureDataset();
    const settings = await getSettings();
    const db = await getDb();
    return comparePay(input, idbCellSource(db), {
      userCountry: localeRegion(navigator.language),
      titles: await installedTitles(db),
      displayCurrency: settings.displayCurrency ?? input.currency,
    });
  },
  async updateSubmission(data) {
    const { id, input } = parse(z.object({ id: z.string().check(z.minLength(1), z.maxLength(100)), input: SubmissionInput }), data, 'change');
    const updated = await updateSubmission(id, input, localeRegion(navigator.language), await titlesForSaving([input]));
    if (!updated) throw new HandlerError('not_found', 'That salary is no longer saved.');
    return updated;
  },
  async importSubmissions(data) {
    if (!Array.isArray(data)) throw new HandlerError('bad_request', 'Invalid import: expected a list of rows');
    if (data.length > MAX_IMPORT_ROWS) throw new HandlerError('bad_request', `Invalid import: at most ${MAX_IMPORT_ROWS} rows at once`);
    const rows = data.map((row, i) => {
      const result = ImportRow.safeParse(row);
      if (!result.success) {
        const issue = result.error.issues[0]!;
        throw new ImportRowError(i + 1, issue.path.join('.') || '(row)', issue.message);
      }
      return result.data;
    });
    return { imported: await importSubmissions(rows, new Date(), localeRegion(navigator.language), await titlesForSaving(rows)) };
  },
  async deleteAllData() {
    const deleted = await deleteAllSubmissions();
    await browser.storage.session.clear();
    await settingsItem.removeValue();
    return { deleted };
  },
};

const allHandlers: HandlerTable<keyof ProtocolMap> = { ...handlers, ...pageHandlers };

async function datasetDates(): Promise<{ asOf: string | null; ratesAsOf: string }> {
  const db = await getDb();
  const meta = (await db.get('meta', DATASET_META_KEY))?.value as DatasetMeta | undefined;
  return { asOf: meta?.asOf ?? null, ratesAsOf: RATES_AS_OF };
}
